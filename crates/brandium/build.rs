//! The web app is embedded from web/dist: rebuild this crate whenever that folder changes, so a
//! binary never carries a stale (or, when built before the web app, an empty) copy.
fn main() {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../web/dist");
    // A missing path would make cargo rerun this script on every build; an empty folder does not.
    let _ = std::fs::create_dir_all(&dist);
    println!("cargo:rerun-if-changed={}", dist.display());
}
