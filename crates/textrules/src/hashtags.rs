//! Hashtag layout: gathering stray tag clusters into a closing block, and trimming tags over a
//! platform's limit without losing the words they tag.

use crate::entities::hashtags;

/// Whether a line holds hashtags and nothing else.
pub(crate) fn is_tag_line(line: &str) -> bool {
    let mut rest = 0;
    let mut any = false;
    for tag in hashtags(line) {
        if !line[rest..tag.start].trim().is_empty() {
            return false;
        }
        rest = tag.end;
        any = true;
    }
    any && line[rest..].trim().is_empty()
}

/// Where the closing block of tag-only lines starts, if the text ends with one after a blank line.
pub(crate) fn closing_block_start(text: &str) -> Option<usize> {
    let start = text.rfind("\n\n").map_or(0, |i| i + 2);
    let block = &text[start..];
    (start > 0 && !block.trim().is_empty() && block.lines().all(is_tag_line)).then_some(start)
}

/// Moves tag-only lines and the tag clusters that trail a finished sentence into one block at
/// the end, after a blank line. Tags inside a sentence stay: "We love #rust" needs its tag.
/// Returns the new text and how many tags moved.
pub(crate) fn move_to_end(text: &str) -> (String, usize) {
    let (body, block) = match closing_block_start(text) {
        Some(start) => (&text[..start - 2], Some(&text[start..])),
        None => (text, None),
    };
    let mut moved: Vec<&str> = Vec::new();
    let mut lines: Vec<&str> = Vec::new();
    for line in body.split('\n') {
        if is_tag_line(line) {
            moved.extend(hashtags(line).map(|r| &line[r]));
            drop_blank_before(&mut lines);
            continue;
        }
        let (prose, cluster) = split_trailing_cluster(line);
        moved.extend(hashtags(cluster).map(|r| &cluster[r]));
        lines.push(prose);
    }
    if moved.is_empty() || lines.iter().all(|l| l.trim().is_empty()) {
        return (text.to_owned(), 0);
    }
    let mut kept: Vec<&str> = block.map(|b| b.lines().collect()).unwrap_or_default();
    let existing: Vec<String> = kept
        .iter()
        .flat_map(|l| hashtags(l).map(|r| l[r].to_lowercase()))
        .collect();
    let count = moved.len();
    let mut fresh: Vec<&str> = Vec::new();
    for tag in moved {
        let lower = tag.to_lowercase();
        if !existing.contains(&lower) && !fresh.iter().any(|t| t.to_lowercase() == lower) {
            fresh.push(tag);
        }
    }
    let joined_fresh = fresh.join(" ");
    let last_line;
    if let Some(last) = kept.pop() {
        last_line = if fresh.is_empty() {
            last.to_owned()
        } else {
            format!("{last} {joined_fresh}")
        };
        kept.push(&last_line);
    } else if !fresh.is_empty() {
        kept.push(&joined_fresh);
    }
    let body = lines.join("\n");
    let body = body.trim_matches('\n');
    let text = match (body.is_empty(), kept.is_empty()) {
        (_, true) => body.to_owned(),
        (true, false) => kept.join("\n"),
        (false, false) => format!("{body}\n\n{}", kept.join("\n")),
    };
    (text, count)
}

/// Splits `line` into its prose and the tag cluster after its last sentence end, if any.
fn split_trailing_cluster(line: &str) -> (&str, &str) {
    let mut cluster_start = line.len();
    let tags: Vec<_> = hashtags(line).collect();
    for tag in tags.iter().rev() {
        if !line[tag.end..cluster_start].trim().is_empty() {
            break;
        }
        cluster_start = tag.start;
    }
    if cluster_start == line.len() {
        return (line, "");
    }
    let prose = line[..cluster_start].trim_end();
    let finished =
        prose.ends_with(['.', '!', '?', '…', '。', '！', '？', '؟']) || ends_with_emoji(prose);
    if prose.is_empty() || !finished || cluster_start == prose.len() {
        return (line, "");
    }
    (prose, &line[cluster_start..])
}

fn ends_with_emoji(text: &str) -> bool {
    use unicode_segmentation::UnicodeSegmentation;
    text.graphemes(true)
        .next_back()
        .is_some_and(crate::count::is_emoji)
}

/// A removed line takes the blank line before it along, so no longer blank run appears.
fn drop_blank_before<S: AsRef<str>>(lines: &mut Vec<S>) {
    if lines.last().is_some_and(|l| l.as_ref().is_empty()) {
        lines.pop();
    }
}

/// Keeps the first `limit` hashtags. Tags after that are dropped from tag-only lines and from
/// clusters after a finished sentence, and lose only their `#` inside prose, so the sentence
/// still reads. Returns the text and how many went.
pub(crate) fn trim_to_limit(text: &str, limit: usize) -> (String, usize) {
    let total = hashtags(text).count();
    if total <= limit {
        return (text.to_owned(), 0);
    }
    let mut seen = 0;
    let mut lines: Vec<String> = Vec::new();
    for line in text.split('\n') {
        let tag_line = is_tag_line(line);
        // Tags in a tag-only line or in the cluster after a finished sentence can go whole.
        let cluster_start = if tag_line {
            0
        } else {
            line.len() - split_trailing_cluster(line).1.len()
        };
        let mut rebuilt = String::with_capacity(line.len());
        let mut at = 0;
        for tag in hashtags(line) {
            seen += 1;
            if seen <= limit {
                continue;
            }
            if tag.start >= cluster_start {
                rebuilt.push_str(line[at..tag.start].trim_end());
            } else {
                rebuilt.push_str(&line[at..tag.start]);
                let sign = line[tag.start..].chars().next().map_or(1, char::len_utf8);
                rebuilt.push_str(&line[tag.start + sign..tag.end]);
            }
            at = tag.end;
        }
        rebuilt.push_str(&line[at..]);
        let rebuilt = rebuilt.trim().to_owned();
        if tag_line && rebuilt.is_empty() {
            drop_blank_before(&mut lines);
            continue;
        }
        lines.push(rebuilt);
    }
    (
        lines.join("\n").trim_matches('\n').to_owned(),
        total - limit,
    )
}
