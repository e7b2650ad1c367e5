use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use uuid::Uuid;

pub const DEFAULT_LIMIT: u64 = 50;
pub const MAX_LIMIT: u64 = 200;

/// Query parameters shared by every list endpoint.
#[derive(Debug, Clone, Default, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct PageParams {
    /// Items per page (1-200, default 50).
    pub limit: Option<u64>,
    /// Opaque cursor from a previous page's `next_cursor`.
    pub cursor: Option<String>,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PageError {
    #[error("limit must be between 1 and {MAX_LIMIT}")]
    Limit,
    #[error("cursor is not valid")]
    Cursor,
}

impl PageParams {
    pub fn limit(&self) -> Result<u64, PageError> {
        match self.limit {
            None => Ok(DEFAULT_LIMIT),
            Some(n) if (1..=MAX_LIMIT).contains(&n) => Ok(n),
            Some(_) => Err(PageError::Limit),
        }
    }

    pub fn cursor(&self) -> Result<Option<Cursor>, PageError> {
        self.cursor.as_deref().map(Cursor::decode).transpose()
    }
}

/// Keyset position: the sort key (creation time) and the id that breaks ties.
/// Lists are ordered newest first unless an endpoint says otherwise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub at: DateTime<Utc>,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        URL_SAFE_NO_PAD.encode(format!("{}|{}", self.at.timestamp_micros(), self.id))
    }

    pub fn decode(raw: &str) -> Result<Self, PageError> {
        let bytes = URL_SAFE_NO_PAD.decode(raw).map_err(|_| PageError::Cursor)?;
        let text = std::str::from_utf8(&bytes).map_err(|_| PageError::Cursor)?;
        let (micros, id) = text.split_once('|').ok_or(PageError::Cursor)?;
        let micros: i64 = micros.parse().map_err(|_| PageError::Cursor)?;
        let at = DateTime::from_timestamp_micros(micros).ok_or(PageError::Cursor)?;
        let id = Uuid::parse_str(id).map_err(|_| PageError::Cursor)?;
        Ok(Self { at, id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_round_trips() {
        let c = Cursor {
            at: DateTime::from_timestamp_micros(1_700_000_000_123_456).unwrap(),
            id: Uuid::new_v4(),
        };
        assert_eq!(Cursor::decode(&c.encode()).unwrap(), c);
    }

    #[test]
    fn rejects_garbage_cursor_and_limits() {
        assert_eq!(Cursor::decode("not-a-cursor"), Err(PageError::Cursor));
        let p = PageParams {
            limit: Some(0),
            cursor: None,
        };
        assert_eq!(p.limit(), Err(PageError::Limit));
        let p = PageParams {
            limit: Some(MAX_LIMIT + 1),
            cursor: None,
        };
        assert_eq!(p.limit(), Err(PageError::Limit));
        assert_eq!(PageParams::default().limit(), Ok(DEFAULT_LIMIT));
    }
}

/// Cuts the extra row fetched by a keyset query and makes the cursor of the next page.
pub fn finish_page<T>(
    mut rows: Vec<T>,
    limit: u64,
    key: impl Fn(&T) -> (DateTime<Utc>, Uuid),
) -> (Vec<T>, Option<String>) {
    let limit = usize::try_from(limit).unwrap_or(usize::MAX);
    if rows.len() > limit {
        rows.truncate(limit);
        let next = rows.last().map(|r| {
            let (at, id) = key(r);
            Cursor { at, id }.encode()
        });
        (rows, next)
    } else {
        (rows, None)
    }
}

#[cfg(test)]
mod finish_tests {
    use super::*;

    #[test]
    fn next_cursor_only_when_more_rows_exist() {
        let t = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let rows: Vec<(DateTime<Utc>, Uuid)> = (0..3).map(|_| (t, Uuid::new_v4())).collect();
        let (page, next) = finish_page(rows.clone(), 2, |r| *r);
        assert_eq!(page.len(), 2);
        assert_eq!(Cursor::decode(&next.unwrap()).unwrap().id, rows[1].1);
        let (page, next) = finish_page(rows, 3, |r| *r);
        assert_eq!((page.len(), next), (3, None));
    }
}
