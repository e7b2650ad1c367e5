//! Time-based one-time passwords (RFC 6238, SHA-1, 6 digits, 30 s) and recovery codes.

use rand::Rng;
use totp_rs::{Algorithm, Builder, Secret, Totp};

pub const ISSUER: &str = "Brandium";
pub const RECOVERY_CODE_COUNT: usize = 10;

pub fn new_secret() -> String {
    Secret::generate().to_base32()
}

fn totp(secret_b32: &str, account: &str) -> Option<Totp> {
    let secret = Secret::try_from_base32(secret_b32).ok()?;
    Builder::new()
        .with_algorithm(Algorithm::SHA1)
        .with_digits(6)
        .with_skew(1)
        .with_step_duration(30)
        .with_secret(secret)
        .with_issuer(Some(ISSUER))
        .with_account_name(if account.is_empty() {
            "account"
        } else {
            account
        })
        .build()
        .ok()
}

pub fn otpauth_uri(secret_b32: &str, account: &str) -> Option<String> {
    totp(secret_b32, account).and_then(|t| t.to_url().ok())
}

/// The otpauth URI as an SVG QR code (drawn here: nothing is fetched).
pub fn qr_svg(uri: &str) -> Option<String> {
    let code = qrcode::QrCode::new(uri.as_bytes()).ok()?;
    Some(
        code.render::<qrcode::render::svg::Color<'_>>()
            .min_dimensions(200, 200)
            .quiet_zone(true)
            .build(),
    )
}

/// Checks `code` for the steps around `unix_time` (one step of clock drift either way) and
/// returns the step it matched. The caller refuses steps at or before the last one used,
/// so a code cannot be replayed.
pub fn verify(secret_b32: &str, code: &str, unix_time: u64) -> Option<u64> {
    let code = code.trim().replace(' ', "");
    if code.len() != 6 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret_b32, "")?;
    // Totp::check compares in constant time and reports the matched step.
    t.check(&code, unix_time)
}

/// Ten codes like `k3m9x-q2w7p`, from an alphabet without look-alike characters.
pub fn recovery_codes() -> Vec<String> {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
    let mut rng = rand::rng();
    (0..RECOVERY_CODE_COUNT)
        .map(|_| {
            let mut s = String::with_capacity(11);
            for i in 0..10 {
                if i == 5 {
                    s.push('-');
                }
                s.push(ALPHABET[rng.random_range(0..ALPHABET.len())] as char);
            }
            s
        })
        .collect()
}

/// Recovery codes are compared case- and dash-insensitively.
pub fn normalise_recovery_code(code: &str) -> String {
    code.trim().to_lowercase().replace([' ', '-'], "")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_current_and_adjacent_steps_only() {
        let secret = new_secret();
        let t = totp(&secret, "").unwrap();
        let now = 1_800_000_000u64;
        let code = t.generate(now).to_string();
        assert_eq!(verify(&secret, &code, now), Some(now / 30));
        assert_eq!(verify(&secret, &code, now + 30), Some(now / 30));
        assert_eq!(verify(&secret, &code, now + 120), None);
        assert_eq!(verify(&secret, "12345", now), None);
        assert_eq!(verify(&secret, "abcdef", now), None);
    }

    #[test]
    fn uri_and_qr_are_produced() {
        let secret = new_secret();
        let uri = otpauth_uri(&secret, "ada@example.com").unwrap();
        assert!(
            uri.starts_with("otpauth://totp/Brandium:ada%40example.com?"),
            "{uri}"
        );
        assert!(uri.contains(&format!("secret={secret}")));
        let svg = qr_svg(&uri).unwrap();
        assert!(svg.contains("<svg"));
    }

    #[test]
    fn recovery_codes_are_ten_distinct() {
        let codes = recovery_codes();
        assert_eq!(codes.len(), 10);
        assert_eq!(
            codes.iter().collect::<std::collections::HashSet<_>>().len(),
            10
        );
        assert!(
            codes
                .iter()
                .all(|c| c.len() == 11 && c.as_bytes()[5] == b'-')
        );
        assert_eq!(normalise_recovery_code(" K3M9X-Q2W7P "), "k3m9xq2w7p");
    }
}
