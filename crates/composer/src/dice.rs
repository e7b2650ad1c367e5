//! Seeded choices. Stable across releases: ChaCha8 keyed by our own splitmix64 expansion of
//! the seed, and integer-only arithmetic on its output, so a stored seed reproduces the same
//! draft on any platform and any future build of this version's banks.

use rand_chacha::ChaCha8Rng;
use rand_chacha::rand_core::{RngCore, SeedableRng};

/// 64-bit FNV-1a: a fixed, documented hash (std's hasher may change between releases).
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn splitmix64(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

fn chacha(seed: u64) -> ChaCha8Rng {
    let mut state = seed;
    let mut key = [0u8; 32];
    for chunk in key.chunks_exact_mut(8) {
        chunk.copy_from_slice(&splitmix64(&mut state).to_le_bytes());
    }
    ChaCha8Rng::from_seed(key)
}

/// The source of every choice in one draft.
///
/// Two streams: `order` gives, per named choice, a permutation that does not depend on the
/// variant, and the variant indexes into it, so variants 0..n of one brief take n different
/// options wherever there are n to take. `rng` covers the rest (coin flips), keyed by the
/// seed and the variant, channel and step.
pub struct Dice {
    base: u64,
    variant: u32,
    rng: ChaCha8Rng,
}

impl Dice {
    pub fn new(seed: u64, channel: &str, variant: u32, step: Option<(u32, u32)>) -> Dice {
        let (si, st) = step.unwrap_or((u32::MAX, u32::MAX));
        let mut key = Vec::with_capacity(32);
        key.extend_from_slice(channel.as_bytes());
        key.extend_from_slice(&si.to_le_bytes());
        key.extend_from_slice(&st.to_le_bytes());
        let base = seed ^ fnv1a(&key);
        key.extend_from_slice(&variant.to_le_bytes());
        Dice {
            base,
            variant,
            rng: chacha(seed ^ fnv1a(&key)),
        }
    }

    /// The variant this draft is (after any "another angle" shift).
    pub fn variant(&self) -> u32 {
        self.variant
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.rng.next_u64() % n as u64) as usize
        }
    }

    /// True with the given chance in percent.
    pub fn chance(&mut self, percent: u32) -> bool {
        self.rng.next_u32() % 100 < percent
    }

    /// Indices `0..weights.len()` in a weighted random order fixed by the seed and `label`
    /// (not by the variant): heavier items tend to come first.
    pub fn order(&self, label: &str, weights: &[u32]) -> Vec<usize> {
        let mut rng = chacha(self.base ^ fnv1a(label.as_bytes()));
        let mut keyed: Vec<(u64, usize)> = weights
            .iter()
            .enumerate()
            .map(|(i, w)| (u64::from(rng.next_u32()) / u64::from((*w).max(1)), i))
            .collect();
        keyed.sort_unstable();
        keyed.into_iter().map(|(_, i)| i).collect()
    }

    /// Where this variant starts reading an order of length `n`.
    pub fn start(&self, n: usize) -> usize {
        if n == 0 { 0 } else { self.variant as usize % n }
    }

    /// `k` distinct indices chosen for this variant from the weighted order for `label`.
    pub fn take(&self, label: &str, weights: &[u32], k: usize) -> Vec<usize> {
        let order = self.order(label, weights);
        let n = order.len();
        let start = self.start(n);
        (0..k.min(n)).map(|j| order[(start + j) % n]).collect()
    }

    /// One index chosen for this variant, or `None` when there is nothing to choose from.
    pub fn one(&self, label: &str, weights: &[u32]) -> Option<usize> {
        self.take(label, weights, 1).first().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_inputs_same_choices() {
        let a = Dice::new(7, "x", 0, None);
        let b = Dice::new(7, "x", 0, None);
        assert_eq!(a.order("hook", &[1; 20]), b.order("hook", &[1; 20]));
        let mut a = a;
        let mut b = b;
        let xs: Vec<usize> = (0..10).map(|_| a.below(1000)).collect();
        let ys: Vec<usize> = (0..10).map(|_| b.below(1000)).collect();
        assert_eq!(xs, ys);
    }

    #[test]
    fn stream_is_pinned() {
        // Guards against a dependency upgrade silently changing every stored draft.
        let mut d = Dice::new(42, "x", 0, None);
        let xs: Vec<usize> = (0..4).map(|_| d.below(1_000_000)).collect();
        assert_eq!(xs, PINNED);
    }
    const PINNED: [usize; 4] = [256324, 617364, 567856, 233389];

    #[test]
    fn variants_walk_the_same_order() {
        let weights = [1u32; 12];
        let picks: Vec<usize> = (0..12)
            .map(|v| Dice::new(3, "x", v, None).one("hook", &weights).unwrap())
            .collect();
        let mut distinct = picks.clone();
        distinct.sort_unstable();
        distinct.dedup();
        assert_eq!(distinct.len(), 12, "{picks:?}");
    }

    #[test]
    fn heavier_items_come_first_more_often() {
        let mut heavy_first = 0;
        for seed in 0..200 {
            let d = Dice::new(seed, "x", 0, None);
            if d.order("w", &[1, 1, 1, 13])[0] == 3 {
                heavy_first += 1;
            }
        }
        assert!(heavy_first > 120, "{heavy_first}");
    }

    #[test]
    fn empty_choices_are_none() {
        let d = Dice::new(1, "x", 5, None);
        assert_eq!(d.one("none", &[]), None);
        assert!(d.take("none", &[], 3).is_empty());
        let mut d = d;
        assert_eq!(d.below(0), 0);
    }
}
