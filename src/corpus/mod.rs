//! Reading documents lazily from files, directories, JSON Lines (plain or
//! gzip-compressed) and standard input.
//!
//! Every input document becomes one document, including those that cannot be
//! read: their `text` holds the reason, so the output keeps one line per input
//! document and loses nothing.
//!
//! Reading happens in two steps so that the expensive one runs in parallel:
//!
//! 1. [`Documents`] walks the inputs in order and yields one [`RawDocument`] per
//!    document: a file's bytes or one JSON line's bytes, never parsed. It holds
//!    one line (or one text file) at a time, and never more than the size cap
//!    allows (`max_bytes`, three times that for a JSON line, whose escapes may
//!    triple the text's length).
//! 2. [`RawDocument::decode`] parses the JSON, decodes the text (UTF-8 by
//!    default, see [`Encoding`]), checks the size cap and emptiness
//!    ([`crate::is_empty_document`]), and gives the [`InputDocument`] (id and
//!    text, or the reason).
//!
//! A UTF-8 byte-order mark at the start of a file, of standard input or of a
//! JSON line is dropped: offsets in the output count from the text after it.
//! Directory entries that are not read (hidden, dangling or directory links,
//! special files, other extensions) are counted in [`Documents::skipped`].
//!
//! ```
//! use sayso::corpus::{Documents, ReadOptions};
//! # let dir = std::env::temp_dir().join(format!("sayso-doc-{}", std::process::id()));
//! # std::fs::create_dir_all(&dir).unwrap();
//! let path = dir.join("corpus.jsonl");
//! std::fs::write(&path, "{\"id\": \"a\", \"text\": \"Hello.\"}\nnot json\n").unwrap();
//! let options = ReadOptions::default();
//! let docs: Vec<_> = Documents::new(&[path.clone()], &options)
//!     .map(|raw| raw.decode(&options))
//!     .collect();
//! assert_eq!(docs[0].id, "a");
//! assert_eq!(docs[0].text.as_deref(), Ok("Hello."));
//! assert_eq!(docs[1].id, format!("{}:2", path.display()));
//! assert!(docs[1].text.as_ref().is_err_and(|e| e.contains(":2: malformed JSON")));
//! # std::fs::remove_dir_all(&dir).ok();
//! ```

mod batch;
mod decode;
mod encoding;
mod walk;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub use batch::{record_of, records_of, run, RunOptions, RunStats, STAGED_BATCH};
use encoding::BOM;
pub use encoding::{Encoding, UnknownEncoding};
pub use walk::{check_inputs, kind_of_named_file, total_size, FileKind, Skipped, Source, Sources};

const GZIP_MAGIC: [u8; 2] = [0x1f, 0x8b];

/// The default size cap of one document: 10 MB.
pub const DEFAULT_MAX_BYTES: usize = 10_000_000;

/// One document to analyse, or the reason it cannot be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDocument {
    /// The document's id: its JSON Lines id field, the file's id, or
    /// `SOURCE:LINE` for a JSON line without a usable id.
    pub id: String,
    /// The text, or why it cannot be analysed (with its source and line).
    pub text: Result<String, String>,
    /// The fields named by [`JsonFields::keep`], in that order.
    pub meta: Vec<KeptField>,
}

/// A field of the input record copied to the output record (`--keep`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeptField {
    /// The field's name, as given to [`JsonFields::keep`].
    pub name: String,
    /// The field's JSON text, unchanged; `None` when the record has no such
    /// field (or is not a JSON record).
    pub json: Option<String>,
}

/// Field names of JSON Lines input.
#[derive(Debug, Clone)]
pub struct JsonFields {
    /// The field holding the document id (`id`); a string or a number.
    pub id: String,
    /// The field holding the document text (`text`).
    pub text: String,
    /// Fields copied, unchanged, into each output record's `meta` (empty: no `meta`).
    pub keep: Vec<String>,
}

