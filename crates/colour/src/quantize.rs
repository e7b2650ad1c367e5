//! Dominant colours of an image: the few colours that cover most of its visible area, each
//! with its share, for the visual consistency and logo checks (FR-6.3.2, FR-6.1.2).
//!
//! Method, chosen to be deterministic (the same image always gives the same report) and fast
//! on a large sample:
//! 1. Pixels below [`MIN_ALPHA`] are skipped: transparent margins are not colour the brand
//!    shows, and half-transparent anti-aliasing would only add blends.
//! 2. The rest are binned on a 32×32×32 RGB grid (5 bits per channel). Each bin keeps its
//!    pixel count and its mean colour, so a flat graphic's colours survive exactly.
//! 3. The bins are clustered by weighted k-means (Lloyd) in CIE L*a*b*, where Euclidean
//!    distance follows perceived difference far better than in RGB. Seeding is the
//!    deterministic "weighted farthest point" variant of k-means++: the heaviest bin first,
//!    then each time the bin with the largest weight × squared distance to its nearest seed.
//! 4. Clusters closer than [`MERGE_DELTA_E`] (ΔE00) are merged, since k-means splits a large
//!    flat area into near-identical halves when there are fewer real colours than clusters.
//! 5. Each cluster is represented by its heaviest bin's mean colour, not the cluster mean: a
//!    logo's exact brand blue, not a blend of the blue and the anti-aliased edges around it.

use serde::{Deserialize, Serialize};

use crate::ciede2000::delta_e_2000;
use crate::convert::Lab;
use crate::hex::Rgb;

/// Pixels with less alpha than this (of 255) are ignored.
pub const MIN_ALPHA: u8 = 128;
/// Clusters whose representatives are closer than this are one colour.
pub const MERGE_DELTA_E: f64 = 4.0;
const MAX_ITERATIONS: usize = 30;

/// One dominant colour and the share of the visible (opaque enough) pixels it stands for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DominantColour {
    pub colour: Rgb,
    /// 0..1 of the counted pixels; the shares of all clusters add up to 1 before small ones
    /// are dropped.
    pub share: f64,
}

/// The result of [`dominant_colours`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quantized {
    /// Most area first; clusters under `min_share` left out.
    pub colours: Vec<DominantColour>,
    /// Pixels that were opaque enough to count.
    pub counted: u64,
    /// Pixels skipped as (nearly) transparent.
    pub transparent: u64,
}

struct Bin {
    count: u64,
    sum: [u64; 3],
}

struct Point {
    lab: Lab,
    colour: Rgb,
    weight: f64,
}

fn dist2(a: Lab, b: Lab) -> f64 {
    (a.l - b.l).powi(2) + (a.a - b.a).powi(2) + (a.b - b.b).powi(2)
}

/// At most `max_colours` dominant colours of `pixels` (RGBA), each covering at least
/// `min_share` of the counted pixels.
pub fn dominant_colours(
    pixels: impl IntoIterator<Item = [u8; 4]>,
    max_colours: usize,
    min_share: f64,
) -> Quantized {
    let mut bins: Vec<Option<Bin>> = (0..32 * 32 * 32).map(|_| None).collect();
    let (mut counted, mut transparent) = (0u64, 0u64);
    for [r, g, b, a] in pixels {
        if a < MIN_ALPHA {
            transparent += 1;
            continue;
        }
        counted += 1;
        let key = (usize::from(r >> 3) << 10) | (usize::from(g >> 3) << 5) | usize::from(b >> 3);
        let bin = bins[key].get_or_insert(Bin {
            count: 0,
            sum: [0; 3],
        });
        bin.count += 1;
        bin.sum[0] += u64::from(r);
        bin.sum[1] += u64::from(g);
        bin.sum[2] += u64::from(b);
    }
    let points: Vec<Point> = bins
        .into_iter()
        .flatten()
        .map(|bin| {
            let mean = |s: u64| ((s as f64) / (bin.count as f64)).round() as u8;
            let colour = Rgb::new(mean(bin.sum[0]), mean(bin.sum[1]), mean(bin.sum[2]));
            Point {
                lab: colour.to_lab(),
                colour,
                weight: bin.count as f64,
            }
        })
        .collect();
    let k = max_colours.max(1).min(points.len());
    let clusters = if k == 0 {
        Vec::new()
    } else {
        cluster(&points, k)
    };
    let total = counted.max(1) as f64;
    let mut colours: Vec<DominantColour> = merge(clusters)
        .into_iter()
        .map(|(colour, weight)| DominantColour {
            colour,
            share: weight / total,
        })
        .filter(|c| c.share >= min_share)
        .collect();
    colours.sort_by(|a, b| b.share.total_cmp(&a.share));
    Quantized {
        colours,
        counted,
        transparent,
    }
}

