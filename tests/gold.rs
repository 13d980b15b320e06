//! End-to-end accuracy against gold: the seed gold shipped in `fixtures/`, and
//! PolNeAR dev from `../shared` when it is present (it is never copied here).

use std::path::PathBuf;

use sayso::eval::{score_texts, Report};
use sayso::Pipeline;

/// Analyses every document of a gold file and scores the predictions.
fn analyse_and_score(gold: &str, pipeline: &Pipeline) -> Report {
    let mut predictions = String::new();
    for line in gold.lines().filter(|l| !l.trim().is_empty()) {
        let doc: serde_json::Value = serde_json::from_str(line).expect("gold lines are JSON");
        let id = doc["id"].as_str().expect("gold ids are strings");
        let text = doc["text"].as_str().expect("gold texts are strings");
        predictions.push_str(
            &serde_json::to_string(&pipeline.analyze_document(id, text))
                .expect("records serialize"),
        );
        predictions.push('\n');
    }
    score_texts(gold, &predictions)
        .expect("gold and predictions score")
        .0
}

#[test]
fn seed_gold_meets_the_acceptance_figures() {
    let gold = include_str!("../fixtures/seeds.jsonl");
    let report = analyse_and_score(gold, &Pipeline::new());
    println!("{report}");
    assert_eq!(report.documents_missing, 0);
    assert!(
        report.detect_overlap.f >= 95.0,
        "detect.overlap F1 {}",
        report.detect_overlap.f
    );
    assert!(
        report.attributed_f1 >= 90.0,
        "attributed.f1 {}",
        report.attributed_f1
    );
    assert!(
        report.org_acc.is_some_and(|a| a >= 85.0),
        "org.acc {:?}",
        report.org_acc
    );
    assert!(
        report.stance_macro_f1.is_some_and(|f| f >= 85.0),
        "stance.macro_f1 {:?}",
        report.stance_macro_f1
    );
}

#[test]
fn polnear_dev_meets_the_acceptance_figures() {
    let path = PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/gold/polnear-dev-quoted.jsonl"
    ));
    let Ok(gold) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} is absent", path.display());
        return;
    };
    // PolNeAR annotates `"A," said X. "B."` as one quote.
    let joined = Pipeline::builder()
        .join_interrupted_quotes(true)
        .build()
        .expect("the built-in knowledge builds");
    let report = analyse_and_score(&gold, &joined);
    println!("{report}");
    assert_eq!(report.documents, 84);
    assert!(
        report.detect_overlap.f >= 85.0,
        "detect.overlap F1 {}",
        report.detect_overlap.f
    );
    assert!(
        report.attributed_f1 >= 75.0,
        "attributed.f1 {}",
        report.attributed_f1
    );
}
