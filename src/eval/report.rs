//! The [`Report`] of a scoring run: its figures, the script's `--json` text
//! ([`Report::to_json`]) and the plain table `sayso eval` prints (`Display`).

use std::fmt;

use serde::Serialize;

use super::python::py_float_repr;

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