/// Weighted Lloyd iterations; returns (representative colour, weight) per non-empty cluster.
fn cluster(points: &[Point], k: usize) -> Vec<(Rgb, f64, Lab)> {
    let mut centres = seeds(points, k);
    let mut assignment = vec![usize::MAX; points.len()];
    for _ in 0..MAX_ITERATIONS {
        let mut changed = false;
        for (i, p) in points.iter().enumerate() {
            let nearest = nearest(&centres, p.lab);
            if assignment[i] != nearest {
                assignment[i] = nearest;
                changed = true;
            }
        }
        if !changed {
            break;
        }
        let mut sums = vec![(0.0, 0.0, 0.0, 0.0); centres.len()];
        for (p, &c) in points.iter().zip(&assignment) {
            let s = &mut sums[c];
            s.0 += p.lab.l * p.weight;
            s.1 += p.lab.a * p.weight;
            s.2 += p.lab.b * p.weight;
            s.3 += p.weight;
        }
        for (centre, (l, a, b, w)) in centres.iter_mut().zip(sums) {
            if w > 0.0 {
                *centre = Lab {
                    l: l / w,
                    a: a / w,
                    b: b / w,
                };
            }
        }
    }
    // Representative: the heaviest member bin (ties: the first, which is stable).
    let mut out: Vec<Option<(usize, f64)>> = vec![None; centres.len()];
    for (i, (p, &c)) in points.iter().zip(&assignment).enumerate() {
        let slot = &mut out[c];
        match slot {
            Some((best, w)) => {
                *w += p.weight;
                if p.weight > points[*best].weight {
                    *best = i;
                }
            }
            None => *slot = Some((i, p.weight)),
        }
    }
    out.into_iter()
        .flatten()
        .map(|(i, w)| (points[i].colour, w, points[i].lab))
        .collect()
}

fn nearest(centres: &[Lab], lab: Lab) -> usize {
    centres
        .iter()
        .enumerate()
        .min_by(|a, b| dist2(*a.1, lab).total_cmp(&dist2(*b.1, lab)))
        .map_or(0, |(i, _)| i)
}

fn seeds(points: &[Point], k: usize) -> Vec<Lab> {
    let first = points
        .iter()
        .max_by(|a, b| a.weight.total_cmp(&b.weight))
        .map(|p| p.lab);
    let mut centres: Vec<Lab> = first.into_iter().collect();
    let mut closest: Vec<f64> = points.iter().map(|p| dist2(p.lab, centres[0])).collect();
    while centres.len() < k {
        let Some((i, score)) = points
            .iter()
            .zip(&closest)
            .map(|(p, d)| p.weight * d)
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(&b.1))
        else {
            break;
        };
        if score <= 0.0 {
            break; // every remaining bin coincides with a seed
        }
        let seed = points[i].lab;
        centres.push(seed);
        for (c, p) in closest.iter_mut().zip(points) {
            *c = c.min(dist2(p.lab, seed));
        }
    }
    centres
}

