//! Quote stance on gold files: figures, errors, and the factors of
//! `data/stance/weights.tsv` fitted with leave-articles-out cross-validation.
//!
//! ```text
//! cargo run --release --example stance_fit -- report GOLD...
//! cargo run --release --example stance_fit -- errors GOLD          # each wrong quote, explained
//! cargo run --release --example stance_fit -- fit OUT.tsv GOLD...  # fit, cross-validate, write
//! ```
//!
//! Every gold document is analysed with the built-in pipeline; its quotes are
//! matched to the gold's one-to-one by overlapping character spans, largest
//! overlap first (as `sayso eval` does), and each matched, stance-scored,
//! required gold quote becomes a case: the gold label and the stance
//! explanation (side, topic, every cue with its weight and aim). A quote's
//! label is then a function of the weights alone, so fitting them does not
//! analyse the text again.
//!
//! `fit` adjusts the factors that are learned (see [`LEARNED`]: the target,
//! proxy and loose aims of each side but other governments, the loose cues'
//! topic factors and the threshold; a verdict on another object or the
//! speaker's own side stays 0) by coordinate ascent on a grid, maximizing
//! macro-F1 over all cases of all files. The ascent starts from a flat prior
//! that owes nothing to any gold file (every learned factor 1, threshold 0.2,
//! no bias; see [`prior`]), not from the built-in weights: those were set by
//! hand while reading errors on the development files, so a fit starting from
//! them would carry what they learned from the held-back articles. It reports
//! the built-in weights' figures, the plain figures of the fit (fitted and
//! scored on the same quotes) and the cross-validated ones: each article is
//! scored with weights fitted, from the prior, on all the other articles.
//! How much macro-F1 a move must gain to be taken (the fit's only guard
//! against noise) is chosen by an inner cross-validation over the articles
//! being fitted, so the held-back article chooses nothing (nested
//! cross-validation).

use std::collections::BTreeMap;

use sayso::stance::aim::Weights;
use sayso::stance::{Aim, QuoteExplanation, Side, Topic};
use sayso::Pipeline;

/// A matched, stance-scored gold quote.
struct Case {
    file: String,
    doc: String,
    gold: usize,
    side: Side,
    topic: Topic,
    /// (weight after the rules, aim) of each cue but the side's bias.
    cues: Vec<(f64, Aim)>,
    shown: String,
    /// The gold organization.
    gold_org: Option<String>,
}

const NAMES: [&str; 3] = ["negative", "neutral", "positive"];

/// Char spans to compare gold and predicted quotes by.
fn char_span(text: &str, byte_span: [usize; 2]) -> (usize, usize) {
    let count = |b: usize| text.get(..b).map_or(0, |s| s.chars().count());
    (count(byte_span[0]), count(byte_span[1]))
}

