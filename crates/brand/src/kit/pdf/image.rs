//! Raster logos and reference images prepared for embedding: a JPEG goes in as it is
//! (DCTDecode), a PNG is decoded to 8-bit samples and deflated, its alpha as a soft mask.
//! Anything else (SVG, WebP, a CMYK JPEG, a broken file) is not embedded and the PDF lists it.

use miniz_oxide::deflate::compress_to_vec_zlib;
use std::io::Cursor;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Dct,
    Flate,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Space {
    Gray,
    Rgb,
}

#[derive(Debug, Clone)]
pub struct Prepared {
    pub width: u32,
    pub height: u32,
    pub encoding: Encoding,
    pub space: Space,
    pub data: Vec<u8>,
    /// Deflated 8-bit alpha, when the image has transparency.
    pub alpha: Option<Vec<u8>>,
}

/// Decoding a logo should never take much memory; bigger images are listed, not embedded.
const MAX_DECODED_BYTES: usize = 48 * 1024 * 1024;

pub fn prepare(bytes: &[u8]) -> Option<Prepared> {
    if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        png(bytes)
    } else if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)
    } else {
        None
    }
}

fn png(bytes: &[u8]) -> Option<Prepared> {
    let mut decoder = png::Decoder::new_with_limits(
        Cursor::new(bytes),
        png::Limits {
            bytes: MAX_DECODED_BYTES,
        },
    );
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().ok()?;
    let mut buf = vec![0; reader.output_buffer_size()?];
    let info = reader.next_frame(&mut buf).ok()?;
    buf.truncate(info.buffer_size());
    let (channels, space, has_alpha) = match info.color_type {
        png::ColorType::Grayscale => (1, Space::Gray, false),
        png::ColorType::GrayscaleAlpha => (2, Space::Gray, true),
        png::ColorType::Rgb => (3, Space::Rgb, false),
        png::ColorType::Rgba => (4, Space::Rgb, true),
        // normalize_to_color8 expands palettes, so an indexed frame is unexpected.
        png::ColorType::Indexed => return None,
    };
    if info.bit_depth != png::BitDepth::Eight {
        return None;
    }
    let colour_channels = channels - usize::from(has_alpha);
    let mut samples = Vec::with_capacity(buf.len());
    let mut alpha = Vec::new();
    for px in buf.chunks_exact(channels) {
        samples.extend_from_slice(&px[..colour_channels]);
        if has_alpha {
            alpha.push(px[channels - 1]);
        }
    }
    let level = 6;
    let opaque = alpha.iter().all(|&a| a == 255);
    Some(Prepared {
        width: info.width,
        height: info.height,
        encoding: Encoding::Flate,
        space,
        data: compress_to_vec_zlib(&samples, level),
        alpha: (has_alpha && !opaque).then(|| compress_to_vec_zlib(&alpha, level)),
    })
}

/// Reads the frame header (SOF0..SOF15 except DHT/JPG/DAC) for size and components.
fn jpeg(bytes: &[u8]) -> Option<Prepared> {
    let mut i = 2;
    while i + 4 <= bytes.len() {
        if bytes[i] != 0xFF {
            return None;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        let is_sof = matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC);
        if is_sof {
            let seg = bytes.get(i + 4..i + 2 + len)?;
            let height = u32::from(u16::from_be_bytes([*seg.get(1)?, *seg.get(2)?]));
            let width = u32::from(u16::from_be_bytes([*seg.get(3)?, *seg.get(4)?]));
            let space = match seg.get(5)? {
                1 => Space::Gray,
                3 => Space::Rgb,
                // CMYK JPEGs need an inverted decode array depending on the writer: list them.
                _ => return None,
            };
            if width == 0 || height == 0 {
                return None;
            }
            return Some(Prepared {
                width,
                height,
                encoding: Encoding::Dct,
                space,
                data: bytes.to_vec(),
                alpha: None,
            });
        }
        i += 2 + len;
    }
    None
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small RGBA PNG: a red square with a transparent corner.
    pub(crate) fn sample_png() -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, 4, 4);
            enc.set_color(png::ColorType::Rgba);
            enc.set_depth(png::BitDepth::Eight);
            let mut w = enc.write_header().unwrap();
            let mut data = [255u8, 0, 0, 255].repeat(16);
            data[3] = 0;
            w.write_image_data(&data).unwrap();
        }
        out
    }

    #[test]
    fn a_png_with_alpha_gets_a_soft_mask() {
        let p = prepare(&sample_png()).unwrap();
        assert_eq!(
            (p.width, p.height, p.space, p.encoding),
            (4, 4, Space::Rgb, Encoding::Flate)
        );
        let samples = miniz_oxide::inflate::decompress_to_vec_zlib(&p.data).unwrap();
        assert_eq!(&samples[..3], &[255, 0, 0]);
        assert_eq!(samples.len(), 48);
        let alpha = miniz_oxide::inflate::decompress_to_vec_zlib(&p.alpha.unwrap()).unwrap();
        assert_eq!(alpha[0], 0);
        assert_eq!(alpha[1], 255);
    }

    #[test]
    fn a_jpeg_header_gives_its_size() {
        // SOI, APP0 (length 16), SOF0: precision 8, 2 x 3 pixels, 3 components.
        let mut jpg = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
        jpg.extend_from_slice(&[0; 14]);
        jpg.extend_from_slice(&[0xFF, 0xC0, 0x00, 0x11, 8, 0, 3, 0, 2, 3]);
        jpg.extend_from_slice(&[1, 0x11, 0, 2, 0x11, 1, 3, 0x11, 1]);
        let p = prepare(&jpg).unwrap();
        assert_eq!(
            (p.width, p.height, p.space, p.encoding),
            (2, 3, Space::Rgb, Encoding::Dct)
        );
    }

    #[test]
    fn other_files_are_not_embedded() {
        assert!(prepare(b"<svg xmlns='http://www.w3.org/2000/svg'/>").is_none());
        assert!(prepare(b"\x89PNG\r\n\x1a\ngarbage").is_none());
        assert!(prepare(&[0xFF, 0xD8, 0xFF]).is_none());
    }
}
