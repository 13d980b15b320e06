//! Writing [`DocumentRecord`]s: JSON Lines (SPEC §5), or CSV with one row per quote.
//!
//! # CSV
//!
//! A header row, then one row per quote with these columns:
//!
//! | column | value |
//! |---|---|
//! | `id` | the document id |
//! | `quote` | the quote's position in the document's `quotes` (0-based) |
//! | `kind` | `direct`, `mixed` or `indirect` |
//! | `text` | the quote's text |
//! | `speaker` | the speaker's canonical name |
//! | `speaker_kind` | `person`, `organization`, `description` or `group` |
//! | `organization` | the speaker's organization |
//! | `government` | `true` or `false` (empty without an organization) |
//! | `stance` | `negative`, `neutral` or `positive` |
//! | `score` | the stance score, in [-1, 1] |
//! | `start`, `end` | the quote's half-open byte span |
//! | `char_start`, `char_end` | the same span in characters |
//! | `error` | why the document could not be analysed |
//!
//! A document with no quote still gets one row, with only `id` set, and a
//! document that could not be analysed gets one row with only `id` and `error`
//! set: every document appears at least once, and a row with an empty `quote`
//! is never a quote. Fields are quoted as RFC 4180 says (when they hold a
//! comma, a double quote, CR or LF; quotes doubled), and rows end with CRLF.
//!
//! ```
//! use sayso::{output, Pipeline};
//! let record = Pipeline::new().analyze_document("d1", "\u{201c}We will, if pushed, strike,\u{201d} said Mr Smith.");
//! let mut csv = Vec::new();
//! output::write_csv_header(&mut csv).unwrap();
//! output::write_csv(&record, &mut csv).unwrap();
//! let csv = String::from_utf8(csv).unwrap();
//! assert!(csv.starts_with("id,quote,kind,text,speaker,"));
//! assert!(csv.contains("\r\nd1,0,direct,\"We will, if pushed, strike,\",Mr Smith,person,"));
//! ```

use std::io::{self, Write};

use crate::model::{DocumentRecord, QuoteKind, SpeakerKind, StanceLabel};

/// The CSV columns, in order.
pub const CSV_COLUMNS: [&str; 15] = [
    "id",
    "quote",
    "kind",
    "text",
    "speaker",
    "speaker_kind",
    "organization",
    "government",
    "stance",
    "score",
    "start",
    "end",
    "char_start",
    "char_end",
    "error",
];

/// The output formats of `sayso analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One JSON object a line per document (SPEC §5).
    #[default]
    Jsonl,
    /// One row per quote (see the module documentation).
    Csv,
}

/// Writes the record as one JSON line.
pub fn write_jsonl<W: Write>(record: &DocumentRecord, mut out: W) -> io::Result<()> {
    serde_json::to_writer(&mut out, record)?;
    out.write_all(b"\n")
}

fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .has_headers(false)
        .terminator(csv::Terminator::CRLF)
        .buffer_capacity(4096)
        .from_writer(out)
}

fn csv_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// Writes the CSV header row.
pub fn write_csv_header<W: Write>(out: W) -> io::Result<()> {
    let mut writer = csv_writer(out);
    writer.write_record(CSV_COLUMNS).map_err(csv_error)?;
    writer.flush()
}

fn kind_name(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "direct",
        QuoteKind::Mixed => "mixed",
        QuoteKind::Indirect => "indirect",
    }
}

fn speaker_kind_name(kind: SpeakerKind) -> &'static str {
    match kind {
        SpeakerKind::Person => "person",
        SpeakerKind::Organization => "organization",
        SpeakerKind::Description => "description",
        SpeakerKind::Group => "group",
    }
}

fn label_name(label: StanceLabel) -> &'static str {
    match label {
        StanceLabel::Negative => "negative",
        StanceLabel::Neutral => "neutral",
        StanceLabel::Positive => "positive",
    }
}

/// A score as JSON writes it (shortest round-trip form); empty if not finite.
fn score_text(score: f64) -> String {
    serde_json::Number::from_f64(score).map_or_else(String::new, |n| n.to_string())
}

/// Writes the record's rows: one per quote, or one row with only `id` (and
/// `error`) for a document without quotes.
pub fn write_csv<W: Write>(record: &DocumentRecord, out: W) -> io::Result<()> {
    let mut writer = csv_writer(out);
    let error = record.error.as_deref().unwrap_or("");
    if record.quotes.is_empty() {
        let mut row = [""; 15];
        row[0] = &record.id;
        row[14] = error;
        writer.write_record(row).map_err(csv_error)?;
    }
    for (n, q) in record.quotes.iter().enumerate() {
        let speaker = q.speaker.as_ref();
        let org = q.organization.as_ref();
        let row: [String; 15] = [
            record.id.clone(),
            n.to_string(),
            kind_name(q.kind).to_string(),
            q.text.clone(),
            speaker.map_or_else(String::new, |s| s.name.clone()),
            speaker.map_or_else(String::new, |s| speaker_kind_name(s.kind).to_string()),
            org.map_or_else(String::new, |o| o.name.clone()),
            org.map_or_else(String::new, |o| o.government.to_string()),
            label_name(q.stance.label).to_string(),
            score_text(q.stance.score),
            q.span[0].to_string(),
            q.span[1].to_string(),
            q.char_span[0].to_string(),
            q.char_span[1].to_string(),
            error.to_string(),
        ];
        writer.write_record(&row).map_err(csv_error)?;
    }
    writer.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_without_quotes_get_one_row() {
        let mut out = Vec::new();
        let empty = DocumentRecord {
            id: "a,b".into(),
            quotes: Vec::new(),
            error: None,
        };
        let failed = DocumentRecord {
            id: "c".into(),
            quotes: Vec::new(),
            error: Some("x.jsonl:3: malformed JSON: \"oops\"".into()),
        };
        write_csv(&empty, &mut out).unwrap();
        write_csv(&failed, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"a,b\",,,,,,,,,,,,,,\r\nc,,,,,,,,,,,,,,\"x.jsonl:3: malformed JSON: \"\"oops\"\"\"\r\n"
        );
    }

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        use crate::model::{Organization, Quote, Speaker, Stance};
        use crate::{Resolution, StanceLabel};
        let text = "We will, if \"pushed\",\r\nstrike";
        let record = DocumentRecord {
            id: "doc \"1\"".into(),
            quotes: vec![Quote {
                text: text.into(),
                span: [10, 10 + text.len()],
                char_span: [9, 9 + text.chars().count()],
                kind: QuoteKind::Direct,
                cue: None,
                speaker: Some(Speaker {
                    name: "Smith, John".into(),
                    mention: "he".into(),
                    span: [0, 2],
                    char_span: [0, 2],
                    kind: SpeakerKind::Person,
                    resolved_by: Resolution::Pronoun,
                }),
                organization: Some(Organization {
                    name: "Unite".into(),
                    acronym: None,
                    government: false,
                }),
                stance: Stance {
                    label: StanceLabel::Negative,
                    score: -0.25,
                    evidence: Vec::new(),
                },
            }],
            error: None,
        };
        let mut out = Vec::new();
        write_csv(&record, &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"doc \"\"1\"\"\",0,direct,\"We will, if \"\"pushed\"\",\r\nstrike\",\"Smith, John\",person,Unite,false,negative,-0.25,10,39,9,38,\r\n"
        );
    }

    #[test]
    fn scores_print_as_in_json() {
        assert_eq!(score_text(-0.269), "-0.269");
        assert_eq!(score_text(0.0), "0.0");
        assert_eq!(score_text(f64::NAN), "");
    }
}
