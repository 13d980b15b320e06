//! The scoring pass: [`score`] walks gold and predicted quotes document by
//! document, counts what the figures need (detection, speaker, organization,
//! stance) and writes the error lines; [`macro_f1`] for stance labels.

use std::collections::{HashMap, HashSet};

use serde_json::{Map, Value};

use super::matching::{char_span, int_pair, match_quotes, trimmed, Quote, SpanError};
use super::names::{accepts, name_of, speaker_right};
use super::python::{py_repr, py_round1, py_slice, py_str_repr, truthy};
use super::{EvalError, Prf, Report};

const LABELS: [&str; 3] = ["negative", "neutral", "positive"];

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