impl Default for JsonFields {
    fn default() -> Self {
        JsonFields {
            id: "id".into(),
            text: "text".into(),
            keep: Vec::new(),
        }
    }
}

impl JsonFields {
    /// The kept fields, from their JSON texts (`None` for all: none could be read).
    pub(crate) fn kept(&self, json: Option<Vec<Option<String>>>) -> Vec<KeptField> {
        let mut json = json.unwrap_or_default().into_iter();
        self.keep
            .iter()
            .map(|name| KeptField {
                name: name.clone(),
                json: json.next().flatten(),
            })
            .collect()
    }
}

/// How inputs are read.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    /// The field names of JSON Lines input.
    pub fields: JsonFields,
    /// A document whose text is longer than this many bytes is not analysed
    /// (its record says why).
    pub max_bytes: usize,
    /// Extensions, without the dot, of the plain-text files taken from
    /// directories (`txt` by default; `txt.gz` for compressed ones). `.jsonl`
    /// and `.jsonl.gz` files are always taken.
    pub text_extensions: Vec<String>,
    /// The encoding of the input (UTF-8 by default).
    pub encoding: Encoding,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            fields: JsonFields::default(),
            max_bytes: DEFAULT_MAX_BYTES,
            text_extensions: vec!["txt".into()],
            encoding: Encoding::UTF_8,
        }
    }
}

impl ReadOptions {
    /// The longest JSON line that is parsed at all: `\uXXXX` escapes make a
    /// line up to three times as long as its text.
    fn max_line_bytes(&self) -> usize {
        self.max_bytes.saturating_mul(3).saturating_add(64 * 1024)
    }
}

/// One document as read, before parsing: cheap to produce in order, decoded in
/// parallel by [`RawDocument::decode`].
#[derive(Debug)]
pub struct RawDocument {
    source: Arc<str>,
    line: Option<usize>,
    payload: Payload,
    input_bytes: u64,
    position: u64,
}

#[derive(Debug)]
enum Payload {
    /// A whole plain-text file (or standard input).
    Text { id: String, bytes: Vec<u8> },
    /// One JSON line, newline excluded.
    JsonLine(Vec<u8>),
    /// Already known to be unreadable.
    Failed { id: String, reason: String },
}

impl RawDocument {
    /// Where the document comes from: a path as given, or `stdin`.
    pub fn source(&self) -> &str {
        &self.source
    }

    /// The 1-based line number, for a document from JSON Lines.
    pub fn line(&self) -> Option<usize> {
        self.line
    }

    /// How many bytes of (decompressed) input this document took, line end included.
    pub fn input_bytes(&self) -> u64 {
        self.input_bytes
    }

    /// How many bytes of the input files (compressed, for gzip) had been read
    /// when this document was: a progress position against [`total_size`].
    pub fn position(&self) -> u64 {
        self.position
    }

    /// The id this document's record gets when nothing better is known: the
    /// file's id, or `SOURCE:LINE` for a JSON line.
    pub fn fallback_id(&self) -> String {
        match (&self.payload, self.line) {
            (Payload::Text { id, .. } | Payload::Failed { id, .. }, _) => id.clone(),
            (Payload::JsonLine(_), Some(line)) => format!("{}:{line}", self.source),
            (Payload::JsonLine(_), None) => self.source.to_string(),
        }
    }

    /// `SOURCE:LINE` or `SOURCE`, the prefix of every error message.
    fn location(&self) -> String {
        match self.line {
            Some(line) => format!("{}:{line}", self.source),
            None => self.source.to_string(),
        }
    }

