//! The audit as an A4 PDF: title, health score, then the failing checks by priority with
//! why they matter, how to fix them and a few affected URLs. Set in the standard Helvetica
//! faces, so no font is embedded and the text stays searchable.

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};

use super::text::{encode, width, wrap};
use crate::model::{Audit, CheckSummary};

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;
const BODY_W: f32 = PAGE_W - 2.0 * MARGIN;
const TOP: f32 = PAGE_H - MARGIN;
const BOTTOM: f32 = MARGIN + 20.0;
/// Failing checks detailed at most; the CSV has everything.
const MAX_CHECKS: usize = 40;
/// Affected URLs shown per check.
const URLS_PER_CHECK: usize = 5;

const REGULAR: Name<'static> = Name(b"F1");
const BOLD: Name<'static> = Name(b"F2");

struct Doc {
    pages: Vec<Content>,
    y: f32,
}

impl Doc {
    fn new_page(&mut self) {
        self.pages.push(Content::new());
        self.y = TOP;
    }

    fn ensure(&mut self, height: f32) {
        if self.pages.is_empty() || self.y - height < BOTTOM {
            self.new_page();
        }
    }

    fn line(&mut self, x: f32, s: &str, size: f32, bold: bool, grey: f32) {
        let leading = size * 1.4;
        self.ensure(leading);
        self.y -= leading;
        let y = self.y;
        if let Some(ops) = self.pages.last_mut() {
            ops.begin_text();
            ops.set_font(if bold { BOLD } else { REGULAR }, size);
            ops.set_fill_gray(grey);
            ops.next_line(x, y);
            ops.show(Str(&encode(s)));
            ops.end_text();
        }
    }

    fn paragraph(&mut self, s: &str, size: f32, bold: bool, indent: f32, grey: f32) {
        for l in wrap(s, size, bold, BODY_W - indent) {
            self.line(MARGIN + indent, &l, size, bold, grey);
        }
    }

    fn gap(&mut self, h: f32) {
        self.y -= h;
    }
}

fn check_block(doc: &mut Doc, rank: usize, c: &CheckSummary) {
    // Keep a check's heading with at least its first lines.
    doc.ensure(70.0);
    doc.gap(8.0);
    doc.paragraph(&format!("{rank}. {}", c.title), 12.0, true, 0.0, 0.0);
    let meta = format!(
        "{} - {} - {} URL(s), {:.1}% of pages - priority {:.2}",
        c.severity.as_str(),
        c.category.as_str(),
        c.affected,
        c.share * 100.0,
        c.priority
    );
    doc.paragraph(&meta, 9.0, false, 0.0, 0.4);
    doc.paragraph(&c.explanation, 10.0, false, 0.0, 0.0);
    doc.paragraph(&format!("Fix: {}", c.fix), 10.0, false, 0.0, 0.0);
    for u in c.urls.iter().take(URLS_PER_CHECK) {
        doc.paragraph(&format!("- {u}"), 9.0, false, 12.0, 0.25);
    }
    if c.affected > URLS_PER_CHECK {
        let more = c.affected - URLS_PER_CHECK;
        doc.paragraph(
            &format!("and {more} more (see the CSV export)"),
            9.0,
            false,
            12.0,
            0.4,
        );
    }
}

/// Renders `audit` of `site` as a PDF; `generated_at` is printed as given.
pub fn to_pdf(audit: &Audit, site: &str, generated_at: &str) -> Vec<u8> {
    let mut doc = Doc {
        pages: Vec::new(),
        y: TOP,
    };
    doc.new_page();
    doc.paragraph(&format!("SEO audit of {site}"), 20.0, true, 0.0, 0.0);
    doc.line(
        MARGIN,
        &format!("Generated {generated_at}"),
        10.0,
        false,
        0.4,
    );
    doc.gap(12.0);
    doc.line(
        MARGIN,
        &format!("Health score: {}/100", audit.health_score),
        16.0,
        true,
        0.0,
    );
    let failing: Vec<&CheckSummary> = audit.failing().collect();
    let summary = format!(
        "{} pages audited, {} issues from {} failing checks (of {} checks run).",
        audit.pages_crawled,
        audit.issues.len(),
        failing.len(),
        audit.checks.len()
    );
    doc.paragraph(&summary, 10.0, false, 0.0, 0.0);
    doc.gap(10.0);
    if failing.is_empty() {
        doc.paragraph("No check failed: nothing to fix.", 12.0, true, 0.0, 0.0);
    } else {
        doc.paragraph("Checks to fix, most important first", 14.0, true, 0.0, 0.0);
        for (k, c) in failing.iter().take(MAX_CHECKS).enumerate() {
            check_block(&mut doc, k + 1, c);
        }
        if failing.len() > MAX_CHECKS {
            doc.gap(8.0);
            let rest = failing.len() - MAX_CHECKS;
            doc.paragraph(
                &format!("{rest} more failing checks are listed in the CSV export."),
                10.0,
                false,
                0.0,
                0.4,
            );
        }
    }
    finish(doc, site)
}

