//! Mechanical fixes applied to every written draft before it is reviewed, whoever wrote it
//! (the built-in composer or a language model that ignored every rule). Pure: no I/O.
//!
//! - a banned term that has a replacement is replaced, whole words only, styled like the
//!   original, in every field a reader sees, hashtags included (`#CheapSolar` with
//!   cheap → affordable becomes `#AffordableSolar`); a hashtag with a banned term that has no
//!   replacement is dropped (tags are optional, words in a sentence are not: those stay for the
//!   review to flag);
//! - each required disclaimer is added word for word where it belongs and is missing: a social
//!   post's text (before its closing hashtags), a Meta ad's primary text, a LinkedIn sponsored
//!   post's intro, a responsive search ad's descriptions (added when there are fewer than four,
//!   else in place of the last, and only when it fits in a description), an email's text and
//!   HTML bodies just above the footer, the end of a blog post's body;
//! - hashtags are cut to the smaller of the brand's and the platform's maximum, branded tags
//!   first, without duplicates, and tags that spell the brief's internal campaign name or goal
//!   are removed (those are context for the writer, never published);
//! - ad fields over their length are shortened by meaning, keeping the disclaimer whole.
//!
//! What cannot be fixed this way (a banned word without a replacement, a disclaimer too long for
//! its field, a subject line over 60 characters) is left for the review to report as an error
//! on its field. People's own edits are not mended: the review flags them.

use compliance::{BannedTerm, CompiledPolicy, Policy, contains_disclaimer};
use content::{
    BrandFacts, Brief, Channel, Draft, POSTAL_ADDRESS_PLACEHOLDER, RSA_DESCRIPTIONS,
    UNSUBSCRIBE_PLACEHOLDER, normalise_hashtag,
};
use textrules::{AdFormat, RuleSettings};

use crate::review::platform_of;

/// A mended draft and what was changed, in words for the person who reviews it.
#[derive(Debug, Clone, PartialEq)]
pub struct Mended {
    pub draft: Draft,
    pub changes: Vec<String>,
}

/// The brand's and the brief's rules as mending reads them; build once per item.
#[derive(Debug, Clone)]
pub struct MendRules {
    /// Banned terms that have a replacement.
    replacer: CompiledPolicy,
    /// Every banned term, to drop hashtags that carry one without a replacement.
    banned: CompiledPolicy,
    /// Required disclaimers, each once, as the brand wrote them.
    pub disclaimers: Vec<String>,
    /// Branded hashtags, lower case, without `#`.
    branded: Vec<String>,
    /// Hashtags the brand allows per post.
    max_hashtags: usize,
    /// The brief's internal campaign name and goal, lower-case letters and digits only.
    internal: Vec<String>,
}

impl MendRules {
    /// Rules from the brand facts (replacements, disclaimers, hashtags), the brand's compliance
    /// policy (its banned terms with replacements, disclaimers and hashtag limit count too) and
    /// the brief (its internal campaign name and goal).
    pub fn new(brand: &BrandFacts, brief: &Brief, policy: &Policy) -> MendRules {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut push_pair = |term: &str, replacement: &str| {
            let (t, r) = (term.trim(), replacement.trim());
            if !t.is_empty()
                && !r.is_empty()
                && !pairs.iter().any(|(x, _)| x.eq_ignore_ascii_case(t))
            {
                pairs.push((t.to_owned(), r.to_owned()));
            }
        };
        for r in &brand.replacements {
            push_pair(&r.term, &r.replacement);
        }
        for b in &policy.banned {
            if let Some(r) = &b.replacement {
                push_pair(&b.term, r);
            }
        }
        let replacer = CompiledPolicy::new(&Policy {
            banned: pairs
                .iter()
                .map(|(t, r)| BannedTerm {
                    term: t.clone(),
                    replacement: Some(r.clone()),
                    reason: String::new(),
                })
                .collect(),
            ..Policy::default()
        });
        let mut banned_terms: Vec<BannedTerm> = policy.banned.clone();
        banned_terms.extend(pairs.iter().map(|(t, r)| BannedTerm {
            term: t.clone(),
            replacement: Some(r.clone()),
            reason: String::new(),
        }));
        let banned = CompiledPolicy::new(&Policy {
            banned: banned_terms,
            ..Policy::default()
        });
        let mut disclaimers: Vec<String> = Vec::new();
        for d in brand.disclaimers.iter().chain(&policy.required_disclaimers) {
            let d = d.trim();
            if !d.is_empty()
                && !disclaimers
                    .iter()
                    .any(|x| contains_disclaimer(x, d) && contains_disclaimer(d, x))
            {
                disclaimers.push(d.to_owned());
            }
        }
        let brand_max = usize::from(brand.max_hashtags);
        let max_hashtags = policy.max_hashtags.map_or(brand_max, |p| p.min(brand_max));
        let internal = [brief.campaign.as_deref(), Some(brief.goal.as_str())]
            .into_iter()
            .flatten()
            .map(squash)
            .filter(|s| s.chars().count() >= 3)
            .collect();
        MendRules {
            replacer,
            banned,
            disclaimers,
            branded: brand
                .hashtags
                .iter()
                .filter_map(|t| normalise_hashtag(t))
                .map(|t| t.to_lowercase())
                .collect(),
            max_hashtags,
            internal,
        }
    }

