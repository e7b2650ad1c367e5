//! Where the content of an image is: its background (transparent, or the colour of its
//! corners) and the bounding box of everything else. The logo check measures clear space
//! with it and leaves the background out of the logo's colours.

use image::RgbaImage;
use serde::Serialize;
use utoipa::ToSchema;

use colour::quantize::MIN_ALPHA;

/// How far (largest channel difference) a pixel may be from the background colour and still
/// count as background: absorbs JPEG noise around a flat background.
const BACKGROUND_TOLERANCE: u8 = 40;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Background {
    Transparent,
    Colour([u8; 3]),
}

impl Background {
    /// What the corners agree on: transparent when at least three are, else the colour most
    /// corners share (ties go to the top-left corner).
    pub fn detect(img: &RgbaImage) -> Background {
        let (w, h) = (img.width(), img.height());
        if w == 0 || h == 0 {
            return Background::Transparent;
        }
        let corners =
            [(0, 0), (w - 1, 0), (0, h - 1), (w - 1, h - 1)].map(|(x, y)| img.get_pixel(x, y).0);
        if corners.iter().filter(|p| p[3] < MIN_ALPHA).count() >= 3 {
            return Background::Transparent;
        }
        let opaque: Vec<[u8; 3]> = corners
            .iter()
            .filter(|p| p[3] >= MIN_ALPHA)
            .map(|p| [p[0], p[1], p[2]])
            .collect();
        let best = opaque
            .iter()
            .max_by_key(|c| {
                (
                    opaque.iter().filter(|o| close(**o, **c)).count(),
                    // Earlier corners win ties: max_by_key keeps the last maximum.
                    std::cmp::Reverse(opaque.iter().position(|o| o == *c)),
                )
            })
            .copied()
            .unwrap_or([255, 255, 255]);
        Background::Colour(best)
    }

    pub fn contains(&self, p: [u8; 4]) -> bool {
        if p[3] < MIN_ALPHA {
            return true;
        }
        match self {
            Background::Transparent => false,
            Background::Colour(c) => close([p[0], p[1], p[2]], *c),
        }
    }
}

fn close(a: [u8; 3], b: [u8; 3]) -> bool {
    a.iter()
        .zip(b)
        .all(|(x, y)| x.abs_diff(y) <= BACKGROUND_TOLERANCE)
}

/// Free space between the content and each edge of the image, in pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
pub struct Margins {
    pub top: u32,
    pub right: u32,
    pub bottom: u32,
    pub left: u32,
}

impl Margins {
    pub fn smallest(&self) -> u32 {
        self.top.min(self.right).min(self.bottom).min(self.left)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Content {
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub margins: Margins,
}

/// The bounding box of the pixels that are not `background`; `None` for an empty image.
pub fn content_box(img: &RgbaImage, background: Background) -> Option<Content> {
    let (mut x0, mut y0, mut x1, mut y1) = (u32::MAX, u32::MAX, 0u32, 0u32);
    for (x, y, p) in img.enumerate_pixels() {
        if !background.contains(p.0) {
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
    }
    (x0 != u32::MAX).then(|| Content {
        x: x0,
        y: y0,
        width: x1 - x0 + 1,
        height: y1 - y0 + 1,
        margins: Margins {
            top: y0,
            right: img.width() - 1 - x1,
            bottom: img.height() - 1 - y1,
            left: x0,
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::Rgba;

    fn canvas(w: u32, h: u32, bg: [u8; 4]) -> RgbaImage {
        RgbaImage::from_pixel(w, h, Rgba(bg))
    }

    fn fill(img: &mut RgbaImage, x: u32, y: u32, w: u32, h: u32, c: [u8; 4]) {
        for yy in y..y + h {
            for xx in x..x + w {
                img.put_pixel(xx, yy, Rgba(c));
            }
        }
    }

    #[test]
    fn a_logo_on_transparency_is_boxed_with_its_margins() {
        let mut img = canvas(200, 100, [0, 0, 0, 0]);
        fill(&mut img, 30, 20, 120, 50, [16, 109, 124, 255]);
        let bg = Background::detect(&img);
        assert_eq!(bg, Background::Transparent);
        let c = content_box(&img, bg).unwrap();
        assert_eq!((c.x, c.y, c.width, c.height), (30, 20, 120, 50));
        assert_eq!(
            c.margins,
            Margins {
                top: 20,
                right: 50,
                bottom: 30,
                left: 30
            }
        );
        assert_eq!(c.margins.smallest(), 20);
    }

    #[test]
    fn an_opaque_background_is_the_corner_colour_with_some_tolerance() {
        let mut img = canvas(100, 100, [250, 250, 248, 255]);
        // JPEG-like noise in the background must not count as content.
        img.put_pixel(3, 3, Rgba([235, 240, 236, 255]));
        fill(&mut img, 40, 45, 10, 10, [255, 117, 87, 255]);
        let bg = Background::detect(&img);
        assert_eq!(bg, Background::Colour([250, 250, 248]));
        let c = content_box(&img, bg).unwrap();
        assert_eq!((c.x, c.y, c.width, c.height), (40, 45, 10, 10));
    }

    #[test]
    fn content_touching_a_corner_does_not_become_the_background() {
        let mut img = canvas(50, 50, [255, 255, 255, 255]);
        fill(&mut img, 0, 0, 10, 10, [0, 0, 0, 255]);
        let bg = Background::detect(&img);
        assert_eq!(bg, Background::Colour([255, 255, 255]));
        assert_eq!(content_box(&img, bg).unwrap().margins.smallest(), 0);
    }

    #[test]
    fn an_empty_image_has_no_content() {
        let img = canvas(10, 10, [0, 0, 0, 0]);
        assert_eq!(content_box(&img, Background::detect(&img)), None);
        let white = canvas(10, 10, [255, 255, 255, 255]);
        assert_eq!(content_box(&white, Background::detect(&white)), None);
    }
}
