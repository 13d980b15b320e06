//! Whether a predicted speaker or organization is right: names compared in
//! NFKC, lowercased, without titles or articles, against the gold name or its
//! accepted alternatives; mention-level gold met by an overlapping mention
//! span or the same last word.

use serde_json::{Map, Value};
use unicode_normalization::UnicodeNormalization;

use super::matching::{char_span, int_pair};
use super::python::{py_is_space, py_repr, truthy};

const TITLES: [&str; 17] = [
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lord",
    "lady",
    "prof",
    "professor",
    "baroness",
    "baron",
    "rev",
    "the",
    "a",
    "an",
];

/// `speaker_right()` of the script.
pub(super) fn speaker_right(
    gold: &Map<String, Value>,
    predicted: Option<&Value>,
    text_bytes: &[u8],
) -> Result<bool, String> {
    if gold.get("speaker_match").and_then(Value::as_str) != Some("mention") {
        return accepts(gold, "speaker", "speaker_accept", predicted);
    }
    let Some(Value::Object(predicted)) = predicted else {
        return Ok(false);
    };
    // As the script: a mention gold quote without a mention span (one with
    // no source) is met by no prediction.
    let (gs, ge) = match gold.get("speaker_span") {
        None | Some(Value::Null) => return Ok(false),
        Some(v) => int_pair(v).ok_or("a mention gold quote has a bad \"speaker_span\"")?,
    };
    let has_span = |k: &str| predicted.get(k).is_some_and(truthy);
    if has_span("char_span") || has_span("span") {
        let (ps, pe) = char_span(predicted, text_bytes)
            .map_err(|_| "a predicted speaker has a bad span".to_string())?;
        if ge.min(pe) > gs.max(ps) {
            return Ok(true);
        }
    }
    let pn = norm_name(predicted.get("name"))?;
    let gn = norm_name(gold.get("speaker"))?;
    let last = |n: &str| -> String {
        let word = n.split(py_is_space).rfind(|w| !w.is_empty()).unwrap_or("");
        word.trim_matches(['\'', 's']).to_string()
    };
    Ok(match (pn, gn) {
        (Some(pn), Some(gn)) => last(&pn) == last(&gn),
        _ => false,
    })
}

/// `accepts()` of the script: the predicted name, normalized, equals the gold
/// field or one of its accepted alternatives (options tried in order).
pub(super) fn accepts(
    gold: &Map<String, Value>,
    field: &str,
    accept_field: &str,
    predicted: Option<&Value>,
) -> Result<bool, String> {
    let mut options: Vec<Value> = vec![gold.get(field).cloned().unwrap_or(Value::Null)];
    match gold.get(accept_field) {
        None => {}
        Some(v) if !truthy(v) => {}
        Some(Value::Array(items)) => options.extend(items.iter().cloned()),
        // `list()` of a string gives its chars, of a dict its keys.
        Some(Value::String(s)) => options.extend(s.chars().map(|c| Value::String(c.to_string()))),
        Some(Value::Object(m)) => options.extend(m.keys().map(|k| Value::String(k.clone()))),
        Some(_) => return Err(format!("{accept_field:?} is not a list")),
    }
    let pn = norm_name(name_of(predicted))?;
    for o in &options {
        if norm_name(Some(o))? == pn {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `name_of()` of the script: a dict's `"name"`, anything else as is.
pub(super) fn name_of(field: Option<&Value>) -> Option<&Value> {
    match field {
        Some(Value::Object(m)) => m.get("name"),
        other => other,
    }
}

/// `norm_name()` of the script: NFKC, lowercase, ’ → ', words split on white
/// space with '.' and ',' stripped, titles and articles dropped; `None` when
/// nothing is left. Non-string names are an error, as in Python.
fn norm_name(s: Option<&Value>) -> Result<Option<String>, String> {
    let s = match s {
        None | Some(Value::Null) => return Ok(None),
        Some(Value::String(s)) => s,
        Some(other) => return Err(format!("name {} is not a string", py_repr(other))),
    };
    let s: String = s.nfkc().collect();
    let s = s.to_lowercase().replace('’', "'");
    let words: Vec<&str> = s
        .split(py_is_space)
        .map(|w| w.trim_matches(['.', ',']))
        .filter(|w| !w.is_empty() && !TITLES.contains(w))
        .collect();
    Ok((!words.is_empty()).then(|| words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn norm_name_drops_titles_and_punctuation() {
        let n = |s: &str| norm_name(Some(&Value::String(s.into()))).ok().flatten();
        assert_eq!(n("Mr. Castañeda"), Some("castañeda".into()));
        assert_eq!(n("The  Rev. Dr.\u{a0}Jones,"), Some("jones".into()));
        assert_eq!(n("Trump’s"), Some("trump's".into()));
        assert_eq!(n("Mr"), None);
        assert!(norm_name(Some(&serde_json::json!(3))).is_err());
    }

    #[test]
    fn names_are_compared_in_nfkc() {
        let n = |s: &str| norm_name(Some(&Value::String(s.into()))).ok().flatten();
        for (name, normal) in [
            ("ﬁnance", "finance"),
            ("Ｐｅｎｃｅ", "pence"),
            ("Gov.\u{a0}Mike", "gov mike"),
            ("Rau\u{301}l", "raúl"),
            ("e\u{323}\u{302}", "ệ"),
            ("e\u{302}\u{323}", "ệ"),
            ("Ǆ", "dž"),
            ("x²", "x2"),
            // Beyond the blocks the former partial table covered.
            ("\u{3300}", "アパート"),
            ("\u{1100}\u{1161}", "\u{ac00}"),
            ("\u{fb01}\u{ff21}", "fia"),
        ] {
            assert_eq!(n(name).as_deref(), Some(normal), "{name:?}");
        }
    }
}
