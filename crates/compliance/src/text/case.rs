//! Carrying the capitalisation of a matched word over to its replacement, so a suggestion
//! can be pasted in place: "SYNERGY" becomes "TEAMWORK", "Synergy" becomes "Teamwork".

/// `replacement` styled like `original`: all capitals, every word capitalised, first letter
/// capitalised, or left as the brand wrote it (which keeps proper nouns such as "iPhone").
pub(crate) fn match_case(original: &str, replacement: &str) -> String {
    let letters: Vec<char> = original.chars().filter(|c| c.is_alphabetic()).collect();
    let all_upper = letters.len() > 1 && letters.iter().all(|c| c.is_uppercase());
    if all_upper {
        return replacement.to_uppercase();
    }
    let words: Vec<&str> = original.split_whitespace().collect();
    let starts_upper = |w: &str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    if words.len() > 1 && words.iter().all(|w| starts_upper(w)) {
        return replacement
            .split(' ')
            .map(capitalise_first)
            .collect::<Vec<_>>()
            .join(" ");
    }
    if letters.first().is_some_and(|c| c.is_uppercase()) {
        return capitalise_first(replacement);
    }
    replacement.to_string()
}

fn capitalise_first(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_original_style() {
        assert_eq!(match_case("synergy", "teamwork"), "teamwork");
        assert_eq!(match_case("Synergy", "teamwork"), "Teamwork");
        assert_eq!(match_case("SYNERGY", "teamwork"), "TEAMWORK");
        assert_eq!(
            match_case("Best In Class", "very good option"),
            "Very Good Option"
        );
        assert_eq!(match_case("best in class", "iPhone"), "iPhone");
        assert_eq!(match_case("élan", "Élan"), "Élan");
        assert_eq!(match_case("Über", "ärger"), "Ärger");
        assert_eq!(match_case("I", "we"), "We");
        assert_eq!(match_case("X", ""), "");
    }
}
