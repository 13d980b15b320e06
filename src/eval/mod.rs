//! Scoring quote output against gold: a port of the reference scorer
//! `tools/score.py` (SPEC §6).
//!
//! Both inputs are JSON Lines, one document per line with an `"id"` and a list
//! `"quotes"`; gold documents also carry the `"text"`. [`load_docs`] reads such a
//! file, [`score`] compares predictions with gold and returns a [`Report`] with
//! the same figures, rounded the same way, as `python3 score.py GOLD PRED`, plus
//! the list of errors the script prints with `--show-errors`.
//!
//! The figures (all in percent):
//!
//! - `detect.overlap` P/R/F1: a predicted quote matches a gold quote when their
//!   char spans overlap, one-to-one, largest overlap first (ties broken like
//!   Python's `sort(reverse=True)` on `(overlap, gold index, pred index)`);
//! - `detect.exact` P/R/F1: matched spans that are equal once quote marks, white
//!   space and end punctuation are trimmed from both ends;
//! - `speaker.acc`: matched, speaker-scored gold quotes whose speaker is right.
//!   Gold with `"speaker_match": "mention"` names only the local mention; a
//!   predicted speaker whose mention span overlaps it, or whose name ends in the
//!   same word, is right;
//! - `attributed.f1`: F1 where a true positive also needs the right speaker;
//! - `org.acc`: matched, org-scored quotes whose organization is right;
//! - `stance.macro_f1`, `stance.acc`: over matched, stance-scored quotes.
//!
//! Gold quotes marked `"optional"` are not counted; a prediction matching one is
//! dropped from the counts. Predicted quotes may give `char_span` or only `span`
//! (UTF-8 bytes), which is converted as the script does it (the number of chars
//! in the byte prefix decoded with replacement).
//!
//! Where the script would stop (`sys.exit`) or crash on malformed input, this
//! module returns an [`EvalError`] instead. Differences from the script, none of
//! which touch the figures for well-formed input:
//!
//! - names are NFKC-normalized by a partial, table-driven implementation (see
//!   `nfkc.rs`): the Latin, Greek, Cyrillic, punctuation, letterlike, ligature
//!   and fullwidth blocks are exact, other blocks are left unnormalized;
//! - span offsets must be JSON integers (or booleans, which Python treats as
//!   0 and 1); the script would also accept floats in a few places;
//! - a `"speaker_match": "mention"` gold quote whose `speaker_span` is null or
//!   missing is met only by the last-word rule; the script crashes there
//!   (`TypeError` unpacking `None`) as soon as a predicted speaker is an object,
//!   which happens on `gold/polnear-dev-quoted.jsonl` with any output in the
//!   SPEC §5 format. Those quotes are all `speaker_scored: false`, so the
//!   choice cannot change a figure: the result equals the script's once it
//!   checks for a null span;
//! - `NaN`/`Infinity` literals and lone surrogate escapes, which Python's `json`
//!   accepts, are rejected;
//! - in error messages, object keys are printed sorted (serde_json's map
//!   order) rather than in file order.
//!
//! ```
//! use sayso::eval::{load_docs, score};
//!
//! // One document per line.
//! let gold = load_docs(concat!(
//!     r#"{"id": "1", "text": "He said: 'No.'", "quotes": [{"char_span": [9, 14], "#,
//!     r#""text": "'No.'", "speaker": "Sam Jones", "org": null, "stance": "negative"}]}"#,
//! ))?;
//! let pred = load_docs(concat!(
//!     r#"{"id": "1", "quotes": [{"char_span": [10, 13], "#,
//!     r#""speaker": {"name": "Jones"}, "stance": "negative"}]}"#,
//! ))?;
//! let (report, errors) = score(&gold, &pred)?;
//! assert_eq!(report.detect_overlap.f, 100.0);
//! assert_eq!(report.detect_exact.f, 100.0);
//! assert_eq!(report.speaker_acc, Some(0.0));
//! assert_eq!(errors, ["1: speaker 'Jones', gold 'Sam Jones' for \"'No.'\""]);
//! assert_eq!(report.to_string().lines().next(), Some("documents          1"));
//! # Ok::<(), sayso::eval::EvalError>(())
//! ```

mod nfkc;
#[rustfmt::skip]
mod nfkc_table;

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::sync::OnceLock;

