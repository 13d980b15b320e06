//! Scoring quote output against gold: the figures of `sayso eval`.
//!
//! Both inputs are JSON Lines, one document per line with an `"id"` and a list
//! `"quotes"`; gold documents also carry the `"text"` (`docs/FORMAT.md`
//! describes the gold format). [`load_docs`] and [`read_docs`] read such a
//! file, [`score`] compares predictions with gold and returns a [`Report`]
//! with the figures and the list of errors (`sayso eval --show-errors`).
//!
//! This is a port of the project's reference scorer, `score.py`: it gives the
//! same figures, rounded the same way, and the same error lines (a test
//! compares the two on many predictions when the scorer is at hand).
//!
//! The figures (all in percent):
//!
//! - `detect.overlap` P/R/F1: a predicted quote matches a gold quote when their
//!   char spans overlap, one-to-one, largest overlap first (ties broken like
//!   Python's `sort(reverse=True)` on `(overlap, gold index, pred index)`);
//! - `detect.exact` P/R/F1: matched spans that are equal once quote marks, white
//!   space and end punctuation are trimmed from both ends;
//! - `speaker.acc`: matched, speaker-scored gold quotes whose speaker is right
//!   (names compared in NFKC, lowercased, without titles or articles).
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
//! - span offsets must be JSON integers (or booleans, which Python treats as
//!   0 and 1); the script would also accept floats in a few places;
//! - `NaN`/`Infinity` literals and lone surrogate escapes, which Python's `json`
//!   accepts, are rejected;
//! - in error messages, object keys are printed sorted (serde_json's map
//!   order) rather than in file order;
//! - names are normalized with the Unicode version of the
//!   `unicode-normalization` crate, which may differ from Python's for
//!   characters added in later Unicode versions.
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
//! assert!(report.to_string().starts_with("documents             1\n"));
//! # Ok::<(), sayso::eval::EvalError>(())
//! ```

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::path::Path;

mod python;

use python::{
    char_at, py_float_repr, py_is_space, py_repr, py_round1, py_slice, py_str, py_str_repr, truthy,
};
use serde::Serialize;
use serde_json::{Map, Value};
use unicode_normalization::UnicodeNormalization;

/// Documents keyed by id, in file order (a later duplicate id replaces the
/// earlier value but keeps its position, like a Python dict).
pub type Docs = Vec<(String, Value)>;

/// What can go wrong reading or scoring.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    /// A file could not be read.
    #[error("cannot read {file}: {source}")]
    Io {
        /// The file.
        file: String,
        /// Why.
        source: std::io::Error,
    },
    /// A line is not valid JSON.
    #[error("{}: not JSON: {message}", at(file.as_deref(), *line))]
    Json {
        /// The file, when known.
        file: Option<String>,
        /// The line, counted from 1.
        line: usize,
        /// What the JSON parser says.
        message: String,
    },
    /// A line is JSON but not an object.
    #[error("{}: not a JSON object", at(file.as_deref(), *line))]
    NotAnObject {
        /// The file, when known.
        file: Option<String>,
        /// The line, counted from 1.
        line: usize,
    },
    /// A predicted quote has neither `char_span` nor `span`.
    #[error("a predicted record has neither 'char_span' nor 'span': {0}")]
    NoSpan(String),
    /// A document or quote lacks a field the scorer needs, or has one of the
    /// wrong type or out of range.
    #[error("document {doc}: {message}")]
    Malformed {
        /// The document's id.
        doc: String,
        /// What is wrong.
        message: String,
    },
}

/// `FILE:LINE`, or `line LINE` without a file.
fn at(file: Option<&str>, line: usize) -> String {
    match file {
        Some(file) => format!("{file}:{line}"),
        None => format!("line {line}"),
    }
}

/// Precision, recall and F1 in percent, rounded to one decimal.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Prf {
    /// Precision: the share of predicted quotes that are right.
    pub p: f64,
    /// Recall: the share of gold quotes that were found.
    pub r: f64,
    /// F1: the harmonic mean of precision and recall.
    pub f: f64,
}

