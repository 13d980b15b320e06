//! Target-level stance on NewsMTSC-style files.
//!
//! ```text
//! cargo run --release --example newsmtsc -- predict ../shared/gold/newsmtsc/rw-dev.jsonl > /tmp/pred.jsonl
//! python3 ../shared/tools/score_targets.py ../shared/gold/newsmtsc/rw-dev.jsonl /tmp/pred.jsonl
//! cargo run --release --example newsmtsc -- train ../shared/gold/newsmtsc/rw-train.jsonl data/stance/newsmtsc.tsv
//! cargo run --release --example newsmtsc -- cv ../shared/gold/newsmtsc/rw-train.jsonl
//! ```
//!
//! `train` learns the target model's weights from a file with gold `polarity`;
//! `cv` trains on 80% of it and reports macro-F1 on the other 20%;
//! `cv-sentences` runs five folds of whole sentences and reports macro-F1 on
//! all targets, on those in sentences of several targets (what NewsMTSC's mt
//! sets hold) and on those in sentences of mixed polarity
//! (NEWSMTSC_DUMP=FILE writes its predicted label indices, a line per target),
//! and the mean ± standard deviation of the per-fold macro-F1.
//! NEWSMTSC_REPEATS=R repeats it on R dealings of the sentences to folds (the
//! first is the fixed dealing `cv-sentences` always used, the others shuffled
//! by a fixed seed): with R = 5, 25 folds tell a change of 0.3 from noise
//! better than one run. NEWSMTSC_FOLDS=1 prints the per-fold figures, in the
//! same order for any model, to compare two variants fold by fold.

use std::io::{BufWriter, Write};

use sayso::model::StanceLabel;
use sayso::stance::model::{self, Feature, TargetModel};
use sayso::stance::{StanceData, StanceScorer, TargetLine};

const EPOCHS: usize = 15;
const RATE: f64 = 0.05;
const L2: f64 = 5e-4;

/// Hyper-parameters, overridable by NEWSMTSC_EPOCHS / _RATE / _L2 for experiments.
fn hyper() -> (usize, f64, f64) {
    let get = |k: &str| std::env::var(k).ok();
    (
        get("NEWSMTSC_EPOCHS")
            .and_then(|v| v.parse().ok())
            .unwrap_or(EPOCHS),
        get("NEWSMTSC_RATE")
            .and_then(|v| v.parse().ok())
            .unwrap_or(RATE),
        get("NEWSMTSC_L2")
            .and_then(|v| v.parse().ok())
            .unwrap_or(L2),
    )
}

fn load(path: &str) -> anyhow::Result<Vec<(TargetLine, Option<usize>)>> {
    let text = std::fs::read_to_string(path)?;
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line)?;
        let gold = v
            .get("polarity")
            .and_then(serde_json::Value::as_i64)
            .map(|p| (p + 1).clamp(0, 2) as usize);
        let t: TargetLine = serde_json::from_value(v)?;
        out.push((t, gold));
    }
    Ok(out)
}

fn featurize(s: &StanceScorer, data: &[(TargetLine, Option<usize>)]) -> Vec<(Vec<Feature>, usize)> {
    data.iter()
        .filter_map(|(t, g)| {
            let span = t.byte_span().ok()?;
            Some((s.target_features(&t.sentence, span), (*g)?))
        })
        .collect()
}

/// For each line, whether its sentence holds mentions of different gold
/// polarity.
fn mixed(data: &[(TargetLine, Option<usize>)]) -> Vec<bool> {
    let mut polarities: std::collections::HashMap<&str, Vec<usize>> = Default::default();
    for (t, g) in data {
        polarities
            .entry(t.sentence.as_str())
            .or_default()
            .extend(*g);
    }
    data.iter()
        .map(|(t, g)| {
            g.is_some_and(|g| {
                polarities
                    .get(t.sentence.as_str())
                    .is_some_and(|p| p.iter().any(|&x| x != g))
            })
        })
        .collect()
}

fn macro_f1(pairs: &[(usize, usize)]) -> f64 {
    sayso::eval::macro_f1(pairs, &[0, 1, 2])
}