use serde::Serialize;
use serde_json::{Map, Value};

/// Documents keyed by id, in file order (a later duplicate id replaces the
/// earlier value but keeps its position, like a Python dict).
pub type Docs = Vec<(String, Value)>;

/// What can go wrong reading or scoring.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A line is not valid JSON (`line` counts from 1).
    #[error("line {line}: not JSON: {message}")]
    Json { line: usize, message: String },
    /// A line is JSON but not an object.
    #[error("line {line}: not a JSON object")]
    NotAnObject { line: usize },
    /// A predicted quote has neither `char_span` nor `span`.
    #[error("a predicted record has neither 'char_span' nor 'span': {0}")]
    NoSpan(String),
    /// A document or quote lacks a field the scorer needs, or has one of the
    /// wrong type or out of range.
    #[error("document {doc}: {message}")]
    Malformed { doc: String, message: String },
}

/// Precision, recall and F1 in percent, rounded to one decimal.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f: f64,
}

/// The figures of one scoring run; serializes with the script's keys, in its
/// order. [`Report::to_json`] gives the exact text of the script's `--json`,
/// `Display` that of its text mode.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub documents: usize,
    pub documents_missing: usize,
    pub gold_quotes: usize,
    pub predicted_quotes: usize,
    #[serde(rename = "detect.overlap")]
    pub detect_overlap: Prf,
    #[serde(rename = "detect.exact")]
    pub detect_exact: Prf,
    #[serde(rename = "speaker.acc")]
    pub speaker_acc: Option<f64>,
    #[serde(rename = "attributed.f1")]
    pub attributed_f1: f64,
    #[serde(rename = "org.acc")]
    pub org_acc: Option<f64>,
    #[serde(rename = "stance.macro_f1")]
    pub stance_macro_f1: Option<f64>,
    #[serde(rename = "stance.acc")]
    pub stance_acc: Option<f64>,
    #[serde(rename = "stance.n")]
    pub stance_n: usize,
}

/// A figure as the script holds it, for printing.
enum Figure {
    Int(usize),
    Float(Option<f64>),
    Prf(Prf),
}

impl Report {
    fn figures(&self) -> [(&'static str, Figure); 12] {
        [
            ("documents", Figure::Int(self.documents)),
            ("documents_missing", Figure::Int(self.documents_missing)),
            ("gold_quotes", Figure::Int(self.gold_quotes)),
            ("predicted_quotes", Figure::Int(self.predicted_quotes)),
            ("detect.overlap", Figure::Prf(self.detect_overlap)),
            ("detect.exact", Figure::Prf(self.detect_exact)),
            ("speaker.acc", Figure::Float(self.speaker_acc)),
            ("attributed.f1", Figure::Float(Some(self.attributed_f1))),
            ("org.acc", Figure::Float(self.org_acc)),
            ("stance.macro_f1", Figure::Float(self.stance_macro_f1)),
            ("stance.acc", Figure::Float(self.stance_acc)),
            ("stance.n", Figure::Int(self.stance_n)),
        ]
    }

    /// The report exactly as the script's `json.dumps(res)` writes it
    /// (`", "` and `": "` separators, `null` for a missing figure).
    pub fn to_json(&self) -> String {
        let items: Vec<String> = self
            .figures()
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Figure::Int(n) => n.to_string(),
                    Figure::Float(Some(x)) => py_float_repr(*x),
                    Figure::Float(None) => "null".to_string(),
                    Figure::Prf(prf) => format!(
                        "{{\"p\": {}, \"r\": {}, \"f\": {}}}",
                        py_float_repr(prf.p),
                        py_float_repr(prf.r),
                        py_float_repr(prf.f)
                    ),
                };
                format!("\"{k}\": {v}")
            })
            .collect();
        format!("{{{}}}", items.join(", "))
    }
}

/// One line per figure, `f"{k:18} {v}"` with Python's `str` of the value.
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (k, v) in self.figures() {
            let v = match v {
                Figure::Int(n) => n.to_string(),
                Figure::Float(Some(x)) => py_float_repr(x),
                Figure::Float(None) => "None".to_string(),
                Figure::Prf(prf) => format!(
                    "{{'p': {}, 'r': {}, 'f': {}}}",
                    py_float_repr(prf.p),
                    py_float_repr(prf.r),
                    py_float_repr(prf.f)
                ),
            };
            writeln!(f, "{k:18} {v}")?;
        }
        Ok(())
    }
}

