//! Analysing a corpus on all cores in bounded batches, writing in input order.
//!
//! Three stages run at once, handing batches on through rendezvous channels:
//!
//! 1. a reader thread walks the inputs ([`Documents`]) and makes batches of at
//!    most `batch_docs` documents or `batch_bytes` bytes of input (whichever
//!    comes first);
//! 2. an analysis thread has a local rayon pool of `jobs` threads decode,
//!    analyse and serialize each batch's documents, a few dozen at a time
//!    taken through the stages together ([`records_of`]; `par_iter`, which
//!    keeps the order);
//! 3. the calling thread writes each analysed batch's records in order.
//!
//! So the pool never waits for the output to be written, and at most three
//! batches are in memory (one being written, one being analysed, one just
//! read), whatever the corpus size. The output is the same bytes for any
//! number of threads, because each document's record depends on that
//! document alone.

use std::io::{self, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::mpsc;

use rayon::prelude::*;

use super::{Documents, InputDocument, KeptField, RawDocument, ReadOptions, Skipped};
use crate::model::DocumentRecord;
use crate::output::{self, Format};
use crate::Pipeline;

/// How [`run`] reads, batches and writes.
#[derive(Debug, Clone)]
pub struct RunOptions {
    /// How the inputs are read.
    pub read: ReadOptions,
    /// The output format.
    pub format: Format,
    /// Analysis threads (at least 1). Reading runs on one more thread.
    pub jobs: usize,
    /// A batch ends after this many documents …
    pub batch_docs: usize,
    /// … or once it holds this many bytes of input.
    pub batch_bytes: u64,
}

impl Default for RunOptions {
    fn default() -> Self {
        RunOptions {
            read: ReadOptions::default(),
            format: Format::Jsonl,
            jobs: std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
            batch_docs: 4096,
            batch_bytes: 4_000_000,
        }
    }
}

/// What has been written so far.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunStats {
    /// Documents written (one record each).
    pub documents: u64,
    /// Quotes written.
    pub quotes: u64,
    /// Documents whose record has `error` set.
    pub errors: u64,
    /// Bytes of (decompressed) input in the documents written.
    pub input_bytes: u64,
    /// Bytes of the input files (compressed, for gzip) read up to the last
    /// document written: a progress position against [`super::total_size`].
    pub position: u64,
    /// Directory entries passed over; known once the run is over (zero in
    /// the totals passed to `on_batch`).
    pub skipped: Skipped,
}

/// The record of one document; a document that cannot be read, or that trips
/// a bug in the pipeline, still gets its record, with `error` saying why.
pub fn record_of(pipeline: &Pipeline, doc: &InputDocument) -> DocumentRecord {
    match &doc.text {
        Ok(text) => catch_unwind(AssertUnwindSafe(|| {
            pipeline.analyze_document(&doc.id, text)
        }))
        .unwrap_or_else(|_| DocumentRecord {
            id: doc.id.clone(),
            quotes: Vec::new(),
            error: Some("internal error while analysing this document (please report it)".into()),
        }),
        Err(reason) => DocumentRecord {
            id: doc.id.clone(),
            quotes: Vec::new(),
            error: Some(reason.clone()),
        },
    }
}

/// How many documents [`records_of`], [`run`] and [`Pipeline::analyze_many`]
/// take through the stages together: on news articles the time a document
/// takes falls up to about this many and little beyond, while the stages'
/// intermediate results stay a few megabytes. Callers with their own
/// parallel loops give each task a chunk of this many documents.
pub const STAGED_BATCH: usize = 32;

/// The records of `docs`, in order, each equal to [`record_of`]'s. The
/// documents go through the stages together (faster than one at a time, see
/// [`Pipeline::analyze_many`]); should one trip a bug, they are analysed
/// again one at a time, so that only that document's record has the error.
pub fn records_of(pipeline: &Pipeline, docs: &[InputDocument]) -> Vec<DocumentRecord> {
    fn analysed(doc: &InputDocument) -> Option<&str> {
        doc.text
            .as_deref()
            .ok()
            .filter(|text| !crate::is_empty_document(text))
    }
    let texts: Vec<&str> = docs.iter().filter_map(analysed).collect();
    let Ok(analyses) = catch_unwind(AssertUnwindSafe(|| pipeline.analyze_staged(&texts))) else {
        return docs.iter().map(|doc| record_of(pipeline, doc)).collect();
    };
    let mut analyses = analyses.into_iter();
    docs.iter()
        .map(|doc| match analysed(doc).and_then(|_| analyses.next()) {
            Some(analysis) => DocumentRecord {
                id: doc.id.clone(),
                quotes: analysis.quotes,
                error: None,
            },
            None => record_of(pipeline, doc),
        })
        .collect()
}

/// A batch's serialized records, in input order.
struct Analysed {
    done: Vec<Done>,
    input_bytes: u64,
    /// [`RawDocument::position`] of the batch's last document.
    position: Option<u64>,
}

