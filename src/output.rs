//! Writing [`DocumentRecord`]s: JSON Lines, or CSV with one row per quote.
//!
//! Both formats are described field by field, with examples, in
//! `docs/FORMAT.md`.
//!
//! # JSON Lines
//!
//! One line per record: [`push_jsonl`] and [`write_jsonl`] write the bytes
//! `serde_json` writes for the record, without going through serde.
//!
//! # CSV
//!
//! A header row ([`csv_header`]), then one row per quote. [`csv_rows`] gives
//! a record's rows as string fields, for callers with their own CSV writer
//! (the Python package uses it); [`write_csv`] writes the same rows. The
//! columns ([`CSV_COLUMNS`]):
//!
//! | column | value |
//! |---|---|
//! | `id` | the document id |
//! | `quote` | the quote's position in the document's `quotes` (0-based) |
//! | `kind` | `direct`, `mixed` or `indirect` |
//! | `text` | the quote's text |
//! | `cue` | the reporting word as written |
//! | `speaker` | the speaker's canonical name |
//! | `speaker_kind` | `person`, `organization`, `description` or `group` |
//! | `mention` | the speaker's mention the cue attaches to |
//! | `resolved_by` | `explicit`, `alias`, `pronoun`, `description` or `continuation` |
//! | `organization` | the speaker's organization |
//! | `acronym` | the organization's acronym |
//! | `government` | `true` or `false` (empty without an organization) |
//! | `stance` | `negative`, `neutral` or `positive` |
//! | `score` | the stance score, in [-1, 1] |
//! | `start`, `end` | the quote's half-open byte span |
//! | `char_start`, `char_end` | the same span in characters |
//! | `paragraph`, `sentence` | 0-based indices of the paragraph and the sentence the quote starts in |
//! | `error` | why the document could not be analysed |
//! | `meta.NAME`, … | with `--keep NAME,…`: the input record's field `NAME` (a string as its content, `null` or a missing field empty, other values as JSON) |
//!
//! A field with nothing to hold (no cue, no speaker, …) is empty. A document
//! with no quote still gets one row, with only `id` set, and a document that
//! could not be analysed gets one row with only `id` and `error` set: every
//! document appears at least once, and a row with an empty `quote` is never a
//! quote. Fields are quoted as RFC 4180 says (when they hold a comma, a
//! double quote, CR or LF; quotes doubled), and rows end with CRLF.
//!
//! ```
//! use sayso::{output, Pipeline};
//! let record = Pipeline::new().analyze_document("d1", "\u{201c}We will, if pushed, strike,\u{201d} said Mr Smith.");
//! let rows = output::csv_rows(&record, &[]);
//! assert_eq!(rows.len(), 1);
//! assert_eq!(rows[0][3], "We will, if pushed, strike,");
//! assert_eq!(rows[0][4], "said");
//! let mut csv = Vec::new();
//! output::write_csv_header(&[], &mut csv).unwrap();
//! output::write_csv(&record, &[], &mut csv).unwrap();
//! let csv = String::from_utf8(csv).unwrap();
//! assert!(csv.starts_with("id,quote,kind,text,cue,speaker,"));
//! assert!(csv.contains("\r\nd1,0,direct,\"We will, if pushed, strike,\",said,Mr Smith,person,"));
//! ```

use std::io::{self, Write};

use crate::corpus::KeptField;
use crate::model::{Cue, DocumentRecord, Evidence, Organization, Quote, Speaker};

/// The CSV columns, in order: the header row.
pub const CSV_COLUMNS: [&str; 21] = [
    "id",
    "quote",
    "kind",
    "text",
    "cue",
    "speaker",
    "speaker_kind",
    "mention",
    "resolved_by",
    "organization",
    "acronym",
    "government",
    "stance",
    "score",
    "start",
    "end",
    "char_start",
    "char_end",
    "paragraph",
    "sentence",
    "error",
];

/// The output formats of `sayso analyze`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// One JSON object a line per document.
    #[default]
    Jsonl,
    /// One row per quote (see the module documentation).
    Csv,
}

