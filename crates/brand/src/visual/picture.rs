//! Reading an uploaded picture for the checks, with bounds: bytes are capped before we get
//! here, dimensions are read from the header before any pixel is decoded, and the decoder
//! itself runs with allocation limits. SVG is not rasterised: its colours are read from its
//! markup (fills, strokes, gradient stops, styles) and its size from `width`/`height`/`viewBox`.

use std::io::Cursor;

use api::ApiError;
use axum::http::StatusCode;
use image::{ImageFormat, ImageReader, Limits, RgbaImage};

/// Largest file the checks read.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;
/// Longest side, in pixels.
pub const MAX_SIDE: u32 = 10_000;
/// Most pixels (width × height): 25 megapixels decode to 100 MB of RGBA.
pub const MAX_PIXELS: u64 = 25_000_000;
/// Pixels the colour analysis looks at; larger images are sampled on an even grid.
pub const SAMPLE_PIXELS: u64 = 250_000;

pub enum Picture {
    Raster(RgbaImage),
    Svg {
        /// In CSS pixels, when the document says.
        size: Option<(f64, f64)>,
        colours: capture::CssFacts,
    },
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PictureError {
    #[error("The file is larger than {} MB.", MAX_BYTES / 1024 / 1024)]
    TooManyBytes,
    #[error("The image is {width}×{height} pixels; the checks read images up to {MAX_SIDE} pixels a side and {} megapixels.", MAX_PIXELS / 1_000_000)]
    TooLarge { width: u32, height: u32 },
    #[error("Upload a PNG, JPEG, WebP, GIF or SVG image.")]
    Unsupported,
    #[error("The image could not be read: {0}")]
    Invalid(String),
}

impl From<PictureError> for ApiError {
    fn from(e: PictureError) -> Self {
        let (status, code) = match e {
            PictureError::TooManyBytes => (StatusCode::PAYLOAD_TOO_LARGE, "file_too_large"),
            PictureError::TooLarge { .. } => (StatusCode::UNPROCESSABLE_ENTITY, "image_too_large"),
            PictureError::Unsupported => (StatusCode::UNPROCESSABLE_ENTITY, "unsupported_image"),
            PictureError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid_image"),
        };
        let detail = e.to_string();
        let mut err = ApiError::new(status, code, detail.clone());
        err.errors = vec![api::FieldError::new("file", code, detail)];
        err
    }
}

/// Whether `bytes` look like an SVG document (XML prolog, comment or doctype before `<svg`).
pub fn is_svg(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    let Ok(text) = std::str::from_utf8(head).or_else(|e| {
        // A cut in the middle of a multi-byte character at the 4 KiB boundary.
        std::str::from_utf8(&head[..e.valid_up_to()])
    }) else {
        return false;
    };
    let text = text.trim_start_matches('\u{feff}').trim_start();
    text.starts_with('<') && text.to_ascii_lowercase().contains("<svg")
}

/// Decodes `bytes`. CPU-bound: call it from `spawn_blocking`.
pub fn decode(bytes: &[u8]) -> Result<Picture, PictureError> {
    if bytes.len() > MAX_BYTES {
        return Err(PictureError::TooManyBytes);
    }
    if is_svg(bytes) {
        let text = String::from_utf8_lossy(bytes);
        return Ok(Picture::Svg {
            size: capture::svg_size(&text),
            colours: capture::extract_markup(&text),
        });
    }
    let format = image::guess_format(bytes).map_err(|_| PictureError::Unsupported)?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif
    ) {
        return Err(PictureError::Unsupported);
    }
    // The probe reads the header only, so it needs no allocation limits; with them, a header
    // claiming a huge image would fail as a limit error instead of saying how large it is.
    let mut probe = ImageReader::with_format(Cursor::new(bytes), format);
    probe.no_limits();
    let (width, height) = probe
        .into_dimensions()
        .map_err(|e| PictureError::Invalid(e.to_string()))?;
    if width > MAX_SIDE || height > MAX_SIDE || u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PictureError::TooLarge { width, height });
    }
    if width == 0 || height == 0 {
        return Err(PictureError::Invalid("the image has no pixels".into()));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    // The RGBA buffer plus the decoder's own working memory.
    limits.max_alloc = Some(MAX_PIXELS * 4 * 2);
    reader.limits(limits);
    let image = reader
        .decode()
        .map_err(|e| PictureError::Invalid(e.to_string()))?;
    Ok(Picture::Raster(image.into_rgba8()))
}