    /// The most hashtags a post on `channel` may carry: the brand's limit, or the platform's
    /// when that is lower.
    pub fn hashtag_limit(&self, channel: Channel, settings: &RuleSettings) -> usize {
        platform_of(channel)
            .and_then(|p| textrules::hashtag_limit(p, settings))
            .map_or(self.max_hashtags, |p| p.min(self.max_hashtags))
    }
}

/// Lower-case letters and digits only: "Q3 Solar-Push" → "q3solarpush".
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Applies every mechanical fix to `draft` for `channel`.
pub fn mend(draft: &Draft, channel: Channel, rules: &MendRules, settings: &RuleSettings) -> Mended {
    let mut m = Mender {
        rules,
        changes: Vec::new(),
    };
    let mut d = draft.clone();
    match &mut d {
        Draft::Social { text, hashtags } => {
            m.replace(text, "text");
            m.social_hashtags(text, hashtags, channel, settings);
            m.disclaim_social(text);
        }
        Draft::GoogleRsa {
            headlines,
            descriptions,
            path1,
            path2,
        } => {
            for (i, h) in headlines.iter_mut().enumerate() {
                m.replace(h, &format!("headlines[{i}]"));
            }
            for (i, h) in descriptions.iter_mut().enumerate() {
                m.replace(h, &format!("descriptions[{i}]"));
            }
            m.replace(path1, "path1");
            m.replace(path2, "path2");
            m.disclaim_rsa(descriptions);
            m.fit_list(AdFormat::GoogleRsa, "headlines", headlines);
            m.fit_list(AdFormat::GoogleRsa, "descriptions", descriptions);
        }
        Draft::MetaAd {
            primary_text,
            headline,
            description,
        } => {
            m.replace(primary_text, "primary_text");
            m.replace(headline, "headline");
            m.replace(description, "description");
            m.disclaim_append(primary_text, "primary_text", " ");
            m.fit(AdFormat::Meta, "primary_text", "primary_text", primary_text);
            m.fit(AdFormat::Meta, "headline", "headline", headline);
            m.fit(AdFormat::Meta, "description", "description", description);
        }
        Draft::LinkedinSponsored {
            intro,
            headline,
            description,
        } => {
            m.replace(intro, "intro");
            m.replace(headline, "headline");
            m.replace(description, "description");
            m.disclaim_append(intro, "intro", "\n\n");
            let f = AdFormat::LinkedinSponsored;
            m.fit(f, "introductory_text", "intro", intro);
            m.fit(f, "headline", "headline", headline);
            m.fit(f, "description", "description", description);
        }
        Draft::Email {
            subject,
            subject_variants,
            preheader,
            body_html,
            body_text,
            cta_label,
            ..
        } => {
            m.replace(subject, "subject");
            for (i, s) in subject_variants.iter_mut().enumerate() {
                m.replace(s, &format!("subject_variants[{i}]"));
            }
            m.replace(preheader, "preheader");
            m.replace(body_text, "body_text");
            m.replace(body_html, "body_html");
            m.replace(cta_label, "cta_label");
            m.disclaim_email_text(body_text);
            m.disclaim_email_html(body_html);
        }
        Draft::Blog {
            seo_title,
            meta_description,
            slug,
            outline,
            body_markdown,
        } => {
            m.replace(seo_title, "seo_title");
            m.replace(meta_description, "meta_description");
            m.replace_slug(slug);
            for (i, s) in outline.iter_mut().enumerate() {
                m.replace(&mut s.heading, &format!("outline[{i}].heading"));
                for (j, p) in s.points.iter_mut().enumerate() {
                    m.replace(p, &format!("outline[{i}].points[{j}]"));
                }
            }
            m.replace(body_markdown, "body_markdown");
            m.disclaim_append(body_markdown, "body_markdown", "\n\n");
        }
    }
    Mended {
        draft: d,
        changes: m.changes,
    }
}

