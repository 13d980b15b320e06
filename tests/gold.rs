//! End-to-end accuracy against gold: the invented articles of
//! `fixtures/invented.jsonl` (always), and the seed gold and PolNeAR dev from
//! `../shared` (never copied here). The tests that need `../shared` are
//! ignored by default; `cargo test --release -- --include-ignored` runs them,
//! as CI does, and they fail when `../shared` is absent.

use sayso::eval::{load_docs, score, Report};
use sayso::{Pipeline, Resolution};

/// A file of `../shared`, or a failure saying that the test needs it.
fn shared(path: &str) -> String {
    let full = format!("{}/../shared/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full)
        .unwrap_or_else(|e| panic!("this test needs ../shared beside the repository: {full}: {e}"))
}

/// Analyses every document of a gold file and scores the predictions.
fn analyse_and_score(gold: &str, pipeline: &Pipeline) -> (Report, Vec<String>) {
    let gold = load_docs(gold).expect("gold loads");
    let mut predictions = Vec::new();
    for (id, doc) in &gold {
        let text = doc["text"].as_str().expect("gold texts are strings");
        sayso::output::push_jsonl(&pipeline.analyze_document(id, text), &mut predictions);
    }
    let predictions = load_docs(&String::from_utf8_lossy(&predictions)).expect("records load");
    score(&gold, &predictions).expect("gold and predictions score")
}

#[test]
fn invented_articles_end_to_end() {
    let gold = include_str!("../fixtures/invented.jsonl");
    let (report, errors) = analyse_and_score(gold, &Pipeline::new());
    println!("{}\n{report}", errors.join("\n"));
    assert_eq!((report.documents, report.gold_quotes), (4, 14));
    assert_eq!(report.speaker_acc, Some(100.0), "{errors:?}");
    // Every quote, span, speaker and organization right; the stance floor is
    // the accuracy measured when these were last raised.
    assert_eq!(report.detect_overlap.f, 100.0, "{report}");
    assert_eq!(report.detect_exact.f, 100.0, "{report}");
    assert_eq!(report.attributed_f1, 100.0, "{report}");
    assert_eq!(report.org_acc, Some(100.0), "{report}");
    assert!(report.stance_acc.is_some_and(|a| a >= 75.0), "{report}");
}

#[test]
fn invented_articles_resolve_pronouns_continuations_aliases_and_acronyms() {
    let gold = load_docs(include_str!("../fixtures/invented.jsonl")).expect("gold loads");
    let text = |id: &str| {
        gold.iter()
            .find(|(doc, _)| doc == id)
            .and_then(|(_, doc)| doc["text"].as_str())
            .expect("an invented article")
    };
    let pipeline = Pipeline::new();

    let midwives = pipeline.analyze(text("inv-001-midwives"));
    let how: Vec<(&str, &str, Resolution, usize, usize)> = midwives
        .quotes
        .iter()
        .take(3)
        .filter_map(|q| {
            let speaker = q.speaker.as_ref()?;
            Some((
                speaker.name.as_str(),
                speaker.mention.as_str(),
                speaker.resolved_by,
                q.paragraph,
                q.sentence,
            ))
        })
        .collect();
    assert_eq!(
        how,
        [
            (
                "Hannah Whitcombe",
                "Hannah Whitcombe",
                Resolution::Explicit,
                2,
                2
            ),
            ("Hannah Whitcombe", "she", Resolution::Pronoun, 3, 3),
            ("Hannah Whitcombe", "she", Resolution::Continuation, 4, 4),
        ]
    );
    let org = midwives.quotes[0]
        .organization
        .as_ref()
        .expect("an organization");
    assert_eq!(
        (org.name.as_str(), org.acronym.as_deref(), org.government),
        ("Royal College of Midwives", Some("RCM"), false)
    );

    let freight = pipeline.analyze(text("inv-002-freight"));
    let first = &freight.quotes[0];
    let speaker = first.speaker.as_ref().expect("a speaker");
    assert_eq!(
        (
            speaker.name.as_str(),
            speaker.mention.as_str(),
            speaker.resolved_by
        ),
        ("Daniel Okafor", "Mr Okafor", Resolution::Alias)
    );
    assert_eq!(first.cue.as_ref().map(|c| c.text.as_str()), Some("said"));
}

#[test]
#[ignore = "needs ../shared"]
fn seed_gold_meets_the_acceptance_figures() {
    let (report, _) = analyse_and_score(&shared("gold/seeds.jsonl"), &Pipeline::new());
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
#[ignore = "needs ../shared"]
fn polnear_dev_meets_the_acceptance_figures() {
    // PolNeAR annotates `"A," said X. "B."` as one quote.
    let joined = Pipeline::builder()
        .join_interrupted_quotes(true)
        .build()
        .expect("the built-in knowledge builds");
    let (report, _) = analyse_and_score(&shared("gold/polnear-dev-quoted.jsonl"), &joined);
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
