//! `sayso report` and `--keep` (of `analyze` and `explain`): aggregates of a corpus built by
//! hand, checked figure by figure; names merged as the records give them;
//! documents with errors counted; the HTML self-contained.

mod common;

use std::io::Write;
use std::process::Output;

use serde_json::{json, Value};

use common::sayso;

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

/// One quote of an analyze record; `speaker` is (name, kind), `organization`
/// (name, government).
fn quote(
    kind: &str,
    speaker: Option<(&str, &str)>,
    organization: Option<(&str, bool)>,
    label: &str,
    score: f64,
) -> Value {
    let text = format!("a {label} quote");
    json!({
        "text": text,
        "span": [10, 10 + text.len()],
        "char_span": [10, 10 + text.len()],
        "kind": kind,
        "cue": null,
        "speaker": speaker.map(|(name, kind)| json!({
            "name": name, "mention": "she", "span": [0, 3], "char_span": [0, 3],
            "kind": kind, "resolved_by": "pronoun"
        })),
        "organization": organization.map(|(name, government)| json!({
            "name": name, "acronym": null, "government": government
        })),
        "stance": {
            "label": label,
            "score": score,
            "evidence": [{"text": label, "span": [12, 12 + label.len()], "weight": score, "rule": "lexicon"}]
        }
    })
}

fn record(id: &str, quotes: Vec<Value>, error: Option<&str>, meta: Value) -> String {
    json!({"id": id, "quotes": quotes, "error": error, "meta": meta}).to_string()
}

const JANE: Option<(&str, &str)> = Some(("Jane Smith", "person"));
const SUNAK: Option<(&str, &str)> = Some(("Rishi Sunak", "person"));
const UNITE: Option<(&str, bool)> = Some(("Unite", false));
const GOVERNMENT: Option<(&str, bool)> = Some(("Government", true));

/// Five documents (one with an error), nine quotes, a blank line and a line
/// that is not a record.
fn hand_built_corpus() -> String {
    let lines = [
        record(
            "a",
            vec![
                quote("direct", JANE, UNITE, "negative", -0.8),
                quote("mixed", JANE, UNITE, "neutral", 0.0),
                quote("indirect", SUNAK, GOVERNMENT, "positive", 0.5),
            ],
            None,
            json!({"date": "2024-01-15", "outlet": "Daily"}),
        ),
        record(
            "b",
            vec![
                quote("direct", JANE, UNITE, "negative", -0.3),
                quote(
                    "direct",
                    Some(("a union official", "description")),
                    UNITE,
                    "negative",
                    -0.9,
                ),
                quote("direct", None, None, "neutral", 0.0),
            ],
            None,
            json!({"date": "2024-01-31T18:00:00Z", "outlet": "Daily"}),
        ),
        String::new(),
        record(
            "c",
            vec![
                quote("indirect", SUNAK, GOVERNMENT, "positive", 0.9),
                quote(
                    "direct",
                    Some(("Unite", "organization")),
                    UNITE,
                    "positive",
                    0.2,
                ),
            ],
            None,
            json!({"date": "2024-02-02", "outlet": "Weekly"}),
        ),
        record(
            "d",
            vec![],
            Some("corpus.jsonl:4: malformed JSON"),
            json!({"date": null, "outlet": null}),
        ),
        "not a record".to_string(),
        record(
            "e",
            vec![quote(
                "direct",
                Some(("unions", "group")),
                None,
                "negative",
                -0.4,
            )],
            None,
            json!({"date": "soon"}),
        ),
    ];
    lines.join("\n") + "\n"
}

fn stance(negative: u64, neutral: u64, positive: u64, net: Value) -> Value {
    json!({"negative": negative, "neutral": neutral, "positive": positive, "net": net})
}

