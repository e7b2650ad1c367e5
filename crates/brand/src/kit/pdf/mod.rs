//! The printable brand kit: an A4 PDF rendered from the kit document, with no I/O.
//!
//! Text is set in the standard Helvetica faces, so nothing is embedded and every word stays
//! selectable and searchable; the brand's own fonts are named in the typography section for
//! use in design tools. PNG and JPEG logos and reference images are embedded when their bytes
//! are given; anything else is listed by name.

pub mod image;
pub mod metrics;

use crate::kit::dto::{BrandKit, KitFile, KitSource, KitWcagLevel};
use crate::model::{ColourRole, EmojiPolicy, FontRole, LogoVariant};
use metrics::Font;
use pdf_writer::{Content, Filter, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use std::collections::{BTreeSet, HashMap};
use uuid::Uuid;

const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const MARGIN: f32 = 56.0;
const BODY_W: f32 = PAGE_W - 2.0 * MARGIN;
const TOP: f32 = PAGE_H - MARGIN;
/// Lowest baseline of body content; the footer lives below it.
const BOTTOM: f32 = MARGIN + 18.0;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Colour(f32, f32, f32);

impl Colour {
    fn hex(hex: &str) -> Option<Colour> {
        let c = colour::Rgb::parse_hex(hex).ok()?;
        Some(Colour(
            f32::from(c.r) / 255.0,
            f32::from(c.g) / 255.0,
            f32::from(c.b) / 255.0,
        ))
    }
}

const INK: Colour = Colour(0.11, 0.13, 0.16);
const MUTED: Colour = Colour(0.37, 0.41, 0.46);
const RULE: Colour = Colour(0.85, 0.87, 0.9);
const WHITE: Colour = Colour(1.0, 1.0, 1.0);
const TINT: Colour = Colour(0.96, 0.97, 0.98);

struct Page {
    ops: Content,
    images: BTreeSet<usize>,
}

struct Doc<'a> {
    kit: &'a BrandKit,
    sources: &'a HashMap<Uuid, Vec<u8>>,
    pages: Vec<Page>,
    /// Top of the free space on the current page.
    y: f32,
    accent: Colour,
    on_accent: Colour,
    images: Vec<image::Prepared>,
    prepared: HashMap<Uuid, Option<usize>>,
}

/// Renders `kit` as a PDF. `sources` holds the bytes of the logo and reference-image files
/// that should be embedded, by asset id; files without bytes are listed instead.
pub fn render(kit: &BrandKit, sources: &HashMap<Uuid, Vec<u8>>) -> Vec<u8> {
    let primary = kit
        .palette
        .iter()
        .find(|c| c.role == ColourRole::Primary)
        .or_else(|| kit.palette.first());
    let (accent, on_accent) = primary
        .and_then(|c| Some((Colour::hex(&c.hex)?, Colour::hex(&c.on_colour)?)))
        .unwrap_or((INK, WHITE));
    let mut doc = Doc {
        kit,
        sources,
        pages: Vec::new(),
        y: TOP,
        accent,
        on_accent,
        images: Vec::new(),
        prepared: HashMap::new(),
    };
    doc.cover();
    doc.foundation();
    doc.voice();
    doc.colour();
    doc.typography();
    doc.logos_and_imagery();
    doc.personas();
    doc.finish()
}