fn argmax(z: [f64; 3]) -> usize {
    (0..3).fold(0, |b, k| if z[k] > z[b] { k } else { b })
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // Experiment: NEWSMTSC_MODEL=FILE predicts with the model of FILE (as
    // written by `train`) instead of the built-in one.
    let scorer = match std::env::var("NEWSMTSC_MODEL") {
        Ok(path) => StanceScorer::from_data(&StanceData {
            target_model: &std::fs::read_to_string(path)?,
            ..StanceData::default()
        })?,
        Err(_) => StanceScorer::new(),
    };
    match args.first().map(String::as_str) {
        Some("predict") => {
            let path = args.get(1).ok_or_else(|| anyhow::anyhow!("predict FILE"))?;
            let text = std::fs::read_to_string(path)?;
            let out = std::io::stdout();
            let mut out = BufWriter::new(out.lock());
            for line in text.lines().filter(|l| !l.trim().is_empty()) {
                let v: serde_json::Value = serde_json::from_str(line)?;
                match scorer.score_newsmtsc_line(&v) {
                    Ok(r) => writeln!(out, "{}", serde_json::to_string(&r)?)?,
                    Err(e) => {
                        let id = v.get("id").cloned().unwrap_or(serde_json::Value::Null);
                        writeln!(
                            out,
                            "{}",
                            serde_json::json!({"id": id, "label": StanceLabel::Neutral, "error": e.to_string()})
                        )?
                    }
                }
            }
        }
        Some("train") => {
            let (inp, outp) = match (args.get(1), args.get(2)) {
                (Some(a), Some(b)) => (a, b),
                _ => anyhow::bail!("train TRAIN.jsonl OUT.tsv"),
            };
            // Features do not depend on the model, so any model will do here.
            let base = StanceScorer::from_data(&StanceData {
                target_model: "",
                ..StanceData::default()
            })?;
            let data = featurize(&base, &load(inp)?);
            let (e, r, l) = hyper();
            let m = model::train(&data, e, r, l);
            let header = format!(
                "# sayso target model: weights of the target-level stance features (see src/stance/model.rs).\n\
                 # Format: FEATURE<TAB>W_NEGATIVE<TAB>W_NEUTRAL<TAB>W_POSITIVE.\n\
                 # Learned from NewsMTSC (MIT, Hamborg & Donnay 2021) {} by `examples/newsmtsc.rs train`\n\
                 # (multinomial logistic regression on naive-Bayes-scaled features, {e} epochs, rate {r}, L2 {l}).\n",
                std::path::Path::new(inp).file_name().and_then(|f| f.to_str()).unwrap_or("train")
            );
            std::fs::write(outp, m.to_tsv(&header))?;
            eprintln!("{} examples, {} features", data.len(), m.weights.len());
        }
        Some("cv") => {
            let path = args.get(1).ok_or_else(|| anyhow::anyhow!("cv FILE"))?;
            let base = StanceScorer::from_data(&StanceData {
                target_model: "",
                ..StanceData::default()
            })?;
            let data = featurize(&base, &load(path)?);
            let (test, train): (Vec<_>, Vec<_>) =
                data.into_iter().enumerate().partition(|(i, _)| i % 5 == 0);
            let train: Vec<_> = train.into_iter().map(|(_, d)| d).collect();
            let (e, r, l) = hyper();
            let m: TargetModel = model::train(&train, e, r, l);
            let pairs: Vec<(usize, usize)> = test
                .iter()
                .map(|(_, (f, g))| (*g, argmax(m.logits(f))))
                .collect();
            println!(
                "cv macro-F1 {:.1} on {} held-out targets",
                macro_f1(&pairs),
                pairs.len()
            );
        }
        Some("cv-sentences") => {
            // Five folds of whole sentences (a sentence's mentions are never
            // split between training and testing), and the figure on the
            // mentions whose sentence holds mentions of different gold
            // polarity: how well the model tells targets of one sentence apart
            // (what NewsMTSC's mt sets test).
            let path = args
                .get(1)
                .ok_or_else(|| anyhow::anyhow!("cv-sentences FILE"))?;
            let base = StanceScorer::from_data(&StanceData {
                target_model: "",
                ..StanceData::default()
            })?;
            let lines = load(path)?;
            let mut order: std::collections::HashMap<&str, usize> = Default::default();
            for (t, _) in &lines {
                let next = order.len();
                order.entry(t.sentence.as_str()).or_insert(next);
            }
            let mut count: std::collections::HashMap<&str, usize> = Default::default();
            for (t, _) in &lines {
                *count.entry(t.sentence.as_str()).or_default() += 1;
            }
            // Repeat r > 0 deals the sentences to folds in a shuffled order
            // (a fixed xorshift), so repeats give different splits.
            let repeats: usize = std::env::var("NEWSMTSC_REPEATS")
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(1);
            let folds_of = |rep: usize| -> Vec<usize> {
                let mut perm: Vec<usize> = (0..order.len()).collect();
                let mut seed: u64 = 0x2545_F491_4F6C_DD1D ^ (rep as u64).wrapping_mul(0x9E37_79B9);
                if rep > 0 {
                    for i in (1..perm.len()).rev() {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        perm.swap(i, (seed % (i as u64 + 1)) as usize);
                    }
                }
                perm.iter().map(|&p| p % 5).collect()
            };
            let mut data = Vec::new();
            for ((t, g), mixed) in lines.iter().zip(mixed(&lines)) {
                let (Ok(span), Some(g)) = (t.byte_span(), g) else {
                    continue;
                };
                let sentence = order.get(t.sentence.as_str()).copied().unwrap_or(0);
                let many = count.get(t.sentence.as_str()).is_some_and(|&c| c > 1);
                data.push((
                    base.target_features(&t.sentence, span),
                    *g,
                    sentence,
                    mixed,
                    many,
                ));
            }
            let (e, r, l) = hyper();
            let (mut all, mut mixed, mut multi) = (Vec::new(), Vec::new(), Vec::new());
            let mut per_fold = Vec::new();
            let mut dump = Vec::new();
            for rep in 0..repeats {
                let folds = folds_of(rep);
                let fold_of = |d: &(Vec<Feature>, usize, usize, bool, bool)| {
                    folds.get(d.2).copied().unwrap_or(0)
                };
                for fold in 0..5 {
                    let train: Vec<(Vec<Feature>, usize)> = data
                        .iter()
                        .filter(|d| fold_of(d) != fold)
                        .map(|d| (d.0.clone(), d.1))
                        .collect();
                    let m: TargetModel = model::train(&train, e, r, l);
                    let mut this = Vec::new();
                    for (k, d) in data.iter().enumerate().filter(|(_, d)| fold_of(d) == fold) {
                        let pair = (d.1, argmax(m.logits(&d.0)));
                        if rep == 0 {
                            dump.push((k, pair.1));
                        }
                        this.push(pair);
                        all.push(pair);
                        if d.3 {
                            mixed.push(pair);
                        }
                        if d.4 {
                            multi.push(pair);
                        }
                    }
                    per_fold.push(macro_f1(&this));
                }
            }
            if let Ok(path) = std::env::var("NEWSMTSC_DUMP") {
                dump.sort();
                let s: String = dump.iter().map(|(_, p)| format!("{p}\n")).collect();
                std::fs::write(path, s)?;
            }
            let n = per_fold.len() as f64;
            let mean = per_fold.iter().sum::<f64>() / n;
            let sd = (per_fold.iter().map(|x| (x - mean).powi(2)).sum::<f64>()
                / (n - 1.0).max(1.0))
            .sqrt();
            println!(
                "cv macro-F1 {:.1} on {} targets ({} folds: {mean:.2} ± {sd:.2}); {:.1} on the {} in sentences of several targets; {:.1} on the {} in sentences of mixed polarity",
                macro_f1(&all),
                all.len() / repeats,
                per_fold.len(),
                macro_f1(&multi),
                multi.len() / repeats,
                macro_f1(&mixed),
                mixed.len() / repeats
            );
            if std::env::var("NEWSMTSC_FOLDS").is_ok() {
                let s: Vec<String> = per_fold.iter().map(|x| format!("{x:.2}")).collect();
                println!("folds {}", s.join(" "));
            }
        }
        _ => anyhow::bail!(
            "usage: newsmtsc predict FILE | train TRAIN OUT | cv TRAIN | cv-sentences TRAIN"
        ),
    }
    Ok(())
}
