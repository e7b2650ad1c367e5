use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum JobError {
    /// No such job, another organization's job, or (for `complete`/`fail`) a job this
    /// worker no longer holds because its lease ran out and someone else claimed it.
    #[error("job not found")]
    NotFound,
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("job handler failed: {0}")]
    Handler(String),
}
