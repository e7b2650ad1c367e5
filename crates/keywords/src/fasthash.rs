//! A fast, non-cryptographic hasher for the engine's internal maps keyed by small integer ids.
//! The standard SipHash guards against hash flooding, which matters for maps keyed by untrusted
//! strings, not for ids the engine assigned itself; here it was the largest single cost.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The multiply-rotate hash used by the Rust compiler (FxHash).
#[derive(Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut b = [0u8; 8];
            b[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(b));
        }
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::{BuildHasher, Hash};

    fn hash<T: Hash>(t: &T) -> u64 {
        BuildHasherDefault::<FxHasher>::default().hash_one(t)
    }

    #[test]
    fn equal_keys_hash_equal_and_neighbours_differ() {
        assert_eq!(hash(&[1u32, 2, 3]), hash(&[1u32, 2, 3]));
        assert_ne!(hash(&[1u32, 2, 3]), hash(&[1u32, 3, 2]));
        assert_ne!(hash(&[1u32, 2, u32::MAX]), hash(&[1u32, 2, 0]));
    }

    #[test]
    fn map_works_with_it() {
        let mut m: FastMap<[u32; 3], u32> = FastMap::default();
        for i in 0..1000u32 {
            *m.entry([i % 10, i % 7, 0]).or_default() += 1;
        }
        assert_eq!(m.len(), 70);
        assert_eq!(m.values().sum::<u32>(), 1000);
    }
}
