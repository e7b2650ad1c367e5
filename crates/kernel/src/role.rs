//! Roles of spec section 4.3 and the one permission matrix that every route is checked against.

use serde::{Deserialize, Serialize};
use std::{fmt, str::FromStr};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Admin,
    Manager,
    Creator,
    Viewer,
    BillingAdmin,
}

impl Role {
    pub const ALL: [Role; 5] = [
        Role::Admin,
        Role::Manager,
        Role::Creator,
        Role::Viewer,
        Role::BillingAdmin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Manager => "manager",
            Role::Creator => "creator",
            Role::Viewer => "viewer",
            Role::BillingAdmin => "billing_admin",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Admin => "Admin",
            Role::Manager => "Manager",
            Role::Creator => "Creator",
            Role::Viewer => "Viewer",
            Role::BillingAdmin => "Billing Admin",
        }
    }

    pub fn can(self, permission: Permission) -> bool {
        permission.roles().contains(&self)
    }

    pub fn permissions(self) -> Vec<Permission> {
        Permission::ALL
            .into_iter()
            .filter(|p| self.can(*p))
            .collect()
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("unknown role")]
pub struct UnknownRole;

impl FromStr for Role {
    type Err = UnknownRole;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|r| r.as_str() == s)
            .ok_or(UnknownRole)
    }
}

/// What a route needs. Adding a variant forces a decision in `roles()`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// Read the organization, its dashboard and the user's own data.
    OrgRead,
    /// Rename the organization and change its settings.
    OrgUpdate,
    /// See the member list and member details.
    MembersRead,
    /// Invite, remove and change the role of members.
    MembersManage,
    /// Read the audit log.
    AuditRead,
    /// Read the mail outbox.
    MailRead,
    /// See background jobs and their progress.
    JobsRead,
    /// Cancel background jobs.
    JobsManage,
    /// Create and edit marketing content and brand material.
    ContentWrite,
    /// Approve, schedule and publish content.
    ContentApprove,
    /// See plan, credits and invoices.
    BillingRead,
    /// Change plan and buy credits.
    BillingManage,
}

use Role::*;

impl Permission {
    pub const ALL: [Permission; 12] = [
        Permission::OrgRead,
        Permission::OrgUpdate,
        Permission::MembersRead,
        Permission::MembersManage,
        Permission::AuditRead,
        Permission::MailRead,
        Permission::JobsRead,
        Permission::JobsManage,
        Permission::ContentWrite,
        Permission::ContentApprove,
        Permission::BillingRead,
        Permission::BillingManage,
    ];

    /// The permission matrix: which roles hold this permission.
    pub fn roles(self) -> &'static [Role] {
        match self {
            Permission::OrgRead | Permission::JobsRead => {
                &[Admin, Manager, Creator, Viewer, BillingAdmin]
            }
            Permission::OrgUpdate
            | Permission::MembersManage
            | Permission::AuditRead
            | Permission::MailRead => &[Admin],
            Permission::MembersRead | Permission::JobsManage | Permission::ContentApprove => {
                &[Admin, Manager]
            }
            Permission::ContentWrite => &[Admin, Manager, Creator],
            Permission::BillingRead | Permission::BillingManage => &[Admin, BillingAdmin],
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Permission::OrgRead => "org_read",
            Permission::OrgUpdate => "org_update",
            Permission::MembersRead => "members_read",
            Permission::MembersManage => "members_manage",
            Permission::AuditRead => "audit_read",
            Permission::MailRead => "mail_read",
            Permission::JobsRead => "jobs_read",
            Permission::JobsManage => "jobs_manage",
            Permission::ContentWrite => "content_write",
            Permission::ContentApprove => "content_approve",
            Permission::BillingRead => "billing_read",
            Permission::BillingManage => "billing_manage",
        }
    }
}

/// The matrix as a Markdown table, for docs/permissions.md (a test keeps the file in step).
pub fn permission_matrix_markdown() -> String {
    let mut out = String::from("| permission |");
    for r in Role::ALL {
        out.push_str(&format!(" {} |", r.label()));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(Role::ALL.len()));
    out.push('\n');
    for p in Permission::ALL {
        out.push_str(&format!("| `{}` |", p.as_str()));
        for r in Role::ALL {
            out.push_str(if r.can(p) { " yes |" } else { " - |" });
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn admin_holds_every_permission_except_none() {
        assert_eq!(Admin.permissions(), Permission::ALL.to_vec());
    }

    #[test]
    fn viewer_is_read_only() {
        assert_eq!(
            Viewer.permissions(),
            vec![Permission::OrgRead, Permission::JobsRead]
        );
    }

    #[test]
    fn billing_admin_cannot_manage_members_or_content() {
        assert!(BillingAdmin.can(Permission::BillingManage));
        assert!(!BillingAdmin.can(Permission::MembersManage));
        assert!(!BillingAdmin.can(Permission::ContentWrite));
        assert!(!Manager.can(Permission::BillingRead));
    }

    #[test]
    fn roles_round_trip_through_strings() {
        for r in Role::ALL {
            assert_eq!(r.as_str().parse::<Role>(), Ok(r));
        }
        assert_eq!("owner".parse::<Role>(), Err(UnknownRole));
    }

    #[test]
    fn matrix_markdown_has_a_row_per_permission() {
        let md = permission_matrix_markdown();
        assert_eq!(md.lines().count(), 2 + Permission::ALL.len());
        assert!(md.contains("| `members_manage` | yes | - | - | - | - |"));
    }
}