#[test]
fn a_hand_built_corpus_gives_its_known_aggregates() {
    let output = sayso(
        &[
            "report",
            "--format",
            "json",
            "--examples",
            "2",
            "--date-field",
            "date",
            "--group-field",
            "outlet",
            "-",
        ],
        hand_built_corpus().as_bytes(),
    );
    assert_eq!(output.status.code(), Some(1), "a line is not a record");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("-: 1 line is not an analyze record and was skipped; the first: -:6: not an analyze record"),
        "{stderr}"
    );
    let report: Value = serde_json::from_str(&stdout(&output)).expect("JSON report");

    assert_eq!(
        report["corpus"],
        json!({
            "documents": 5,
            "documents_with_quotes": 4,
            "documents_with_errors": 1,
            "quotes": 9,
            "kinds": {"direct": 6, "mixed": 1, "indirect": 2},
            "stance": stance(4, 2, 3, json!(-0.1111)),
            "quotes_with_speaker": 8,
            "quotes_with_named_speaker": 6,
            "quotes_with_organization": 7,
            "share_with_speaker": 0.8889,
            "share_with_named_speaker": 0.6667,
            "share_with_organization": 0.7778,
            "distinct_speakers": 3,
            "distinct_organizations": 2,
            "error_examples": [{"document": "d", "error": "corpus.jsonl:4: malformed JSON"}]
        })
    );
    assert_eq!(
        report["government"],
        json!({
            "government": {"quotes": 2, "share": 0.2222, "stance": stance(0, 0, 2, json!(1.0))},
            "other_organizations": {"quotes": 5, "share": 0.5556, "stance": stance(3, 1, 1, json!(-0.4))},
            "no_organization": {"quotes": 2, "share": 0.2222, "stance": stance(1, 1, 0, json!(-0.5))}
        })
    );
    // Descriptions and groups are not ranked; an organization speaking as
    // such is.
    assert_eq!(
        report["speakers"],
        json!([
            {"name": "Jane Smith", "quotes": 3, "share": 0.3333, "documents": 2, "government": false,
             "organization": "Unite", "stance": stance(2, 1, 0, json!(-0.6667))},
            {"name": "Rishi Sunak", "quotes": 2, "share": 0.2222, "documents": 2, "government": true,
             "organization": "Government", "stance": stance(0, 0, 2, json!(1.0))},
            {"name": "Unite", "quotes": 1, "share": 0.1111, "documents": 1, "government": false,
             "organization": "Unite", "stance": stance(0, 0, 1, json!(1.0))}
        ])
    );
    assert_eq!(
        report["organizations"],
        json!([
            {"name": "Unite", "quotes": 5, "share": 0.5556, "documents": 3, "government": false,
             "stance": stance(3, 1, 1, json!(-0.4))},
            {"name": "Government", "quotes": 2, "share": 0.2222, "documents": 2, "government": true,
             "stance": stance(0, 0, 2, json!(1.0))}
        ])
    );
    let point = |period: &str, start: &str, documents: u64, quotes: u64, stance: Value| json!({"period": period, "start": start, "documents": documents, "quotes": quotes, "stance": stance});
    assert_eq!(
        report["timeline"],
        json!({
            "field": "date",
            "period": "month",
            "dated_documents": 3,
            "undated_documents": 2,
            "undated_quotes": 1,
            "points": [
                point("2024-01", "2024-01-01", 2, 6, stance(3, 2, 1, json!(-0.3333))),
                point("2024-02", "2024-02-01", 1, 2, stance(0, 0, 2, json!(1.0)))
            ],
            "organizations": [
                {"name": "Unite", "points": [
                    point("2024-01", "2024-01-01", 2, 4, stance(3, 1, 0, json!(-0.75))),
                    point("2024-02", "2024-02-01", 1, 1, stance(0, 0, 1, json!(1.0)))
                ]},
                {"name": "Government", "points": [
                    point("2024-01", "2024-01-01", 1, 1, stance(0, 0, 1, json!(1.0))),
                    point("2024-02", "2024-02-01", 1, 1, stance(0, 0, 1, json!(1.0)))
                ]}
            ]
        })
    );
    assert_eq!(
        report["groups"],
        json!({
            "field": "outlet",
            "other_groups": 0,
            "groups": [
                {"name": "Daily", "documents": 2, "quotes": 6, "government_quotes": 1,
                 "government_share": 0.1667, "stance": stance(3, 2, 1, json!(-0.3333))},
                {"name": "Weekly", "documents": 1, "quotes": 2, "government_quotes": 1,
                 "government_share": 0.5, "stance": stance(0, 0, 2, json!(1.0))},
                {"name": "(none)", "documents": 2, "quotes": 1, "government_quotes": 0,
                 "government_share": 0.0, "stance": stance(1, 0, 0, json!(-1.0))}
            ]
        })
    );
    // The most negative quotes of Unite, lowest score first, two of them.
    let examples = &report["examples"];
    assert_eq!(examples[0]["organization"], "Unite");
    let picked = |list: &Value| -> Vec<(String, f64)> {
        list.as_array()
            .expect("a list")
            .iter()
            .map(|e| {
                (
                    e["document"].as_str().unwrap_or("").to_string(),
                    e["score"].as_f64().unwrap_or(f64::NAN),
                )
            })
            .collect()
    };
    assert_eq!(
        picked(&examples[0]["most_negative"]),
        [("b".to_string(), -0.9), ("a".to_string(), -0.8)]
    );
    assert_eq!(
        picked(&examples[0]["most_positive"]),
        [("c".to_string(), 0.2)]
    );
    assert_eq!(
        examples[0]["most_negative"][0]["speaker"],
        "a union official"
    );
    assert_eq!(examples[0]["most_negative"][0]["text"], "a negative quote");
    assert_eq!(
        examples[0]["most_negative"][0]["evidence"],
        json!([{"text": "negative", "span": [12, 20], "weight": -0.9, "rule": "lexicon"}])
    );
    assert_eq!(examples[1]["organization"], "Government");
    assert_eq!(picked(&examples[1]["most_negative"]), []);
    assert_eq!(
        picked(&examples[1]["most_positive"]),
        [("c".to_string(), 0.9), ("a".to_string(), 0.5)]
    );
    let input = &report["inputs"][0];
    assert_eq!(
        (input["path"].as_str(), input["lines"].as_u64()),
        (Some("-"), Some(7))
    );
    assert_eq!(input["records"], 5);
    assert_eq!(input["unreadable_lines"], 1);
}

