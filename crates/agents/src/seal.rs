//! Encryption at rest for provider API keys: ChaCha20-Poly1305 under a key derived from the
//! instance's data key (`BRANDIUM_DATA_KEY`, or a generated instance secret). Stored as
//! base64 of nonce followed by ciphertext; a value sealed under another key does not open.

use base64::{Engine, engine::general_purpose::STANDARD};
use chacha20poly1305::{
    ChaCha20Poly1305, KeyInit, Nonce,
    aead::{Aead, AeadCore, OsRng},
};
use sha2::{Digest, Sha256};

const NONCE_LEN: usize = 12;

#[derive(Clone)]
pub struct Sealer {
    cipher: ChaCha20Poly1305,
}

impl Sealer {
    /// Any secret string works: it is hashed to a 256-bit key.
    pub fn new(secret: &[u8]) -> Self {
        let digest = Sha256::new()
            .chain_update(b"brandium sealed settings v1\0")
            .chain_update(secret)
            .finalize();
        Self {
            cipher: ChaCha20Poly1305::new(&digest),
        }
    }

    pub fn seal(&self, plain: &str) -> String {
        let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
        // Encryption with a fresh nonce and an in-memory buffer cannot fail.
        let sealed = self
            .cipher
            .encrypt(&nonce, plain.as_bytes())
            .unwrap_or_default();
        let mut out = nonce.to_vec();
        out.extend_from_slice(&sealed);
        STANDARD.encode(out)
    }

    /// `None` when the value was not sealed by this key (the data key changed) or is damaged.
    pub fn open(&self, sealed: &str) -> Option<String> {
        let bytes = STANDARD.decode(sealed).ok()?;
        if bytes.len() <= NONCE_LEN {
            return None;
        }
        let (nonce, body) = bytes.split_at(NONCE_LEN);
        let nonce: [u8; NONCE_LEN] = nonce.try_into().ok()?;
        let plain = self.cipher.decrypt(&Nonce::from(nonce), body).ok()?;
        String::from_utf8(plain).ok()
    }
}

impl std::fmt::Debug for Sealer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Sealer(..)")
    }
}

/// The last four characters, for a settings page to show which key is stored.
pub fn hint(key: &str) -> String {
    let tail: String = key
        .chars()
        .rev()
        .take(4)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    format!("…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_under_their_key() {
        let a = Sealer::new(b"first key");
        let sealed = a.seal("sk-test-123");
        assert!(!sealed.contains("sk-test"));
        assert_eq!(a.open(&sealed).as_deref(), Some("sk-test-123"));
        assert_eq!(Sealer::new(b"other key").open(&sealed), None);
        assert_ne!(a.seal("sk-test-123"), sealed, "a fresh nonce each time");
    }

    #[test]
    fn damaged_values_do_not_open() {
        let a = Sealer::new(b"k");
        assert_eq!(a.open("not base64!"), None);
        assert_eq!(a.open(""), None);
        let mut sealed = STANDARD.decode(a.seal("x")).unwrap();
        let last = sealed.len() - 1;
        sealed[last] ^= 1;
        assert_eq!(a.open(&STANDARD.encode(sealed)), None);
    }

    #[test]
    fn hints_show_only_the_tail() {
        assert_eq!(hint("sk-abcdef1234"), "…1234");
        assert_eq!(hint("é"), "…é");
    }
}