fn finish(mut doc: Doc, site: &str) -> Vec<u8> {
    let total = doc.pages.len();
    for (n, ops) in doc.pages.iter_mut().enumerate() {
        let label = format!("Page {} of {total}", n + 1);
        ops.begin_text();
        ops.set_font(REGULAR, 8.0);
        ops.set_fill_gray(0.4);
        ops.next_line(PAGE_W - MARGIN - width(&label, 8.0, false), MARGIN - 14.0);
        ops.show(Str(&encode(&label)));
        ops.end_text();
    }

    let mut pdf = Pdf::new();
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let info = Ref::new(3);
    let regular = Ref::new(4);
    let bold = Ref::new(5);
    let page_refs: Vec<(Ref, Ref)> = (0..total)
        .map(|i| {
            let base = 6 + 2 * i as i32;
            (Ref::new(base), Ref::new(base + 1))
        })
        .collect();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree)
        .kids(page_refs.iter().map(|(p, _)| *p))
        .count(total as i32);
    let title = format!("SEO audit of {site}");
    pdf.document_info(info)
        .title(TextStr(&title))
        .producer(TextStr("Brandium"));
    for (id, face) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
        pdf.type1_font(id)
            .base_font(Name(face.as_bytes()))
            .encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    for (ops, (page_id, content_id)) in doc.pages.into_iter().zip(&page_refs) {
        let mut page = pdf.page(*page_id);
        page.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
        page.parent(tree);
        page.contents(*content_id);
        page.resources()
            .fonts()
            .pair(REGULAR, regular)
            .pair(BOLD, bold);
        page.finish();
        pdf.stream(*content_id, &ops.finish());
    }
    pdf.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::audit;
    use crate::testkit::*;

    fn count(haystack: &[u8], needle: &[u8]) -> usize {
        haystack
            .windows(needle.len())
            .filter(|w| *w == needle)
            .count()
    }

    #[test]
    fn a_clean_audit_is_one_page_with_the_score() {
        let pdf = to_pdf(&audit(&clean_crawl()), "s.test", "2026-11-25 10:00 UTC");
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(pdf.ends_with(b"%%EOF") || pdf.ends_with(b"%%EOF\n"));
        assert_eq!(count(&pdf, b"/Count 1"), 1);
        assert!(count(&pdf, b"(Health score: 100/100) Tj") == 1);
        assert!(count(&pdf, b"(No check failed: nothing to fix.) Tj") == 1);
    }

    #[test]
    fn many_failing_checks_break_pages_and_escape_text() {
        let mut c = clean_crawl();
        for i in 0..4 {
            let f = facts(&mut c, i);
            f.titles.clear();
            f.meta_descriptions.clear();
            f.headings.clear();
            f.viewport = None;
            f.charset = None;
            f.lang = None;
            f.json_ld.clear();
            f.open_graph.clear();
            f.twitter.clear();
            f.has_favicon = false;
            f.canonicals.clear();
            f.word_count = 10;
        }
        c.pages[1].url = "http://s.test/a)b\\c".into();
        let a = audit(&c);
        let failing = a.failing().count();
        assert!(failing >= 12, "{failing}");
        let pdf = to_pdf(&a, "s.test", "now");
        let pages = count(&pdf, b"/Type /Page") - count(&pdf, b"/Type /Pages");
        assert!(pages >= 2, "{pages}");
        assert_eq!(count(&pdf, format!("/Count {pages}").as_bytes()), 1);
        for n in 1..=pages {
            assert_eq!(
                count(&pdf, format!("(Page {n} of {pages}) Tj").as_bytes()),
                1
            );
        }
        // An unbalanced parenthesis and a backslash are escaped inside the string literal.
        assert!(count(&pdf, b"a\\)b\\\\c) Tj") >= 1);
        assert!(count(&pdf, b"(1. Missing title) Tj") == 1);
    }
}
