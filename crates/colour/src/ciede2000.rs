//! CIEDE2000 colour difference (ΔE00), the CIE's current recommendation for "how different do
//! these two colours look". Implemented exactly as in G. Sharma, W. Wu, E. N. Dalal,
//! "The CIEDE2000 Color-Difference Formula: Implementation Notes, Supplementary Test Data, and
//! Mathematical Observations", Color Research & Application 30(1), 2005, eqs. (1)–(22), with
//! the parametric factors kL = kC = kH = 1.

use crate::convert::Lab;

/// ΔE00 between two L*a*b* colours. Symmetric; 0 for identical colours; about 1 is a just
/// noticeable difference, above ~10 reads as a different colour.
pub fn delta_e_2000(lab1: Lab, lab2: Lab) -> f64 {
    const POW25_7: f64 = 6_103_515_625.0; // 25^7
    let c_star_1 = lab1.a.hypot(lab1.b);
    let c_star_2 = lab2.a.hypot(lab2.b);
    // (2)–(3): G compensates a* for neutral colours.
    let c_bar7 = ((c_star_1 + c_star_2) / 2.0).powi(7);
    let g = 0.5 * (1.0 - (c_bar7 / (c_bar7 + POW25_7)).sqrt());
    let a1 = (1.0 + g) * lab1.a;
    let a2 = (1.0 + g) * lab2.a;
    // (4)–(7)
    let c1 = a1.hypot(lab1.b);
    let c2 = a2.hypot(lab2.b);
    let hue = |b: f64, a: f64| {
        if a == 0.0 && b == 0.0 {
            0.0
        } else {
            b.atan2(a).to_degrees().rem_euclid(360.0)
        }
    };
    let h1 = hue(lab1.b, a1);
    let h2 = hue(lab2.b, a2);
    // (8)–(11)
    let dl = lab2.l - lab1.l;
    let dc = c2 - c1;
    let chroma_product = c1 * c2;
    let dh = if chroma_product == 0.0 {
        0.0
    } else {
        let d = h2 - h1;
        if d > 180.0 {
            d - 360.0
        } else if d < -180.0 {
            d + 360.0
        } else {
            d
        }
    };
    let dh_big = 2.0 * chroma_product.sqrt() * (dh.to_radians() / 2.0).sin();
    // (12)–(14)
    let l_bar = (lab1.l + lab2.l) / 2.0;
    let c_bar = (c1 + c2) / 2.0;
    let h_bar = if chroma_product == 0.0 {
        h1 + h2
    } else if (h1 - h2).abs() <= 180.0 {
        (h1 + h2) / 2.0
    } else if h1 + h2 < 360.0 {
        (h1 + h2 + 360.0) / 2.0
    } else {
        (h1 + h2 - 360.0) / 2.0
    };
    // (15)–(21)
    let cos_deg = |x: f64| x.to_radians().cos();
    let t = 1.0 - 0.17 * cos_deg(h_bar - 30.0)
        + 0.24 * cos_deg(2.0 * h_bar)
        + 0.32 * cos_deg(3.0 * h_bar + 6.0)
        - 0.20 * cos_deg(4.0 * h_bar - 63.0);
    let d_theta = 30.0 * (-((h_bar - 275.0) / 25.0).powi(2)).exp();
    let c_bar_7 = c_bar.powi(7);
    let r_c = 2.0 * (c_bar_7 / (c_bar_7 + POW25_7)).sqrt();
    let l50 = (l_bar - 50.0).powi(2);
    let s_l = 1.0 + 0.015 * l50 / (20.0 + l50).sqrt();
    let s_c = 1.0 + 0.045 * c_bar;
    let s_h = 1.0 + 0.015 * c_bar * t;
    let r_t = -(2.0 * d_theta).to_radians().sin() * r_c;
    // (22)
    let (tl, tc, th) = (dl / s_l, dc / s_c, dh_big / s_h);
    (tl * tl + tc * tc + th * th + r_t * tc * th).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::hex::Rgb;

    /// All 34 pairs of Table 1 in Sharma, Wu & Dalal (2005): (L1, a1, b1, L2, a2, b2, ΔE00).
    const SHARMA: [[f64; 7]; 34] = [
        [50.0000, 2.6772, -79.7751, 50.0000, 0.0000, -82.7485, 2.0425],
        [50.0000, 3.1571, -77.2803, 50.0000, 0.0000, -82.7485, 2.8615],
        [50.0000, 2.8361, -74.0200, 50.0000, 0.0000, -82.7485, 3.4412],
        [
            50.0000, -1.3802, -84.2814, 50.0000, 0.0000, -82.7485, 1.0000,
        ],
        [
            50.0000, -1.1848, -84.8006, 50.0000, 0.0000, -82.7485, 1.0000,
        ],
        [
            50.0000, -0.9009, -85.5211, 50.0000, 0.0000, -82.7485, 1.0000,
        ],
        [50.0000, 0.0000, 0.0000, 50.0000, -1.0000, 2.0000, 2.3669],
        [50.0000, -1.0000, 2.0000, 50.0000, 0.0000, 0.0000, 2.3669],
        [50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0009, 7.1792],
        [50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0010, 7.1792],
        [50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0011, 7.2195],
        [50.0000, 2.4900, -0.0010, 50.0000, -2.4900, 0.0012, 7.2195],
        [50.0000, -0.0010, 2.4900, 50.0000, 0.0009, -2.4900, 4.8045],
        [50.0000, -0.0010, 2.4900, 50.0000, 0.0010, -2.4900, 4.8045],
        [50.0000, -0.0010, 2.4900, 50.0000, 0.0011, -2.4900, 4.7461],
        [50.0000, 2.5000, 0.0000, 50.0000, 0.0000, -2.5000, 4.3065],
        [50.0000, 2.5000, 0.0000, 73.0000, 25.0000, -18.0000, 27.1492],
        [50.0000, 2.5000, 0.0000, 61.0000, -5.0000, 29.0000, 22.8977],
        [50.0000, 2.5000, 0.0000, 56.0000, -27.0000, -3.0000, 31.9030],
        [50.0000, 2.5000, 0.0000, 58.0000, 24.0000, 15.0000, 19.4535],
        [50.0000, 2.5000, 0.0000, 50.0000, 3.1736, 0.5854, 1.0000],
        [50.0000, 2.5000, 0.0000, 50.0000, 3.2972, 0.0000, 1.0000],
        [50.0000, 2.5000, 0.0000, 50.0000, 1.8634, 0.5757, 1.0000],
        [50.0000, 2.5000, 0.0000, 50.0000, 3.2592, 0.3350, 1.0000],
        [
            60.2574, -34.0099, 36.2677, 60.4626, -34.1751, 39.4387, 1.2644,
        ],
        [
            63.0109, -31.0961, -5.8663, 62.8187, -29.7946, -4.0864, 1.2630,
        ],
        [61.2901, 3.7196, -5.3901, 61.4292, 2.2480, -4.9620, 1.8731],
        [35.0831, -44.1164, 3.7933, 35.0232, -40.0716, 1.5901, 1.8645],
        [
            22.7233, 20.0904, -46.6940, 23.0331, 14.9730, -42.5619, 2.0373,
        ],
        [36.4612, 47.8580, 18.3852, 36.2715, 50.5065, 21.2231, 1.4146],
        [90.8027, -2.0831, 1.4410, 91.1528, -1.6435, 0.0447, 1.4441],
        [90.9257, -0.5406, -0.9208, 88.6381, -0.8985, -0.7239, 1.5381],
        [6.7747, -0.2908, -2.4247, 5.8714, -0.0985, -2.2286, 0.6377],
        [2.0776, 0.0795, -1.1350, 0.9033, -0.0636, -0.5514, 0.9082],
    ];

    fn lab(l: f64, a: f64, b: f64) -> Lab {
        Lab { l, a, b }
    }

    #[test]
    fn matches_sharma_table_1_to_four_decimals() {
        for (i, p) in SHARMA.iter().enumerate() {
            let (x, y) = (lab(p[0], p[1], p[2]), lab(p[3], p[4], p[5]));
            let got = delta_e_2000(x, y);
            assert!(
                (got - p[6]).abs() < 5e-5,
                "pair {}: got {got:.4}, expected {}",
                i + 1,
                p[6]
            );
            // The formula is symmetric (Sharma et al. §3); the table's pairs 7/8 show it too.
            assert!(
                (delta_e_2000(y, x) - got).abs() < 1e-9,
                "pair {} not symmetric",
                i + 1
            );
        }
    }

    #[test]
    fn identical_colours_have_zero_difference() {
        for c in [
            Rgb::WHITE,
            Rgb::BLACK,
            Rgb::new(16, 109, 124),
            Rgb::new(255, 117, 87),
        ] {
            assert_eq!(delta_e_2000(c.to_lab(), c.to_lab()), 0.0);
        }
    }

    #[test]
    fn black_and_white_are_far_apart() {
        let d = delta_e_2000(Rgb::BLACK.to_lab(), Rgb::WHITE.to_lab());
        assert!((d - 100.0).abs() < 0.01, "{d}");
    }
}
