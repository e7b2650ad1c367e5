//! Approval policies: how many steps an item passes (1 to 3), who may approve at each step,
//! and whether any one or all of the named approvers must sign off. Pure.

use garde::Validate;
use kernel::Role;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SignOff {
    /// One approval from anyone allowed at the step.
    Any,
    /// Every named person (`user_ids`) must approve.
    All,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
pub struct ApprovalStep {
    /// Roles whose members may approve at this step.
    #[serde(default)]
    #[garde(length(max = 5))]
    pub roles: Vec<Role>,
    /// People who may approve at this step (with `all`, everyone here must).
    #[serde(default)]
    #[garde(length(max = 20))]
    pub user_ids: Vec<Uuid>,
    #[garde(skip)]
    pub sign_off: SignOff,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Validate, ToSchema)]
pub struct ApprovalPolicy {
    #[garde(length(min = 1, max = 3), dive, custom(steps_make_sense))]
    pub steps: Vec<ApprovalStep>,
    /// Roles whose members may approve a variant that has error-level findings, with a
    /// written reason (they must also be approvers of the step). Empty: nobody may; such a
    /// variant must be fixed first. Default: admins and managers.
    #[serde(default = "default_override_roles")]
    #[garde(length(max = 5), custom(roles_can_approve))]
    pub override_roles: Vec<Role>,
}

fn default_override_roles() -> Vec<Role> {
    vec![Role::Admin, Role::Manager]
}

fn roles_can_approve(roles: &[Role], _: &()) -> garde::Result {
    match roles
        .iter()
        .find(|r| !r.can(kernel::Permission::ContentWrite))
    {
        Some(r) => Err(garde::Error::new(format!(
            "{} cannot approve; only admins, managers and creators can override",
            r.label()
        ))),
        None => Ok(()),
    }
}

fn steps_make_sense(steps: &[ApprovalStep], _: &()) -> garde::Result {
    for (i, s) in steps.iter().enumerate() {
        if s.roles.is_empty() && s.user_ids.is_empty() {
            return Err(garde::Error::new(format!(
                "step {} names nobody who may approve",
                i + 1
            )));
        }
        if s.sign_off == SignOff::All && s.user_ids.is_empty() {
            return Err(garde::Error::new(format!(
                "step {} asks all approvers to sign off but names no people",
                i + 1
            )));
        }
        if s.roles
            .iter()
            .any(|r| !r.can(kernel::Permission::ContentWrite))
        {
            return Err(garde::Error::new(format!(
                "step {}: only admins, managers and creators can approve",
                i + 1
            )));
        }
    }
    Ok(())
}

impl Default for ApprovalPolicy {
    /// Creators draft; one approval from a manager or an admin publishes.
    fn default() -> Self {
        ApprovalPolicy {
            steps: vec![ApprovalStep {
                roles: vec![Role::Admin, Role::Manager],
                user_ids: vec![],
                sign_off: SignOff::Any,
            }],
            override_roles: default_override_roles(),
        }
    }
}

/// What an approval at a step leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// More people must approve this step.
    Waiting,
    /// The step is done; the item moves to this step.
    NextStep(usize),
    /// The last step is done: the item is approved.
    Approved,
}

impl ApprovalPolicy {
    /// May this person approve at `step`? With `all`, only the named people may.
    pub fn may_approve(&self, step: usize, user: Uuid, role: Role) -> bool {
        let Some(s) = self.steps.get(step) else {
            return false;
        };
        if s.user_ids.contains(&user) {
            return true;
        }
        s.sign_off == SignOff::Any && s.roles.contains(&role)
    }

    /// May this role approve a variant despite its error-level findings?
    pub fn may_override(&self, role: Role) -> bool {
        self.override_roles.contains(&role)
    }

