//! The S3 store against a local S3-compatible server that checks every signature.

use assets::storage::{BlobStore, S3Settings, S3Store, StoreError, collect, once, testing::FakeS3};
use secrecy::SecretString;

fn store(endpoint: &str, secret: &str) -> S3Store {
    S3Store::new(S3Settings {
        endpoint: endpoint.into(),
        bucket: "brand-files".into(),
        region: "eu-central-1".into(),
        access_key: "BRANDIUMKEY".into(),
        secret_key: SecretString::from(secret.to_owned()),
        spool_dir: std::env::temp_dir(),
    })
    .unwrap()
}

#[tokio::test]
async fn put_get_range_and_delete_with_signed_requests() {
    let s3 = FakeS3::start("BRANDIUMKEY", "s3cr3t/key+with=chars").await;
    let st = store(&s3.url, "s3cr3t/key+with=chars");
    let body = b"0123456789abcdef".repeat(1000);
    st.put("org/asset/v1", once(body.clone()), body.len() as u64)
        .await
        .unwrap();
    assert_eq!(s3.keys(), ["brand-files/org/asset/v1"]);
    let back = collect(st.get("org/asset/v1", None).await.unwrap(), 1 << 20)
        .await
        .unwrap();
    assert_eq!(back, body);
    let part = collect(st.get("org/asset/v1", Some(10..16)).await.unwrap(), 100)
        .await
        .unwrap();
    assert_eq!(part, b"abcdef");
    // a local file goes up streamed, with its length
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("spooled");
    std::fs::write(&path, b"from a file").unwrap();
    st.put_file("org/asset/v2", &path, 11).await.unwrap();
    assert_eq!(
        collect(st.get("org/asset/v2", None).await.unwrap(), 100)
            .await
            .unwrap(),
        b"from a file"
    );
    st.delete("org/asset/v1").await.unwrap();
    st.delete("org/asset/v1").await.unwrap();
    assert!(matches!(
        st.get("org/asset/v1", None).await,
        Err(StoreError::NotFound)
    ));
    assert_eq!(s3.keys(), ["brand-files/org/asset/v2"]);
    assert!(
        s3.requests()
            .iter()
            .all(|r| r.contains(" /brand-files/org/asset/")),
        "path-style addressing: {:?}",
        s3.requests()
    );
}

#[tokio::test]
async fn a_wrong_secret_is_refused_by_the_server() {
    let s3 = FakeS3::start("BRANDIUMKEY", "right").await;
    let st = store(&s3.url, "wrong");
    let err = st.put("k/x", once(&b"abc"[..]), 3).await.unwrap_err();
    assert!(
        err.to_string().contains("403 SignatureDoesNotMatch"),
        "{err}"
    );
    assert!(s3.keys().is_empty());
}

#[tokio::test]
async fn an_unreachable_endpoint_is_an_error_not_a_hang() {
    let st = store("http://127.0.0.1:9", "x");
    assert!(matches!(
        st.get("k/x", None).await,
        Err(StoreError::Backend(_))
    ));
}
