//! Figures as keyword tools write them: "1,200", "1.2K", "1K – 10K", "$1.20", "45%", "0,85",
//! "High".

/// A cell that holds no figure: tools write these for "no data".
pub fn is_blank(cell: &str) -> bool {
    matches!(
        cell.trim().to_ascii_lowercase().as_str(),
        "" | "-" | "–" | "—" | "n/a" | "na" | "none" | "null" | "unknown" | "--"
    )
}

/// Plain number with currency signs, percent signs, spaces and either decimal convention removed.
pub fn parse_number(cell: &str) -> Option<f64> {
    let kept: String = cell
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))
        .collect();
    if !kept.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    let normal = match (kept.rfind('.'), kept.rfind(',')) {
        // "1.234,56": dots group thousands, the comma is decimal.
        (Some(dot), Some(comma)) if comma > dot => kept.replace('.', "").replace(',', "."),
        (Some(_), Some(_)) => kept.replace(',', ""),
        // "0,85" and "1,25" use a decimal comma; "1,200" and "1,200,000" group thousands.
        (None, Some(comma))
            if kept.matches(',').count() == 1
                && (kept.len() - comma - 1 != 3 || matches!(&kept[..comma], "0" | "-0")) =>
        {
            kept.replace(',', ".")
        }
        (None, Some(_)) => kept.replace(',', ""),
        _ => kept,
    };
    normal.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A count with an optional K/M/B suffix: "1,200", "1.2K", "10M".
fn parse_count(cell: &str) -> Option<f64> {
    let t = cell.trim();
    let (digits, factor) = match t.chars().last().map(|c| c.to_ascii_uppercase()) {
        Some('K') => (&t[..t.len() - 1], 1e3),
        Some('M') => (&t[..t.len() - 1], 1e6),
        Some('B') => (&t[..t.len() - 1], 1e9),
        _ => (t, 1.0),
    };
    // Counts are whole without a suffix, so "1.300" groups thousands the European way.
    let european = factor == 1.0
        && digits.contains('.')
        && !digits.contains(',')
        && digits.split('.').skip(1).all(|g| g.len() == 3);
    let digits = if european {
        digits.replace('.', "")
    } else {
        digits.to_string()
    };
    parse_number(&digits)
        .map(|v| v * factor)
        .filter(|v| *v >= 0.0)
}

/// Monthly searches. Google Keyword Planner gives ranges ("1K – 10K") to accounts without spend;
/// its buckets grow tenfold, so the geometric midpoint (about 3,162 for 1K – 10K) is the figure
/// least wrong on average; a range starting at 0 takes its arithmetic midpoint. "<10" counts as 5.
/// `Err(())` when the cell holds something that is not a volume.
pub fn parse_volume(cell: &str) -> Result<Option<u64>, ()> {
    let t = cell.trim();
    if is_blank(t) {
        return Ok(None);
    }
    for sep in ["–", "—", " - ", " to ", "-"] {
        if let Some((low, high)) = t.split_once(sep)
            && let (Some(low), Some(high)) = (parse_count(low), parse_count(high))
        {
            let mid = if low > 0.0 {
                (low * high).sqrt()
            } else {
                high / 2.0
            };
            return Ok(Some(mid.round() as u64));
        }
    }
    if let Some(rest) = t.strip_prefix('<') {
        return parse_count(rest)
            .map(|v| Some((v / 2.0).round() as u64))
            .ok_or(());
    }
    if let Some(rest) = t.strip_prefix('>') {
        return parse_count(rest).map(|v| Some(v.round() as u64)).ok_or(());
    }
    parse_count(t).map(|v| Some(v.round() as u64)).ok_or(())
}

/// Paid-search competition on 0..1 from "Low"/"Medium"/"High" (the middle of Google's bands:
/// indexed values below 34, 34 to 66, above 66) or from a number on 0..1 or 0..100.
pub fn parse_competition(cell: &str) -> Result<Option<f64>, ()> {
    let t = cell.trim();
    if is_blank(t) {
        return Ok(None);
    }
    match t.to_ascii_lowercase().as_str() {
        "low" => return Ok(Some(0.17)),
        "medium" => return Ok(Some(0.5)),
        "high" => return Ok(Some(0.83)),
        _ => {}
    }
    let v = parse_number(t).ok_or(())?;
    Ok(Some(if v > 1.0 { v / 100.0 } else { v }.clamp(0.0, 1.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_in_both_conventions() {
        assert_eq!(parse_number("1,200"), Some(1200.0));
        assert_eq!(parse_number("$1.20"), Some(1.2));
        assert_eq!(parse_number("0,85"), Some(0.85));
        assert_eq!(parse_number("1,25"), Some(1.25));
        assert_eq!(parse_number("1.234,56 €"), Some(1234.56));
        assert_eq!(parse_number("1,234.56"), Some(1234.56));
        assert_eq!(parse_number("45%"), Some(45.0));
        assert_eq!(parse_number("abc"), None);
    }

    #[test]
    fn volumes_and_ranges() {
        assert_eq!(parse_volume("1K – 10K"), Ok(Some(3162)));
        assert_eq!(parse_volume("10K-100K"), Ok(Some(31623)));
        assert_eq!(parse_volume("100 – 1K"), Ok(Some(316)));
        assert_eq!(parse_volume("0 – 10"), Ok(Some(5)));
        assert_eq!(parse_volume("1.2K"), Ok(Some(1200)));
        assert_eq!(parse_volume("2,400"), Ok(Some(2400)));
        assert_eq!(parse_volume("2.400"), Ok(Some(2400)));
        assert_eq!(parse_volume("<10"), Ok(Some(5)));
        assert_eq!(parse_volume(""), Ok(None));
        assert_eq!(parse_volume("-"), Ok(None));
        assert_eq!(parse_volume("lots"), Err(()));
    }

    #[test]
    fn competition_levels_and_scales() {
        assert_eq!(parse_competition("High"), Ok(Some(0.83)));
        assert_eq!(parse_competition("low"), Ok(Some(0.17)));
        assert_eq!(parse_competition("0.42"), Ok(Some(0.42)));
        assert_eq!(parse_competition("42"), Ok(Some(0.42)));
        assert_eq!(parse_competition(""), Ok(None));
        assert_eq!(parse_competition("fierce"), Err(()));
    }
}