struct Mender<'r> {
    rules: &'r MendRules,
    changes: Vec<String>,
}

/// Whether byte `at` of `text` is inside a hashtag: the word it is in starts with `#`.
fn in_hashtag(text: &str, at: usize) -> bool {
    text[..at]
        .chars()
        .rev()
        .find(|c| !(c.is_alphanumeric() || *c == '_'))
        .is_some_and(|c| c == '#' || c == '＃')
}

/// A replacement written as part of a hashtag: no spaces or punctuation, each word capitalised
/// when the replaced word was ("low cost" for "Cheap" → "LowCost").
fn tagify(found: &str, replacement: &str) -> String {
    let words = replacement
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty());
    let upper = found.chars().filter(|c| c.is_alphabetic()).count() > 1
        && found
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    let capital = found.chars().next().is_some_and(char::is_uppercase);
    words
        .map(|w| {
            if upper {
                w.to_uppercase()
            } else if capital {
                let mut cs = w.chars();
                cs.next()
                    .map(|f| f.to_uppercase().chain(cs.flat_map(char::to_lowercase)))
                    .map(String::from_iter)
                    .unwrap_or_default()
            } else {
                w.to_lowercase()
            }
        })
        .collect()
}

impl Mender<'_> {
    fn note(&mut self, change: String) {
        if !self.changes.contains(&change) {
            self.changes.push(change);
        }
    }

    /// Replaces every banned term that has a replacement in `value`.
    fn replace(&mut self, value: &mut String, field: &str) {
        let found = self.rules.replacer.banned_matches(value);
        if found.is_empty() {
            return;
        }
        let mut out = value.clone();
        for m in found.iter().rev() {
            let Some(r) = &m.replacement else {
                continue;
            };
            let original = &value[m.start..m.end];
            let new = if in_hashtag(value, m.start) {
                tagify(original, r)
            } else {
                r.clone()
            };
            out.replace_range(m.start..m.end, &new);
            self.note(format!(
                "Replaced \"{original}\" with \"{new}\" in {field}, as the brand writes it."
            ));
        }
        *value = out;
    }

    /// A slug's words: replacements in lower case joined by hyphens, when they are plain ASCII.
    fn replace_slug(&mut self, slug: &mut String) {
        let spaced = slug.replace('-', " ");
        let found = self.rules.replacer.banned_matches(&spaced);
        let mut out = spaced.clone();
        let mut changed = false;
        for m in found.iter().rev() {
            let Some(r) = &m.replacement else {
                continue;
            };
            let r = r.to_lowercase();
            if !r
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == ' ' || c == '-')
            {
                continue;
            }
            out.replace_range(m.start..m.end, &r);
            changed = true;
        }
        if changed {
            let new = out
                .split([' ', '-'])
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            self.note(format!(
                "Replaced a banned term in the slug: {slug} → {new}."
            ));
            *slug = new;
        }
    }

    /// Hashtags: the text's closing tag block joins the list; replacements, banned and internal
    /// tags dropped, duplicates removed, branded first, cut to the limit.
    fn social_hashtags(
        &mut self,
        text: &mut String,
        tags: &mut Vec<String>,
        channel: Channel,
        settings: &RuleSettings,
    ) {
        let (body, closing) = split_closing_tags(text);
        let mut all: Vec<String> = closing;
        all.append(tags);
        if body.len() != text.len() {
            *text = body;
        }
        // Tags inside the text's sentences that spell the internal campaign or goal go.
        let inline: Vec<(usize, usize)> = inline_tags(text);
        for &(s, e) in inline.iter().rev() {
            let tag = &text[s..e];
            if self.is_internal(tag) {
                let tag = tag.to_owned();
                let before = text[..s].trim_end_matches(' ').len();
                text.replace_range(before..e, "");
                self.note(format!(
                    "Removed {tag} from the text: it names the internal campaign or goal."
                ));
            }
        }
        let inline_count = inline_tags(text).len();
        let mut kept: Vec<String> = Vec::new();
        for raw in all {
            let mut tag = format!("#{}", raw.trim().trim_start_matches(['#', '＃']));
            self.replace(&mut tag, "hashtags");
            let Some(bare) = normalise_hashtag(&tag) else {
                continue;
            };
            if !self
                .rules
                .banned
                .banned_matches(&format!("#{bare}"))
                .is_empty()
            {
                self.note(format!(
                    "Removed #{bare}: it carries a term the brand does not use."
                ));
                continue;
            }
            if self.is_internal(&bare) {
                self.note(format!(
                    "Removed #{bare}: it names the internal campaign or goal."
                ));
                continue;
            }
            let lower = bare.to_lowercase();
            if kept.iter().any(|k| k.to_lowercase() == lower)
                || text.to_lowercase().contains(&format!("#{lower}"))
            {
                continue;
            }
            kept.push(bare);
        }
        let branded = &self.rules.branded;
        kept.sort_by_key(|t| !branded.contains(&t.to_lowercase()));
        let limit = self.rules.hashtag_limit(channel, settings);
        let room = limit.saturating_sub(inline_count);
        if kept.len() > room {
            self.note(format!(
                "Kept {room} of {} hashtags: the most a post carries here is {limit}.",
                kept.len() + inline_count
            ));
            kept.truncate(room);
        }
        *tags = kept;
    }

    fn is_internal(&self, tag: &str) -> bool {
        let t = squash(tag);
        !t.is_empty() && self.rules.internal.contains(&t)
    }

    /// Social: missing disclaimers go at the end of the text, before any closing hashtags.
    fn disclaim_social(&mut self, text: &mut String) {
        let missing = self.missing(text);
        if missing.is_empty() {
            return;
        }
        let (body, closing) = split_closing_tags(text);
        let mut out = body.trim_end().to_owned();
        for d in &missing {
            out.push_str(if out.is_empty() { "" } else { "\n\n" });
            out.push_str(d);
        }
        if !closing.is_empty() {
            out.push_str("\n\n");
            out.push_str(&closing.join(" "));
        }
        *text = out;
        self.noted_disclaimers(&missing, "text");
    }

    fn missing(&self, text: &str) -> Vec<String> {
        self.rules
            .disclaimers
            .iter()
            .filter(|d| !contains_disclaimer(text, d))
            .cloned()
            .collect()
    }

    fn noted_disclaimers(&mut self, added: &[String], field: &str) {
        for d in added {
            self.note(format!("Added the required disclaimer to {field}: {d}"));
        }
    }

    fn disclaim_append(&mut self, value: &mut String, field: &str, sep: &str) {
        let missing = self.missing(value);
        if missing.is_empty() {
            return;
        }
        let mut out = value.trim_end().to_owned();
        for d in &missing {
            if !out.is_empty() {
                out.push_str(sep);
            }
            out.push_str(d);
        }
        *value = out;
        self.noted_disclaimers(&missing, field);
    }

    /// A responsive search ad: a disclaimer is one description of its own, added when there
    /// is room for one more, else in place of the last; never when it is over 90 characters.
    fn disclaim_rsa(&mut self, descriptions: &mut Vec<String>) {
        let limit = textrules::ad_fields(AdFormat::GoogleRsa)
            .iter()
            .find(|f| f.name == "descriptions")
            .and_then(|f| f.hard_limit)
            .unwrap_or(90);
        let joined = descriptions.join("\n");
        let missing = self.missing(&joined);
        let mut protected: Vec<usize> = (0..descriptions.len())
            .filter(|&i| {
                self.rules
                    .disclaimers
                    .iter()
                    .any(|d| contains_disclaimer(&descriptions[i], d))
            })
            .collect();
        for d in missing {
            if textrules::count_ad_text(AdFormat::GoogleRsa, &d) > limit {
                continue;
            }
            if descriptions.len() < *RSA_DESCRIPTIONS.end() {
                descriptions.push(d.clone());
                protected.push(descriptions.len() - 1);
            } else if let Some(i) = (0..descriptions.len())
                .rev()
                .find(|i| !protected.contains(i))
            {
                descriptions[i] = d.clone();
                protected.push(i);
            } else {
                continue;
            }
            self.note(format!(
                "Added the required disclaimer as a description: {d}"
            ));
        }
    }

    /// Email text: missing disclaimers go just above the footer (the paragraph with the
    /// postal address or unsubscribe link), else at the end.
    fn disclaim_email_text(&mut self, body: &mut String) {
        let missing = self.missing(body);
        if missing.is_empty() {
            return;
        }
        let block = missing.join("\n\n");
        let footer = [UNSUBSCRIBE_PLACEHOLDER, POSTAL_ADDRESS_PLACEHOLDER]
            .iter()
            .filter_map(|p| body.find(p))
            .min();
        match footer {
            Some(at) => {
                let start = body[..at].rfind("\n\n").map_or(0, |i| i + 2);
                let start = footer_rule_start(body, start);
                body.insert_str(start, &format!("{block}\n\n"));
            }
            None => {
                let trimmed = body.trim_end().len();
                body.truncate(trimmed);
                body.push_str(&format!("\n\n{block}"));
            }
        }
        self.noted_disclaimers(&missing, "body_text");
    }

    /// Email HTML: a paragraph per missing disclaimer, just before the element that holds the
    /// footer links, else before `</body>`, else at the end.
    fn disclaim_email_html(&mut self, html: &mut String) {
        let missing = self.missing(html);
        if missing.is_empty() {
            return;
        }
        let block: String = missing
            .iter()
            .map(|d| format!("<p>{}</p>\n", escape_html(d)))
            .collect();
        let footer = [UNSUBSCRIBE_PLACEHOLDER, POSTAL_ADDRESS_PLACEHOLDER]
            .iter()
            .filter_map(|p| html.find(p))
            .min();
        let at = match footer {
            Some(at) => {
                let lower = html[..at].to_ascii_lowercase();
                [
                    "<p", "<div", "<footer", "<table", "<tr", "<td", "<hr", "<small",
                ]
                .iter()
                .filter_map(|t| {
                    lower.rmatch_indices(t).map(|(i, _)| i).find(|&i| {
                        lower[i + t.len()..]
                            .chars()
                            .next()
                            .is_some_and(|c| c == '>' || c.is_ascii_whitespace())
                    })
                })
                .max()
                .or_else(|| lower.rfind('<'))
                .unwrap_or(at)
            }
            None => html
                .to_ascii_lowercase()
                .rfind("</body")
                .unwrap_or(html.len()),
        };
        html.insert_str(at, &block);
        self.noted_disclaimers(&missing, "body_html");
    }

    /// Shortens an ad field over its length by meaning, keeping disclaimers in it whole.
    fn fit(&mut self, format: AdFormat, spec_field: &str, field: &str, value: &mut String) {
        if value.trim().is_empty() {
            return;
        }
        let keep: Vec<&str> = self
            .rules
            .disclaimers
            .iter()
            .map(String::as_str)
            .filter(|d| value.contains(d))
            .collect();
        let fitted = textrules::fit_ad_field_keeping(format, spec_field, value, &keep);
        if !fitted.trim().is_empty() && fitted != *value {
            let limit = textrules::count_ad_text(format, &fitted);
            if textrules::count_ad_text(format, value) > limit {
                self.note(format!(
                    "Shortened {field} to {limit} characters to fit the ad."
                ));
            }
            *value = fitted;
        }
    }

    /// [`Self::fit`] for a list of values that must stay distinct.
    fn fit_list(&mut self, format: AdFormat, spec_field: &str, values: &mut [String]) {
        for i in 0..values.len() {
            let mut v = values[i].clone();
            let mut probe = Mender {
                rules: self.rules,
                changes: Vec::new(),
            };
            probe.fit(format, spec_field, &format!("{spec_field}[{i}]"), &mut v);
            let lower = v.trim().to_lowercase();
            let clash = values
                .iter()
                .enumerate()
                .any(|(j, o)| j != i && o.trim().to_lowercase() == lower);
            if !clash && v != values[i] {
                values[i] = v;
                for c in probe.changes {
                    self.note(c);
                }
            }
        }
    }
}

