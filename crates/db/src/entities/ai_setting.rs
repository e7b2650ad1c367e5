use sea_orm::entity::prelude::*;

/// Language-model provider and platform-rule settings of one organization; the API key is sealed.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "ai_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub organization_id: Uuid,
    pub provider: String,
    pub base_url: Option<String>,
    pub model: Option<String>,
    pub api_key_sealed: Option<String>,
    pub api_key_hint: Option<String>,
    pub fallback: bool,
    pub mastodon_char_limit: i32,
    pub instagram_hashtag_limit: i32,
    pub updated_by: Option<Uuid>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