fn load(pipeline: &Pipeline, path: &str) -> anyhow::Result<Vec<Case>> {
    let file = std::path::Path::new(path)
        .file_stem()
        .map_or(path.to_string(), |s| s.to_string_lossy().to_string());
    let mut cases = Vec::new();
    for line in std::fs::read_to_string(path)?.lines() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_str(line)?;
        let text = doc["text"].as_str().unwrap_or("");
        let id = match &doc["id"] {
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let analysis = pipeline.analyze(text);
        let why: Vec<QuoteExplanation> = pipeline.explain_stances(text);
        let gold: Vec<&serde_json::Value> =
            doc["quotes"].as_array().into_iter().flatten().collect();
        let gold_spans: Vec<(usize, usize)> = gold
            .iter()
            .map(|q| {
                let at = |k| q["char_span"][k].as_u64().unwrap_or(0) as usize;
                (at(0), at(1))
            })
            .collect();
        let pred_spans: Vec<(usize, usize)> = analysis
            .quotes
            .iter()
            .map(|q| (q.char_span[0], q.char_span[1]))
            .collect();
        let mut pairs = Vec::new();
        for (i, g) in gold_spans.iter().enumerate() {
            for (j, p) in pred_spans.iter().enumerate() {
                let overlap = g.1.min(p.1) as i64 - g.0.max(p.0) as i64;
                if overlap > 0 {
                    pairs.push((overlap, i, j));
                }
            }
        }
        pairs.sort_by(|a, b| b.cmp(a));
        let (mut used_g, mut used_p) = (vec![false; gold.len()], vec![false; pred_spans.len()]);
        for (_, i, j) in pairs {
            if used_g[i] || used_p[j] {
                continue;
            }
            used_g[i] = true;
            used_p[j] = true;
            let g = gold[i];
            let scored = g["stance_scored"].as_bool().unwrap_or(true);
            if g["optional"].as_bool().unwrap_or(false) || !scored {
                continue;
            }
            let Some(gold_label) = NAMES.iter().position(|n| g["stance"].as_str() == Some(n))
            else {
                continue;
            };
            let (Some(q), Some(w)) = (analysis.quotes.get(j), why.get(j)) else {
                continue;
            };
            // Experiment: STANCE_FIT_GOLD_SIDE=1 reads the side from the gold
            // organization (approximately: the cues stay as weighed).
            let side = if std::env::var("STANCE_FIT_GOLD_SIDE").is_ok() {
                let org = g["org"].as_str().map(|name| sayso::Organization {
                    name: name.to_string(),
                    acronym: None,
                    government: pipeline.knowledge().is_government(name),
                });
                pipeline.stance_scorer().speaker_side(org.as_ref(), &[])
            } else {
                w.side
            };
            debug_assert_eq!(char_span(text, q.span), (q.char_span[0], q.char_span[1]));
            let speaker = q.speaker.as_ref().map_or("-", |s| s.name.as_str());
            let org = q.organization.as_ref().map_or("-", |o| o.name.as_str());
            cases.push(Case {
                file: file.clone(),
                doc: id.clone(),
                gold: gold_label,
                side,
                topic: w.topic,
                cues: w
                    .cues
                    .iter()
                    .filter(|c| c.rules != "speaker-side")
                    .map(|c| (c.weight, c.aim))
                    .collect(),
                gold_org: g["org"].as_str().map(str::to_string),
                shown: format!(
                    "[{id}] gold {} | {} ({}; gold {}) | {}\n{}",
                    NAMES[gold_label],
                    speaker,
                    org,
                    g["org"].as_str().unwrap_or("-"),
                    q.text.chars().take(300).collect::<String>(),
                    w
                ),
            });
        }
    }
    Ok(cases)
}

/// The (side, aim) factors `fit` learns, for negative and positive cues.
/// A verdict on another object or on the speaker's own side, and other
/// governments' verdicts, stay as the file has them (0).
const LEARNED: [(Side, Aim); 15] = [
    (Side::Target, Aim::Target),
    (Side::Target, Aim::Proxy),
    (Side::Target, Aim::Loose),
    (Side::Party, Aim::Target),
    (Side::Party, Aim::Proxy),
    (Side::Party, Aim::Loose),
    (Side::Institution, Aim::Target),
    (Side::Institution, Aim::Proxy),
    (Side::Institution, Aim::Loose),
    (Side::Other, Aim::Target),
    (Side::Other, Aim::Proxy),
    (Side::Other, Aim::Loose),
    (Side::Unknown, Aim::Target),
    (Side::Unknown, Aim::Proxy),
    (Side::Unknown, Aim::Loose),
];
/// The sides whose bias is learned, by topic (a quote about nothing keeps 0).
const BIASED: [Side; 5] = [
    Side::Target,
    Side::Party,
    Side::Institution,
    Side::Other,
    Side::Unknown,
];
const BIAS_TOPICS: [Topic; 3] = [Topic::Target, Topic::Frame, Topic::Document];

const FACTORS: [f64; 12] = [0.0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.8, 1.0, 1.2, 1.5, 2.0];
const THRESHOLDS: [f64; 7] = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4];
/// A bias is evidence, never a verdict by itself: below the smallest
/// threshold's total (0.39 for 0.1).
const BIASES: [f64; 7] = [-0.35, -0.2, -0.1, 0.0, 0.1, 0.2, 0.35];
const DENIALS: [f64; 7] = [0.0, 0.4, 0.7, 1.0, 1.3, 1.6, 2.0];

/// One learned value of the weights.
#[derive(Clone, Copy)]
enum Knob {
    Aim(Side, Aim, bool),
    Topic(Topic),
    Bias(Side, Topic),
    Threshold,
    Denial,
}

/// The kinds of knobs learned.
const KNOBS: &str = "aim,topic,bias,threshold,denial";
/// The gains in macro-F1 points a move may be required to make: small moves
/// on a few hundred quotes are noise, and how small is too small is chosen
/// by cross-validation on the articles being fitted (see [`choose_min_gain`]).
const MIN_GAINS: [f64; 6] = [1e-9, 0.1, 0.3, 0.5, 1.0, 2.0];
/// The folds, by article, of the cross-validation that chooses the gain.
const INNER_FOLDS: usize = 5;

