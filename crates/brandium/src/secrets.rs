//! Instance secrets that must survive restarts and be shared by every instance: kept in the database.

use base64::{Engine, engine::general_purpose::STANDARD};
use db::entities::instance_secret;
use db::sea_orm::{
    ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait, sea_query::OnConflict,
};
use rand::RngCore;

/// Returns the secret called `name`, creating a random 512-bit one on first use. Concurrent first
/// starts agree on one value: the insert is a no-op when another instance won the race.
pub async fn get_or_create(db: &DatabaseConnection, name: &str) -> Result<String, DbErr> {
    if let Some(row) = instance_secret::Entity::find_by_id(name.to_owned())
        .one(db)
        .await?
    {
        return Ok(row.value);
    }
    let mut bytes = [0u8; 64];
    rand::rng().fill_bytes(&mut bytes);
    let row = instance_secret::ActiveModel {
        name: Set(name.to_owned()),
        value: Set(STANDARD.encode(bytes)),
        created_at: Set(chrono::Utc::now()),
    };
    let inserted = instance_secret::Entity::insert(row)
        .on_conflict(
            OnConflict::column(instance_secret::Column::Name)
                .do_nothing()
                .to_owned(),
        )
        .exec(db)
        .await;
    match inserted {
        Ok(_) | Err(DbErr::RecordNotInserted) => {}
        Err(e) => return Err(e),
    }
    instance_secret::Entity::find_by_id(name.to_owned())
        .one(db)
        .await?
        .map(|r| r.value)
        .ok_or_else(|| DbErr::RecordNotFound(name.to_owned()))
}