#[test]
fn top_n_limits_the_rankings_and_weeks_are_iso_weeks() {
    let output = sayso(
        &[
            "report",
            "--format",
            "json",
            "--top",
            "1",
            "--date-field",
            "date",
            "--period",
            "week",
        ],
        hand_built_corpus().as_bytes(),
    );
    let report: Value = serde_json::from_str(&stdout(&output)).expect("JSON report");
    assert_eq!(report["speakers"].as_array().map(Vec::len), Some(1));
    assert_eq!(report["organizations"][0]["name"], "Unite");
    assert_eq!(report["examples"].as_array().map(Vec::len), Some(1));
    let weeks: Vec<&str> = report["timeline"]["points"]
        .as_array()
        .expect("points")
        .iter()
        .filter_map(|p| p["period"].as_str())
        .collect();
    // 2024-01-15 is in week 3, 2024-01-31 in week 5, 2024-02-02 in week 5;
    // the empty week 4 is listed too.
    assert_eq!(weeks, ["2024-W03", "2024-W04", "2024-W05"]);
    assert_eq!(report["timeline"]["points"][1]["quotes"], 0);
    assert_eq!(report["timeline"]["points"][2]["quotes"], 5);
    assert_eq!(report["groups"], Value::Null);
}

#[test]
fn names_are_merged_as_the_records_give_them_and_documents_with_errors_are_counted() {
    // Roger Kline is quoted by name, as `Mr Kline` and as `he`; the records
    // give all three his canonical name.
    let corpus = concat!(
        "{\"id\": \"k1\", \"text\": \"Roger Kline, of Unite, said the offer was an insult. \u{201c}We will strike,\u{201d} Mr Kline said. \u{201c}Nobody wants this,\u{201d} he added.\"}\n",
        "{\"id\": \"k2\", \"text\": \"\u{201c}The talks have failed,\u{201d} said Roger Kline of Unite.\"}\n",
        "{\"id\": \"k3\", \"text\": \n",
        "{\"id\": \"k4\"}\n",
    );
    let analysed = sayso(&["analyze", "-q", "-"], corpus.as_bytes());
    assert_eq!(analysed.status.code(), Some(1), "two documents have errors");
    let output = sayso(&["report", "--format", "json"], &analysed.stdout);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let report: Value = serde_json::from_str(&stdout(&output)).expect("JSON report");
    assert_eq!(report["corpus"]["documents"], 4);
    assert_eq!(report["corpus"]["documents_with_errors"], 2);
    assert_eq!(report["corpus"]["quotes"], 4);
    assert_eq!(report["corpus"]["error_examples"][1]["document"], "k4");
    assert_eq!(report["speakers"].as_array().map(Vec::len), Some(1));
    assert_eq!(report["speakers"][0]["name"], "Roger Kline");
    assert_eq!(report["speakers"][0]["quotes"], 4);
    assert_eq!(report["speakers"][0]["documents"], 2);
    assert_eq!(report["organizations"][0]["name"], "Unite");
    assert_eq!(report["organizations"][0]["quotes"], 4);
}

