use crate::storage::StoreError;
use api::ApiError;
use axum::http::StatusCode;

#[derive(Debug, thiserror::Error)]
pub enum AssetError {
    /// Missing, or another organization's: the same answer.
    #[error("asset not found")]
    NotFound,
    #[error("the file is larger than the {limit} bytes allowed")]
    TooLarge { limit: u64 },
    #[error("{0}")]
    Unsupported(String),
    #[error("the file link is not valid or has expired")]
    InvalidSignature,
    /// A request field broke a rule; shown next to that field.
    #[error("{field}: {message}")]
    Field {
        field: &'static str,
        code: &'static str,
        message: String,
    },
    /// The multipart body could not be read.
    #[error("upload: {0}")]
    BadUpload(String),
    #[error(transparent)]
    Page(#[from] kernel::page::PageError),
    #[error(transparent)]
    Storage(#[from] StoreError),
    #[error(transparent)]
    Db(#[from] db::sea_orm::DbErr),
    #[error(transparent)]
    Job(#[from] jobs::JobError),
    #[error("i/o: {0}")]
    Io(#[from] std::io::Error),
}

impl AssetError {
    pub fn field(field: &'static str, code: &'static str, message: impl Into<String>) -> Self {
        Self::Field {
            field,
            code,
            message: message.into(),
        }
    }
}

impl From<AssetError> for ApiError {
    fn from(e: AssetError) -> Self {
        match e {
            AssetError::NotFound => ApiError::not_found(),
            AssetError::TooLarge { limit } => ApiError::field_refusal(
                StatusCode::PAYLOAD_TOO_LARGE,
                "file_too_large",
                "file",
                "too_large",
                &format!("The file is larger than {}.", human_bytes(limit)),
            ),
            AssetError::Unsupported(why) => ApiError::field_refusal(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_type",
                "file",
                "unsupported_type",
                &why,
            ),
            AssetError::InvalidSignature => ApiError::new(
                StatusCode::FORBIDDEN,
                "invalid_signature",
                "The file link is not valid or has expired.",
            ),
            AssetError::Field {
                field,
                code,
                message,
            } => ApiError::field(field, code, &message),
            AssetError::BadUpload(why) => ApiError::bad_request("malformed_upload", why),
            AssetError::Page(p) => p.into(),
            AssetError::Storage(StoreError::NotFound) => {
                ApiError::internal("a stored file is missing")
            }
            other => ApiError::internal(other),
        }
    }
}

/// `52428800` → `50 MiB`, for messages people read.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 4] = ["bytes", "KiB", "MiB", "GiB"];
    let mut value = n as f64;
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 || value.fract() == 0.0 {
        format!("{} {}", value as u64, UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sizes_read_well() {
        assert_eq!(super::human_bytes(50 * 1024 * 1024), "50 MiB");
        assert_eq!(super::human_bytes(1536), "1.5 KiB");
        assert_eq!(super::human_bytes(12), "12 bytes");
    }
}
