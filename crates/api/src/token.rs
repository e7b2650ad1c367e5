//! Access tokens (JWT, HS256 pinned, issuer and audience checked) and opaque random tokens.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use uuid::Uuid;

pub const ISSUER: &str = "brandium";
pub const AUDIENCE: &str = "brandium-api";

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct AccessClaims {
    pub iss: String,
    pub aud: String,
    /// User id.
    pub sub: Uuid,
    /// Organization the token acts in.
    pub org: Uuid,
    /// Session (refresh-token family) id; revoking the session ends the token.
    pub sid: Uuid,
    pub iat: i64,
    pub exp: i64,
}

pub struct TokenKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    validation: Validation,
}

impl TokenKeys {
    pub fn new(secret: &[u8]) -> Self {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "iss", "aud", "sub"]);
        validation.leeway = 5;
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            validation,
        }
    }

    pub fn issue(&self, user: Uuid, org: Uuid, session: Uuid, now: i64, ttl_secs: i64) -> String {
        let claims = AccessClaims {
            iss: ISSUER.into(),
            aud: AUDIENCE.into(),
            sub: user,
            org,
            sid: session,
            iat: now,
            exp: now + ttl_secs,
        };
        jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &self.encoding)
            .expect("HS256 encoding cannot fail")
    }

    pub fn verify(&self, token: &str) -> Option<AccessClaims> {
        jsonwebtoken::decode::<AccessClaims>(token, &self.decoding, &self.validation)
            .ok()
            .map(|d| d.claims)
    }
}

/// 256 random bits, URL-safe: refresh tokens, invitation and reset tokens.
pub fn random_token() -> String {
    let mut buf = [0u8; 32];
    rand::rng().fill_bytes(&mut buf);
    URL_SAFE_NO_PAD.encode(buf)
}

/// Tokens are stored only as their SHA-256: a database leak does not hand out sessions.
pub fn hash_token(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> i64 {
        chrono::Utc::now().timestamp()
    }

    #[test]
    fn round_trips_and_checks_expiry() {
        let k = TokenKeys::new(b"0123456789abcdef0123456789abcdef");
        let (u, o, s) = (Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4());
        let t = k.issue(u, o, s, now(), 900);
        let c = k.verify(&t).unwrap();
        assert_eq!((c.sub, c.org, c.sid), (u, o, s));
        let expired = k.issue(u, o, s, now() - 1000, 900);
        assert!(k.verify(&expired).is_none());
    }

    #[test]
    fn rejects_other_keys_algorithms_and_audiences() {
        let k = TokenKeys::new(b"0123456789abcdef0123456789abcdef");
        let other = TokenKeys::new(b"another-secret-another-secret-xx");
        let t = other.issue(Uuid::new_v4(), Uuid::new_v4(), Uuid::new_v4(), now(), 900);
        assert!(k.verify(&t).is_none());

        // alg=none and a foreign audience are refused even with the right key
        let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
        let body = URL_SAFE_NO_PAD.encode(
            serde_json::json!({"iss": ISSUER, "aud": AUDIENCE, "sub": Uuid::new_v4(), "org": Uuid::new_v4(), "sid": Uuid::new_v4(), "iat": now(), "exp": now() + 900}).to_string(),
        );
        assert!(k.verify(&format!("{header}.{body}.")).is_none());
        let claims = serde_json::json!({"iss": ISSUER, "aud": "someone-else", "sub": Uuid::new_v4(), "org": Uuid::new_v4(), "sid": Uuid::new_v4(), "iat": now(), "exp": now() + 900});
        let t = jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(b"0123456789abcdef0123456789abcdef"),
        )
        .unwrap();
        assert!(k.verify(&t).is_none());
    }

    #[test]
    fn random_tokens_differ_and_hash_stably() {
        let (a, b) = (random_token(), random_token());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_eq!(hash_token(&a), hash_token(&a));
        assert_ne!(hash_token(&a), hash_token(&b));
    }
}
