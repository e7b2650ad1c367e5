//! Signed, expiring URLs for stored files.
//!
//! `<img>`, `<audio>` and a shared brand kit cannot send a bearer token, so a file is fetched
//! through `/api/v1/files/{asset_id}?variant=&exp=&sig=`: the signature (HMAC-SHA256 over the
//! asset id, variant and expiry) is the authorization, and it lapses at `exp`.

use hmac::{Hmac, Mac};
use sha2::Sha256;
use uuid::Uuid;

/// Which stored file of an asset a URL names.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Variant {
    Original,
    Thumbnail,
    /// A kept version's file; the id in the URL is then the version's id.
    Version,
}

impl Variant {
    pub fn as_str(self) -> &'static str {
        match self {
            Variant::Original => "original",
            Variant::Thumbnail => "thumbnail",
            Variant::Version => "version",
        }
    }
}

/// Signs and verifies file URLs. One per process, in the service map.
#[derive(Clone)]
pub struct UrlSigner {
    key: std::sync::Arc<[u8]>,
    /// How long a signed URL stays valid.
    pub ttl_secs: i64,
}

impl UrlSigner {
    pub fn new(key: &[u8]) -> Self {
        UrlSigner {
            key: key.into(),
            ttl_secs: 3600,
        }
    }

    fn mac(&self, asset: Uuid, variant: Variant, exp: i64) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.key).expect("HMAC takes any key length");
        mac.update(asset.as_bytes());
        mac.update(variant.as_str().as_bytes());
        mac.update(&exp.to_be_bytes());
        mac
    }

    /// The path (under the public URL) that serves `variant` of `asset` until `now + ttl`.
    /// Expiry is rounded up to the next ttl boundary so repeated calls give cacheable URLs.
    pub fn sign(&self, asset: Uuid, variant: Variant, now: i64) -> String {
        let exp = (now / self.ttl_secs + 2) * self.ttl_secs;
        let sig = hex::encode(self.mac(asset, variant, exp).finalize().into_bytes());
        format!(
            "/api/v1/files/{asset}?variant={}&exp={exp}&sig={sig}",
            variant.as_str()
        )
    }

    /// True when `sig` was made by `sign` for these values and `exp` has not passed.
    pub fn verify(&self, asset: Uuid, variant: Variant, exp: i64, sig: &str, now: i64) -> bool {
        if exp < now {
            return false;
        }
        let Ok(bytes) = hex::decode(sig) else {
            return false;
        };
        self.mac(asset, variant, exp).verify_slice(&bytes).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_url_verifies_until_it_expires() {
        let s = UrlSigner::new(b"k");
        let id = Uuid::nil();
        let url = s.sign(id, Variant::Original, 1_000);
        let q: std::collections::HashMap<_, _> =
            url::form_urlencoded::parse(url.split_once('?').unwrap().1.as_bytes())
                .into_owned()
                .collect();
        let exp: i64 = q["exp"].parse().unwrap();
        assert!(exp > 1_000 + s.ttl_secs - 1);
        assert!(s.verify(id, Variant::Original, exp, &q["sig"], 1_000));
        assert!(
            !s.verify(id, Variant::Thumbnail, exp, &q["sig"], 1_000),
            "variant is signed"
        );
        assert!(
            !s.verify(Uuid::max(), Variant::Original, exp, &q["sig"], 1_000),
            "asset is signed"
        );
        assert!(
            !s.verify(id, Variant::Original, exp + 1, &q["sig"], 1_000),
            "expiry is signed"
        );
        assert!(
            !s.verify(id, Variant::Original, exp, &q["sig"], exp + 1),
            "expired"
        );
        assert!(!s.verify(id, Variant::Original, exp, "zz", 1_000));
    }
}
