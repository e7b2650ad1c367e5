//! SimHash fingerprints for near-duplicate pages: two texts that differ in a few words have
//! fingerprints a few bits apart, unrelated texts about half the bits apart.

/// 64-bit SimHash over the word 3-shingles of `text` (lowercased words of letters and
/// digits). 0 for a text without words; texts of one or two words hash their words.
pub fn simhash(text: &str) -> u64 {
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    if words.is_empty() {
        return 0;
    }
    let mut weights = [0i64; 64];
    let width = 3.min(words.len());
    for shingle in words.windows(width) {
        let mut hasher = Fnv1a::new();
        for word in shingle {
            hasher.write(word.as_bytes());
            // A separator keeps ("ab", "c") and ("a", "bc") apart.
            hasher.write(&[0xff]);
        }
        let hash = mix(hasher.finish());
        for (bit, weight) in weights.iter_mut().enumerate() {
            if hash >> bit & 1 == 1 {
                *weight += 1;
            } else {
                *weight -= 1;
            }
        }
    }
    weights
        .iter()
        .enumerate()
        .filter(|(_, w)| **w > 0)
        .fold(0u64, |acc, (bit, _)| acc | 1 << bit)
}

/// Number of bits in which two fingerprints differ.
pub fn hamming(a: u64, b: u64) -> u32 {
    (a ^ b).count_ones()
}

/// FNV-1a: stable across processes and releases, unlike std's randomly keyed hasher, so that
/// fingerprints stored from one crawl can be compared with the next.
struct Fnv1a(u64);

impl Fnv1a {
    fn new() -> Self {
        Self(0xcbf2_9ce4_8422_2325)
    }

    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// FNV's high bits are weak for short inputs; a murmur3 finaliser spreads every input bit
/// over all 64 output bits, which SimHash needs.
fn mix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
    h ^ h >> 33
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "Our bakery in the old town bakes sourdough bread every morning with flour \
        from a mill up the valley. We open at seven, close at six, and on Sundays we sell \
        cinnamon buns until they run out. Orders for weddings and birthdays are taken by phone \
        or in the shop, at least three days ahead. Parking is free behind the church square, \
        and the bus stops right in front of the door every twenty minutes during the day. \
        Our bakers start at four in the morning, shaping loaves by hand and baking them in a \
        wood-fired oven that has stood in the same spot for more than a hundred years. Besides \
        bread we make rye crackers, fruit tarts in summer, plum cake in autumn and spiced \
        biscuits before Christmas. Everything is made without additives, and whatever is left \
        in the evening goes to the food bank on the corner. Groups and school classes may visit \
        the bakehouse on Wednesday afternoons if they book a week in advance.";

    #[test]
    fn empty_text_hashes_to_zero_and_hashes_are_stable() {
        assert_eq!(simhash(""), 0);
        assert_eq!(simhash(" ... !! "), 0);
        assert_eq!(simhash(BASE), simhash(BASE));
        assert_ne!(simhash("one"), 0);
        // Fixed value: the fingerprint must not change between processes or releases.
        assert_eq!(simhash("a b c"), mix(fnv(b"a\xffb\xffc\xff")));
    }

    fn fnv(bytes: &[u8]) -> u64 {
        let mut h = Fnv1a::new();
        h.write(bytes);
        h.finish()
    }

    #[test]
    fn case_and_punctuation_do_not_matter() {
        assert_eq!(simhash("Hello, World! Again"), simhash("hello world again"));
    }

    #[test]
    fn near_identical_texts_are_within_three_bits() {
        let edited = BASE.replace("seven", "eight");
        let d = hamming(simhash(BASE), simhash(&edited));
        assert!(d <= 3, "distance {d}");
        let appended = format!("{BASE} Thanks.");
        let d = hamming(simhash(BASE), simhash(&appended));
        assert!(d <= 3, "distance {d}");
    }

    #[test]
    fn different_texts_are_far_apart() {
        let other = "The quarterly report shows revenue growth in every region, driven by \
            the new subscription plans and lower churn among small businesses. Marketing \
            spend fell while signups rose, and the support team answered most tickets within \
            an hour. Next quarter we plan to hire two engineers and open an office in Lisbon.";
        let d = hamming(simhash(BASE), simhash(other));
        assert!(d >= 16, "distance {d}");
    }

    #[test]
    fn hamming_counts_differing_bits() {
        assert_eq!(hamming(0, 0), 0);
        assert_eq!(hamming(0b1011, 0b0001), 2);
        assert_eq!(hamming(0, u64::MAX), 64);
    }
}