/// Where a footer separated by a rule line (`--`, `---`, `___`) starts, if one closes the
/// paragraph before `start`.
fn footer_rule_start(body: &str, start: usize) -> usize {
    let before = body[..start].trim_end();
    match before.rfind('\n') {
        Some(i) if is_rule(&before[i + 1..]) => i + 1,
        None if is_rule(before) => 0,
        _ => start,
    }
}

fn is_rule(line: &str) -> bool {
    let l = line.trim();
    l.len() >= 2 && l.chars().all(|c| matches!(c, '-' | '_' | '—' | '='))
}

fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The text without its closing block of hashtag-only lines, and those tags (without `#`).
fn split_closing_tags(text: &str) -> (String, Vec<String>) {
    let lines: Vec<&str> = text.trim_end().split('\n').collect();
    let mut cut = lines.len();
    while cut > 0 {
        let l = lines[cut - 1].trim();
        let only_tags = !l.is_empty()
            && l.split_whitespace()
                .all(|w| w.starts_with(['#', '＃']) && normalise_hashtag(w).is_some());
        if only_tags {
            cut -= 1;
        } else {
            break;
        }
    }
    if cut == lines.len() || lines[..cut].iter().all(|l| l.trim().is_empty()) {
        return (text.to_owned(), Vec::new());
    }
    let tags = lines[cut..]
        .iter()
        .flat_map(|l| l.split_whitespace())
        .map(|w| w.trim_start_matches(['#', '＃']).to_owned())
        .collect();
    (lines[..cut].join("\n").trim_end().to_owned(), tags)
}