    /// Parses, checks and returns the document: its id and text, or why it
    /// cannot be analysed (invalid UTF-8, malformed JSON, no text field, empty,
    /// over the size cap), with its source and line number.
    pub fn decode(self, options: &ReadOptions) -> InputDocument {
        let location = self.location();
        let fallback_id = self.fallback_id();
        let encoding = options.encoding;
        let (id, text, kept) = match self.payload {
            Payload::Failed { id, reason } => (id, Err(reason), None),
            Payload::Text { id, bytes } => {
                let text = encoding
                    .decode_owned(bytes)
                    .map_err(|at| not_in_encoding(&location, encoding, at, ""));
                (id, text, None)
            }
            Payload::JsonLine(bytes) => {
                match decode::json_line(bytes, &options.fields, encoding, &location) {
                    Ok((id, text, kept)) => (id.unwrap_or(fallback_id), text, Some(kept)),
                    Err(reason) => (fallback_id, Err(reason), None),
                }
            }
        };
        let text = text.and_then(|text| {
            if text.len() > options.max_bytes {
                Err(over_cap(&location, text.len() as u64, options.max_bytes))
            } else if crate::is_empty_document(&text) {
                Err(format!("{location}: {}", crate::EMPTY_DOCUMENT))
            } else {
                Ok(text)
            }
        });
        InputDocument {
            id,
            text,
            meta: options.fields.kept(kept),
        }
    }
}

/// `SOURCE:LINE: invalid UTF-8 at byte N`, with a hint at `--encoding`.
fn not_in_encoding(location: &str, encoding: Encoding, at: usize, of_what: &str) -> String {
    let hint = if encoding == Encoding::UTF_8 {
        " (another encoding? see --encoding)"
    } else {
        ""
    };
    format!("{location}: invalid {encoding} at byte {at}{of_what}{hint}")
}

fn over_cap(location: &str, len: u64, max_bytes: usize) -> String {
    format!("{location}: document of {len} bytes is over the size cap of {max_bytes} bytes (--max-bytes)")
}

/// Counts the bytes read from a file, for progress.
struct Counting<R> {
    inner: R,
    counter: Arc<AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.counter.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

/// The JSON Lines source being read.
struct LineReader {
    source: Arc<str>,
    reader: Box<dyn BufRead + Send>,
    line: usize,
}

/// The documents named by a list of paths, lazily and in order: one
/// [`RawDocument`] per text file and per non-blank JSON line, and one per
/// thing that could not be read (an unreadable file or directory, a line over
/// the size cap, a read or gzip error, which ends its file).
pub struct Documents {
    sources: Sources,
    current: Option<LineReader>,
    counter: Arc<AtomicU64>,
    max_bytes: usize,
    max_line_bytes: usize,
}

impl Documents {
    /// The documents `paths` name (`-` is standard input), read with `options`.
    pub fn new(paths: &[PathBuf], options: &ReadOptions) -> Documents {
        Documents {
            sources: Sources::new(paths, &options.text_extensions),
            current: None,
            counter: Arc::new(AtomicU64::new(0)),
            max_bytes: options.max_bytes,
            max_line_bytes: options.max_line_bytes(),
        }
    }

    /// Bytes read from the input files so far (compressed, for gzip).
    pub fn bytes_read(&self) -> u64 {
        self.counter.load(Ordering::Relaxed)
    }

    /// The directory entries passed over so far, by reason.
    pub fn skipped(&self) -> Skipped {
        self.sources.skipped()
    }

    fn raw(
        &self,
        source: Arc<str>,
        line: Option<usize>,
        payload: Payload,
        bytes: u64,
    ) -> RawDocument {
        RawDocument {
            source,
            line,
            payload,
            input_bytes: bytes,
            position: self.bytes_read(),
        }
    }

    fn open(&self, path: &Path) -> io::Result<Counting<File>> {
        Ok(Counting {
            inner: File::open(path)?,
            counter: Arc::clone(&self.counter),
        })
    }