/// Reads JSON Lines: blank lines are skipped, each other line must be a JSON
/// object; its `"id"` (as Python's `str()` of the value, so `7` and `"7"` are
/// the same document) keys the document.
pub fn load_docs(text: &str) -> Result<Docs, EvalError> {
    let mut docs: Docs = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // Python reads text files with universal newlines: \r\n, \r and \n all end a line.
    let text = text.replace("\r\n", "\n");
    for (n, line) in text.split(['\n', '\r']).enumerate() {
        let line = line.trim_matches(py_is_space);
        if line.is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| EvalError::Json {
            line: n + 1,
            message: e.to_string(),
        })?;
        let Value::Object(obj) = &value else {
            return Err(EvalError::NotAnObject { line: n + 1 });
        };
        let id = py_str(obj.get("id").unwrap_or(&Value::Null));
        match index.get(&id) {
            Some(&i) => docs[i].1 = value,
            None => {
                index.insert(id.clone(), docs.len());
                docs.push((id, value));
            }
        }
    }
    Ok(docs)
}

/// Reads and scores two JSON Lines texts (gold, then predictions).
pub fn score_texts(gold: &str, pred: &str) -> Result<(Report, Vec<String>), EvalError> {
    score(&load_docs(gold)?, &load_docs(pred)?)
}

const LABELS: [&str; 3] = ["negative", "neutral", "positive"];

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

const TRIM: &str = " \t\r\n\"'“”‘’«»„‚.,;:!?…-–—()[]";

#[derive(Default)]
struct Counts {
    n_gold: usize,
    n_pred: usize,
    tp: usize,
    exact_tp: usize,
    spk_n: usize,
    spk_ok: usize,
    attr_tp: usize,
    org_n: usize,
    org_ok: usize,
}

/// A quote with its char span (`_cs` in the script).
struct Quote<'a> {
    fields: &'a Map<String, Value>,
    cs: (i64, i64),
}