/// Byte ranges of the hashtags written inside the text (`#` included).
fn inline_tags(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let starts = prev.is_none_or(|p| !(p.is_alphanumeric() || p == '_' || p == '&'));
        prev = Some(c);
        if !(starts && (c == '#' || c == '＃')) {
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut letter = false;
        while let Some(&(j, n)) = iter.peek() {
            if !(n.is_alphanumeric() || n == '_') {
                break;
            }
            letter |= n.is_alphabetic();
            end = j + n.len_utf8();
            prev = Some(n);
            iter.next();
        }
        if letter {
            out.push((i, end));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use content::{OutlineSection, Replacement};

    const DISCLAIMER: &str = "Rebates depend on your utility.";

    fn brand() -> BrandFacts {
        BrandFacts {
            name: "Sunny".into(),
            hashtags: vec!["#SunnySolar".into()],
            max_hashtags: 3,
            disclaimers: vec![DISCLAIMER.into()],
            replacements: vec![Replacement {
                term: "cheap".into(),
                replacement: "affordable".into(),
            }],
            ..BrandFacts::default()
        }
    }

    fn policy() -> Policy {
        Policy {
            banned: vec![
                BannedTerm {
                    term: "cheap".into(),
                    replacement: Some("affordable".into()),
                    reason: String::new(),
                },
                BannedTerm {
                    term: "guaranteed".into(),
                    replacement: None,
                    reason: String::new(),
                },
            ],
            required_disclaimers: vec![DISCLAIMER.into()],
            max_hashtags: Some(3),
            ..Policy::default()
        }
    }

    fn rules() -> MendRules {
        let brief = Brief {
            campaign: Some("Q3 Solar Push".into()),
            goal: "Generate leads".into(),
            ..Brief::default()
        };
        MendRules::new(&brand(), &brief, &policy())
    }

    fn mend_one(d: &Draft, ch: Channel) -> Mended {
        mend(d, ch, &rules(), &RuleSettings::default())
    }

    #[test]
    fn social_posts_get_replacements_disclaimer_and_a_hashtag_cut() {
        let d = Draft::Social {
            text: "Cheap solar, cheap price!".into(),
            hashtags: vec![
                "CheapSolar".into(),
                "#Q3SolarPush".into(),
                "GenerateLeads".into(),
                "solar".into(),
                "Solar".into(),
                "GuaranteedSavings".into(),
                "energy".into(),
                "home".into(),
                "SunnySolar".into(),
            ],
        };
        let m = mend_one(&d, Channel::Linkedin);
        let Draft::Social { text, hashtags } = &m.draft else {
            panic!()
        };
        assert_eq!(
            text,
            &format!("Affordable solar, affordable price!\n\n{DISCLAIMER}")
        );
        assert_eq!(hashtags, &["SunnySolar", "AffordableSolar", "solar"]);
        assert!(
            m.changes.iter().any(|c| c.contains("Q3SolarPush")),
            "{:?}",
            m.changes
        );
        assert!(m.changes.iter().any(|c| c.contains("disclaimer")));
        // Mending a mended draft changes nothing.
        let again = mend_one(&m.draft, Channel::Linkedin);
        assert_eq!(again.draft, m.draft);
        assert!(again.changes.is_empty(), "{:?}", again.changes);
    }

    #[test]
    fn the_platform_limit_wins_when_it_is_lower_and_closing_tags_join_the_list() {
        let d = Draft::Social {
            text: "Sun all day.\n\n#one #two".into(),
            hashtags: vec!["three".into()],
        };
        let m = mend_one(&d, Channel::Threads);
        let Draft::Social { text, hashtags } = &m.draft else {
            panic!()
        };
        assert_eq!(hashtags, &["one"]);
        assert_eq!(text, &format!("Sun all day.\n\n{DISCLAIMER}"));
    }

    #[test]
    fn ads_get_the_disclaimer_where_it_belongs_and_fit() {
        let meta = Draft::MetaAd {
            primary_text: "Cheap panels, fitted in a day by our own crews who have done four \
                           thousand roofs since 2009 in the valley and beyond it."
                .into(),
            headline: "Cheap solar panels for every home in the whole valley".into(),
            description: "Free quote".into(),
        };
        let m = mend_one(&meta, Channel::MetaAd);
        let Draft::MetaAd {
            primary_text,
            headline,
            ..
        } = &m.draft
        else {
            panic!()
        };
        assert!(primary_text.ends_with(DISCLAIMER), "{primary_text}");
        assert!(
            primary_text.starts_with("Affordable panels"),
            "{primary_text}"
        );
        assert!(primary_text.chars().count() <= 125, "{primary_text}");
        assert!(headline.chars().count() <= 40, "{headline}");
        assert!(headline.starts_with("Affordable"), "{headline}");

        let rsa = Draft::GoogleRsa {
            headlines: vec!["Solar".into(), "Cheap roofs".into(), "Call us".into()],
            descriptions: vec!["One".into(), "Two".into()],
            path1: "cheap".into(),
            path2: String::new(),
        };
        let m = mend_one(&rsa, Channel::GoogleRsa);
        let Draft::GoogleRsa {
            headlines,
            descriptions,
            path1,
            ..
        } = &m.draft
        else {
            panic!()
        };
        assert_eq!(headlines[1], "Affordable roofs");
        assert_eq!(descriptions, &["One", "Two", DISCLAIMER]);
        assert_eq!(path1, "affordable");
        let full = Draft::GoogleRsa {
            headlines: vec!["A".into(), "B".into(), "C".into()],
            descriptions: vec!["1".into(), "2".into(), "3".into(), "4".into()],
            path1: String::new(),
            path2: String::new(),
        };
        let Draft::GoogleRsa { descriptions, .. } = mend_one(&full, Channel::GoogleRsa).draft
        else {
            panic!()
        };
        assert_eq!(descriptions, &["1", "2", "3", DISCLAIMER]);
        let li = Draft::LinkedinSponsored {
            intro: "Go solar.".into(),
            headline: "Solar".into(),
            description: String::new(),
        };
        let Draft::LinkedinSponsored { intro, .. } =
            mend_one(&li, Channel::LinkedinSponsored).draft
        else {
            panic!()
        };
        assert_eq!(intro, format!("Go solar.\n\n{DISCLAIMER}"));
    }

    #[test]
    fn a_disclaimer_too_long_for_a_description_is_left_for_the_review() {
        let long = "x ".repeat(60);
        let rules = MendRules::new(
            &BrandFacts {
                disclaimers: vec![long.trim().to_owned()],
                ..BrandFacts::default()
            },
            &Brief::default(),
            &Policy::default(),
        );
        let rsa = Draft::GoogleRsa {
            headlines: vec!["A".into(), "B".into(), "C".into()],
            descriptions: vec!["1".into(), "2".into()],
            path1: String::new(),
            path2: String::new(),
        };
        let m = mend(&rsa, Channel::GoogleRsa, &rules, &RuleSettings::default());
        assert_eq!(m.draft, rsa);
    }

    #[test]
    fn emails_get_the_disclaimer_above_the_footer_in_both_bodies() {
        let d = Draft::Email {
            subject: "Cheap power".into(),
            subject_variants: vec!["Cheap roofs".into()],
            preheader: "cheap".into(),
            body_html: "<p>Hello</p>\n<p><a href=\"{{unsubscribe_url}}\">Unsubscribe</a></p>"
                .into(),
            body_text: "Hello\n\n--\n{{postal_address}}\nUnsubscribe: {{unsubscribe_url}}".into(),
            cta_label: "Get cheap power".into(),
            cta_url: None,
            delay_days: 0,
        };
        let m = mend_one(&d, Channel::Email);
        let Draft::Email {
            subject,
            subject_variants,
            body_html,
            body_text,
            cta_label,
            ..
        } = &m.draft
        else {
            panic!()
        };
        assert_eq!(subject, "Affordable power");
        assert_eq!(subject_variants[0], "Affordable roofs");
        assert_eq!(cta_label, "Get affordable power");
        assert_eq!(
            body_text,
            &format!(
                "Hello\n\n{DISCLAIMER}\n\n--\n{{{{postal_address}}}}\nUnsubscribe: {{{{unsubscribe_url}}}}"
            )
        );
        assert_eq!(
            body_html,
            &format!(
                "<p>Hello</p>\n<p>{DISCLAIMER}</p>\n<p><a href=\"{{{{unsubscribe_url}}}}\">Unsubscribe</a></p>"
            )
        );
    }

    #[test]
    fn blogs_get_replacements_everywhere_and_the_disclaimer_at_the_end() {
        let d = Draft::Blog {
            seo_title: "Cheap solar".into(),
            meta_description: "Cheap".into(),
            slug: "cheap-solar-guide".into(),
            outline: vec![OutlineSection {
                heading: "Why cheap".into(),
                points: vec!["cheap is good".into()],
            }],
            body_markdown: "# Cheap solar\n\nBody.".into(),
        };
        let m = mend_one(&d, Channel::Blog);
        let Draft::Blog {
            slug,
            outline,
            body_markdown,
            ..
        } = &m.draft
        else {
            panic!()
        };
        assert_eq!(slug, "affordable-solar-guide");
        assert_eq!(outline[0].heading, "Why affordable");
        assert_eq!(outline[0].points[0], "affordable is good");
        assert_eq!(
            body_markdown,
            &format!("# Affordable solar\n\nBody.\n\n{DISCLAIMER}")
        );
        assert!(m.draft.validate_shape(Channel::Blog).is_ok());
    }

    #[test]
    fn composer_drafts_mend_to_a_fixed_point_and_keep_their_shape() {
        let brief = Brief {
            key_message: "Cheap solar panels fitted in a day".into(),
            call_to_action: "Book a free roof check".into(),
            campaign: Some("Q3 Solar Push".into()),
            ..Brief::default()
        };
        let rules = MendRules::new(&brand(), &brief, &policy());
        for channel in Channel::ALL {
            for variant in 0..3 {
                let req = content::ComposeRequest {
                    brand: brand(),
                    persona: None,
                    brief: brief.clone(),
                    channel,
                    variant,
                    step: None,
                    seed: u64::from(variant) * 7 + 1,
                };
                let d = composer::compose(&req);
                let once = mend(&d, channel, &rules, &RuleSettings::default());
                let twice = mend(&once.draft, channel, &rules, &RuleSettings::default());
                assert_eq!(twice.draft, once.draft, "{channel:?} {variant}");
                assert!(twice.changes.is_empty(), "{channel:?}: {:?}", twice.changes);
                assert!(
                    once.draft.validate_shape(channel).is_ok(),
                    "{channel:?}: {:?}",
                    once.draft.validate_shape(channel)
                );
                let text = serde_json::to_string(&once.draft).unwrap().to_lowercase();
                assert!(!text.contains("q3solarpush"), "{channel:?}: {text}");
            }
        }
    }

    #[test]
    fn hashtag_replacements_follow_the_tag_style() {
        assert_eq!(tagify("Cheap", "low cost"), "LowCost");
        assert_eq!(tagify("cheap", "low cost"), "lowcost");
        assert_eq!(tagify("CHEAP", "low cost"), "LOWCOST");
        assert!(in_hashtag("#SuperCheap", 6));
        assert!(!in_hashtag("a Cheap", 2));
    }
}