impl Doc<'_> {
    // ---- drawing primitives -------------------------------------------------------------

    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.new_page();
        }
        self.pages.last_mut().expect("a page exists")
    }

    fn new_page(&mut self) {
        self.pages.push(Page {
            ops: Content::new(),
            images: BTreeSet::new(),
        });
        self.y = TOP;
    }

    /// Starts a new page unless `height` points still fit on this one.
    fn ensure(&mut self, height: f32) {
        if self.pages.is_empty() || self.y - height < BOTTOM {
            self.new_page();
        }
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, fill: Colour) {
        let ops = &mut self.page().ops;
        ops.set_fill_rgb(fill.0, fill.1, fill.2);
        ops.rect(x, y, w, h);
        ops.fill_nonzero();
    }

    fn outline(&mut self, x: f32, y: f32, w: f32, h: f32, stroke: Colour) {
        let ops = &mut self.page().ops;
        ops.set_stroke_rgb(stroke.0, stroke.1, stroke.2);
        ops.set_line_width(0.75);
        ops.rect(x, y, w, h);
        ops.stroke();
    }

    fn line(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, stroke: Colour, width: f32) {
        let ops = &mut self.page().ops;
        ops.set_stroke_rgb(stroke.0, stroke.1, stroke.2);
        ops.set_line_width(width);
        ops.move_to(x1, y1);
        ops.line_to(x2, y2);
        ops.stroke();
    }

    /// One line of text with its baseline at `y`.
    fn text(&mut self, x: f32, y: f32, font: Font, size: f32, fill: Colour, s: &str) {
        let ops = &mut self.page().ops;
        ops.begin_text();
        ops.set_font(font_name(font), size);
        ops.set_fill_rgb(fill.0, fill.1, fill.2);
        ops.next_line(x, y);
        ops.show(Str(&metrics::encode(s)));
        ops.end_text();
    }

    fn text_right(&mut self, right: f32, y: f32, font: Font, size: f32, fill: Colour, s: &str) {
        let w = metrics::width(font, s, size);
        self.text(right - w, y, font, size, fill, s);
    }

    /// Wrapped text from the cursor down, breaking pages between lines.
    fn paragraph(&mut self, s: &str, font: Font, size: f32, fill: Colour, indent: f32) {
        let leading = size * 1.45;
        for line in metrics::wrap(font, s, size, BODY_W - indent) {
            self.ensure(leading);
            self.y -= leading;
            if !line.is_empty() {
                let y = self.y + leading - size;
                self.text(MARGIN + indent, y, font, size, fill, &line);
            }
        }
    }

    fn gap(&mut self, h: f32) {
        self.y -= h;
    }

    // ---- building blocks ----------------------------------------------------------------

    /// A section starts on a new page with a large title over an accent rule.
    fn section(&mut self, number: usize, title: &str) {
        self.new_page();
        let label = format!("{number:02}");
        self.text(MARGIN, self.y - 12.0, Font::Bold, 10.0, self.accent, &label);
        self.text(MARGIN, self.y - 44.0, Font::Bold, 28.0, INK, title);
        let (x, y) = (MARGIN, self.y - 58.0);
        self.rect(x, y, 48.0, 3.0, self.accent);
        self.y -= 80.0;
    }

    fn heading(&mut self, title: &str) {
        self.ensure(50.0);
        self.gap(10.0);
        self.y -= 14.0;
        self.text(MARGIN, self.y + 2.0, Font::Bold, 13.0, INK, title);
        self.gap(6.0);
    }

    fn label(&mut self, s: &str) {
        self.ensure(30.0);
        self.y -= 12.0;
        let upper = s.to_uppercase();
        self.text(MARGIN, self.y + 2.0, Font::Bold, 8.0, MUTED, &upper);
        self.gap(2.0);
    }

    fn body(&mut self, s: &str) {
        self.paragraph(s, Font::Regular, 10.5, INK, 0.0);
    }

    fn muted(&mut self, s: &str) {
        self.paragraph(s, Font::Regular, 9.5, MUTED, 0.0);
    }

    fn bullets<S: AsRef<str>>(&mut self, items: &[S]) {
        for item in items {
            let item = item.as_ref();
            if item.trim().is_empty() {
                continue;
            }
            self.ensure(16.0);
            let top = self.y;
            self.paragraph(item, Font::Regular, 10.5, INK, 14.0);
            let (x, y) = (MARGIN + 3.0, top - 9.0);
            self.rect(x, y, 3.5, 3.5, self.accent);
        }
    }

    /// A bold title with a paragraph under it: values, pillars, traits, personas.
    fn entry(&mut self, title: &str, text: &str) {
        self.ensure(36.0);
        self.paragraph(title, Font::Bold, 11.0, INK, 0.0);
        if !text.trim().is_empty() {
            self.paragraph(text, Font::Regular, 10.5, INK, 0.0);
        }
        self.gap(6.0);
    }

    /// A quotation with an accent bar at its left.
    fn callout(&mut self, s: &str) {
        let size = 12.0;
        let leading = size * 1.45;
        let lines = metrics::wrap(Font::Regular, s, size, BODY_W - 20.0);
        let height = lines.len() as f32 * leading;
        self.ensure(height.min(TOP - BOTTOM) + 8.0);
        let top = self.y;
        self.paragraph(s, Font::Regular, size, INK, 16.0);
        let bar_bottom = self.y.max(BOTTOM);
        if top > bar_bottom {
            self.rect(
                MARGIN,
                bar_bottom + 2.0,
                3.0,
                top - bar_bottom - 4.0,
                self.accent,
            );
        }
        self.gap(6.0);
    }

    fn empty_note(&mut self, s: &str) {
        self.muted(s);
    }

    // ---- images -------------------------------------------------------------------------

    fn image_of(&mut self, file: &KitFile) -> Option<usize> {
        if let Some(found) = self.prepared.get(&file.id) {
            return *found;
        }
        let index = self
            .sources
            .get(&file.id)
            .and_then(|bytes| image::prepare(bytes))
            .map(|p| {
                self.images.push(p);
                self.images.len() - 1
            });
        self.prepared.insert(file.id, index);
        index
    }

    /// Draws image `index` fitted and centred in the box.
    fn draw_image(&mut self, index: usize, x: f32, y: f32, w: f32, h: f32) {
        let (iw, ih) = (
            self.images[index].width as f32,
            self.images[index].height as f32,
        );
        let scale = (w / iw).min(h / ih);
        let (dw, dh) = (iw * scale, ih * scale);
        let page = self.page();
        page.images.insert(index);
        page.ops.save_state();
        page.ops
            .transform([dw, 0.0, 0.0, dh, x + (w - dw) / 2.0, y + (h - dh) / 2.0]);
        page.ops.x_object(Name(image_name(index).as_bytes()));
        page.ops.restore_state();
    }

    /// A framed box with the file's image, or its name when it cannot be embedded.
    fn file_box(&mut self, file: &KitFile, x: f32, y: f32, w: f32, h: f32, bg: Colour) {
        self.rect(x, y, w, h, bg);
        self.outline(x, y, w, h, RULE);
        match self.image_of(file) {
            Some(i) => self.draw_image(i, x + 10.0, y + 10.0, w - 20.0, h - 20.0),
            None => {
                let fg = if bg == WHITE || bg == TINT {
                    MUTED
                } else {
                    WHITE
                };
                let kind = file_kind(&file.content_type);
                let w_text = metrics::width(Font::Bold, &kind, 9.0);
                self.text(
                    x + (w - w_text) / 2.0,
                    y + h / 2.0 + 2.0,
                    Font::Bold,
                    9.0,
                    fg,
                    &kind,
                );
                let name = ellipsize(&file.name, Font::Regular, 8.0, w - 12.0);
                let w_name = metrics::width(Font::Regular, &name, 8.0);
                self.text(
                    x + (w - w_name) / 2.0,
                    y + h / 2.0 - 10.0,
                    Font::Regular,
                    8.0,
                    fg,
                    &name,
                );
            }
        }
    }

    // ---- sections -----------------------------------------------------------------------

    fn cover(&mut self) {
        self.new_page();
        let kit = self.kit;
        let band = PAGE_H * 0.62;
        self.rect(0.0, PAGE_H - band, PAGE_W, band, self.accent);
        let fg = self.on_accent;
        self.text(
            MARGIN,
            PAGE_H - 80.0,
            Font::Bold,
            10.0,
            fg,
            "BRAND GUIDELINES",
        );
        let mut y = PAGE_H - band + 150.0;
        let name_lines = metrics::wrap(Font::Bold, &kit.name, 40.0, BODY_W);
        for line in name_lines.iter().rev().take(3).rev() {
            self.text(MARGIN, y, Font::Bold, 40.0, fg, line);
            y -= 46.0;
        }
        let tagline = kit.profile.tagline.trim();
        if !tagline.is_empty() {
            for line in metrics::wrap(Font::Regular, tagline, 15.0, BODY_W)
                .iter()
                .take(3)
            {
                self.text(MARGIN, y, Font::Regular, 15.0, fg, line);
                y -= 20.0;
            }
        }
        // The palette as a strip along the bottom of the band.
        let swatches: Vec<Colour> = kit
            .palette
            .iter()
            .filter_map(|c| Colour::hex(&c.hex))
            .take(12)
            .collect();
        let size = 26.0;
        for (i, c) in swatches.iter().enumerate() {
            let x = MARGIN + i as f32 * (size + 6.0);
            self.rect(x, PAGE_H - band + 36.0, size, size, *c);
            self.outline(x, PAGE_H - band + 36.0, size, size, fg);
        }
        let status = match (kit.source, kit.version) {
            (KitSource::Published, Some(v)) => match kit.published_at {
                Some(at) => format!("Version {v}, published {}", at.format("%-d %B %Y")),
                None => format!("Version {v}"),
            },
            _ => "Draft, not yet published".to_owned(),
        };
        let mut y = PAGE_H - band - 60.0;
        self.text(MARGIN, y, Font::Bold, 13.0, INK, &status);
        y -= 20.0;
        let generated = format!("Generated {}", kit.generated_at.format("%-d %B %Y"));
        self.text(MARGIN, y, Font::Regular, 10.0, MUTED, &generated);
        y -= 44.0;
        let contents = [
            "01  Foundation",
            "02  Voice",
            "03  Colour",
            "04  Typography",
            "05  Logos and imagery",
            "06  Personas",
        ];
        for line in contents {
            self.text(MARGIN, y, Font::Regular, 10.5, INK, line);
            y -= 16.0;
        }
    }

    fn foundation(&mut self) {
        self.section(1, "Foundation");
        let p = &self.kit.profile;
        let mut any = false;
        if !p.mission.trim().is_empty() {
            any = true;
            self.label("Mission");
            self.callout(&p.mission);
        }
        if !p.vision.trim().is_empty() {
            any = true;
            self.label("Vision");
            self.callout(&p.vision);
        }
        if !p.values.is_empty() {
            any = true;
            self.heading("Values");
            for v in &p.values {
                self.entry(&v.name, &v.description);
            }
        }
        if let Some(sentence) = positioning_sentence(&self.kit.name, &p.positioning) {
            any = true;
            self.heading("Positioning");
            self.callout(&sentence);
        }
        if !p.value_propositions.is_empty() {
            any = true;
            self.heading("Value propositions");
            self.bullets(&p.value_propositions);
        }
        if !p.messaging_pillars.is_empty() {
            any = true;
            self.heading("Messaging pillars");
            for pillar in &p.messaging_pillars {
                self.entry(&pillar.title, &pillar.description);
            }
        }
        let pitches = [
            ("25 words", &p.pitches.words_25),
            ("50 words", &p.pitches.words_50),
            ("100 words", &p.pitches.words_100),
        ];
        if pitches.iter().any(|(_, t)| !t.trim().is_empty()) {
            any = true;
            self.heading("Elevator pitches");
            for (label, text) in pitches {
                if !text.trim().is_empty() {
                    self.label(label);
                    self.body(text);
                    self.gap(6.0);
                }
            }
        }
        if !p.story.trim().is_empty() {
            any = true;
            self.heading("Brand story");
            self.body(&p.story);
        }
        if !any {
            self.empty_note("The foundation has not been written yet.");
        }
    }

    fn voice(&mut self) {
        self.section(2, "Voice");
        let v = &self.kit.profile.voice;
        if !v.traits.is_empty() {
            self.heading("Voice traits");
            for t in &v.traits {
                self.ensure(40.0);
                self.paragraph(&t.name, Font::Bold, 11.0, INK, 0.0);
                if !t.we_are.trim().is_empty() {
                    self.body(&format!("We are: {}", t.we_are));
                }
                if !t.we_are_not.trim().is_empty() {
                    self.body(&format!("We are not: {}", t.we_are_not));
                }
                let examples: Vec<String> = t
                    .examples
                    .iter()
                    .map(|e| format!("\u{201C}{e}\u{201D}"))
                    .collect();
                self.bullets(&examples);
                self.gap(6.0);
            }
        }
        self.heading("Tone");
        let sliders = [
            ("Formal", "Casual", v.tone.formal_casual),
            ("Serious", "Playful", v.tone.serious_playful),
            ("Respectful", "Irreverent", v.tone.respectful_irreverent),
            (
                "Matter-of-fact",
                "Enthusiastic",
                v.tone.matter_of_fact_enthusiastic,
            ),
        ];
        for (left, right, value) in sliders {
            self.ensure(26.0);
            self.y -= 14.0;
            let y = self.y;
            self.text(MARGIN, y, Font::Regular, 9.5, INK, left);
            self.text_right(MARGIN + BODY_W, y, Font::Regular, 9.5, INK, right);
            let (x0, x1) = (MARGIN + 110.0, MARGIN + BODY_W - 110.0);
            self.line(x0, y + 3.0, x1, y + 3.0, RULE, 3.0);
            let pos = x0 + (x1 - x0) * f32::from(value.min(100)) / 100.0;
            self.rect(pos - 4.0, y - 1.0, 8.0, 8.0, self.accent);
            self.gap(8.0);
        }
        if !v.preferred_words.is_empty() {
            self.heading("Words we use");
            self.body(&v.preferred_words.join(", "));
        }
        if !v.banned_terms.is_empty() {
            self.heading("Words we avoid");
            for b in &v.banned_terms {
                let mut line = b.term.clone();
                if let Some(r) = b.replacement.as_deref().filter(|r| !r.trim().is_empty()) {
                    line.push_str(&format!(" - say \u{201C}{r}\u{201D} instead"));
                }
                self.ensure(30.0);
                self.paragraph(&line, Font::Bold, 10.5, INK, 0.0);
                if !b.reason.trim().is_empty() {
                    self.muted(&b.reason);
                }
                self.gap(4.0);
            }
        }
        if !v.required_disclaimers.is_empty() {
            self.heading("Required disclaimers");
            self.bullets(&v.required_disclaimers);
        }
        self.heading("Policies");
        if let Some(grade) = v.reading_grade_target {
            self.body(&format!(
                "Reading level: grade {grade} (Flesch-Kincaid) or easier."
            ));
        }
        let emoji = match v.emoji_policy {
            EmojiPolicy::Never => "never",
            EmojiPolicy::Sparing => "sparingly",
            EmojiPolicy::Encouraged => "encouraged",
        };
        self.body(&format!("Emoji: {emoji}."));
        let mut hashtags = format!(
            "Hashtags: at most {} per post",
            v.hashtag_policy.max_per_post
        );
        if !v.hashtag_policy.branded.is_empty() {
            hashtags.push_str(&format!(
                "; always welcome: {}",
                v.hashtag_policy.branded.join(" ")
            ));
        }
        hashtags.push('.');
        self.body(&hashtags);
        if !v.hashtag_policy.guidance.trim().is_empty() {
            self.muted(&v.hashtag_policy.guidance);
        }
        if !v.examples.is_empty() {
            self.heading("Writing examples");
            for e in &v.examples {
                let title = if e.good { "Do" } else { "Don't" };
                self.ensure(36.0);
                let colour = if e.good {
                    Colour(0.09, 0.5, 0.27)
                } else {
                    Colour(0.75, 0.15, 0.15)
                };
                self.paragraph(title, Font::Bold, 10.0, colour, 0.0);
                self.callout(&e.text);
                if !e.note.trim().is_empty() {
                    self.muted(&e.note);
                    self.gap(4.0);
                }
            }
        }
    }

    fn colour(&mut self) {
        self.section(3, "Colour");
        let kit = self.kit;
        if kit.palette.is_empty() {
            self.empty_note("No palette has been defined yet.");
            return;
        }
        let col_w = BODY_W / 2.0;
        let block_h = 92.0;
        for pair in kit.palette.chunks(2) {
            self.ensure(block_h);
            let top = self.y;
            for (i, c) in pair.iter().enumerate() {
                let x = MARGIN + i as f32 * col_w;
                let fill = Colour::hex(&c.hex).unwrap_or(INK);
                let on = Colour::hex(&c.on_colour).unwrap_or(WHITE);
                self.rect(x, top - 78.0, 84.0, 78.0, fill);
                self.outline(x, top - 78.0, 84.0, 78.0, RULE);
                self.text(x + 8.0, top - 70.0, Font::Bold, 14.0, on, "Aa");
                let tx = x + 94.0;
                let name = ellipsize(&c.name, Font::Bold, 11.0, col_w - 100.0);
                self.text(tx, top - 11.0, Font::Bold, 11.0, INK, &name);
                let role = role_label(c.role);
                self.text(tx, top - 24.0, Font::Regular, 8.5, MUTED, role);
                let lines = [
                    format!("HEX  {}", c.hex),
                    format!("RGB  {} {} {}", c.rgb.r, c.rgb.g, c.rgb.b),
                    format!(
                        "HSL  {}",
                        c.hsl_css.trim_start_matches("hsl(").trim_end_matches(')')
                    ),
                    format!("CMYK  {}", c.cmyk_label),
                ];
                for (j, l) in lines.iter().enumerate() {
                    self.text(tx, top - 40.0 - j as f32 * 11.5, Font::Regular, 8.5, INK, l);
                }
            }
            self.y = top - block_h;
        }
        if kit.contrast.is_empty() {
            return;
        }
        self.heading("Contrast (WCAG 2.1)");
        self.muted("AA needs 4.5:1 for normal text and 3:1 for large text; AAA needs 7:1 and 4.5:1. A failing pair lists the nearest shade of its text colour that passes AA.");
        self.gap(6.0);
        let cols = [0.0, 95.0, 190.0, 240.0, 292.0, 338.0, 384.0];
        let row_h = 20.0;
        let mut header_needed = true;
        for pair in &kit.contrast {
            if header_needed || self.y - row_h < BOTTOM {
                self.ensure(row_h * 3.0);
                self.y -= 14.0;
                let y = self.y;
                for (x, h) in cols.iter().zip([
                    "Text",
                    "Background",
                    "Sample",
                    "Ratio",
                    "Normal",
                    "Large",
                    "Nearest AA shade",
                ]) {
                    self.text(MARGIN + x, y, Font::Bold, 8.5, MUTED, h);
                }
                self.line(MARGIN, y - 5.0, MARGIN + BODY_W, y - 5.0, RULE, 0.75);
                self.gap(4.0);
                header_needed = false;
            }
            self.y -= row_h;
            let y = self.y + 6.0;
            let name_of = |token: &str| {
                kit.palette
                    .iter()
                    .find(|c| c.token == token)
                    .map_or_else(|| token.to_owned(), |c| c.name.clone())
            };
            let text_name = ellipsize(&name_of(&pair.text), Font::Regular, 9.0, 88.0);
            let bg_name = ellipsize(&name_of(&pair.background), Font::Regular, 9.0, 88.0);
            self.text(MARGIN + cols[0], y, Font::Regular, 9.0, INK, &text_name);
            self.text(MARGIN + cols[1], y, Font::Regular, 9.0, INK, &bg_name);
            let bg = Colour::hex(&pair.background_hex).unwrap_or(WHITE);
            let fg = Colour::hex(&pair.text_hex).unwrap_or(INK);
            self.rect(MARGIN + cols[2], y - 5.0, 36.0, 16.0, bg);
            self.outline(MARGIN + cols[2], y - 5.0, 36.0, 16.0, RULE);
            self.text(MARGIN + cols[2] + 9.0, y, Font::Bold, 10.0, fg, "Aa");
            let ratio = format!("{:.2}:1", pair.ratio);
            self.text(MARGIN + cols[3], y, Font::Regular, 9.0, INK, &ratio);
            for (x, level) in [(cols[4], pair.normal), (cols[5], pair.large)] {
                self.text(
                    MARGIN + x,
                    y,
                    Font::Bold,
                    9.0,
                    level_colour(level),
                    level_label(level),
                );
            }
            if let Some(s) = &pair.suggestion {
                let sample = Colour::hex(&s.hex).unwrap_or(INK);
                self.rect(MARGIN + cols[6], y - 2.0, 9.0, 9.0, sample);
                let label = format!("{} ({:.2}:1)", s.hex, s.ratio);
                self.text(MARGIN + cols[6] + 13.0, y, Font::Regular, 9.0, INK, &label);
            }
            self.line(MARGIN, self.y, MARGIN + BODY_W, self.y, TINT, 0.5);
        }
    }

    fn typography(&mut self) {
        self.section(4, "Typography");
        let t = &self.kit.typography;
        if t.families.is_empty() {
            self.empty_note("No typefaces have been chosen yet.");
        } else {
            self.heading("Typefaces");
            for f in &t.families {
                let weights = if f.weights.is_empty() {
                    String::new()
                } else {
                    format!(
                        " - weights {}",
                        f.weights
                            .iter()
                            .map(u16::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                self.entry(
                    &format!("{}: {}", font_role_label(f.role), f.family),
                    &format!("CSS: font-family: {};{weights}", f.stack),
                );
            }
            self.muted("This document is set in Helvetica; use the typefaces above in designs.");
        }
        if !t.scale.is_empty() {
            self.heading("Type scale");
            let sample = if self.kit.name.trim().is_empty() {
                "The quick brown fox".to_owned()
            } else {
                self.kit.name.clone()
            };
            for step in &t.scale {
                // CSS px are 0.75 pt; the largest steps are capped so one fits a line.
                let size = (step.size_px * 0.75).clamp(6.0, 40.0);
                let font = if step.weight >= 600 {
                    Font::Bold
                } else {
                    Font::Regular
                };
                self.ensure(size * 1.3 + 24.0);
                self.y -= size * 1.2;
                let line = ellipsize(&sample, font, size, BODY_W);
                self.text(MARGIN, self.y, font, size, INK, &line);
                self.y -= 13.0;
                let spec = format!(
                    "{}  -  {} px / {} rem, line height {}, weight {}",
                    step.name, step.size_px, step.size_rem, step.line_height, step.weight
                );
                self.text(MARGIN, self.y, Font::Regular, 8.5, MUTED, &spec);
                self.gap(10.0);
            }
        }
    }

    fn logos_and_imagery(&mut self) {
        self.section(5, "Logos and imagery");
        let kit = self.kit;
        if kit.logos.is_empty() {
            self.empty_note("No logos have been added yet.");
        }
        let box_w = (BODY_W - 12.0) / 2.0;
        let box_h = 110.0;
        for logo in &kit.logos {
            self.ensure(box_h + 30.0);
            self.y -= 12.0;
            let title = match &logo.file {
                Some(f) => format!("{} - {}", variant_label(logo.variant), f.name),
                None => format!(
                    "{} - file missing from the library",
                    variant_label(logo.variant)
                ),
            };
            let title = ellipsize(&title, Font::Bold, 10.0, BODY_W);
            self.text(MARGIN, self.y, Font::Bold, 10.0, INK, &title);
            self.y -= 6.0 + box_h;
            if let Some(file) = &logo.file {
                let y = self.y;
                self.file_box(file, MARGIN, y, box_w, box_h, WHITE);
                self.file_box(file, MARGIN + box_w + 12.0, y, box_w, box_h, INK);
            }
            self.gap(8.0);
        }
        let rules = &kit.profile.visual.logo_rules;
        let mut facts = Vec::new();
        if let Some(w) = rules.min_width_px {
            facts.push(format!("Minimum width: {w} px."));
        }
        if let Some(r) = rules.clear_space_ratio {
            facts.push(format!(
                "Clear space: at least {}% of the logo's height on every side.",
                (r * 100.0).round()
            ));
        }
        if !facts.is_empty() || !rules.dos.is_empty() || !rules.donts.is_empty() {
            self.heading("Logo usage");
            for f in &facts {
                self.body(f);
            }
            if !rules.dos.is_empty() {
                self.label("Do");
                self.bullets(&rules.dos);
            }
            if !rules.donts.is_empty() {
                self.label("Don't");
                self.bullets(&rules.donts);
            }
        }
        let examples: Vec<(&str, &Vec<KitFile>)> = vec![
            ("Correct use", &kit.logo_examples.dos),
            ("Misuse", &kit.logo_examples.donts),
            ("Iconography references", &kit.iconography.references),
            ("Photography references", &kit.photography.references),
        ];
        for (title, files) in examples.iter().take(2) {
            if !files.is_empty() {
                self.label(title);
                self.gallery(files);
            }
        }
        for (title, guideline, files) in [
            ("Iconography", &kit.iconography.guidance, examples[2].1),
            ("Photography", &kit.photography.guidance, examples[3].1),
        ] {
            if guideline.trim().is_empty() && files.is_empty() {
                continue;
            }
            self.heading(title);
            if !guideline.trim().is_empty() {
                self.body(guideline);
            }
            if !files.is_empty() {
                self.gap(4.0);
                self.gallery(files);
            }
        }
        if !kit.sonic.is_empty() {
            self.heading("Sonic identity");
            for s in &kit.sonic {
                let file = s.file.as_ref().map_or_else(
                    || "file missing from the library".to_owned(),
                    |f| f.name.clone(),
                );
                self.entry(&format!("{} ({file})", s.name), &s.usage);
            }
        }
    }

    /// Files in rows of four boxes.
    fn gallery(&mut self, files: &[KitFile]) {
        let per_row = 4;
        let w = (BODY_W - 3.0 * 8.0) / per_row as f32;
        let h = w * 0.75;
        for row in files.chunks(per_row) {
            self.ensure(h + 8.0);
            self.y -= h;
            let y = self.y;
            for (i, f) in row.iter().enumerate() {
                self.file_box(f, MARGIN + i as f32 * (w + 8.0), y, w, h, TINT);
            }
            self.gap(8.0);
        }
    }

    fn personas(&mut self) {
        self.section(6, "Personas");
        if self.kit.personas.is_empty() {
            self.empty_note("No personas have been described yet.");
            return;
        }
        for p in &self.kit.personas {
            let stage = if p.buying_stage.trim().is_empty() {
                String::new()
            } else {
                format!("Buying stage: {}", humanize(&p.buying_stage))
            };
            self.ensure(48.0);
            self.paragraph(&p.name, Font::Bold, 12.0, INK, 0.0);
            if !stage.is_empty() {
                self.paragraph(&stage, Font::Regular, 9.5, MUTED, 0.0);
            }
            if !p.summary.trim().is_empty() {
                self.body(&p.summary);
            }
            self.gap(10.0);
        }
    }

    // ---- output -------------------------------------------------------------------------

    fn finish(mut self) -> Vec<u8> {
        let total = self.pages.len();
        let footer_left = format!("{} - brand guidelines", self.kit.name);
        let footer_left = ellipsize(&footer_left, Font::Regular, 8.0, BODY_W - 80.0);
        for n in 1..total {
            let ops = &mut self.pages[n].ops;
            let line_y = MARGIN;
            ops.set_stroke_rgb(RULE.0, RULE.1, RULE.2);
            ops.set_line_width(0.5);
            ops.move_to(MARGIN, line_y);
            ops.line_to(MARGIN + BODY_W, line_y);
            ops.stroke();
            let right = format!("Page {} of {}", n + 1, total);
            for (x, s) in [
                (MARGIN, footer_left.as_str()),
                (
                    MARGIN + BODY_W - metrics::width(Font::Regular, &right, 8.0),
                    right.as_str(),
                ),
            ] {
                ops.begin_text();
                ops.set_font(font_name(Font::Regular), 8.0);
                ops.set_fill_rgb(MUTED.0, MUTED.1, MUTED.2);
                ops.next_line(x, line_y - 14.0);
                ops.show(Str(&metrics::encode(s)));
                ops.end_text();
            }
        }

        let mut pdf = Pdf::new();
        let mut next = 1;
        let mut alloc = || {
            let r = Ref::new(next);
            next += 1;
            r
        };
        let catalog = alloc();
        let tree = alloc();
        let info = alloc();
        let regular = alloc();
        let bold = alloc();
        let image_refs: Vec<(Ref, Option<Ref>)> = self
            .images
            .iter()
            .map(|i| (alloc(), i.alpha.as_ref().map(|_| alloc())))
            .collect();
        let page_refs: Vec<(Ref, Ref)> = self.pages.iter().map(|_| (alloc(), alloc())).collect();

        pdf.catalog(catalog).pages(tree);
        pdf.pages(tree)
            .kids(page_refs.iter().map(|(p, _)| *p))
            .count(page_refs.len() as i32);
        let title = format!("{} brand guidelines", self.kit.name);
        pdf.document_info(info)
            .title(TextStr(&title))
            .producer(TextStr("Brandium"));
        for (id, face) in [(regular, "Helvetica"), (bold, "Helvetica-Bold")] {
            pdf.type1_font(id)
                .base_font(Name(face.as_bytes()))
                .encoding_predefined(Name(b"WinAnsiEncoding"));
        }
        for (img, (id, mask)) in self.images.iter().zip(&image_refs) {
            let filter = match img.encoding {
                image::Encoding::Dct => Filter::DctDecode,
                image::Encoding::Flate => Filter::FlateDecode,
            };
            let mut x = pdf.image_xobject(*id, &img.data);
            x.filter(filter);
            x.width(img.width as i32);
            x.height(img.height as i32);
            match img.space {
                image::Space::Gray => x.color_space().device_gray(),
                image::Space::Rgb => x.color_space().device_rgb(),
            };
            x.bits_per_component(8);
            if let Some(m) = mask {
                x.s_mask(*m);
            }
            x.finish();
            if let (Some(m), Some(alpha)) = (mask, &img.alpha) {
                let mut s = pdf.image_xobject(*m, alpha);
                s.filter(Filter::FlateDecode);
                s.width(img.width as i32);
                s.height(img.height as i32);
                s.color_space().device_gray();
                s.bits_per_component(8);
            }
        }
        for (page, (page_id, content_id)) in self.pages.into_iter().zip(&page_refs) {
            let mut p = pdf.page(*page_id);
            p.media_box(Rect::new(0.0, 0.0, PAGE_W, PAGE_H));
            p.parent(tree);
            p.contents(*content_id);
            let mut resources = p.resources();
            resources
                .fonts()
                .pair(font_name(Font::Regular), regular)
                .pair(font_name(Font::Bold), bold);
            if !page.images.is_empty() {
                let mut xobjects = resources.x_objects();
                for i in &page.images {
                    xobjects.pair(Name(image_name(*i).as_bytes()), image_refs[*i].0);
                }
            }
            resources.finish();
            p.finish();
            let raw = page.ops.finish();
            let compressed = miniz_oxide::deflate::compress_to_vec_zlib(&raw, 6);
            pdf.stream(*content_id, &compressed)
                .filter(Filter::FlateDecode);
        }
        pdf.finish()
    }
}

fn font_name(font: Font) -> Name<'static> {
    match font {
        Font::Regular => Name(b"F1"),
        Font::Bold => Name(b"F2"),
    }
}

fn image_name(index: usize) -> String {
    format!("Im{index}")
}

/// `text` cut with an ellipsis to fit `max` points.
fn ellipsize(text: &str, font: Font, size: f32, max: f32) -> String {
    if metrics::width(font, text, size) <= max {
        return text.to_owned();
    }
    let mut out = String::new();
    for c in text.chars() {
        let candidate = format!("{out}{c}\u{2026}");
        if metrics::width(font, &candidate, size) > max {
            break;
        }
        out.push(c);
    }
    format!("{}\u{2026}", out.trim_end())
}

/// "For X who Y, Acme is a Z that W. Unlike V, we U." with the parts that were written.
pub fn positioning_sentence(name: &str, p: &crate::model::Positioning) -> Option<String> {
    let t = |s: &str| s.trim().trim_end_matches('.').to_owned();
    let (target, need, category, benefit) =
        (t(&p.target), t(&p.need), t(&p.category), t(&p.benefit));
    let (alternative, differentiator) = (t(&p.alternative), t(&p.differentiator));
    if target.is_empty() && category.is_empty() && benefit.is_empty() && differentiator.is_empty() {
        return None;
    }
    let mut s = String::new();
    if !target.is_empty() {
        s.push_str(&format!("For {target}"));
        if !need.is_empty() {
            s.push_str(&format!(" who {need}"));
        }
        s.push_str(", ");
    }
    let subject = if name.trim().is_empty() {
        "our product"
    } else {
        name.trim()
    };
    if !category.is_empty() {
        s.push_str(&format!("{subject} is {} {category}", article(&category)));
        if !benefit.is_empty() {
            s.push_str(&format!(" that {benefit}"));
        }
    } else if !benefit.is_empty() {
        s.push_str(&format!("{subject} {benefit}"));
    } else {
        s.push_str(subject);
    }
    s.push('.');
    if !differentiator.is_empty() {
        if alternative.is_empty() {
            s.push_str(&format!(" We {differentiator}."));
        } else {
            s.push_str(&format!(" Unlike {alternative}, we {differentiator}."));
        }
    }
    let mut chars = s.chars();
    Some(match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => s,
    })
}

