//! NewsMTSC target-level stance on the dev splits in `../shared/gold/newsmtsc/`
//! (skipped when that directory is absent). Same figures as
//! `python3 ../shared/tools/score_targets.py GOLD PRED`.

use std::path::Path;

use sayso::model::StanceLabel;
use sayso::stance::StanceScorer;

fn macro_f1(path: &Path, scorer: &StanceScorer) -> Option<f64> {
    let text = std::fs::read_to_string(path).ok()?;
    let labels = [
        StanceLabel::Negative,
        StanceLabel::Neutral,
        StanceLabel::Positive,
    ];
    let mut pairs = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).ok()?;
        let gold = match v.get("polarity").and_then(serde_json::Value::as_i64) {
            Some(-1) => StanceLabel::Negative,
            Some(1) => StanceLabel::Positive,
            _ => StanceLabel::Neutral,
        };
        let pred = scorer
            .score_newsmtsc_line(&v)
            .map(|r| r.label)
            .unwrap_or(StanceLabel::Neutral);
        pairs.push((gold, pred));
    }
    Some(sayso::eval::macro_f1(&pairs, &labels))
}

#[test]
#[ignore = "needs ../shared"]
fn newsmtsc_dev_macro_f1() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gold/newsmtsc");
    assert!(dir.is_dir(), "needs {}", dir.display());
    let scorer = StanceScorer::new();
    for split in ["rw-dev.jsonl", "mt-dev.jsonl"] {
        let Some(f1) = macro_f1(&dir.join(split), &scorer) else {
            eprintln!("skipped: {split} unreadable");
            continue;
        };
        println!("{split}: macro-F1 {f1:.1}");
        assert!(f1 >= 67.0, "{split}: macro-F1 {f1:.1} < 67");
    }
}