    /// The outcome once `approvers` (distinct people, the new one included) approved `step`.
    pub fn outcome(&self, step: usize, approvers: &[Uuid]) -> Outcome {
        let Some(s) = self.steps.get(step) else {
            return Outcome::Approved;
        };
        let done = match s.sign_off {
            SignOff::Any => !approvers.is_empty(),
            SignOff::All => s.user_ids.iter().all(|u| approvers.contains(u)),
        };
        match (done, step + 1 < self.steps.len()) {
            (false, _) => Outcome::Waiting,
            (true, true) => Outcome::NextStep(step + 1),
            (true, false) => Outcome::Approved,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn u(n: u128) -> Uuid {
        Uuid::from_u128(n)
    }

    #[test]
    fn by_default_managers_and_admins_approve_in_one_step() {
        let p = ApprovalPolicy::default();
        assert!(p.validate().is_ok());
        assert!(p.may_approve(0, u(1), Role::Manager));
        assert!(p.may_approve(0, u(1), Role::Admin));
        assert!(!p.may_approve(0, u(1), Role::Creator));
        assert!(!p.may_approve(1, u(1), Role::Admin));
        assert_eq!(p.outcome(0, &[u(1)]), Outcome::Approved);
    }

    #[test]
    fn admins_and_managers_override_by_default_and_only_approvers_may() {
        let p = ApprovalPolicy::default();
        assert!(p.may_override(Role::Admin) && p.may_override(Role::Manager));
        assert!(!p.may_override(Role::Creator));
        let old: ApprovalPolicy = serde_json::from_value(serde_json::json!({
            "steps": [{"roles": ["manager"], "sign_off": "any"}]
        }))
        .unwrap();
        assert_eq!(old.override_roles, vec![Role::Admin, Role::Manager]);
        let nobody = ApprovalPolicy {
            override_roles: vec![],
            ..ApprovalPolicy::default()
        };
        assert!(nobody.validate().is_ok());
        assert!(!nobody.may_override(Role::Admin));
        let viewers = ApprovalPolicy {
            override_roles: vec![Role::Viewer],
            ..ApprovalPolicy::default()
        };
        let err = viewers.validate().unwrap_err().to_string();
        assert!(err.contains("override_roles"), "{err}");
    }

    #[test]
    fn all_sign_off_waits_for_every_named_person() {
        let p = ApprovalPolicy {
            steps: vec![
                ApprovalStep {
                    roles: vec![Role::Creator],
                    user_ids: vec![],
                    sign_off: SignOff::Any,
                },
                ApprovalStep {
                    roles: vec![Role::Admin],
                    user_ids: vec![u(7), u(8)],
                    sign_off: SignOff::All,
                },
            ],
            ..ApprovalPolicy::default()
        };
        assert!(p.validate().is_ok());
        assert!(p.may_approve(0, u(1), Role::Creator));
        assert_eq!(p.outcome(0, &[u(1)]), Outcome::NextStep(1));
        assert!(
            !p.may_approve(1, u(1), Role::Admin),
            "all: only the named people"
        );
        assert!(p.may_approve(1, u(7), Role::Viewer));
        assert_eq!(p.outcome(1, &[u(7)]), Outcome::Waiting);
        assert_eq!(p.outcome(1, &[u(7), u(8)]), Outcome::Approved);
    }

    #[test]
    fn nonsense_policies_are_refused() {
        let empty = ApprovalPolicy {
            steps: vec![],
            ..ApprovalPolicy::default()
        };
        assert!(empty.validate().is_err());
        let nobody = ApprovalPolicy {
            steps: vec![ApprovalStep {
                roles: vec![],
                user_ids: vec![],
                sign_off: SignOff::Any,
            }],
            ..ApprovalPolicy::default()
        };
        assert!(
            nobody
                .validate()
                .unwrap_err()
                .to_string()
                .contains("names nobody")
        );
        let all_roles = ApprovalPolicy {
            steps: vec![ApprovalStep {
                roles: vec![Role::Admin],
                user_ids: vec![],
                sign_off: SignOff::All,
            }],
            ..ApprovalPolicy::default()
        };
        assert!(all_roles.validate().is_err());
        let viewers = ApprovalPolicy {
            steps: vec![ApprovalStep {
                roles: vec![Role::Viewer],
                user_ids: vec![],
                sign_off: SignOff::Any,
            }],
            ..ApprovalPolicy::default()
        };
        assert!(viewers.validate().is_err());
        let four = ApprovalPolicy {
            steps: vec![ApprovalPolicy::default().steps[0].clone(); 4],
            ..ApprovalPolicy::default()
        };
        assert!(four.validate().is_err());
    }
}