fn article(word: &str) -> &'static str {
    match word.chars().next().map(|c| c.to_ascii_lowercase()) {
        Some('a' | 'e' | 'i' | 'o' | 'u') => "an",
        _ => "a",
    }
}

fn humanize(s: &str) -> String {
    let s = s.replace(['_', '-'], " ");
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => s,
    }
}

fn file_kind(content_type: &str) -> String {
    let sub = content_type.split('/').nth(1).unwrap_or(content_type);
    let sub = sub.split(['+', ';']).next().unwrap_or(sub);
    format!("{} file", sub.to_uppercase())
}

fn level_label(l: KitWcagLevel) -> &'static str {
    match l {
        KitWcagLevel::Aaa => "AAA",
        KitWcagLevel::Aa => "AA",
        KitWcagLevel::Fail => "Fail",
    }
}

fn level_colour(l: KitWcagLevel) -> Colour {
    match l {
        KitWcagLevel::Fail => Colour(0.75, 0.15, 0.15),
        _ => Colour(0.09, 0.5, 0.27),
    }
}

pub fn role_label(r: ColourRole) -> &'static str {
    match r {
        ColourRole::Primary => "Primary",
        ColourRole::Secondary => "Secondary",
        ColourRole::Supporting => "Supporting",
        ColourRole::Text => "Text",
        ColourRole::Background => "Background",
        ColourRole::Accent => "Accent",
        ColourRole::Success => "Success",
        ColourRole::Warning => "Warning",
        ColourRole::Error => "Error",
    }
}

fn font_role_label(r: FontRole) -> &'static str {
    match r {
        FontRole::Heading => "Headings",
        FontRole::Body => "Body",
        FontRole::Accent => "Accent",
        FontRole::Monospace => "Monospace",
    }
}

fn variant_label(v: LogoVariant) -> &'static str {
    match v {
        LogoVariant::Primary => "Primary logo",
        LogoVariant::Wordmark => "Wordmark",
        LogoVariant::Symbol => "Symbol",
        LogoVariant::MonoLight => "Monochrome, light",
        LogoVariant::MonoDark => "Monochrome, dark",
    }
}

#[cfg(test)]
mod tests;