/// Scores predictions against gold, returning the figures and the errors
/// (spurious, missed and wrongly attributed quotes) the script prints with
/// `--show-errors`, in the same order.
pub fn score(
    gold: &[(String, Value)],
    pred: &[(String, Value)],
) -> Result<(Report, Vec<String>), EvalError> {
    let pred_by_id: HashMap<&str, &Value> = pred.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let mut c = Counts::default();
    let mut conf = [[0usize; 3]; 3];
    let mut errors = Vec::new();
    let missing = gold
        .iter()
        .filter(|(id, _)| !pred_by_id.contains_key(id.as_str()))
        .count();
    for (doc_id, gd) in gold {
        let bad = |message: String| EvalError::Malformed {
            doc: doc_id.clone(),
            message,
        };
        let text_str = gd
            .get("text")
            .and_then(Value::as_str)
            .ok_or_else(|| bad("gold has no string \"text\"".into()))?;
        let text: Vec<char> = text_str.chars().collect();
        let tb = text_str.as_bytes();
        let gold_quotes = gd
            .get("quotes")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("gold has no list \"quotes\"".into()))?;
        let mut gq = Vec::with_capacity(gold_quotes.len());
        for q in gold_quotes {
            let fields = q
                .as_object()
                .ok_or_else(|| bad("a gold quote is not an object".into()))?;
            let cs = fields
                .get("char_span")
                .and_then(int_pair)
                .ok_or_else(|| bad("a gold quote has no integer \"char_span\" pair".into()))?;
            gq.push(Quote { fields, cs });
        }
        let pred_quotes: &[Value] = match pred_by_id.get(doc_id.as_str()) {
            None => &[],
            Some(pd) => match pd.get("quotes") {
                Some(Value::Array(qs)) => qs,
                Some(v) if truthy(v) => {
                    return Err(bad("predicted \"quotes\" is not a list".into()))
                }
                _ => &[],
            },
        };
        let mut pq = Vec::with_capacity(pred_quotes.len());
        for q in pred_quotes {
            let fields = q
                .as_object()
                .ok_or_else(|| bad("a predicted quote is not an object".into()))?;
            let cs = char_span(fields, tb).map_err(|e| match e {
                SpanError::Missing => EvalError::NoSpan(json_head(q, 200)),
                SpanError::Bad(key) => bad(format!("a predicted quote has a bad {key:?}")),
            })?;
            pq.push(Quote { fields, cs });
        }

        let pairs = match_quotes(&gq, &pq);
        let matched_p: HashSet<usize> = pairs.iter().map(|&(_, j)| j).collect();
        let matched_g: HashSet<usize> = pairs.iter().map(|&(i, _)| i).collect();
        let dropped = pairs
            .iter()
            .filter(|&&(i, _)| flag(gq[i].fields, "optional", false))
            .count();
        c.n_gold += gq
            .iter()
            .filter(|q| !flag(q.fields, "optional", false))
            .count();
        c.n_pred += pq.len() - dropped;
        for (j, p) in pq.iter().enumerate() {
            if !matched_p.contains(&j) {
                let (s, e) = py_slice(text.len(), p.cs.0, p.cs.1);
                let snippet: String = text[s..e].iter().take(70).collect();
                errors.push(format!(
                    "{doc_id}: spurious quote {}",
                    py_str_repr(&snippet)
                ));
            }
        }
        for &(i, j) in &pairs {
            let (g, p) = (&gq[i], &pq[j]);
            if flag(g.fields, "optional", false) {
                continue;
            }
            c.tp += 1;
            let out_of_range = || bad("a matched span reaches outside the text".into());
            if trimmed(g.cs, &text).ok_or_else(out_of_range)?
                == trimmed(p.cs, &text).ok_or_else(out_of_range)?
            {
                c.exact_tp += 1;
            }
            let spk_right = speaker_right(g.fields, p.fields.get("speaker"), tb).map_err(&bad)?;
            let speaker_scored = flag(g.fields, "speaker_scored", true);
            if speaker_scored {
                c.spk_n += 1;
                c.spk_ok += usize::from(spk_right);
                if !spk_right {
                    errors.push(format!(
                        "{doc_id}: speaker {}, gold {} for {}",
                        py_repr(name_of(p.fields.get("speaker")).unwrap_or(&Value::Null)),
                        py_repr(required(g.fields, "speaker").map_err(&bad)?),
                        head_repr(g.fields, 50).map_err(&bad)?
                    ));
                }
            }
            if spk_right || !speaker_scored {
                c.attr_tp += 1;
            }
            let org = match p.fields.get("organization") {
                Some(v) => Some(v),
                None => p.fields.get("org"),
            };
            let org_right = accepts(g.fields, "org", "org_accept", org).map_err(&bad)?;
            if flag(g.fields, "org_scored", true) {
                c.org_n += 1;
                c.org_ok += usize::from(org_right);
                if !org_right {
                    errors.push(format!(
                        "{doc_id}: org {}, gold {} for {}",
                        py_repr(name_of(org).unwrap_or(&Value::Null)),
                        py_repr(required(g.fields, "org").map_err(&bad)?),
                        head_repr(g.fields, 50).map_err(&bad)?
                    ));
                }
            }
            if flag(g.fields, "stance_scored", true) {
                let label = match p.fields.get("stance") {
                    Some(Value::Object(st)) => st.get("label"),
                    other => other,
                };
                let gold_stance = required(g.fields, "stance").map_err(&bad)?;
                let gi = gold_stance
                    .as_str()
                    .and_then(|s| LABELS.iter().position(|l| *l == s))
                    .ok_or_else(|| {
                        bad(format!(
                            "gold stance {} is not a label",
                            py_repr(gold_stance)
                        ))
                    })?;
                let pi = label
                    .and_then(Value::as_str)
                    .and_then(|s| LABELS.iter().position(|l| *l == s))
                    .unwrap_or(1);
                conf[gi][pi] += 1;
                if label != Some(gold_stance) {
                    errors.push(format!(
                        "{doc_id}: stance {}, gold {} for {}",
                        py_repr(label.unwrap_or(&Value::Null)),
                        py_repr(gold_stance),
                        head_repr(g.fields, 50).map_err(&bad)?
                    ));
                }
            }
        }
        for (i, g) in gq.iter().enumerate() {
            if !flag(g.fields, "optional", false) && !matched_g.contains(&i) {
                errors.push(format!(
                    "{doc_id}: missed quote {}",
                    head_repr(g.fields, 70).map_err(&bad)?
                ));
            }
        }
    }

    let mut f1s = [0.0f64; 3];
    for (lab, f1) in f1s.iter_mut().enumerate() {
        let tp = conf[lab][lab];
        let fp: usize = (0..3).filter(|&o| o != lab).map(|o| conf[o][lab]).sum();
        let fn_: usize = (0..3).filter(|&o| o != lab).map(|o| conf[lab][o]).sum();
        *f1 = prf(tp, tp + fp, tp + fn_).f;
    }
    let n_st: usize = conf.iter().flatten().sum();
    let diag: usize = (0..3).map(|l| conf[l][l]).sum();
    let ratio =
        |num: usize, den: usize| (den > 0).then(|| py_round1((100 * num) as f64 / den as f64));
    let report = Report {
        documents: gold.len(),
        documents_missing: missing,
        gold_quotes: c.n_gold,
        predicted_quotes: c.n_pred,
        detect_overlap: prf(c.tp, c.n_pred, c.n_gold),
        detect_exact: prf(c.exact_tp, c.n_pred, c.n_gold),
        speaker_acc: ratio(c.spk_ok, c.spk_n),
        attributed_f1: prf(c.attr_tp, c.n_pred, c.n_gold).f,
        org_acc: ratio(c.org_ok, c.org_n),
        // Python's `sum()` adds left to right from 0 (3.11; 3.12 compensates,
        // which cannot change the rounded mean of three one-decimal figures).
        stance_macro_f1: (n_st > 0).then(|| py_round1((0.0 + f1s[0] + f1s[1] + f1s[2]) / 3.0)),
        stance_acc: ratio(diag, n_st),
        stance_n: n_st,
    };
    Ok((report, errors))
}

