//! `sayso::eval` on the small hand-made files in `fixtures/eval/`. The expected
//! figures and error lines were produced once by the reference scorer,
//! `python3 score.py GOLD PRED --json --show-errors`, and written here;
//! these tests need neither Python nor `../shared`.

use sayso::eval::{load_docs, read_docs, score, score_texts, EvalError, Prf, Report};

fn fixture(name: &str) -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/eval/").to_string() + name;
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn prf(p: f64, r: f64, f: f64) -> Prf {
    Prf { p, r, f }
}

/// Optional gold dropped when matched, mention gold (overlap and last word,
/// `'s` stripped), byte-only spans cut inside a multi-byte char, NFKC of a
/// decomposed name, tie-breaking of equal overlaps, org from `org` or
/// `organization`, stance as dict, string, missing or invalid, a missing
/// document and an extra one.
#[test]
fn edge_cases_fixture() {
    let (report, errors) =
        score_texts(&fixture("gold.jsonl"), &fixture("pred.jsonl")).expect("fixture scores");
    assert_eq!(
        report,
        Report {
            documents: 4,
            documents_missing: 1,
            gold_quotes: 8,
            predicted_quotes: 9,
            detect_overlap: prf(66.7, 75.0, 70.6),
            detect_exact: prf(44.4, 50.0, 47.1),
            speaker_acc: Some(80.0),
            attributed_f1: 58.8,
            org_acc: Some(75.0),
            stance_macro_f1: Some(55.6),
            stance_acc: Some(75.0),
            stance_n: 4,
        }
    );
    assert_eq!(
        errors,
        [
            "A: spurious quote 'The minister'",
            "A: spurious quote 'accepting'",
            "A: speaker 'Smith', gold 'Bob Smith' for '“generous”'",
            "A: stance 'neutral', gold 'positive' for '“generous”'",
            "C: missed quote '“anything”'",
            "D: spurious quote 'ccccc'",
            "D: org 'x', gold None for 'cccccccccc'",
            "D: stance None, gold 'neutral' for 'bbbbbbbbbb'",
            "D: missed quote 'aaaaaaaaaa'",
        ]
    );
    assert_eq!(
        report.to_json(),
        r#"{"documents": 4, "documents_missing": 1, "gold_quotes": 8, "predicted_quotes": 9, "detect.overlap": {"p": 66.7, "r": 75.0, "f": 70.6}, "detect.exact": {"p": 44.4, "r": 50.0, "f": 47.1}, "speaker.acc": 80.0, "attributed.f1": 58.8, "org.acc": 75.0, "stance.macro_f1": 55.6, "stance.acc": 75.0, "stance.n": 4}"#
    );
}

/// 1 hit among 16 predictions: precision 6.25 exactly, which Python's round()
/// takes to 6.2 (ties to even).
#[test]
fn rounding_fixture() {
    let (report, errors) = score_texts(&fixture("round_gold.jsonl"), &fixture("round_pred.jsonl"))
        .expect("fixture scores");
    assert_eq!(report.detect_overlap, prf(6.2, 100.0, 11.8));
    assert_eq!(report.detect_exact, prf(6.2, 100.0, 11.8));
    assert_eq!(report.speaker_acc, Some(0.0));
    assert_eq!(report.attributed_f1, 0.0);
    assert_eq!(report.org_acc, Some(100.0));
    assert_eq!(report.stance_macro_f1, Some(33.3));
    assert_eq!(report.stance_acc, Some(100.0));
    assert_eq!(report.stance_n, 1);
    assert_eq!(errors.len(), 16);
    assert_eq!(errors[15], "1: speaker 'Lee', gold 'Ann Lee' for '“Yes,”'");
}