impl Knob {
    fn kind(self) -> &'static str {
        match self {
            Knob::Aim(..) => "aim",
            Knob::Topic(_) => "topic",
            Knob::Bias(..) => "bias",
            Knob::Threshold => "threshold",
            Knob::Denial => "denial",
        }
    }

    fn all() -> Vec<Knob> {
        let mut out = Vec::new();
        for (side, aim) in LEARNED {
            out.push(Knob::Aim(side, aim, true));
            out.push(Knob::Aim(side, aim, false));
        }
        out.extend([Topic::Frame, Topic::Document, Topic::Elsewhere, Topic::None].map(Knob::Topic));
        for side in BIASED {
            for topic in BIAS_TOPICS {
                out.push(Knob::Bias(side, topic));
            }
        }
        out.push(Knob::Threshold);
        out.push(Knob::Denial);
        out
    }

    fn get(self, w: &Weights) -> f64 {
        match self {
            Knob::Aim(side, aim, negative) => w.aim_factor(side, aim, negative),
            Knob::Topic(topic) => w.topic_factor(topic),
            Knob::Bias(side, topic) => w.bias(side, topic),
            Knob::Threshold => w.threshold,
            Knob::Denial => w.denial,
        }
    }

    fn set(self, w: &mut Weights, v: f64) {
        // Companies are weighed as institutions (the built-in weights give
        // both the same factors): one knob sets both.
        let sides = |side: Side| {
            let company = (side == Side::Institution).then_some(Side::Company);
            std::iter::once(side).chain(company)
        };
        match self {
            Knob::Aim(side, aim, negative) => {
                sides(side).for_each(|side| w.set_aim_factor(side, aim, negative, v))
            }
            Knob::Topic(topic) => w.set_topic_factor(topic, v),
            Knob::Bias(side, topic) => sides(side).for_each(|side| w.set_bias(side, topic, v)),
            Knob::Threshold => w.threshold = v,
            Knob::Denial => w.denial = v,
        }
    }

    fn grid(self) -> &'static [f64] {
        match self {
            Knob::Aim(..) | Knob::Topic(_) => &FACTORS,
            Knob::Bias(..) => &BIASES,
            Knob::Threshold => &THRESHOLDS,
            Knob::Denial => &DENIALS,
        }
    }
}

/// The weights a fit starts from: the built-in ones with every learned knob
/// set to a value no gold file chose (factor 1, topic factor 1, bias 0,
/// threshold 0.2, denial 1); the structural zeros (a verdict on another
/// object counts nothing) stay.
fn prior(builtin: &Weights) -> Weights {
    let mut w = builtin.clone();
    for knob in Knob::all() {
        let v = match knob {
            Knob::Aim(..) | Knob::Topic(_) | Knob::Denial => 1.0,
            Knob::Bias(..) => 0.0,
            Knob::Threshold => 0.2,
        };
        knob.set(&mut w, v);
    }
    w
}

/// The label the weights give a case (as `StanceScorer::score_quote` does).
fn predict(w: &Weights, c: &Case) -> usize {
    let total: f64 = c
        .cues
        .iter()
        .map(|&(weight, aim)| weight * w.factor(c.side, aim, c.topic, weight))
        .sum::<f64>()
        + w.bias(c.side, c.topic);
    // VADER's normalization, as the scorer does it.
    let score = total / (total * total + 15.0).sqrt();
    if score >= w.threshold {
        2
    } else if score <= -w.threshold {
        0
    } else {
        1
    }
}

/// Macro-F1 (percent) and accuracy over (gold, predicted) pairs.
fn figures(pairs: &[(usize, usize)]) -> (f64, f64, [[usize; 3]; 3]) {
    let mut conf = [[0usize; 3]; 3];
    for &(g, p) in pairs {
        if let Some(cell) = conf.get_mut(g).and_then(|row| row.get_mut(p)) {
            *cell += 1;
        }
    }
    let right = pairs.iter().filter(|(g, p)| g == p).count();
    let acc = 100.0 * right as f64 / pairs.len().max(1) as f64;
    (sayso::eval::macro_f1(pairs, &[0, 1, 2]), acc, conf)
}

fn objective(w: &Weights, cases: &[&Case]) -> f64 {
    let pairs: Vec<(usize, usize)> = cases.iter().map(|c| (c.gold, predict(w, c))).collect();
    figures(&pairs).0
}

/// The articles of `cases` (file, document), sorted.
fn articles_of<'c>(cases: &[&'c Case]) -> Vec<(&'c str, &'c str)> {
    let mut articles: Vec<(&str, &str)> = cases
        .iter()
        .map(|c| (c.file.as_str(), c.doc.as_str()))
        .collect();
    articles.sort();
    articles.dedup();
    articles
}