    /// The next document of the JSON Lines being read, if any.
    fn next_line(&mut self) -> Option<RawDocument> {
        let max_line = self.max_line_bytes;
        let max_bytes = self.max_bytes;
        let current = self.current.as_mut()?;
        loop {
            current.line += 1;
            let number = current.line;
            let mut buf = Vec::new();
            let read = (&mut current.reader)
                .take(max_line as u64 + 1)
                .read_until(b'\n', &mut buf);
            let source = Arc::clone(&current.source);
            let n = match read {
                Ok(0) => {
                    self.current = None;
                    return None;
                }
                Ok(n) => n,
                Err(e) => {
                    self.current = None;
                    let reason =
                        format!("{source}:{number}: read error, rest of the file skipped: {e}");
                    let id = format!("{source}:{number}");
                    return Some(self.raw(source, Some(number), Payload::Failed { id, reason }, 0));
                }
            };
            let complete = buf.last() == Some(&b'\n') || n <= max_line;
            if !complete {
                let rest = match current.reader.skip_until(b'\n') {
                    Ok(rest) => rest,
                    Err(e) => {
                        self.current = None;
                        let reason =
                            format!("{source}:{number}: read error, rest of the file skipped: {e}");
                        let id = format!("{source}:{number}");
                        return Some(self.raw(
                            source,
                            Some(number),
                            Payload::Failed { id, reason },
                            n as u64,
                        ));
                    }
                };
                let total = (n + rest) as u64;
                let reason = format!(
                    "{source}:{number}: line of {total} bytes is too long for the size cap of {max_bytes} bytes (--max-bytes)"
                );
                let id = format!("{source}:{number}");
                return Some(self.raw(source, Some(number), Payload::Failed { id, reason }, total));
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            if buf.last() == Some(&b'\n') {
                buf.pop();
            }
            return Some(self.raw(source, Some(number), Payload::JsonLine(buf), n as u64));
        }
    }

    /// One text document from a reader, read up to the size cap.
    /// A JSON Lines stream becomes the current line reader (its documents come
    /// from `next_line`); any other stream is one text document.
    fn open_stream(
        &mut self,
        source: Arc<str>,
        id: String,
        reader: Box<dyn BufRead + Send>,
        jsonl: bool,
    ) -> Option<RawDocument> {
        if jsonl {
            self.current = Some(LineReader {
                source,
                reader,
                line: 0,
            });
            None
        } else {
            Some(self.text_document(source, id, reader))
        }
    }

    fn text_document(&self, source: Arc<str>, id: String, reader: impl Read) -> RawDocument {
        let mut bytes = Vec::new();
        let cap = self.max_bytes as u64;
        match reader.take(cap + 1).read_to_end(&mut bytes) {
            Ok(n) if n as u64 > cap => {
                let reason = format!(
                    "{source}: document of more than {cap} bytes is over the size cap of {cap} bytes (--max-bytes)"
                );
                self.raw(source, None, Payload::Failed { id, reason }, n as u64)
            }
            Ok(n) => self.raw(source, None, Payload::Text { id, bytes }, n as u64),
            Err(e) => {
                let reason = format!("{source}: read error: {e}");
                self.raw(source, None, Payload::Failed { id, reason }, 0)
            }
        }
    }

    fn start(&mut self, source: Source) -> Option<RawDocument> {
        match source {
            Source::Unreadable { id, reason } => {
                let name: Arc<str> = Arc::from(id.as_str());
                Some(self.raw(name, None, Payload::Failed { id, reason }, 0))
            }
            Source::Stdin => self.start_stdin(),
            Source::File { path, id, kind } => {
                let name: Arc<str> = Arc::from(path.display().to_string());
                let file = match self.open(&path) {
                    Ok(file) => file,
                    Err(e) => {
                        let id = match kind {
                            FileKind::Text | FileKind::TextGz => id,
                            FileKind::Jsonl | FileKind::JsonlGz => name.to_string(),
                        };
                        let reason = format!("{name}: cannot open: {e}");
                        return Some(self.raw(name, None, Payload::Failed { id, reason }, 0));
                    }
                };
                // Gzip is recognised by its magic bytes, whatever the name.
                let len = file.inner.metadata().map_or(0, |m| m.len());
                let before = self.bytes_read();
                let mut file = BufReader::with_capacity(64 * 1024, file);
                let gzip = match file.fill_buf() {
                    Ok(head) => head.starts_with(&GZIP_MAGIC),
                    Err(e) => {
                        let reason = format!("{name}: read error: {e}");
                        return Some(self.raw(name, None, Payload::Failed { id, reason }, 0));
                    }
                };
                let jsonl = matches!(kind, FileKind::Jsonl | FileKind::JsonlGz);
                if !gzip && !jsonl && len > self.max_bytes as u64 {
                    let unread = len.saturating_sub(self.bytes_read() - before);
                    self.counter.fetch_add(unread, Ordering::Relaxed);
                    let reason = over_cap(&name, len, self.max_bytes);
                    return Some(self.raw(name, None, Payload::Failed { id, reason }, len));
                }
                match gunzip_if(gzip, file) {
                    Ok(reader) => self.open_stream(name, id, reader, jsonl),
                    Err(why) => {
                        let reason = format!("{name}: {why}");
                        Some(self.raw(name, None, Payload::Failed { id, reason }, len))
                    }
                }
            }
        }
    }

    /// Standard input: gzip when it starts with gzip's magic bytes; then JSON
    /// Lines when its first non-blank byte is `{`, else one text document.
    fn stdin_failed(&self, name: Arc<str>, e: &io::Error) -> RawDocument {
        let reason = format!("stdin: read error: {e}");
        self.raw(
            name,
            None,
            Payload::Failed {
                id: "stdin".into(),
                reason,
            },
            0,
        )
    }

    fn start_stdin(&mut self) -> Option<RawDocument> {
        let name: Arc<str> = Arc::from("stdin");
        let raw = Counting {
            inner: io::stdin(),
            counter: Arc::clone(&self.counter),
        };
        let mut raw = BufReader::with_capacity(64 * 1024, raw);
        let gzip = match raw.fill_buf() {
            Ok(head) => head.starts_with(&GZIP_MAGIC),
            Err(e) => {
                return Some(self.stdin_failed(name, &e));
            }
        };
        let mut reader = match gunzip_if(gzip, raw) {
            Ok(reader) => reader,
            Err(why) => {
                let reason = format!("stdin: {why}");
                let id = "stdin".to_string();
                return Some(self.raw(name, None, Payload::Failed { id, reason }, 0));
            }
        };
        // A byte-order mark is dropped (it would hide a JSON object's `{`).
        match reader.fill_buf() {
            Ok(head) if head.starts_with(BOM) => reader.consume(BOM.len()),
            Ok(_) => {}
            Err(e) => return Some(self.stdin_failed(name, &e)),
        }
        // Look past leading blanks without losing them.
        let mut prefix = Vec::new();
        let first = loop {
            let head = match reader.fill_buf() {
                Ok(head) => head,
                Err(e) => {
                    return Some(self.stdin_failed(name, &e));
                }
            };
            if head.is_empty() {
                break None;
            }
            match head.iter().position(|b| !b.is_ascii_whitespace()) {
                Some(i) => {
                    let first = head[i];
                    prefix.extend_from_slice(&head[..i]);
                    reader.consume(i);
                    break Some(first);
                }
                None => {
                    let n = head.len();
                    if prefix.len() < self.max_line_bytes {
                        prefix.extend_from_slice(head);
                    }
                    reader.consume(n);
                }
            }
        };
        // JSON Lines when the first line is a JSON object (or too long to tell);
        // `{Editor’s note: …}` opening a plain article is text.
        let mut is_jsonl = false;
        if first == Some(b'{') {
            let mut line = Vec::new();
            let limit = self.max_line_bytes as u64;
            let complete = (&mut reader)
                .take(limit)
                .read_until(b'\n', &mut line)
                .is_ok()
                && (line.ends_with(b"\n") || (line.len() as u64) < limit);
            is_jsonl = !complete
                || serde_json::from_slice::<serde_json::Value>(&line).is_ok_and(|v| v.is_object());
            prefix.extend_from_slice(&line);
        }
        let reader: Box<dyn BufRead + Send> = Box::new(io::Cursor::new(prefix).chain(reader));
        self.open_stream(name, "stdin".into(), reader, is_jsonl)
    }
}

impl Iterator for Documents {
    type Item = RawDocument;