/// No predictions at all: every figure the script leaves out is None / null.
#[test]
fn empty_prediction_gives_none_figures() {
    let gold = load_docs(&fixture("gold.jsonl")).expect("gold loads");
    let (report, errors) = score(&gold, &[]).expect("scores");
    assert_eq!(report.documents_missing, 4);
    assert_eq!(report.predicted_quotes, 0);
    assert_eq!(report.detect_overlap, prf(0.0, 0.0, 0.0));
    assert_eq!(report.speaker_acc, None);
    assert_eq!(report.stance_macro_f1, None);
    assert_eq!(report.stance_n, 0);
    assert_eq!(errors.len(), 8);
    let json = report.to_json();
    assert!(
        json.contains(r#""speaker.acc": null, "attributed.f1": 0.0, "org.acc": null"#),
        "{json}"
    );
    assert!(report.to_string().contains("stance.acc            -\n"));
    // The serde form has the same keys in the same order.
    let value = serde_json::to_value(&report).expect("serializes");
    let keys: Vec<&String> = value
        .as_object()
        .map(|m| m.keys().collect())
        .unwrap_or_default();
    assert_eq!(keys.len(), 12);
    assert_eq!(
        serde_json::to_string(&report)
            .ok()
            .map(|s| s.starts_with(r#"{"documents":4,"#)),
        Some(true)
    );
}

#[test]
fn load_docs_keeps_first_position_of_duplicate_ids() {
    let docs =
        load_docs("{\"id\": 1, \"v\": 1}\r\n\n  {\"id\": \"2\"}\r{\"id\": \"1\", \"v\": 2}\n")
            .expect("loads");
    let ids: Vec<&str> = docs.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["1", "2"]);
    assert_eq!(docs[0].1["v"], 2);
    let none_id = load_docs("{\"x\": 1}").expect("loads");
    assert_eq!(none_id[0].0, "None");
}

#[test]
fn malformed_input_is_an_error_not_a_panic() {
    assert!(matches!(
        load_docs("{\"id\": 1}\n{oops"),
        Err(EvalError::Json { line: 2, .. })
    ));
    assert!(matches!(
        load_docs("[1, 2]"),
        Err(EvalError::NotAnObject { line: 1, .. })
    ));
    let gold =
        load_docs(r#"{"id": "a", "text": "abc", "quotes": [{"char_span": [0, 2], "text": "ab"}]}"#)
            .expect("gold loads");
    let no_span = load_docs(r#"{"id": "a", "quotes": [{"speaker": "X"}]}"#).expect("pred loads");
    assert!(matches!(score(&gold, &no_span), Err(EvalError::NoSpan(_))));
    let outside =
        load_docs(r#"{"id": "a", "quotes": [{"char_span": [1, 9]}]}"#).expect("pred loads");
    assert!(matches!(
        score(&gold, &outside),
        Err(EvalError::Malformed { .. })
    ));
    let no_text = load_docs(r#"{"id": "a", "quotes": []}"#).expect("gold loads");
    assert!(matches!(
        score(&no_text, &[]),
        Err(EvalError::Malformed { .. })
    ));
    let bad_name = load_docs(r#"{"id": "a", "quotes": [{"char_span": [0, 2], "speaker": 5}]}"#)
        .expect("loads");
    assert!(matches!(
        score(&gold, &bad_name),
        Err(EvalError::Malformed { .. })
    ));
}

#[test]
fn errors_reading_a_file_name_it() {
    let path = std::env::temp_dir().join(format!("sayso-eval-bad-{}.jsonl", std::process::id()));
    std::fs::write(&path, "{\"id\": 1}\n\nnot json\n").expect("write");
    let error = read_docs(&path).expect_err("line 3 is not JSON");
    let name = path.display().to_string();
    assert!(
        error
            .to_string()
            .starts_with(&format!("{name}:3: not JSON: ")),
        "{error}"
    );
    std::fs::write(&path, "[1]\n").expect("write");
    assert_eq!(
        read_docs(&path).expect_err("not an object").to_string(),
        format!("{name}:1: not a JSON object")
    );
    std::fs::remove_file(&path).ok();
    let missing = read_docs(&path).expect_err("gone");
    assert!(
        missing
            .to_string()
            .starts_with(&format!("cannot read {name}: ")),
        "{missing}"
    );
    assert_eq!(
        load_docs("x").expect_err("not JSON").to_string(),
        "line 1: not JSON: expected value at line 1 column 1"
    );
}

#[test]
fn the_report_prints_as_an_aligned_table() {
    let (report, _) =
        score_texts(&fixture("gold.jsonl"), &fixture("pred.jsonl")).expect("fixture scores");
    assert_eq!(
        report.to_string(),
        "\
documents             4
documents_missing     1
gold_quotes           8
predicted_quotes      9

                      P      R     F1
detect.overlap     66.7   75.0   70.6
detect.exact       44.4   50.0   47.1

attributed.f1      58.8
speaker.acc        80.0
org.acc            75.0
stance.macro_f1    55.6
stance.acc         75.0
stance.n              4
"
    );
    let empty = score(&[], &[]).expect("nothing to score").0;
    let table = empty.to_string();
    assert!(table.contains("\nspeaker.acc           -\n"), "{table}");
    assert!(
        table.contains("\ndetect.overlap      0.0    0.0    0.0\n"),
        "{table}"
    );
}