struct Done {
    bytes: Vec<u8>,
    quotes: u64,
    error: bool,
}

fn serialize(record: &DocumentRecord, meta: &[KeptField], format: Format) -> Vec<u8> {
    // Room for the usual record at once: a quote's record holds its text
    // about twice (the quote and its evidence) plus a few hundred bytes of
    // fields, so the buffer is seldom grown and copied.
    let estimate: usize = record.quotes.iter().map(|q| 2 * q.text.len() + 512).sum();
    let mut bytes = Vec::with_capacity(256 + estimate);
    match format {
        Format::Jsonl => output::push_jsonl_with_meta(record, meta, &mut bytes),
        Format::Csv => output::push_csv(record, meta, &mut bytes),
    }
    bytes
}

/// Decodes, analyses and serializes a chunk of a batch's documents, in
/// order; never panics.
fn process(pipeline: &Pipeline, raws: Vec<RawDocument>, options: &RunOptions) -> Vec<Done> {
    let docs: Vec<InputDocument> = raws
        .into_iter()
        .map(|raw| {
            let fallback_id = raw.fallback_id();
            catch_unwind(AssertUnwindSafe(|| raw.decode(&options.read))).unwrap_or_else(|_| {
                InputDocument {
                    id: fallback_id,
                    text: Err(
                        "internal error while reading this document (please report it)".into(),
                    ),
                    meta: options.read.fields.kept(None),
                }
            })
        })
        .collect();
    records_of(pipeline, &docs)
        .iter()
        .zip(&docs)
        .map(|(record, doc)| Done {
            bytes: serialize(record, &doc.meta, options.format),
            quotes: record.quotes.len() as u64,
            error: record.error.is_some(),
        })
        .collect()
}

/// Analyses every document `paths` name and writes their records to `out`, in
/// input order (CSV with its header row). `on_batch` is called after each
/// batch is written, with the totals so far. Returns the final totals; an
/// `Err` only when the output cannot be written or a thread cannot be started.
///
/// The caller checks the paths first ([`super::check_inputs`]): a path that
/// vanished since gives an error document, not an `Err`.
pub fn run(
    pipeline: &Pipeline,
    paths: &[PathBuf],
    options: &RunOptions,
    out: &mut dyn Write,
    on_batch: &mut dyn FnMut(&RunStats),
) -> io::Result<RunStats> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .thread_name(|i| format!("sayso-analyze-{i}"))
        .build()
        .map_err(io::Error::other)?;
    let (tx, rx) = mpsc::sync_channel::<Vec<RawDocument>>(0);
    let mut documents = Documents::new(paths, &options.read);
    let (batch_docs, batch_bytes) = (options.batch_docs.max(1), options.batch_bytes.max(1));
    // Not scoped: should writing fail, the reader must not keep us waiting
    // (it may be blocked on standard input); it stops at its next send.
    let reader = std::thread::Builder::new()
        .name("sayso-read".into())
        .spawn(move || loop {
            let mut batch = Vec::new();
            let mut bytes = 0u64;
            while batch.len() < batch_docs && bytes < batch_bytes {
                let Some(doc) = documents.next() else { break };
                bytes += doc.input_bytes();
                batch.push(doc);
            }
            if batch.is_empty() || tx.send(batch).is_err() {
                return documents.skipped();
            }
        })?;
    if options.format == Format::Csv {
        output::write_csv_header(&options.read.fields.keep, &mut *out)?;
    }
    let mut stats = RunStats::default();
    std::thread::scope(|scope| {
        let (analysed_tx, analysed_rx) = mpsc::sync_channel::<Analysed>(0);
        // Should writing fail, `analysed_rx` is dropped on return from this
        // scope, and the analysis thread stops at its next send.
        std::thread::Builder::new()
            .name("sayso-batches".into())
            .spawn_scoped(scope, move || {
                for batch in rx {
                    let analysed = Analysed {
                        position: batch.last().map(RawDocument::position),
                        input_bytes: batch.iter().map(RawDocument::input_bytes).sum(),
                        done: pool.install(|| {
                            batch
                                .into_par_iter()
                                .chunks(STAGED_BATCH)
                                .flat_map_iter(|raws| process(pipeline, raws, options))
                                .collect()
                        }),
                    };
                    if analysed_tx.send(analysed).is_err() {
                        return;
                    }
                }
            })?;
        for analysed in analysed_rx {
            for d in &analysed.done {
                out.write_all(&d.bytes)?;
                stats.documents += 1;
                stats.quotes += d.quotes;
                stats.errors += u64::from(d.error);
            }
            stats.input_bytes += analysed.input_bytes;
            stats.position = analysed.position.unwrap_or(stats.position);
            on_batch(&stats);
        }
        io::Result::Ok(())
    })?;
    out.flush()?;
    stats.skipped = reader.join().map_err(|_| {
        io::Error::other(
            "internal error while reading the inputs: the documents after the last one written were not analysed",
        )
    })?;
    Ok(stats)
}