#[test]
fn gzip_inputs_and_several_paths_are_read_in_order() {
    let dir = std::env::temp_dir().join(format!("sayso-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let corpus = hand_built_corpus();
    let plain = dir.join("a.jsonl");
    std::fs::write(&plain, &corpus).expect("write");
    let gz = dir.join("b.jsonl.gz");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    encoder.write_all(corpus.as_bytes()).expect("compress");
    std::fs::write(&gz, encoder.finish().expect("compress")).expect("write");
    let paths = [plain.to_str().expect("path"), gz.to_str().expect("path")];
    let output = sayso(&["report", "--format", "json", paths[0], paths[1]], b"");
    let report: Value = serde_json::from_str(&stdout(&output)).expect("JSON report");
    assert_eq!(report["corpus"]["documents"], 10);
    assert_eq!(report["corpus"]["quotes"], 18);
    assert_eq!(report["inputs"][1]["path"], paths[1]);
    assert_eq!(report["inputs"][1]["lines"], 7);
    let missing = sayso(&["report", paths[0], "no-such-file.jsonl"], b"");
    assert_eq!(missing.status.code(), Some(2));
    assert!(missing.stdout.is_empty(), "nothing is written");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn the_html_page_is_self_contained_and_holds_its_charts_and_numbers() {
    let output = sayso(
        &[
            "report",
            "--date-field",
            "date",
            "--group-field",
            "outlet",
            "--title",
            "Strike <coverage>",
        ],
        hand_built_corpus().as_bytes(),
    );
    let html = stdout(&output);
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains("<title>Strike &lt;coverage&gt;</title>"));
    for id in [
        "chart-speakers",
        "chart-organizations",
        "chart-government",
        "chart-organization-stance",
        "chart-speaker-stance",
        "chart-timeline-quotes",
        "chart-timeline-net",
        "chart-groups",
    ] {
        assert!(html.contains(&format!("<figure id=\"{id}\">")), "{id}");
    }
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 8);
    assert!(html.contains(
        "<td>Jane Smith</td><td>Unite</td><td class=\"n\">3</td><td class=\"n\">33.3%</td>"
    ));
    // Nothing is loaded from anywhere: no script, link, import, image or URL
    // (but SVG's namespace name).
    let lower = html.to_lowercase();
    for forbidden in [
        "<script", "<link", "@import", "url(", "<img", "src=", "https:",
    ] {
        assert!(!lower.contains(forbidden), "{forbidden}");
    }
    assert_eq!(
        lower.matches("http:").count(),
        lower
            .matches("xmlns=\"http://www.w3.org/2000/svg\"")
            .count()
    );
    let markdown = stdout(&sayso(
        &["report", "--format", "md"],
        hand_built_corpus().as_bytes(),
    ));
    assert!(
        markdown.contains("| Jane Smith | Unite |  | 3 | 33.3% | 2 | 1 | 0 | −0.67 |"),
        "{markdown}"
    );
}

#[test]
fn analyze_keep_copies_fields_into_meta_and_csv_columns() {
    let corpus = concat!(
        "{\"id\": \"a\", \"date\": \"2024-03-01\", \"text\": \"Nothing was said.\", \"tags\": [1, {\"b\": 2.50}]}\n",
        "{\"id\": \"b\", \"text\": \"Nothing at all.\"}\n",
    );
    let output = sayso(
        &["analyze", "-q", "--keep", "date,tags,date", "-"],
        corpus.as_bytes(),
    );
    assert_eq!(
        stdout(&output),
        concat!(
            "{\"id\":\"a\",\"quotes\":[],\"error\":null,\"meta\":{\"date\":\"2024-03-01\",\"tags\":[1, {\"b\": 2.50}]}}\n",
            "{\"id\":\"b\",\"quotes\":[],\"error\":null,\"meta\":{\"date\":null,\"tags\":null}}\n",
        )
    );
    let csv = sayso(
        &[
            "analyze",
            "-q",
            "--format",
            "csv",
            "--keep",
            "date,tags",
            "-",
        ],
        corpus.as_bytes(),
    );
    let csv = stdout(&csv);
    let mut lines = csv.lines();
    assert!(lines
        .next()
        .is_some_and(|h| h.ends_with(",error,meta.date,meta.tags")));
    assert!(lines
        .next()
        .is_some_and(|r| r.ends_with(",2024-03-01,\"[1, {\"\"b\"\": 2.50}]\"")));
    assert!(lines.next().is_some_and(|r| r.ends_with(",,")));
    let plain = sayso(&["analyze", "-q", "-"], corpus.as_bytes());
    assert!(!stdout(&plain).contains("meta"), "no meta without --keep");
    let explained = sayso(&["explain", "--keep", "date,tags", "-"], corpus.as_bytes());
    assert_eq!(
        stdout(&explained),
        concat!(
            "== a\nmeta: date = \"2024-03-01\", tags = [1, {\"b\": 2.50}]\n\n",
            "== b\nmeta: date = null, tags = null\n\n",
        )
    );
}
