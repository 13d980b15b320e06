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
//! This file holds the public API: [`Docs`], [`EvalError`] and
//! [`score_texts`], with the other items re-exported from submodules by
//! concern: `read` ([`load_docs`], [`read_docs`]), `matching` (quote spans,
//! one-to-one matching by overlap, trimmed spans for the exact figure),
//! `names` (whether a speaker or organization is right), `scoring`
//! ([`score`], the counts behind the figures and the error lines;
//! [`macro_f1`]), `report` ([`Report`], [`Prf`], the `--json` text and the
//! table) and `python` (Python's rounding, `repr`, `str`, truthiness and
//! slicing where the script relies on them).
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

mod matching;
mod names;
mod python;
mod read;
mod report;
mod scoring;

use serde_json::Value;

pub use read::{load_docs, read_docs};
pub use report::{Prf, Report};
pub use scoring::{macro_f1, score};

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

/// Reads and scores two JSON Lines texts (gold, then predictions).
pub fn score_texts(gold: &str, pred: &str) -> Result<(Report, Vec<String>), EvalError> {
    score(&load_docs(gold)?, &load_docs(pred)?)
}
