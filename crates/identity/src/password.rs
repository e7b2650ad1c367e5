//! Password policy and argon2id hashing. Hashing is CPU-heavy, so it runs on the blocking pool.

use argon2::{
    Argon2,
    password_hash::{PasswordHasher, PasswordVerifier, phc::PasswordHash},
};
use std::sync::OnceLock;
use tokio::sync::Semaphore;

/// Each hash holds ~19 MiB for tens of milliseconds: running more at once than there are cores
/// only adds memory and latency, and 500 concurrent sign-ins must not mean 10 GiB.
fn hashing_slots() -> &'static Semaphore {
    static SLOTS: OnceLock<Semaphore> = OnceLock::new();
    SLOTS
        .get_or_init(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())))
}

pub const MIN_LEN: usize = 12;
pub const MAX_LEN: usize = 128;

/// NIST SP 800-63B style: length matters, composition rules do not; a few obvious choices are refused.
pub fn check_policy(password: &str) -> Result<(), &'static str> {
    let n = password.chars().count();
    if n < MIN_LEN {
        return Err("Use at least 12 characters.");
    }
    if n > MAX_LEN {
        return Err("Use at most 128 characters.");
    }
    let lower = password.to_lowercase();
    let distinct = lower
        .chars()
        .collect::<std::collections::HashSet<_>>()
        .len();
    if distinct < 4
        || ["password", "123456789", "qwertyuiop", "brandium"]
            .iter()
            .any(|w| lower.contains(w) && n < 16)
    {
        return Err("This password is too easy to guess.");
    }
    Ok(())
}

pub async fn hash(password: String) -> Result<String, String> {
    let _slot = hashing_slots().acquire().await.map_err(|e| e.to_string())?;
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}

/// Verifies against a stored PHC string. With no stored hash (unknown account, or an SSO-only
/// account) a dummy hash is verified instead, so the answer takes the same time either way.
pub async fn verify(password: String, stored: Option<String>) -> bool {
    let Ok(_slot) = hashing_slots().acquire().await else {
        return false;
    };
    tokio::task::spawn_blocking(move || {
        let real = stored.is_some();
        let phc = stored.unwrap_or_else(|| dummy_hash().to_owned());
        let ok = PasswordHash::new(&phc)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false);
        ok && real
    })
    .await
    .unwrap_or(false)
}

fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        Argon2::default()
            .hash_password(b"timing-equaliser-not-a-real-password")
            .map(|h| h.to_string())
            .unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_counts_characters_not_bytes() {
        assert!(check_policy("short").is_err());
        assert!(check_policy("aaaaaaaaaaaaaaaa").is_err());
        assert!(check_policy("password1234").is_err());
        assert!(check_policy("correct horse battery").is_ok());
        assert!(check_policy("ñandú-ñandú-12").is_ok());
        assert!(check_policy(&"ab1!".repeat(40)).is_err());
    }

    #[tokio::test]
    async fn hashes_are_argon2id_and_verify() {
        let h = hash("correct horse battery".into()).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(verify("correct horse battery".into(), Some(h.clone())).await);
        assert!(!verify("wrong horse battery".into(), Some(h)).await);
        assert!(!verify("timing-equaliser-not-a-real-password".into(), None).await);
    }
}