/// The gain a move must make when fitting on `cases`: the one of
/// [`MIN_GAINS`] whose fits score best on held-back articles, by
/// [`INNER_FOLDS`]-fold cross-validation over the articles of `cases` alone
/// (a tie goes to the larger gain, the fit closer to the prior).
/// `STANCE_FIT_MIN_GAIN` fixes it instead, for experiments.
fn choose_min_gain(start: &Weights, cases: &[&Case]) -> f64 {
    if let Some(fixed) = std::env::var("STANCE_FIT_MIN_GAIN")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        return fixed;
    }
    let articles = articles_of(cases);
    // Each case's fold, by its article's place among the sorted articles.
    let folds: Vec<usize> = cases
        .iter()
        .map(|c| {
            articles
                .binary_search(&(c.file.as_str(), c.doc.as_str()))
                .unwrap_or(0)
                % INNER_FOLDS
        })
        .collect();
    let in_fold = |fold: usize, held: bool| {
        cases
            .iter()
            .zip(&folds)
            .filter(move |(_, &f)| (f == fold) == held)
            .map(|(&c, _)| c)
    };
    let mut best = (f64::MIN, MIN_GAINS[0]);
    for &gain in &MIN_GAINS {
        let mut pairs = Vec::with_capacity(cases.len());
        for fold in 0..INNER_FOLDS {
            let rest: Vec<&Case> = in_fold(fold, false).collect();
            let w = fit(start, &rest, gain);
            pairs.extend(in_fold(fold, true).map(|c| (c.gold, predict(&w, c))));
        }
        let score = figures(&pairs).0;
        if score >= best.0 {
            best = (score, gain);
        }
    }
    best.1
}

/// Coordinate ascent from `start` on `cases`, each move gaining more than
/// `min_gain` macro-F1 points.
fn fit(start: &Weights, cases: &[&Case], min_gain: f64) -> Weights {
    // Experiments: STANCE_FIT_KNOBS=aim,topic,bias,threshold,denial picks
    // the kinds learned.
    let kinds = std::env::var("STANCE_FIT_KNOBS").unwrap_or_else(|_| KNOBS.to_string());
    let knobs: Vec<Knob> = Knob::all()
        .into_iter()
        .filter(|k| kinds.split(',').any(|kind| kind == k.kind()))
        .collect();
    let mut best = start.clone();
    let mut best_score = objective(&best, cases);
    for _ in 0..4 {
        let mut moved = false;
        for &knob in &knobs {
            for &v in knob.grid() {
                if v == knob.get(&best) {
                    continue;
                }
                let mut trial = best.clone();
                knob.set(&mut trial, v);
                let s = objective(&trial, cases);
                if s > best_score + min_gain {
                    best = trial;
                    best_score = s;
                    moved = true;
                }
            }
        }
        if !moved {
            break;
        }
    }
    best
}