/// `prf()` of the script: ratios as floats, then `round(100 * x, 1)`.
fn prf(tp: usize, n_pred: usize, n_gold: usize) -> Prf {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        0.0
    };
    let f = if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf {
        p: py_round1(100.0 * p),
        r: py_round1(100.0 * r),
        f: py_round1(100.0 * f),
    }
}

/// Python's `round(x, 1)`: the decimal nearest to the exact binary value, ties
/// to even, read back as a float. Rust's fixed-precision formatting rounds the
/// exact value the same way.
fn py_round1(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.1}").parse().unwrap_or(x)
}

/// One-to-one matching, largest overlap first; ties go to the larger gold
/// index, then the larger predicted index (`sort(reverse=True)` on tuples).
fn match_quotes(gold: &[Quote], pred: &[Quote]) -> Vec<(usize, usize)> {
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
fn trimmed((mut s, mut e): (i64, i64), text: &[char]) -> Option<(i64, i64)> {
    while s < e && TRIM.contains(char_at(text, s)?) {
        s += 1;
    }
    while e > s && TRIM.contains(char_at(text, e - 1)?) {
        e -= 1;
    }
    Some((s, e))
}

enum SpanError {
    Missing,
    Bad(&'static str),
}

/// `char_span()` of the script: `char_span` as given, else `span` (bytes)
/// converted by counting the chars of the byte prefix decoded with replacement.
fn char_span(q: &Map<String, Value>, text_bytes: &[u8]) -> Result<(i64, i64), SpanError> {
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

/// `speaker_right()` of the script.
fn speaker_right(
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
    // score.py unpacks `gold["speaker_span"]` here and crashes when it is null,
    // as it is for the PolNeAR gold quotes without a source (all of them
    // `speaker_scored: false`, so the answer cannot change a figure). Here a
    // missing or null span means there is no mention to overlap.
    let gold_span = match gold.get("speaker_span") {
        None | Some(Value::Null) => None,
        Some(v) => Some(int_pair(v).ok_or("a mention gold quote has a bad \"speaker_span\"")?),
    };
    let has_span = |k: &str| predicted.get(k).is_some_and(truthy);
    if let Some((gs, ge)) = gold_span {
        if has_span("char_span") || has_span("span") {
            let (ps, pe) = char_span(predicted, text_bytes)
                .map_err(|_| "a predicted speaker has a bad span".to_string())?;
            if ge.min(pe) > gs.max(ps) {
                return Ok(true);
            }
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
fn accepts(
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
fn name_of(field: Option<&Value>) -> Option<&Value> {
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
    let s = nfkc::nfkc(s).to_lowercase().replace('’', "'");
    let words: Vec<&str> = s
        .split(py_is_space)
        .map(|w| w.trim_matches(['.', ',']))
        .filter(|w| !w.is_empty() && !TITLES.contains(w))
        .collect();
    Ok((!words.is_empty()).then(|| words.join(" ")))
}

/// Python's `str.isspace()`: Unicode White_Space plus the separators U+001C..U+001F.
fn py_is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python truthiness of a JSON value.
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// `d.get(key, default)` read as a condition.
fn flag(fields: &Map<String, Value>, key: &str, default: bool) -> bool {
    fields.get(key).map_or(default, truthy)
}

/// `d[key]`: a missing key is an error, as Python's `KeyError`.
fn required<'a>(fields: &'a Map<String, Value>, key: &str) -> Result<&'a Value, String> {
    fields
        .get(key)
        .ok_or_else(|| format!("a gold quote has no {key:?}"))
}

/// A JSON integer (or boolean, which Python indexes as 0/1).
fn py_int(v: &Value) -> Option<i64> {
    match v {
        Value::Bool(b) => Some(i64::from(*b)),
        Value::Number(n) => n.as_i64(),
        _ => None,
    }
}

fn int_pair(v: &Value) -> Option<(i64, i64)> {
    match v.as_array()?.as_slice() {
        [a, b] => Some((py_int(a)?, py_int(b)?)),
        _ => None,
    }
}

/// Python's `seq[i]` for a sequence: negative counts from the end.
fn char_at(text: &[char], i: i64) -> Option<char> {
    let len = i64::try_from(text.len()).ok()?;
    let i = if i < 0 { i + len } else { i };
    usize::try_from(i).ok().and_then(|i| text.get(i)).copied()
}

/// Python's `seq[start:end]` bounds for a sequence of `len` items.
fn py_slice(len: usize, start: i64, end: i64) -> (usize, usize) {
    let clamp = |i: i64| -> usize {
        let len_i = i64::try_from(len).unwrap_or(i64::MAX);
        let i = if i < 0 {
            (i + len_i).max(0)
        } else {
            i.min(len_i)
        };
        usize::try_from(i).unwrap_or(0)
    };
    let (s, e) = (clamp(start), clamp(end));
    (s, e.max(s))
}

/// `repr(g['text'][:n])`.
fn head_repr(fields: &Map<String, Value>, n: usize) -> Result<String, String> {
    match required(fields, "text")? {
        Value::String(s) => Ok(py_str_repr(&s.chars().take(n).collect::<String>())),
        Value::Array(a) => Ok(py_repr(&Value::Array(a.iter().take(n).cloned().collect()))),
        other => Err(format!("quote text {} cannot be sliced", py_repr(other))),
    }
}

/// `json.dumps(q)[:n]`, near enough (serde_json's key order, no ASCII escaping).
fn json_head(v: &Value, n: usize) -> String {
    let s = serde_json::to_string(v).unwrap_or_default();
    s.chars().take(n).collect()
}

/// Python's `str()` of a JSON value.
fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python's `repr()` of a JSON value as `json.loads` would build it.
fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(x)) => py_float_repr(x),
            _ => n.to_string(),
        },
        Value::String(s) => py_str_repr(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", py_str_repr(k), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Python's `repr()` of a float: shortest round-trip digits, positional for
/// exponents -4..16 (always with a fraction), scientific otherwise.
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{x:e}");
    let Some((mant, exp)) = sci.split_once('e') else {
        return format!("{x:?}");
    };
    let Ok(exp) = exp.parse::<i32>() else {
        return format!("{x:?}");
    };
    let (sign, mant) = match mant.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let point = usize::try_from(exp).unwrap_or(0) + 1;
            let mut int_part: String = digits.chars().take(point).collect();
            while int_part.len() < point {
                int_part.push('0');
            }
            let frac: String = digits.chars().skip(point).collect();
            let frac = if frac.is_empty() {
                "0".to_string()
            } else {
                frac
            };
            format!("{sign}{int_part}.{frac}")
        } else {
            let zeros = "0".repeat(usize::try_from(-exp - 1).unwrap_or(0));
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let mut chars = digits.chars();
        let first: String = chars.next().into_iter().collect();
        let rest: String = chars.collect();
        let mant = if rest.is_empty() {
            first
        } else {
            format!("{first}.{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// Python's `repr()` of a string.
fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let code = u32::from(c);
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if code < 0x20 || code == 0x7f => out.push_str(&format!("\\x{code:02x}")),
            _ if code < 0x7f || py_printable(c) => out.push(c),
            _ if code <= 0xff => out.push_str(&format!("\\x{code:02x}")),
            _ if code <= 0xffff => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one non-ASCII char: not a control, format,
/// private-use, unassigned, or separator char.
fn py_printable(c: char) -> bool {
    static NON_PRINTABLE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = NON_PRINTABLE
        .get_or_init(|| regex::Regex::new(r"^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$").ok());
    let mut buf = [0u8; 4];
    re.as_ref()
        .is_none_or(|re| !re.is_match(c.encode_utf8(&mut buf)))
}

/// Macro-averaged F1 (in percent) of `(gold, predicted)` label pairs over `labels`,
/// as `tools/score_targets.py` and the stance figure compute it, unrounded.
///
/// ```
/// let pairs = [(0, 0), (1, 1), (2, 1)];
/// assert!((sayso::eval::macro_f1(&pairs, &[0, 1, 2]) - 55.555).abs() < 0.01);
/// ```
pub fn macro_f1<L: PartialEq + Copy>(pairs: &[(L, L)], labels: &[L]) -> f64 {
    if labels.is_empty() {
        return 0.0;
    }
    let count = |f: &dyn Fn(L, L) -> bool| pairs.iter().filter(|&&(g, p)| f(g, p)).count() as f64;
    let f1_sum: f64 = labels
        .iter()
        .map(|&l| {
            let tp = count(&|g, p| g == l && p == l);
            let predicted = count(&|_, p| p == l);
            let gold = count(&|g, _| g == l);
            let precision = if predicted > 0.0 { tp / predicted } else { 0.0 };
            let recall = if gold > 0.0 { tp / gold } else { 0.0 };
            if precision + recall > 0.0 {
                2.0 * precision * recall / (precision + recall)
            } else {
                0.0
            }
        })
        .sum();
    100.0 * f1_sum / labels.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_python() {
        assert_eq!(py_round1(6.25), 6.2);
        assert_eq!(py_round1(3.75), 3.8);
        assert_eq!(py_round1(0.35), 0.3);
        assert_eq!(py_round1(99.95), 100.0);
        assert_eq!(py_round1(100.0 * (2.0 / 3.0)), 66.7);
    }

    #[test]
    fn float_repr_like_python() {
        assert_eq!(py_float_repr(100.0), "100.0");
        assert_eq!(py_float_repr(97.6), "97.6");
        assert_eq!(py_float_repr(0.0), "0.0");
        assert_eq!(py_float_repr(-0.0), "-0.0");
        assert_eq!(py_float_repr(1e16), "1e+16");
        assert_eq!(py_float_repr(1.5e-5), "1.5e-05");
        assert_eq!(py_float_repr(0.0001), "0.0001");
        assert_eq!(py_float_repr(123456789012345.6), "123456789012345.6");
    }

    #[test]
    fn repr_like_python() {
        assert_eq!(py_str_repr("it's"), "\"it's\"");
        assert_eq!(py_str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(py_str_repr("a\u{a0}b\u{2019}\n"), "'a\\xa0b\u{2019}\\n'");
        assert_eq!(
            py_repr(&serde_json::json!({"name": [1, 2.0, null, true]})),
            "{'name': [1, 2.0, None, True]}"
        );
        assert_eq!(py_str(&serde_json::json!(7)), "7");
    }

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
    fn python_slices_and_indexes() {
        assert_eq!(py_slice(10, -3, 100), (7, 10));
        assert_eq!(py_slice(10, 5, 2), (5, 5));
        let t: Vec<char> = "abc".chars().collect();
        assert_eq!(char_at(&t, -1), Some('c'));
        assert_eq!(char_at(&t, 3), None);
    }
}
