//! `BRANDIUM_LOG_FORMAT=json` writes one JSON object per line, and request lines carry the request id.

use std::time::Duration;
use tokio::io::AsyncBufReadExt;

#[tokio::test]
async fn json_log_lines_carry_the_request_id() {
    let dir = std::env::temp_dir().join(format!("brandium-log-{}", uuid::Uuid::new_v4().simple()));
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_brandium"))
        .arg("serve")
        .env_clear()
        .env(
            "BRANDIUM_DATABASE_URL",
            format!("sqlite://{}/b.db", dir.display()),
        )
        .env("BRANDIUM_LISTEN", format!("127.0.0.1:{port}"))
        .env("BRANDIUM_LOG_FORMAT", "json")
        .stdout(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let mut lines = tokio::io::BufReader::new(child.stdout.take().unwrap()).lines();
    let http = reqwest::Client::new();
    let mut answered = false;
    for _ in 0..200 {
        if http
            .get(format!("http://127.0.0.1:{port}/healthz"))
            .header("x-request-id", "log-test-42")
            .send()
            .await
            .is_ok()
        {
            answered = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(answered, "server did not start");
    let mut found = None;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while let Ok(Ok(Some(line))) = tokio::time::timeout_at(deadline, lines.next_line()).await {
        let v: serde_json::Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
        if v["span"]["request_id"] == "log-test-42" {
            found = Some(v);
            break;
        }
    }
    let v = found.expect("a log line with the request id");
    assert_eq!(v["message"], "request finished");
    assert_eq!(v["status"], 200);
    child.kill().await.ok();
    let _ = std::fs::remove_dir_all(dir);
}