/// Greedily folds each cluster into a heavier one closer than [`MERGE_DELTA_E`].
fn merge(mut clusters: Vec<(Rgb, f64, Lab)>) -> Vec<(Rgb, f64)> {
    clusters.sort_by(|a, b| b.1.total_cmp(&a.1));
    let mut kept: Vec<(Rgb, f64, Lab)> = Vec::new();
    for c in clusters {
        match kept
            .iter_mut()
            .find(|k| delta_e_2000(k.2, c.2) < MERGE_DELTA_E)
        {
            Some(k) => k.1 += c.1,
            None => kept.push(c),
        }
    }
    kept.into_iter().map(|(c, w, _)| (c, w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rgb(hex: &str) -> Rgb {
        Rgb::parse_hex(hex).unwrap()
    }

    fn px(c: Rgb) -> [u8; 4] {
        [c.r, c.g, c.b, 255]
    }

    /// A width×height image of vertical stripes, `parts` of (colour, columns).
    fn stripes(parts: &[(Rgb, usize)], height: usize) -> Vec<[u8; 4]> {
        let row: Vec<[u8; 4]> = parts
            .iter()
            .flat_map(|&(c, n)| std::iter::repeat_n(px(c), n))
            .collect();
        (0..height).flat_map(|_| row.clone()).collect()
    }

    #[test]
    fn flat_colours_come_back_exactly_with_their_shares() {
        let teal = rgb("#106D7C");
        let coral = rgb("#FF7557");
        let white = Rgb::WHITE;
        let img = stripes(&[(teal, 50), (coral, 30), (white, 20)], 40);
        let q = dominant_colours(img, 8, 0.0);
        assert_eq!(q.counted, 4000);
        assert_eq!(q.transparent, 0);
        let got: Vec<(Rgb, f64)> = q.colours.iter().map(|c| (c.colour, c.share)).collect();
        assert_eq!(got, vec![(teal, 0.5), (coral, 0.3), (white, 0.2)]);
    }

    #[test]
    fn transparent_pixels_are_ignored() {
        let mut img = stripes(&[(rgb("#2563EB"), 10)], 10);
        img.extend(std::iter::repeat_n([255, 0, 0, 0], 300));
        img.extend(std::iter::repeat_n([0, 255, 0, 60], 50));
        let q = dominant_colours(img, 4, 0.0);
        assert_eq!(q.counted, 100);
        assert_eq!(q.transparent, 350);
        assert_eq!(q.colours.len(), 1);
        assert_eq!(q.colours[0].colour, rgb("#2563EB"));
        assert_eq!(q.colours[0].share, 1.0);
    }

    #[test]
    fn noise_around_a_colour_clusters_to_that_colour() {
        // Two colours with ±6 per channel of deterministic "JPEG" noise each.
        let mut img = Vec::new();
        for i in 0..2000u32 {
            let jitter = |s: u32| ((i.wrapping_mul(s) % 13) as i16 - 6) as i32;
            let (base, n) = if i % 4 == 0 {
                (rgb("#F59E0B"), i)
            } else {
                (rgb("#1E3A8A"), i)
            };
            let ch = |v: u8, s: u32| (i32::from(v) + jitter(s + n % 7)).clamp(0, 255) as u8;
            img.push([ch(base.r, 7), ch(base.g, 11), ch(base.b, 17), 255]);
        }
        let q = dominant_colours(img, 8, 0.02);
        assert_eq!(q.colours.len(), 2, "{:?}", q.colours);
        let navy = &q.colours[0];
        assert!((navy.share - 0.75).abs() < 0.02, "{navy:?}");
        assert!(
            delta_e_2000(navy.colour.to_lab(), rgb("#1E3A8A").to_lab()) < 3.0,
            "{navy:?}"
        );
        let amber = &q.colours[1];
        assert!(delta_e_2000(amber.colour.to_lab(), rgb("#F59E0B").to_lab()) < 3.0);
    }

    #[test]
    fn anti_aliased_edges_fall_under_the_minimum_share() {
        // A blue block on white with a one-pixel blended border: the blends are real pixels
        // but not colours anyone chose.
        let (w, h) = (100usize, 100usize);
        let blue = rgb("#2563EB");
        let blend = rgb("#92B1F5");
        let mut img = vec![px(Rgb::WHITE); w * h];
        for y in 20..80 {
            for x in 20..80 {
                let edge = y == 20 || y == 79 || x == 20 || x == 79;
                img[y * w + x] = px(if edge { blend } else { blue });
            }
        }
        let q = dominant_colours(img, 8, 0.03);
        let got: Vec<Rgb> = q.colours.iter().map(|c| c.colour).collect();
        assert_eq!(got, vec![Rgb::WHITE, blue]);
    }

    #[test]
    fn more_clusters_than_colours_and_empty_input_are_fine() {
        let q = dominant_colours(vec![px(Rgb::BLACK); 10], 8, 0.0);
        assert_eq!(q.colours.len(), 1);
        let none = dominant_colours(Vec::<[u8; 4]>::new(), 8, 0.0);
        assert!(none.colours.is_empty());
        assert_eq!(none.counted, 0);
        let clear = dominant_colours(vec![[9, 9, 9, 0]; 10], 8, 0.0);
        assert!(clear.colours.is_empty());
        assert_eq!(clear.transparent, 10);
    }

    #[test]
    fn many_colours_are_reduced_to_the_requested_number() {
        // A full hue sweep: 360 different colours, 10 columns each.
        let parts: Vec<(Rgb, usize)> = (0..360)
            .map(|h| {
                let c = crate::convert::Hsl {
                    h: f64::from(h),
                    s: 80.0,
                    l: 50.0,
                }
                .to_rgb();
                (c, 10)
            })
            .collect();
        let q = dominant_colours(stripes(&parts, 2), 6, 0.0);
        assert!(
            q.colours.len() <= 6 && q.colours.len() >= 4,
            "{:?}",
            q.colours
        );
        let sum: f64 = q.colours.iter().map(|c| c.share).sum();
        assert!((sum - 1.0).abs() < 1e-9);
    }

    #[test]
    fn the_result_is_deterministic() {
        let img = stripes(
            &[
                (rgb("#106D7C"), 7),
                (rgb("#FF7557"), 5),
                (rgb("#111827"), 3),
                (rgb("#FACC15"), 2),
            ],
            9,
        );
        assert_eq!(
            dominant_colours(img.clone(), 3, 0.0),
            dominant_colours(img, 3, 0.0)
        );
    }
}