    fn next(&mut self) -> Option<RawDocument> {
        loop {
            if let Some(doc) = self.next_line() {
                return Some(doc);
            }
            let source = self.sources.next()?;
            if let Some(doc) = self.start(source) {
                return Some(doc);
            }
        }
    }
}

/// `reader` as it is, or gunzipped.
#[cfg(feature = "gzip")]
fn gunzip_if<R: BufRead + Send + 'static>(
    gzip: bool,
    reader: R,
) -> Result<Box<dyn BufRead + Send>, &'static str> {
    Ok(if gzip {
        Box::new(BufReader::with_capacity(
            64 * 1024,
            flate2::read::MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    })
}

/// `reader` as it is; gzip cannot be read without the `gzip` feature.
#[cfg(not(feature = "gzip"))]
fn gunzip_if<R: BufRead + Send + 'static>(
    gzip: bool,
    reader: R,
) -> Result<Box<dyn BufRead + Send>, &'static str> {
    if gzip {
        Err("gzip-compressed input, which this build of sayso cannot read (it lacks the `gzip` feature)")
    } else {
        Ok(Box::new(reader))
    }
}

/// Reads every document named by `paths` (`-` is standard input), in order.
///
/// A path that does not exist is an `Err`: it names no documents, so it is a
/// usage error rather than a document error. This holds the whole corpus in
/// memory; [`Documents`] streams it.
pub fn read_inputs(paths: &[PathBuf], fields: &JsonFields) -> Result<Vec<InputDocument>, String> {
    check_inputs(paths)?;
    let options = ReadOptions {
        fields: fields.clone(),
        ..ReadOptions::default()
    };
    Ok(Documents::new(paths, &options)
        .map(|raw| raw.decode(&options))
        .collect())
}