/// An even grid of at most about [`SAMPLE_PIXELS`] pixels of `img`, `keep` deciding which
/// of them count (e.g. not the background).
pub fn sample<'a>(
    img: &'a RgbaImage,
    keep: impl Fn([u8; 4]) -> bool + 'a,
) -> impl Iterator<Item = [u8; 4]> + 'a {
    let total = u64::from(img.width()) * u64::from(img.height());
    let step = ((total as f64 / SAMPLE_PIXELS as f64).sqrt().ceil() as u32).max(1);
    (0..img.height())
        .step_by(step as usize)
        .flat_map(move |y| {
            (0..img.width())
                .step_by(step as usize)
                .map(move |x| img.get_pixel(x, y).0)
        })
        .filter(move |p| keep(*p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgba};

    fn png(img: &RgbaImage) -> Vec<u8> {
        let mut out = Vec::new();
        image::codecs::png::PngEncoder::new(&mut out)
            .write_image(
                img.as_raw(),
                img.width(),
                img.height(),
                image::ExtendedColorType::Rgba8,
            )
            .unwrap();
        out
    }

    #[test]
    fn pngs_decode_and_svgs_are_read_as_markup() {
        let img = RgbaImage::from_pixel(3, 2, Rgba([16, 109, 124, 255]));
        match decode(&png(&img)).unwrap() {
            Picture::Raster(r) => assert_eq!(r.dimensions(), (3, 2)),
            Picture::Svg { .. } => panic!("not an svg"),
        }
        let svg = br##"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><rect fill="#106D7C"/></svg>"##;
        match decode(svg).unwrap() {
            Picture::Svg { size, colours } => {
                assert_eq!(size, Some((40.0, 20.0)));
                assert_eq!(colours.colors[0].hex, "#106D7C");
            }
            Picture::Raster(_) => panic!("an svg"),
        }
    }

    #[test]
    fn huge_dimensions_are_refused_before_decoding() {
        // A valid PNG header claiming 20000×20000 pixels, followed by nothing: reading the
        // pixels would fail, but we must refuse on the header alone.
        let small = png(&RgbaImage::new(1, 1));
        let mut huge = small.clone();
        huge[16..20].copy_from_slice(&20_000u32.to_be_bytes());
        huge[20..24].copy_from_slice(&20_000u32.to_be_bytes());
        // Fix the IHDR CRC so that the header itself is valid.
        let crc = crc32(&huge[12..29]);
        huge[29..33].copy_from_slice(&crc.to_be_bytes());
        assert_eq!(
            decode(&huge).err(),
            Some(PictureError::TooLarge {
                width: 20_000,
                height: 20_000
            })
        );
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }

    #[test]
    fn other_files_are_refused_clearly() {
        assert_eq!(
            decode(b"%PDF-1.7 hello").err(),
            Some(PictureError::Unsupported)
        );
        assert_eq!(decode(b"").err(), Some(PictureError::Unsupported));
        let mut bmp = vec![b'B', b'M'];
        bmp.extend([0u8; 60]);
        assert_eq!(decode(&bmp).err(), Some(PictureError::Unsupported));
        let truncated = &png(&RgbaImage::new(50, 50))[..40];
        assert!(matches!(decode(truncated), Err(PictureError::Invalid(_))));
        assert_eq!(
            decode(&vec![0u8; MAX_BYTES + 1]).err(),
            Some(PictureError::TooManyBytes)
        );
    }

    #[test]
    fn sampling_covers_large_images_on_a_grid() {
        let img = RgbaImage::from_pixel(1000, 1000, Rgba([1, 2, 3, 255]));
        let n = sample(&img, |_| true).count() as u64;
        assert!(n <= SAMPLE_PIXELS && n > SAMPLE_PIXELS / 2, "{n}");
        let small = RgbaImage::from_pixel(10, 10, Rgba([1, 2, 3, 255]));
        assert_eq!(sample(&small, |_| true).count(), 100);
        assert_eq!(sample(&small, |p| p[0] == 9).count(), 0);
    }
}
