//! English stop words: function words that never start or end a keyword phrase.

use std::collections::HashSet;
use std::sync::OnceLock;

const WORDS: &str = "a about above across after afterwards again against all almost alone along already also although \
always am among amongst an and another any anybody anyhow anyone anything anyway anywhere are aren't around as at \
back be became because become becomes becoming been before beforehand behind being below beside besides between \
beyond both but by can cannot can't could couldn't did didn't do does doesn't doing don't done down during each \
either else elsewhere enough etc even ever every everybody everyone everything everywhere except few for former \
formerly from further get gets getting give given gives go goes going gone got had hadn't has hasn't have haven't \
having he he'd he'll her here here's hers herself he's him himself his hmm however i i'd if i'll i'm in indeed into \
is isn't it its it's itself i've just keep kept let let's like made make makes many may maybe me meanwhile might \
mine more moreover most mostly much must mustn't my myself namely neither never nevertheless next no nobody none \
noone nor not nothing now nowhere of off often on once one only onto or other others otherwise ought our ours \
ourselves out over own per perhaps please put quite rather re really same say says see seem seemed seeming seems \
several shall shan't she she'd she'll she's should shouldn't since so some somebody somehow someone something \
sometime sometimes somewhere still such than that that's the their theirs them themselves then thence there \
thereafter thereby therefore therein there's thereupon these they they'd they'll they're they've this those though \
through throughout thru thus to together too toward towards under until up upon us used using very via \
was wasn't we we'd well we'll were we're weren't we've whatever whence whenever whereafter whereas whereby wherein \
whereupon wherever whether while whither whoever whole whom whose will with within without won't would wouldn't \
yes yet you you'd you'll your you're yours yourself yourselves you've \
how what why when where which who \
also s t d ll m ve re lot lots want need needs new way ways thing things vs versus";

/// Stop words that may join the words of a compound keyword.
const JOINERS: &[&str] = &["of", "on", "to", "per", "and", "vs", "versus"];

pub fn is_joiner(word: &str) -> bool {
    JOINERS.contains(&word)
}

fn set() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| WORDS.split_whitespace().collect())
}

/// `word` must already be lower-case. Single letters count as stop words: they are debris of
/// contractions and list markers, never a keyword's edge.
pub fn is_stop_word(word: &str) -> bool {
    let mut chars = word.chars();
    match (chars.next(), chars.next()) {
        (None, _) => true,
        (Some(c), None) => c.is_alphabetic(),
        _ => set().contains(word) || set().contains(word.replace('’', "'").as_str()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_and_single_letters_are_stop_words() {
        for w in ["the", "and", "of", "don't", "don’t", "x", "how", "vs"] {
            assert!(is_stop_word(w), "{w}");
        }
    }

    #[test]
    fn content_words_are_not() {
        for w in ["email", "marketing", "pricing", "seo", "5g", "b2b"] {
            assert!(!is_stop_word(w), "{w}");
        }
    }
}