/// The figures of one scoring run, in percent rounded to one decimal; `None`
/// where nothing was there to score. Serializes with the reference scorer's
/// keys, in its order: [`Report::to_json`] gives the exact text of its
/// `--json`; `Display` prints a plain table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Gold documents.
    pub documents: usize,
    /// Gold documents with no predicted record.
    pub documents_missing: usize,
    /// Gold quotes that count (not optional).
    pub gold_quotes: usize,
    /// Predicted quotes, less those matching optional gold quotes.
    pub predicted_quotes: usize,
    /// Quotes found, matching by overlap.
    #[serde(rename = "detect.overlap")]
    pub detect_overlap: Prf,
    /// Quotes found with the same span once marks, spaces and end
    /// punctuation are trimmed.
    #[serde(rename = "detect.exact")]
    pub detect_exact: Prf,
    /// The right speaker, among matched, speaker-scored quotes.
    #[serde(rename = "speaker.acc")]
    pub speaker_acc: Option<f64>,
    /// F1 where a hit needs both the quote and its speaker: the headline figure.
    #[serde(rename = "attributed.f1")]
    pub attributed_f1: f64,
    /// The right organization, among matched, org-scored quotes.
    #[serde(rename = "org.acc")]
    pub org_acc: Option<f64>,
    /// Macro-F1 over the three stance labels, among matched, stance-scored quotes.
    #[serde(rename = "stance.macro_f1")]
    pub stance_macro_f1: Option<f64>,
    /// The right stance label, among the same quotes.
    #[serde(rename = "stance.acc")]
    pub stance_acc: Option<f64>,
    /// The number of quotes the stance figures are over.
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

/// A plain table: the counts, the detection figures as precision, recall
/// and F1, then the other figures; `-` where nothing was there to score.
///
/// ```text
/// documents             5
/// documents_missing     0
/// gold_quotes          52
/// predicted_quotes     53
///
///                       P      R     F1
/// detect.overlap     97.2   99.0   98.1
/// detect.exact       86.8   88.5   87.6
///
/// attributed.f1      98.1
/// speaker.acc       100.0
/// org.acc            98.0
/// stance.macro_f1    90.7
/// stance.acc         92.0
/// stance.n             50
/// ```
impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let figure = |x: Option<f64>| x.map_or("-".to_string(), |x| format!("{x:.1}"));
        for (name, n) in [
            ("documents", self.documents),
            ("documents_missing", self.documents_missing),
            ("gold_quotes", self.gold_quotes),
            ("predicted_quotes", self.predicted_quotes),
        ] {
            writeln!(f, "{name:<17} {n:>5}")?;
        }
        writeln!(f, "\n{:<17} {:>5}  {:>5}  {:>5}", "", "P", "R", "F1")?;
        for (name, prf) in [
            ("detect.overlap", self.detect_overlap),
            ("detect.exact", self.detect_exact),
        ] {
            writeln!(
                f,
                "{name:<17} {:>5.1}  {:>5.1}  {:>5.1}",
                prf.p, prf.r, prf.f
            )?;
        }
        writeln!(f)?;
        for (name, x) in [
            ("attributed.f1", Some(self.attributed_f1)),
            ("speaker.acc", self.speaker_acc),
            ("org.acc", self.org_acc),
            ("stance.macro_f1", self.stance_macro_f1),
            ("stance.acc", self.stance_acc),
        ] {
            writeln!(f, "{name:<17} {:>5}", figure(x))?;
        }
        writeln!(f, "{:<17} {:>5}", "stance.n", self.stance_n)
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
            file: None,
            line: n + 1,
            message: e.to_string(),
        })?;
        let Value::Object(obj) = &value else {
            return Err(EvalError::NotAnObject {
                file: None,
                line: n + 1,
            });
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

/// Reads a JSON Lines file as [`load_docs`] does; errors name the file.
pub fn read_docs(path: &Path) -> Result<Docs, EvalError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        file: name.clone(),
        source,
    })?;
    load_docs(&text).map_err(|e| match e {
        EvalError::Json { line, message, .. } => EvalError::Json {
            file: Some(name),
            line,
            message,
        },
        EvalError::NotAnObject { line, .. } => EvalError::NotAnObject {
            file: Some(name),
            line,
        },
        other => other,
    })
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
    let s: String = s.nfkc().collect();
    let s = s.to_lowercase().replace('’', "'");
    let words: Vec<&str> = s
        .split(py_is_space)
        .map(|w| w.trim_matches(['.', ',']))
        .filter(|w| !w.is_empty() && !TITLES.contains(w))
        .collect();
    Ok((!words.is_empty()).then(|| words.join(" ")))
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

/// Macro-averaged F1 (in percent) of `(gold, predicted)` label pairs over `labels`,
/// as the stance figures of [`score`] and of target-level stance compute it, unrounded.
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
