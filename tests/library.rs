//! The library's surface: the batch call, the empty-document rule, the label
//! names and the CSV rows that both the command line and the Python package
//! write.

use proptest::prelude::*;
use sayso::corpus::KeptField;
use sayso::output::{self, CSV_COLUMNS};
use sayso::{Pipeline, QuoteKind, Resolution, SpeakerKind, StanceLabel};

fn invented_texts() -> Vec<String> {
    include_str!("../fixtures/invented.jsonl")
        .lines()
        .map(|line| {
            let doc: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            doc["text"].as_str().expect("a text").to_string()
        })
        .collect()
}

#[test]
fn analyze_many_keeps_the_input_order_and_equals_analyze() {
    let pipeline = Pipeline::new();
    let mut texts = invented_texts();
    texts.push(String::new());
    texts.push("No quotes here.".into());
    // Longest first, so that on several threads the last texts finish first.
    texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
    texts.extend(invented_texts());
    let many = pipeline.analyze_many(&texts);
    assert_eq!(many.len(), texts.len());
    for (text, analysis) in texts.iter().zip(&many) {
        assert_eq!(*analysis, pipeline.analyze(text));
    }
    assert!(many.iter().filter(|a| !a.quotes.is_empty()).count() >= 8);
    let borrowed: Vec<&str> = texts.iter().map(String::as_str).collect();
    assert_eq!(pipeline.analyze_many(&borrowed), many);
    assert!(pipeline.analyze_many::<&str>(&[]).is_empty());
}

#[test]
fn analyze_many_over_several_batches_equals_analyze() {
    // The texts go through the stages a few dozen at a time: over a hundred,
    // with empty ones among them, so that batches end at different texts.
    let pipeline = Pipeline::new();
    let invented = invented_texts();
    let texts: Vec<&str> = (0..130)
        .map(|i| match i % 7 {
            3 => "",
            n => invented[n % invented.len()].as_str(),
        })
        .collect();
    let alone: Vec<_> = invented.iter().map(|t| pipeline.analyze(t)).collect();
    let many = pipeline.analyze_many(&texts);
    assert_eq!(many.len(), texts.len());
    for (i, analysis) in many.iter().enumerate() {
        match i % 7 {
            3 => assert!(analysis.quotes.is_empty(), "text {i}"),
            n => assert_eq!(*analysis, alone[n % invented.len()], "text {i}"),
        }
    }
}

#[test]
fn one_rule_for_empty_documents() {
    let pipeline = Pipeline::new();
    for blank in ["", " ", "\n\n\t", "\u{a0}\u{2003}\r\n"] {
        assert!(sayso::is_empty_document(blank), "{blank:?}");
        let record = pipeline.analyze_document("x", blank);
        assert_eq!(record.error.as_deref(), Some(sayso::EMPTY_DOCUMENT));
        assert!(record.quotes.is_empty());
        assert!(pipeline.analyze(blank).quotes.is_empty());
    }
    for text in [".", "\u{201c}\u{201d}", "x"] {
        assert!(!sayso::is_empty_document(text), "{text:?}");
        assert_eq!(pipeline.analyze_document("x", text).error, None);
    }
}

#[test]
fn label_names_round_trip_through_display_and_from_str() {
    fn check<T>(all: &[T], names: &[&str])
    where
        T: Copy + PartialEq + std::fmt::Debug + std::fmt::Display + std::str::FromStr,
        T::Err: std::fmt::Display,
    {
        let printed: Vec<String> = all.iter().map(T::to_string).collect();
        assert_eq!(printed, names);
        for (&value, name) in all.iter().zip(names) {
            assert_eq!(name.parse::<T>().ok(), Some(value));
            let upper = name.to_uppercase();
            let error = upper
                .parse::<T>()
                .map(|_| ())
                .expect_err("names are lowercase");
            assert!(error.to_string().contains(name), "{error}");
        }
    }
    check(QuoteKind::ALL, &["direct", "mixed", "indirect"]);
    check(
        SpeakerKind::ALL,
        &["person", "organization", "description", "group"],
    );
    check(
        Resolution::ALL,
        &[
            "explicit",
            "alias",
            "pronoun",
            "description",
            "continuation",
            "unresolved",
        ],
    );
    check(StanceLabel::ALL, &["negative", "neutral", "positive"]);
}