/// One document per non-blank line of JSON Lines held in memory; a bad line
/// still yields a document, whose id is the line's id when it can be read, else
/// `SOURCE:LINE`.
pub fn parse_jsonl(bytes: &[u8], source: &str, fields: &JsonFields) -> Vec<InputDocument> {
    let options = ReadOptions {
        fields: fields.clone(),
        max_bytes: usize::MAX,
        ..ReadOptions::default()
    };
    let source: Arc<str> = Arc::from(source);
    bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, line)| !line.iter().all(u8::is_ascii_whitespace))
        .map(|(n, line)| {
            RawDocument {
                source: Arc::clone(&source),
                line: Some(n + 1),
                payload: Payload::JsonLine(line.to_vec()),
                input_bytes: line.len() as u64 + 1,
                position: 0,
            }
            .decode(&options)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_gives_a_document() {
        let input = b"{\"id\": \"a\", \"text\": \"Hello.\"}\nnot json\n{\"id\": 7}\n\n{\"id\": \"e\", \"text\": \"  \"}\n\xff\xfe\n[1]\n{\"id\": \"n\", \"text\": 3}\n";
        let docs = parse_jsonl(input, "in.jsonl", &JsonFields::default());
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            ["a", "in.jsonl:2", "7", "e", "in.jsonl:6", "in.jsonl:7", "n"]
        );
        assert_eq!(docs[0].text, Ok("Hello.".to_string()));
        assert!(docs[1]
            .text
            .as_ref()
            .is_err_and(|e| e.starts_with("in.jsonl:2: malformed JSON")));
        assert_eq!(
            docs[2].text,
            Err("in.jsonl:3: no \"text\" field".to_string())
        );
        assert_eq!(docs[3].text, Err("in.jsonl:5: empty document".to_string()));
        assert_eq!(
            docs[4].text,
            Err("in.jsonl:6: invalid UTF-8 at byte 0 of the line (another encoding? see --encoding)".to_string())
        );
        assert!(docs[5]
            .text
            .as_ref()
            .is_err_and(|e| e.starts_with("in.jsonl:7: malformed JSON")));
        assert_eq!(
            docs[6].text,
            Err("in.jsonl:8: field \"text\" is not a string".to_string())
        );
    }

    #[test]
    fn other_field_names_and_a_byte_order_mark() {
        let fields = JsonFields {
            id: "doc_id".into(),
            text: "body".into(),
            ..JsonFields::default()
        };
        let input = "\u{feff}{\"doc_id\": \"x\", \"id\": \"no\", \"text\": \"no\", \"body\": \"B\\u00e9 \\\"q\\\"\", \"meta\": {\"a\": [1, 2]}}\n";
        let docs = parse_jsonl(input.as_bytes(), "s", &fields);
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].id, "x");
        assert_eq!(docs[0].text, Ok("B\u{e9} \"q\"".to_string()));
    }

    #[cfg(not(feature = "gzip"))]
    #[test]
    fn gzip_input_is_an_error_record_without_the_gzip_feature() {
        let path = std::env::temp_dir().join(format!("sayso-nogz-{}.jsonl.gz", std::process::id()));
        std::fs::write(&path, b"\x1f\x8b\x08\x00 not read").expect("write");
        let options = ReadOptions::default();
        let docs: Vec<InputDocument> = Documents::new(std::slice::from_ref(&path), &options)
            .map(|raw| raw.decode(&options))
            .collect();
        std::fs::remove_file(&path).ok();
        assert_eq!(docs.len(), 1);
        assert_eq!(
            docs[0].text,
            Err(format!(
                "{}: gzip-compressed input, which this build of sayso cannot read (it lacks the `gzip` feature)",
                path.display()
            ))
        );
    }

    #[test]
    fn kept_fields_are_copied_as_json_text_and_missing_ones_are_none() {
        let fields = JsonFields {
            keep: vec!["date".into(), "source".into(), "tags".into(), "id".into()],
            ..JsonFields::default()
        };
        let kept = |name: &str, json: Option<&str>| KeptField {
            name: name.into(),
            json: json.map(str::to_string),
        };
        let input = concat!(
            "{\"id\": \"a\", \"date\": \"2024-03-01\", \"text\": \"T.\", \"tags\": [1, {\"b\": 2.50}], \"source\": null}\n",
            "{\"id\": 7, \"text\": \"T.\", \"source\": \"Caf\\u00e9\"}\n",
            "not json\n",
        );
        let docs = parse_jsonl(input.as_bytes(), "s", &fields);
        assert_eq!(docs[0].id, "a");
        assert_eq!(
            docs[0].meta,
            [
                kept("date", Some("\"2024-03-01\"")),
                kept("source", Some("null")),
                kept("tags", Some("[1, {\"b\": 2.50}]")),
                kept("id", Some("\"a\"")),
            ]
        );
        assert_eq!(docs[1].id, "7", "a kept id field is still the id");
        assert_eq!(
            docs[1].meta,
            [
                kept("date", None),
                kept("source", Some("\"Caf\\u00e9\"")),
                kept("tags", None),
                kept("id", Some("7")),
            ]
        );
        assert!(docs[2].text.is_err());
        assert!(docs[2].meta.iter().all(|k| k.json.is_none()));
        assert_eq!(docs[2].meta.len(), 4);
    }

    #[test]
    fn trailing_garbage_is_malformed() {
        let docs = parse_jsonl(
            b"{\"id\": \"a\", \"text\": \"t\"} x\n",
            "s",
            &JsonFields::default(),
        );
        assert_eq!(docs[0].id, "s:1");
        assert!(docs[0]
            .text
            .as_ref()
            .is_err_and(|e| e.starts_with("s:1: malformed JSON")));
    }
}
