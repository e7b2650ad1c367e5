use kernel::page::PageError;
use sea_orm::DbErr;

#[derive(Debug, thiserror::Error)]
pub enum MailError {
    #[error("mail message not found")]
    NotFound,
    #[error(transparent)]
    Page(#[from] PageError),
    #[error("invalid SMTP configuration: {0}")]
    Config(String),
    #[error("database error: {0}")]
    Db(#[from] DbErr),
    #[error("could not queue the message for sending: {0}")]
    Job(#[from] jobs::JobError),
}
