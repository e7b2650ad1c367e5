//! URLs an attacker would hand us, all refused before any connection is made.

use net::{GuardedClient, NetConfig, NetError};
use url::Url;

fn guarded() -> GuardedClient {
    GuardedClient::new(NetConfig::default()).unwrap()
}

/// (URL, address the refusal must name). Every one resolves, if at all, to this machine, the
/// cloud metadata service or a private network.
const FORBIDDEN: &[(&str, &str)] = &[
    ("http://127.0.0.1/", "127.0.0.1"),
    ("http://127.0.0.1:8080/admin", "127.0.0.1"),
    ("http://[::1]/", "::1"),
    ("http://2130706433/", "127.0.0.1"),
    ("http://0x7f000001/", "127.0.0.1"),
    ("http://0x7f.1/", "127.0.0.1"),
    ("http://0177.0.0.1/", "127.0.0.1"),
    ("http://127.1/", "127.0.0.1"),
    ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
    ("http://[::ffff:7f00:1]/", "::ffff:127.0.0.1"),
    ("http://[64:ff9b::7f00:1]/", "64:ff9b::7f00:1"),
    (
        "http://169.254.169.254/latest/meta-data/",
        "169.254.169.254",
    ),
    ("http://[::ffff:169.254.169.254]/", "::ffff:169.254.169.254"),
    ("http://[fe80::1]/", "fe80::1"),
    ("http://10.0.0.1/", "10.0.0.1"),
    ("http://172.16.5.4/", "172.16.5.4"),
    ("http://192.168.0.1/", "192.168.0.1"),
    ("http://100.64.0.1/", "100.64.0.1"),
    ("http://[fd00::1]/", "fd00::1"),
    ("http://0.0.0.0/", "0.0.0.0"),
    ("http://0/", "0.0.0.0"),
    ("http://[::]/", "::"),
    ("http://255.255.255.255/", "255.255.255.255"),
    ("http://224.0.0.1/", "224.0.0.1"),
    ("http://localhost/", "127.0.0.1"),
    ("http://LOCALHOST:3000/", "127.0.0.1"),
    ("http://localhost./", "127.0.0.1"),
    ("http://foo.localhost/", "127.0.0.1"),
    ("https://user:pw@localhost/", "127.0.0.1"),
];

const WRONG_SCHEME: &[&str] = &[
    "file:///etc/passwd",
    "ftp://x",
    "gopher://127.0.0.1:6379/_SET%20key%20value",
    "dict://127.0.0.1:11211/stats",
    "ldap://127.0.0.1/",
    "data:text/html,hi",
];

#[test]
fn check_url_refuses_forbidden_addresses_and_names_only_the_address() {
    let client = guarded();
    for (raw, ip) in FORBIDDEN {
        let url = Url::parse(raw).unwrap();
        match client.check_url(&url) {
            Err(NetError::ForbiddenAddress(got)) => assert_eq!(got.to_string(), *ip, "{raw}"),
            other => panic!("{raw}: {other:?}"),
        }
    }
}

#[test]
fn check_url_refuses_other_schemes() {
    let client = guarded();
    for raw in WRONG_SCHEME {
        let url = Url::parse(raw).unwrap();
        assert!(
            matches!(client.check_url(&url), Err(NetError::Scheme)),
            "{raw}"
        );
    }
}

#[tokio::test]
async fn get_refuses_every_attack_url() {
    let client = guarded();
    for (raw, ip) in FORBIDDEN {
        match client.get(raw).await {
            Err(NetError::ForbiddenAddress(got)) => assert_eq!(got.to_string(), *ip, "{raw}"),
            other => panic!("{raw}: {other:?}"),
        }
    }
    for raw in WRONG_SCHEME {
        assert!(
            matches!(client.get(raw).await, Err(NetError::Scheme)),
            "{raw}"
        );
    }
}

#[tokio::test]
async fn execute_refuses_attack_urls() {
    let client = guarded();
    let req = http::Request::post("http://169.254.169.254/latest/api/token")
        .body(Vec::new())
        .unwrap();
    assert!(matches!(
        client.execute(req).await,
        Err(NetError::ForbiddenAddress(_))
    ));
}

#[tokio::test]
async fn garbage_is_an_invalid_url() {
    let client = guarded();
    for raw in [
        "",
        "not a url",
        "http://",
        "http://exa mple.com/",
        "//example.com/",
    ] {
        assert!(
            matches!(client.get(raw).await, Err(NetError::InvalidUrl(_))),
            "{raw:?}"
        );
    }
}

#[test]
fn refusal_messages_do_not_leak_the_url() {
    let err = guarded()
        .check_url(&Url::parse("http://admin:hunter2@10.0.0.5/secret?api_key=abc").unwrap())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "refusing to connect to non-public address 10.0.0.5"
    );
}

#[test]
fn public_urls_pass_the_check() {
    let client = guarded();
    for raw in [
        "https://example.com/",
        "http://93.184.215.14/",
        "https://[2606:4700:4700::1111]/dns-query",
        "http://[::ffff:8.8.8.8]/",
    ] {
        assert!(client.check_url(&Url::parse(raw).unwrap()).is_ok(), "{raw}");
    }
}
