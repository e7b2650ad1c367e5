/// URL-friendly organization slug: lowercase ASCII letters, digits and single dashes.
pub fn slugify(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
            dash = false;
        } else if !dash && !out.is_empty() {
            out.push('-');
            dash = true;
        }
    }
    let trimmed = out.trim_end_matches('-');
    let s: String = trimmed.chars().take(60).collect();
    if s.is_empty() { "org".to_owned() } else { s }
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn makes_readable_slugs() {
        assert_eq!(slugify("Acme Coffee Co."), "acme-coffee-co");
        assert_eq!(slugify("  --Hello__World--  "), "hello-world");
        assert_eq!(slugify("Ünïcødé Ltd"), "n-c-d-ltd");
        assert_eq!(slugify("!!!"), "org");
    }
}
