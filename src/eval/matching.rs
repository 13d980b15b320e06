//! Quote spans and matching: a record's char span (from `char_span` or byte
//! `span`), the one-to-one overlap matching of predicted with gold quotes, and
//! the trimmed spans the exact-match figure compares.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::python::{char_at, py_slice};

const TRIM: &str = " \t\r\n\"'“”‘’«»„‚.,;:!?…-–—()[]";

/// A quote with its char span (`_cs` in the script).
pub(super) struct Quote<'a> {
    pub(super) fields: &'a Map<String, Value>,
    pub(super) cs: (i64, i64),
}

/// One-to-one matching, largest overlap first; ties go to the larger gold
/// index, then the larger predicted index (`sort(reverse=True)` on tuples).
pub(super) fn match_quotes(gold: &[Quote], pred: &[Quote]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, g) in gold.iter().enumerate() {
        for (j, p) in pred.iter().enumerate() {
            let ov = i128::from(g.cs.1.min(p.cs.1)) - i128::from(g.cs.0.max(p.cs.0));
            if ov > 0 {
                pairs.push((ov, i, j));
            }
        }
    }
    pairs.sort_unstable_by(|a, b| b.cmp(a));
    let (mut used_g, mut used_p, mut out) = (HashSet::new(), HashSet::new(), Vec::new());
    for (_, i, j) in pairs {
        if used_g.contains(&i) || used_p.contains(&j) {
            continue;
        }
        used_g.insert(i);
        used_p.insert(j);
        out.push((i, j));
    }
    out
}

/// The span with TRIM chars removed from both ends; `None` where the script
/// would raise `IndexError`.
pub(super) fn trimmed((mut s, mut e): (i64, i64), text: &[char]) -> Option<(i64, i64)> {
    while s < e && TRIM.contains(char_at(text, s)?) {
        s += 1;
    }
    while e > s && TRIM.contains(char_at(text, e - 1)?) {
        e -= 1;
    }
    Some((s, e))
}

pub(super) enum SpanError {
    Missing,
    Bad(&'static str),
}

/// `char_span()` of the script: `char_span` as given, else `span` (bytes)
/// converted by counting the chars of the byte prefix decoded with replacement.
pub(super) fn char_span(
    q: &Map<String, Value>,
    text_bytes: &[u8],
) -> Result<(i64, i64), SpanError> {
    if let Some(cs) = q.get("char_span") {
        return int_pair(cs).ok_or(SpanError::Bad("char_span"));
    }
    let span = q.get("span").ok_or(SpanError::Missing)?;
    let (bs, be) = int_pair(span).ok_or(SpanError::Bad("span"))?;
    let chars_before = |b: i64| {
        let (_, end) = py_slice(text_bytes.len(), 0, b);
        let n = String::from_utf8_lossy(&text_bytes[..end]).chars().count();
        i64::try_from(n).unwrap_or(i64::MAX)
    };
    Ok((chars_before(bs), chars_before(be)))
}

/// A JSON integer (or boolean, which Python indexes as 0/1).
fn py_int(v: &Value) -> Option<i64> {
    match v {
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Number(n) => n.as_i64(),
        _ => None,
    }
}

pub(super) fn int_pair(v: &Value) -> Option<(i64, i64)> {
    match v.as_array()?.as_slice() {
        [a, b] => Some((py_int(a)?, py_int(b)?)),
        _ => None,
    }
}
