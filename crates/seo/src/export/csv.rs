//! Every issue as one CSV row (RFC 4180: comma separated, CRLF line ends, fields quoted when
//! they hold a comma, a quote or a line break, quotes doubled).

use std::collections::HashMap;

use crate::model::Audit;

/// `check,severity,url,detail,priority`, one row per issue, in the audit's order (by check
/// priority); `priority` is the check's priority with four decimals.
pub fn to_csv(audit: &Audit) -> String {
    let priority: HashMap<&str, f64> = audit
        .checks
        .iter()
        .map(|c| (c.id.as_str(), c.priority))
        .collect();
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let mut rows: Vec<[String; 5]> = vec![[
        "check".into(),
        "severity".into(),
        "url".into(),
        "detail".into(),
        "priority".into(),
    ]];
    for i in &audit.issues {
        let p = priority.get(i.check.as_str()).copied().unwrap_or(0.0);
        rows.push([
            i.check.clone(),
            i.severity.as_str().into(),
            i.url.clone(),
            i.detail.clone(),
            format!("{p:.4}"),
        ]);
    }
    for row in &rows {
        // Writing to a Vec<u8> does not fail.
        let _ = w.write_record(row);
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit;
    use crate::testkit::*;

    #[test]
    fn header_then_one_quoted_row_per_issue() {
        let mut c = clean_crawl();
        facts(&mut c, 1).titles = vec!["Say \"hi\", then\nleave".into(), "Second".into()];
        let a = audit(&c);
        let csv = to_csv(&a);
        let mut lines = csv.split("\r\n");
        assert_eq!(lines.next(), Some("check,severity,url,detail,priority"));
        assert!(csv.contains("title-multiple,warning,http://s.test/contact,2 <title> elements,"));
        // The short-title detail quotes the title, so the field is quoted and quotes doubled.
        assert!(
            csv.contains(
                "\"title has 20 characters (under 30): \"\"Say \"\"hi\"\", then\nleave\"\"\""
            ),
            "{csv}"
        );
        assert_eq!(csv.matches("\r\n").count(), a.issues.len() + 1);
    }

    #[test]
    fn a_clean_audit_has_only_the_header() {
        assert_eq!(
            to_csv(&audit(&clean_crawl())),
            "check,severity,url,detail,priority\r\n"
        );
    }
}