/// Writes the record as one JSON line.
///
/// The bytes are those of `serde_json::to_writer` on the record followed by
/// a newline (a test checks that they agree); [`push_jsonl`] makes them
/// without going through serde, which is about one and a half times as fast.
pub fn write_jsonl<W: Write>(record: &DocumentRecord, mut out: W) -> io::Result<()> {
    let mut line = Vec::new();
    push_jsonl(record, &mut line);
    out.write_all(&line)
}

/// Appends the record's JSON line (with its newline) to `out`.
///
/// The schema is fixed, so the record is written field by field,
/// in the order the `Serialize` derives of [`crate::model`] use; strings are
/// escaped as `serde_json` escapes them, looking at eight bytes at a time.
pub fn push_jsonl(record: &DocumentRecord, out: &mut Vec<u8>) {
    push_jsonl_with_meta(record, &[], out);
}

/// [`push_jsonl`], with the kept input fields (`--keep`) as a last member
/// `"meta": {NAME: VALUE, …}` unless `meta` is empty: each value as the input
/// had it, or `null` when the input record has no such field.
///
/// ```
/// use sayso::corpus::KeptField;
/// let record = sayso::Pipeline::new().analyze_document("d1", "Nothing was said.");
/// let meta = [KeptField { name: "date".into(), json: Some("\"2024-03-01\"".into()) },
///              KeptField { name: "url".into(), json: None }];
/// let mut line = Vec::new();
/// sayso::output::push_jsonl_with_meta(&record, &meta, &mut line);
/// assert_eq!(line, b"{\"id\":\"d1\",\"quotes\":[],\"error\":null,\"meta\":{\"date\":\"2024-03-01\",\"url\":null}}\n");
/// ```
pub fn push_jsonl_with_meta(record: &DocumentRecord, meta: &[KeptField], out: &mut Vec<u8>) {
    let mut json = Json { out };
    json.raw(r#"{"id":"#);
    json.str(&record.id);
    json.raw(r#","quotes":"#);
    json.array(&record.quotes, Json::quote);
    json.raw(r#","error":"#);
    json.optional_str(record.error.as_deref());
    if !meta.is_empty() {
        json.raw(r#","meta":{"#);
        for (n, field) in meta.iter().enumerate() {
            if n > 0 {
                json.raw(",");
            }
            json.str(&field.name);
            json.raw(":");
            json.raw(field.json.as_deref().unwrap_or("null"));
        }
        json.raw("}");
    }
    json.raw("}\n");
}

/// JSON values appended to a buffer.
struct Json<'a> {
    out: &'a mut Vec<u8>,
}

impl Json<'_> {
    fn quote(&mut self, q: &Quote) {
        self.raw(r#"{"text":"#);
        self.str(&q.text);
        self.raw(r#","span":"#);
        self.pair(q.span);
        self.raw(r#","char_span":"#);
        self.pair(q.char_span);
        self.raw(r#","paragraph":"#);
        self.int(q.paragraph);
        self.raw(r#","sentence":"#);
        self.int(q.sentence);
        self.raw(r#","kind":""#);
        self.raw(q.kind.as_str());
        self.raw(r#"","cue":"#);
        self.optional(q.cue.as_ref(), Json::cue);
        self.raw(r#","speaker":"#);
        self.optional(q.speaker.as_ref(), Json::speaker);
        self.raw(r#","organization":"#);
        self.optional(q.organization.as_ref(), Json::organization);
        self.raw(r#","stance":{"label":""#);
        self.raw(q.stance.label.as_str());
        self.raw(r#"","score":"#);
        self.float(q.stance.score);
        self.raw(r#","evidence":"#);
        self.array(&q.stance.evidence, Json::evidence);
        self.raw("}}");
    }

    fn cue(&mut self, cue: &Cue) {
        self.raw(r#"{"text":"#);
        self.str(&cue.text);
        self.raw(r#","span":"#);
        self.pair(cue.span);
        self.raw("}");
    }

    fn speaker(&mut self, speaker: &Speaker) {
        self.raw(r#"{"name":"#);
        self.str(&speaker.name);
        self.raw(r#","mention":"#);
        self.str(&speaker.mention);
        self.raw(r#","span":"#);
        self.pair(speaker.span);
        self.raw(r#","char_span":"#);
        self.pair(speaker.char_span);
        self.raw(r#","kind":""#);
        self.raw(speaker.kind.as_str());
        self.raw(r#"","resolved_by":""#);
        self.raw(speaker.resolved_by.as_str());
        self.raw(r#""}"#);
    }

    fn organization(&mut self, org: &Organization) {
        self.raw(r#"{"name":"#);
        self.str(&org.name);
        self.raw(r#","acronym":"#);
        self.optional_str(org.acronym.as_deref());
        self.raw(if org.government {
            r#","government":true}"#
        } else {
            r#","government":false}"#
        });
    }

    fn evidence(&mut self, e: &Evidence) {
        self.raw(r#"{"text":"#);
        self.str(&e.text);
        self.raw(r#","span":"#);
        self.pair(e.span);
        self.raw(r#","weight":"#);
        self.float(e.weight);
        self.raw(r#","rule":"#);
        self.str(&e.rule);
        self.raw("}");
    }

    fn array<T>(&mut self, items: &[T], mut each: impl FnMut(&mut Self, &T)) {
        self.raw("[");
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                self.raw(",");
            }
            each(self, item);
        }
        self.raw("]");
    }

    fn optional<T: ?Sized>(&mut self, value: Option<&T>, some: impl FnOnce(&mut Self, &T)) {
        match value {
            Some(value) => some(self, value),
            None => self.raw("null"),
        }
    }

    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }

    fn int(&mut self, n: usize) {
        self.raw(itoa::Buffer::new().format(n));
    }

    fn pair(&mut self, [a, b]: [usize; 2]) {
        self.raw("[");
        self.int(a);
        self.raw(",");
        self.int(b);
        self.raw("]");
    }

    /// As `serde_json`: the shortest form that reads back the same, and
    /// `null` for what JSON cannot hold.
    fn float(&mut self, x: f64) {
        if x.is_finite() {
            self.raw(ryu::Buffer::new().format_finite(x));
        } else {
            self.raw("null");
        }
    }

    fn optional_str(&mut self, s: Option<&str>) {
        self.optional(s, Json::str);
    }

    /// A string literal, escaped as `serde_json` escapes: `"` and `\`, the
    /// control characters (the usual ones by letter, the rest as `\u00XX`),
    /// nothing else.
    fn str(&mut self, s: &str) {
        let bytes = s.as_bytes();
        self.out.push(b'"');
        let mut run_start = 0;
        while let Some(at) = next_to_escape(bytes, run_start) {
            self.out
                .extend_from_slice(bytes.get(run_start..at).unwrap_or_default());
            let byte = bytes.get(at).copied().unwrap_or_default();
            match byte {
                b'"' => self.raw("\\\""),
                b'\\' => self.raw("\\\\"),
                b'\n' => self.raw("\\n"),
                b'\r' => self.raw("\\r"),
                b'\t' => self.raw("\\t"),
                0x08 => self.raw("\\b"),
                0x0c => self.raw("\\f"),
                _ => {
                    const HEX: &[u8; 16] = b"0123456789abcdef";
                    let digit = |d: u8| HEX.get(usize::from(d)).copied().unwrap_or(b'0');
                    let escape = [b'\\', b'u', b'0', b'0', digit(byte >> 4), digit(byte & 0xf)];
                    self.out.extend_from_slice(&escape);
                }
            }
            run_start = at + 1;
        }
        self.out
            .extend_from_slice(bytes.get(run_start..).unwrap_or_default());
        self.out.push(b'"');
    }
}

/// Where the first byte at or after `from` that JSON must escape is: a
/// control character, `"` or `\`. Quote texts have few, so the search goes
/// eight bytes at a time.
fn next_to_escape(bytes: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    // Bit 7 of each lane that is zero; exact for the lowest such lane (a
    // borrow can only mark lanes above a zero one).
    let zero_lanes = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let mut at = from;
    while let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
        let x = u64::from_le_bytes(*chunk);
        let control = x.wrapping_sub(ONES * 0x20) & !x & HIGH;
        let marks =
            zero_lanes(x ^ (ONES * u64::from(b'"'))) | zero_lanes(x ^ (ONES * u64::from(b'\\')));
        let found = control | marks;
        if found != 0 {
            return Some(at + found.trailing_zeros() as usize / 8);
        }
        at += 8;
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .map(|offset| at + offset)
}

/// The CSV header: [`CSV_COLUMNS`], then a column `meta.NAME` for each kept
/// field (`--keep`), in order.
pub fn csv_header(keep: &[String]) -> Vec<String> {
    let fixed = CSV_COLUMNS.iter().map(|c| c.to_string());
    fixed
        .chain(keep.iter().map(|name| format!("meta.{name}")))
        .collect()
}

/// Writes the CSV header row ([`csv_header`]).
pub fn write_csv_header<W: Write>(keep: &[String], mut out: W) -> io::Result<()> {
    let mut line = Vec::new();
    push_csv_row(&csv_header(keep), &mut line);
    out.write_all(&line)
}

/// The record's CSV rows, one per quote (or one with only `id`, and `error`,
/// for a document without quotes), each with a field per column of
/// [`csv_header`]; empty strings for what is absent.
///
/// `meta` holds the record's kept input fields (`--keep`; empty for none),
/// which end every row: a string as its content, `null` or a missing field
/// as an empty field, any other value as its JSON text.
pub fn csv_rows(record: &DocumentRecord, meta: &[KeptField]) -> Vec<Vec<String>> {
    let kept: Vec<String> = meta.iter().map(kept_text).collect();
    let error = record.error.clone().unwrap_or_default();
    if record.quotes.is_empty() {
        let mut row = vec![String::new(); CSV_COLUMNS.len()];
        row[0] = record.id.clone();
        row[CSV_COLUMNS.len() - 1] = error;
        row.extend(kept);
        return vec![row];
    }
    let text = |s: Option<&str>| s.unwrap_or_default().to_string();
    record
        .quotes
        .iter()
        .enumerate()
        .map(|(n, q)| {
            let speaker = q.speaker.as_ref();
            let org = q.organization.as_ref();
            let mut row = vec![
                record.id.clone(),
                n.to_string(),
                q.kind.to_string(),
                q.text.clone(),
                text(q.cue.as_ref().map(|c| c.text.as_str())),
                text(speaker.map(|s| s.name.as_str())),
                text(speaker.map(|s| s.kind.as_str())),
                text(speaker.map(|s| s.mention.as_str())),
                text(speaker.map(|s| s.resolved_by.as_str())),
                text(org.map(|o| o.name.as_str())),
                text(org.and_then(|o| o.acronym.as_deref())),
                org.map_or_else(String::new, |o| o.government.to_string()),
                q.stance.label.to_string(),
                score_text(q.stance.score),
                q.span[0].to_string(),
                q.span[1].to_string(),
                q.char_span[0].to_string(),
                q.char_span[1].to_string(),
                q.paragraph.to_string(),
                q.sentence.to_string(),
                error.clone(),
            ];
            row.extend(kept.iter().cloned());
            row
        })
        .collect()
}

/// A kept field's CSV text: a string's content, nothing for `null` or a
/// missing field, other values as their JSON text.
fn kept_text(field: &KeptField) -> String {
    let Some(json) = field.json.as_deref() else {
        return String::new();
    };
    match serde_json::from_str::<serde_json::Value>(json) {
        Ok(serde_json::Value::String(s)) => s,
        Ok(serde_json::Value::Null) => String::new(),
        _ => json.to_string(),
    }
}

/// Writes the record's rows ([`csv_rows`]), quoted as RFC 4180 says.
pub fn write_csv<W: Write>(
    record: &DocumentRecord,
    meta: &[KeptField],
    mut out: W,
) -> io::Result<()> {
    let mut bytes = Vec::new();
    push_csv(record, meta, &mut bytes);
    out.write_all(&bytes)
}

/// Appends the record's CSV rows ([`csv_rows`]) to `out`.
pub fn push_csv(record: &DocumentRecord, meta: &[KeptField], out: &mut Vec<u8>) {
    for row in csv_rows(record, meta) {
        push_csv_row(&row, out);
    }
}

/// One row: fields joined by commas, those holding a comma, a double quote,
/// CR or LF quoted with their double quotes doubled, and CRLF at the end.
fn push_csv_row<S: AsRef<str>>(fields: &[S], out: &mut Vec<u8>) {
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        let field = field.as_ref().as_bytes();
        if field
            .iter()
            .any(|b| matches!(b, b',' | b'"' | b'\r' | b'\n'))
        {
            out.push(b'"');
            for &b in field {
                if b == b'"' {
                    out.push(b'"');
                }
                out.push(b);
            }
            out.push(b'"');
        } else {
            out.extend_from_slice(field);
        }
    }
    out.extend_from_slice(b"\r\n");
}

/// A score as JSON writes it (shortest round-trip form); empty if not finite.
fn score_text(score: f64) -> String {
    if score.is_finite() {
        ryu::Buffer::new().format_finite(score).to_string()
    } else {
        String::new()
    }
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
        write_csv(&empty, &[], &mut out).unwrap();
        write_csv(&failed, &[], &mut out).unwrap();
        let commas = ",".repeat(CSV_COLUMNS.len() - 1);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("\"a,b\"{commas}\r\nc{commas}\"x.jsonl:3: malformed JSON: \"\"oops\"\"\"\r\n")
        );
    }

    #[test]
    fn fields_with_commas_quotes_and_newlines_are_quoted() {
        use crate::model::{Organization, Quote, Speaker, Stance};
        use crate::{QuoteKind, Resolution, SpeakerKind, StanceLabel};
        let text = "We will, if \"pushed\",\r\nstrike";
        let record = DocumentRecord {
            id: "doc \"1\"".into(),
            quotes: vec![Quote {
                text: text.into(),
                span: [10, 10 + text.len()],
                char_span: [9, 9 + text.chars().count()],
                paragraph: 1,
                sentence: 4,
                kind: QuoteKind::Direct,
                cue: Some(Cue {
                    text: "said".into(),
                    span: [3, 7],
                }),
                speaker: Some(Speaker {
                    name: "Smith, John".into(),
                    mention: "he".into(),
                    span: [0, 2],
                    char_span: [0, 2],
                    kind: SpeakerKind::Person,
                    resolved_by: Resolution::Pronoun,
                }),
                organization: Some(Organization {
                    name: "Royal College of Nursing".into(),
                    acronym: Some("RCN".into()),
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
        write_csv(&record, &[], &mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "\"doc \"\"1\"\"\",0,direct,\"We will, if \"\"pushed\"\",\r\nstrike\",said,\"Smith, John\",person,he,pronoun,Royal College of Nursing,RCN,false,negative,-0.25,10,39,9,38,1,4,\r\n"
        );
    }

    #[test]
    fn kept_fields_end_the_header_and_every_row() {
        let kept = |name: &str, json: Option<&str>| KeptField {
            name: name.into(),
            json: json.map(str::to_string),
        };
        let meta = [
            kept("date", Some("\"2024-03-01\"")),
            kept("source", Some("null")),
            kept("tags", Some("[1, \"a,b\"]")),
            kept("url", None),
        ];
        let keep: Vec<String> = meta.iter().map(|k| k.name.clone()).collect();
        let header = csv_header(&keep);
        assert_eq!(header[..CSV_COLUMNS.len()], CSV_COLUMNS);
        assert_eq!(
            header[CSV_COLUMNS.len()..],
            ["meta.date", "meta.source", "meta.tags", "meta.url"]
        );
        let record = crate::Pipeline::new().analyze_document(
            "d1",
            "\u{201c}We will strike,\u{201d} said Mr Smith. \u{201c}We mean it,\u{201d} he added.",
        );
        let rows = csv_rows(&record, &meta);
        assert_eq!(rows.len(), 2);
        for row in &rows {
            assert_eq!(row.len(), header.len());
            assert_eq!(
                row[CSV_COLUMNS.len()..],
                ["2024-03-01", "", "[1, \"a,b\"]", ""]
            );
        }
        let failed = DocumentRecord {
            id: "x".into(),
            quotes: Vec::new(),
            error: Some("empty document".into()),
        };
        let mut out = Vec::new();
        write_csv(&failed, &meta, &mut out).unwrap();
        let commas = ",".repeat(CSV_COLUMNS.len() - 2);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            format!("x{commas},empty document,2024-03-01,,\"[1, \"\"a,b\"\"]\",\r\n")
        );
    }

    #[test]
    fn scores_print_as_in_json() {
        assert_eq!(score_text(-0.269), "-0.269");
        assert_eq!(score_text(0.0), "0.0");
        assert_eq!(score_text(f64::NAN), "");
    }

    /// Records covering every field, variant and escape, as the JSON writer
    /// and `serde_json` both write them.
    fn json_cases() -> Vec<DocumentRecord> {
        use crate::model::{Cue, Evidence, Organization, Quote, Speaker, Stance};
        use crate::{QuoteKind, Resolution, SpeakerKind, StanceLabel};
        let awkward = "\u{201c}Tab\there, \"quoted\", back\\slash,\r\nbell\u{7}\u{8}\u{c}\u{1f}\u{7f} é\u{201d}";
        let kinds = [QuoteKind::Direct, QuoteKind::Mixed, QuoteKind::Indirect];
        let speaker_kinds = [
            SpeakerKind::Person,
            SpeakerKind::Organization,
            SpeakerKind::Description,
            SpeakerKind::Group,
        ];
        let resolutions = [
            Resolution::Explicit,
            Resolution::Alias,
            Resolution::Pronoun,
            Resolution::Description,
            Resolution::Continuation,
            Resolution::Unresolved,
        ];
        let labels = [
            StanceLabel::Negative,
            StanceLabel::Neutral,
            StanceLabel::Positive,
        ];
        let scores = [0.0, -0.25, 1.0, 0.1 + 0.2, -1e-7, 123456789.125, f64::NAN];
        let quotes = (0..5)
            .map(|n| Quote {
                text: awkward.get(n..).unwrap_or(awkward).to_string(),
                span: [n, usize::MAX - n],
                char_span: [0, n * 1000],
                paragraph: n,
                sentence: usize::MAX - n,
                kind: kinds[n % kinds.len()],
                cue: (n % 2 == 0).then(|| Cue {
                    text: "said".into(),
                    span: [n, n + 4],
                }),
                speaker: (n % 3 != 2).then(|| Speaker {
                    name: format!("Name \"{n}\""),
                    mention: "he\n".into(),
                    span: [1, 3],
                    char_span: [1, 3],
                    kind: speaker_kinds[n % speaker_kinds.len()],
                    resolved_by: resolutions[n % resolutions.len()],
                }),
                organization: (n != 1).then(|| Organization {
                    name: "Unite".into(),
                    acronym: (n % 2 == 1).then(|| "U\\".into()),
                    government: n % 2 == 0,
                }),
                stance: Stance {
                    label: labels[n % labels.len()],
                    score: scores[n % scores.len()],
                    evidence: (0..n)
                        .map(|e| Evidence {
                            text: awkward.chars().skip(e).collect(),
                            span: [e, e + 1],
                            weight: scores[(n + e) % scores.len()],
                            rule: "lexicon".into(),
                        })
                        .collect(),
                },
            })
            .collect();
        vec![
            DocumentRecord {
                id: awkward.into(),
                quotes,
                error: None,
            },
            DocumentRecord {
                id: String::new(),
                quotes: Vec::new(),
                error: Some("x.jsonl:3: malformed JSON: \"oops\"".into()),
            },
        ]
    }

    #[test]
    fn json_lines_are_the_bytes_serde_json_writes() {
        for record in json_cases() {
            let mut expected = serde_json::to_vec(&record).unwrap();
            expected.push(b'\n');
            let mut got = Vec::new();
            write_jsonl(&record, &mut got).unwrap();
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(expected).unwrap()
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn strings_are_escaped_as_serde_json_escapes(
            s in "[\\x00-\\x7f\"\\\\a-z\u{e9}\u{201c}]{0,40}"
        ) {
            let mut got = Vec::new();
            Json { out: &mut got }.str(&s);
            proptest::prop_assert_eq!(got, serde_json::to_vec(&s).unwrap());
        }
    }
}
