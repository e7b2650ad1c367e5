//! Reading level: a Flesch-Kincaid grade well above the brand's target.

use crate::engine::Ctx;
use crate::policy::Language;
use crate::report::{Finding, Severity, rule};

/// Grades above the target tolerated before a finding: the formula's own noise on short
/// marketing texts is about this size.
pub const GRADE_TOLERANCE: f32 = 1.5;

pub(super) fn run(ctx: &Ctx, out: &mut Vec<Finding>) {
    let Some(target) = ctx.policy().reading_grade_target.filter(|t| t.is_finite()) else {
        return;
    };
    let r = &ctx.readability;
    if !r.is_judgeable() || r.grade <= target + GRADE_TOLERANCE {
        return;
    }
    let formula = match r.language {
        Language::En => "Flesch-Kincaid",
        Language::Es => "Fernández-Huerta",
        Language::Fr => "Kandel-Moles",
        Language::De => "Amstad",
        Language::Pt => "Flesch adapted for Portuguese",
    };
    out.push(
        Finding::whole(
            rule::READING_GRADE,
            Severity::Warning,
            format!(
                "Reads at grade {:.1} ({formula}); the brand aims for grade {target:.1} or easier",
                r.grade
            ),
        )
        .suggest(format!(
            "Use shorter sentences (now {:.0} words on average) and everyday words with fewer syllables.",
            r.avg_sentence_words
        )),
    );
}

#[cfg(test)]
mod tests {
    use crate::policy::{Context, Policy};
    use crate::report::rule::READING_GRADE;
    use crate::rules::test_support::findings;

    fn policy(target: f32) -> Policy {
        Policy {
            reading_grade_target: Some(target),
            ..Policy::default()
        }
    }

    const DENSE: &str = "Our comprehensive analytics infrastructure facilitates organizational \
        decision-making through sophisticated visualization capabilities. Administrators \
        configure authorization hierarchies independently. Implementation necessitates \
        considerable organizational commitment, particularly regarding interdepartmental \
        communication methodologies. Organizations subsequently experience measurable \
        improvements regarding operational effectiveness.";

    #[test]
    fn flags_dense_text_above_target_with_measured_grade() {
        let found = findings(&policy(8.0), DENSE, Context::Blog, None, READING_GRADE);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].message.starts_with("Reads at grade "),
            "{}",
            found[0].message
        );
        assert!(found[0].message.contains("grade 8.0"));
    }

    #[test]
    fn within_tolerance_or_too_short_is_fine() {
        let grade = crate::readability(DENSE).flesch_kincaid_grade;
        assert!(grade > 14.0, "{grade}");
        assert!(
            findings(
                &policy(grade - 1.4),
                DENSE,
                Context::Blog,
                None,
                READING_GRADE
            )
            .is_empty()
        );
        assert_eq!(
            findings(
                &policy(grade - 1.6),
                DENSE,
                Context::Blog,
                None,
                READING_GRADE
            )
            .len(),
            1
        );
        let short = "Sophisticated organizational infrastructure. Comprehensive visualization.";
        assert!(findings(&policy(1.0), short, Context::Blog, None, READING_GRADE).is_empty());
        assert!(
            findings(
                &Policy::default(),
                DENSE,
                Context::Blog,
                None,
                READING_GRADE
            )
            .is_empty()
        );
        assert!(findings(&policy(f32::NAN), DENSE, Context::Blog, None, READING_GRADE).is_empty());
    }
}