/// Parses CSV with the `csv` crate, which reads RFC 4180.
fn parse_csv(bytes: &[u8]) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes)
        .records()
        .map(|r| r.expect("RFC 4180").iter().map(String::from).collect())
        .collect()
}

#[test]
fn csv_rows_are_what_write_csv_writes() {
    let pipeline = Pipeline::new();
    for keep in [vec![], vec!["source".to_string(), "date".to_string()]] {
        let meta: Vec<KeptField> = keep
            .iter()
            .map(|name| KeptField {
                name: name.clone(),
                json: (name == "source").then(|| "\"The \\\"Echo\\\", Leeds\"".to_string()),
            })
            .collect();
        let mut bytes = Vec::new();
        output::write_csv_header(&keep, &mut bytes).expect("written");
        let mut expected = vec![output::csv_header(&keep)];
        for (n, text) in invented_texts().iter().enumerate() {
            let record = pipeline.analyze_document(&format!("doc,{n}"), text);
            output::write_csv(&record, &meta, &mut bytes).expect("written");
            expected.extend(output::csv_rows(&record, &meta));
        }
        let rows = parse_csv(&bytes);
        assert!(rows.len() > 10);
        assert!(rows
            .iter()
            .all(|r| r.len() == CSV_COLUMNS.len() + keep.len()));
        assert_eq!(rows, expected);
        if !keep.is_empty() {
            assert_eq!(rows[0][CSV_COLUMNS.len()..], ["meta.source", "meta.date"]);
            assert!(rows[1..]
                .iter()
                .all(|r| r[CSV_COLUMNS.len()..] == ["The \"Echo\", Leeds", ""]));
        }
    }
}

proptest! {
    /// Any text, with commas, quotes and line breaks, reads back as written.
    #[test]
    fn csv_fields_read_back_as_written(
        id in "[a-z,\"\r\n ]{0,8}",
        text in "[\u{201c}\u{201d}\"a-z ,.\r\n]{0,80}",
    ) {
        let record = Pipeline::new().analyze_document(&id, &format!("Ms Jones said: \u{201c}{text}\u{201d}"));
        let mut bytes = Vec::new();
        let meta = [KeptField { name: "id".into(), json: serde_json::to_string(&id).ok() }];
        output::write_csv(&record, &meta, &mut bytes).expect("written");
        prop_assert!(bytes.ends_with(b"\r\n"));
        let rows = parse_csv(&bytes);
        prop_assert!(rows.iter().all(|r| r.last() == Some(&id)));
        prop_assert_eq!(rows, output::csv_rows(&record, &meta));
    }
}

/// A pronoun is `pronoun` only where it was resolved to someone; one no
/// earlier person fits is `unresolved`, named by itself.
#[test]
fn a_pronoun_no_one_fits_is_unresolved() {
    let pipeline = Pipeline::new();
    let cases = [
        (
            "Ann Lee, a nurse, spoke in Leeds.\n\nShe said the plan was wrong.",
            "Ann Lee",
            Resolution::Pronoun,
        ),
        (
            "She said the plan was wrong.",
            "She",
            Resolution::Unresolved,
        ),
    ];
    for (text, name, how) in cases {
        let analysis = pipeline.analyze(text);
        let speaker = analysis.quotes[0].speaker.as_ref().expect("a speaker");
        assert_eq!(
            (speaker.name.as_str(), speaker.resolved_by),
            (name, how),
            "{text:?}"
        );
    }
}