fn report(title: &str, cases: &[Case], predicted: &[usize]) {
    let mut by_file: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for (c, &p) in cases.iter().zip(predicted) {
        by_file.entry(&c.file).or_default().push((c.gold, p));
    }
    println!("{title}");
    for (file, pairs) in &by_file {
        let (f1, acc, conf) = figures(pairs);
        println!(
            "  {file:<14} macro-F1 {f1:5.1}  acc {acc:5.1}  n {:3}  confusion (rows gold neg/neu/pos) {:?}",
            pairs.len(),
            conf
        );
    }
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let pipeline = Pipeline::new();
    // Experiment: STANCE_FIT_WEIGHTS=FILE reports and lists errors with the
    // weights of FILE instead of the built-in ones.
    let builtin = match std::env::var("STANCE_FIT_WEIGHTS") {
        Ok(path) => Weights::parse(&std::fs::read_to_string(path)?)?,
        Err(_) => pipeline.stance_scorer().weights().clone(),
    };
    match args.first().map(String::as_str) {
        Some("report") => {
            let mut cases = Vec::new();
            for path in &args[1..] {
                cases.extend(load(&pipeline, path)?);
            }
            let predicted: Vec<usize> = cases.iter().map(|c| predict(&builtin, c)).collect();
            report("built-in weights", &cases, &predicted);
            println!("gold labels (neg, neu, pos) by side and topic (all files)");
            for side in Side::ALL {
                for topic in Topic::ALL {
                    let mut n = [0; 3];
                    for c in cases.iter().filter(|c| c.side == side && c.topic == topic) {
                        n[c.gold] += 1;
                    }
                    if n.iter().sum::<usize>() > 0 {
                        println!("  {:<16} {:<9} {:?}", side.name(), topic.name(), n);
                    }
                }
            }
            println!("by side and topic (all files): confusion (rows gold neg/neu/pos)");
            for side in Side::ALL {
                for topic in Topic::ALL {
                    let pairs: Vec<(usize, usize)> = cases
                        .iter()
                        .zip(&predicted)
                        .filter(|(c, _)| c.side == side && c.topic == topic)
                        .map(|(c, &p)| (c.gold, p))
                        .collect();
                    if !pairs.is_empty() {
                        let (_, acc, conf) = figures(&pairs);
                        println!(
                            "  {:<16} {:<9} acc {acc:5.1}  {:?}",
                            side.name(),
                            topic.name(),
                            conf
                        );
                    }
                }
            }
            println!("side against the gold organization's (first 12 organizations per side)");
            for side in Side::ALL {
                let mut orgs: BTreeMap<&str, usize> = BTreeMap::new();
                for c in cases.iter().filter(|c| c.side == side) {
                    *orgs
                        .entry(c.gold_org.as_deref().unwrap_or("-"))
                        .or_default() += 1;
                }
                let mut orgs: Vec<_> = orgs.into_iter().collect();
                orgs.sort_by_key(|o| std::cmp::Reverse(o.1));
                orgs.truncate(12);
                println!("  {:<16} {:?}", side.name(), orgs);
            }
            println!("by the speaker's side (all files)");
            for side in Side::ALL {
                let pairs: Vec<(usize, usize)> = cases
                    .iter()
                    .zip(&predicted)
                    .filter(|(c, _)| c.side == side)
                    .map(|(c, &p)| (c.gold, p))
                    .collect();
                let (f1, acc, conf) = figures(&pairs);
                println!(
                    "  {:<16} macro-F1 {f1:5.1}  acc {acc:5.1}  n {:3}  confusion {:?}",
                    side.name(),
                    pairs.len(),
                    conf
                );
            }
        }
        Some("errors") => {
            for path in &args[1..] {
                for c in load(&pipeline, path)? {
                    if predict(&builtin, &c) != c.gold {
                        println!("{}", c.shown);
                    }
                }
            }
        }
        Some("fit") if args.len() > 2 => {
            let mut cases = Vec::new();
            for path in &args[2..] {
                cases.extend(load(&pipeline, path)?);
            }
            let start = prior(&builtin);
            let all: Vec<&Case> = cases.iter().collect();
            let shipped: Vec<usize> = cases.iter().map(|c| predict(&builtin, c)).collect();
            report(
                "built-in weights (set by hand on these files: not held out)",
                &cases,
                &shipped,
            );
            let flat: Vec<usize> = cases.iter().map(|c| predict(&start, c)).collect();
            report("the prior (nothing fitted)", &cases, &flat);
            let gain = choose_min_gain(&start, &all);
            let fitted = fit(&start, &all, gain);
            let plain: Vec<usize> = cases.iter().map(|c| predict(&fitted, c)).collect();
            report(
                &format!(
                    "fitted from the prior on all quotes (moves gaining over {gain} points, \
                     chosen by {INNER_FOLDS}-fold cross-validation), scored on the same (plain)"
                ),
                &cases,
                &plain,
            );
            // Leave one article out: each article scored with weights fitted
            // on all the others, the gain a move needs chosen on them alone
            // (nested cross-validation: the held-back article chooses nothing).
            let articles = articles_of(&all);
            let mut cv = vec![1; cases.len()];
            let mut chosen = BTreeMap::new();
            for &(file, doc) in &articles {
                let rest: Vec<&Case> = cases
                    .iter()
                    .filter(|c| (c.file.as_str(), c.doc.as_str()) != (file, doc))
                    .collect();
                let gain = choose_min_gain(&start, &rest);
                *chosen.entry(format!("{gain}")).or_insert(0) += 1;
                let w = fit(&start, &rest, gain);
                for (k, c) in cases.iter().enumerate() {
                    if (c.file.as_str(), c.doc.as_str()) == (file, doc) {
                        cv[k] = predict(&w, c);
                    }
                }
            }
            report(
                &format!(
                    "leave-one-article-out ({} articles; gains chosen: {chosen:?})",
                    articles.len()
                ),
                &cases,
                &cv,
            );
            let header = sayso::stance::WEIGHTS
                .lines()
                .take_while(|l| l.starts_with('#'))
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(&args[1], format!("{header}\n{}", fitted.to_tsv()))?;
            println!("wrote {}", args[1]);
        }
        _ => {
            anyhow::bail!("usage: stance_fit report GOLD... | errors GOLD... | fit OUT.tsv GOLD...")
        }
    }
    Ok(())
}
