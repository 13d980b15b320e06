//! `sayso._sayso`: the Rust half of the `sayso` Python package.
//!
//! Thin by design: the records are the crate's [`DocumentRecord`]s, turned
//! into the Python objects `json.loads` gives for the CLI's JSON (see
//! `to_python`), and CSV rows come from the CLI's own CSV writer; documents
//! are read by the crate's [`corpus`] API. Analysis runs with the GIL
//! released, on as many threads as asked for.

use std::collections::{HashMap, VecDeque};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex, OnceLock};

use pyo3::create_exception;
use pyo3::exceptions::{PyFileNotFoundError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyString};
use rayon::prelude::*;
use sayso::corpus::{self, Documents, InputDocument, KeptField, RawDocument, ReadOptions};
use sayso::{output, DocumentRecord};

mod arrow;
mod to_python;
use to_python::Converter;

// As in the CLI: the analysis allocates many small, short-lived buffers, which
// mimalloc serves markedly faster than the system allocator (Python's objects
// are not affected).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

create_exception!(
    sayso,
    SaysoError,
    PyValueError,
    "Raised when sayso cannot be set up from what it was given, such as a target file \
     that cannot be read or names no target. A `ValueError`."
);

/// Finds every quotation in news texts: what was said, by whom, for which
/// organization, and with what stance toward the government.
///
/// Built once (in about ten milliseconds) and reused; safe to share
/// between threads. The analysis runs with the GIL released.
///
/// Args:
///     target: path of a target file naming who counts as "the government"
///         (as the CLI's ``--target``); the UK government by default.
///     join_interrupted: report ``“A,” said X. “B.”`` as one quote interrupted
///         by its attribution (PolNeAR's convention) instead of two quotes
///         with the same speaker (as the CLI's ``--join-interrupted``).
///
/// Raises:
///     SaysoError: the target file cannot be read or names no target.
///
/// Example:
///     >>> import sayso
///     >>> pipeline = sayso.Pipeline()
///     >>> record = pipeline.analyze("“We will strike,” said Ms Jones of Unite.")
///     >>> quote = record["quotes"][0]
///     >>> quote["text"], quote["speaker"]["name"], quote["organization"]["name"]
///     ('We will strike,', 'Ms Jones', 'Unite')
#[pyclass(frozen, module = "sayso")]
struct Pipeline {
    inner: Arc<sayso::Pipeline>,
}

#[pymethods]
impl Pipeline {
    #[new]
    #[pyo3(signature = (target = None, join_interrupted = false))]
    fn new(py: Python<'_>, target: Option<PathBuf>, join_interrupted: bool) -> PyResult<Self> {
        let target = match &target {
            Some(path) => Some((read_target(path)?, path.display().to_string())),
            None => None,
        };
        py.detach(|| build(target, join_interrupted))
    }

    /// A pipeline from the text of a target file rather than its path (for
    /// Spark executors, which get the text from the driver).
    #[staticmethod]
    #[pyo3(signature = (target_text, join_interrupted = false))]
    fn _with_target_text(
        py: Python<'_>,
        target_text: Option<String>,
        join_interrupted: bool,
    ) -> PyResult<Self> {
        let target = target_text.map(|text| (text, "target".to_string()));
        py.detach(|| build(target, join_interrupted))
    }

    /// Analyses one text and returns its record: the CLI's JSON line for a
    /// document with this id and text, as plain Python objects.
    ///
    /// Args:
    ///     text: the document.
    ///     id: the record's ``"id"``.
    ///
    /// Returns:
    ///     ``{"id": id, "quotes": [...], "error": None}``; each quote has
    ///     ``text``, byte ``span`` and ``char_span`` (half-open; ``text`` is
    ///     ``document.encode()[start:end].decode()``), ``kind``, ``cue``,
    ///     ``speaker``, ``organization`` and ``stance`` with its evidence.
    ///     A text of only white space gets ``"quotes": []`` and
    ///     ``"error": "empty document"``, as in the CLI.
    ///
    /// Raises:
    ///     TypeError: ``text`` is not a ``str``.
    ///
    /// Example:
    ///     >>> import sayso
    ///     >>> record = sayso.Pipeline().analyze("“No deal,” she said.", id="a1")
    ///     >>> record["id"], record["quotes"][0]["span"], record["error"]
    ///     ('a1', [3, 11], None)
    #[pyo3(signature = (text, id = String::new()), text_signature = "($self, text, id='')")]
    fn analyze<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
        id: String,
    ) -> PyResult<Bound<'py, PyAny>> {
        let text = text_of(text, "text")?;
        let record = py.detach(|| record_of(&self.inner, id, text));
        Converter::default().record(py, &record)
    }

    /// Analyses many texts in parallel and returns their records in input
    /// order, each equal to what ``analyze`` gives for its text.
    ///
    /// Args:
    ///     texts: the documents (any iterable of ``str``).
    ///     jobs: threads working on the texts, the calling thread included
    ///         (it makes the records' Python objects, in order, and analyses
    ///         texts with the GIL released whenever no record is ready); all
    ///         cores by default. Any number gives the same records.
    ///     ids: the records' ids; by default each text's position
    ///         (``"0"``, ``"1"``, ...).
    ///
    /// Raises:
    ///     TypeError: an item of ``texts`` is not a ``str``.
    ///     ValueError: ``jobs`` is below 1, or ``ids`` and ``texts`` differ
    ///         in length.
    ///
    /// Example:
    ///     >>> import sayso
    ///     >>> records = sayso.Pipeline().analyze_many(["“Yes,” he said.", "No quote."], jobs=2)
    ///     >>> [len(r["quotes"]) for r in records], [r["id"] for r in records]
    ///     ([1, 0], ['0', '1'])
    #[pyo3(signature = (texts, jobs = None, ids = None))]
    fn analyze_many<'py>(
        &self,
        py: Python<'py>,
        texts: &Bound<'py, PyAny>,
        jobs: Option<i64>,
        ids: Option<Vec<String>>,
    ) -> PyResult<Vec<Bound<'py, PyAny>>> {
        // A string is an iterable of its characters: never what is meant.
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not a str (for one text, use analyze)",
            ));
        }
        let texts = texts
            .try_iter()?
            .enumerate()
            .map(|(n, item)| text_of(&item?, &format!("texts[{n}]")))
            .collect::<PyResult<Vec<String>>>()?;
        let ids = match ids {
            Some(ids) if ids.len() != texts.len() => {
                return Err(PyValueError::new_err(format!(
                    "{} ids for {} texts",
                    ids.len(),
                    texts.len()
                )))
            }
            Some(ids) => ids,
            None => (0..texts.len()).map(|n| n.to_string()).collect(),
        };
        let documents: Vec<InputDocument> = ids
            .into_iter()
            .zip(texts)
            .map(|(id, text)| InputDocument {
                id,
                text: Ok(text),
                meta: Vec::new(),
            })
            .collect();
        let helpers = threads(jobs)?.min(documents.len()).saturating_sub(1);
        let work = Work::new(&documents, helpers + 1);
        let pipeline = &*self.inner;
        let mut gc = GcPause::new(py)?;
        let mut converter = Converter::default();
        let mut records = Vec::with_capacity(documents.len());
        std::thread::scope(|scope| {
            for n in 0..helpers {
                let work = &work;
                let spawned = std::thread::Builder::new()
                    .name(format!("sayso-{n}"))
                    .spawn_scoped(scope, move || work.help(pipeline));
                if let Err(e) = spawned {
                    work.stop();
                    return Err(PyRuntimeError::new_err(format!(
                        "cannot start a thread: {e}"
                    )));
                }
            }
            // The calling thread converts the records in order as they are
            // analysed, and analyses a chunk itself whenever none is ready.
            let converted = (|| {
                while records.len() < documents.len() {
                    let ready = py.detach(|| work.next_ready(pipeline));
                    py.check_signals()?;
                    if ready.is_empty() {
                        return Err(PyRuntimeError::new_err(
                            "internal error in sayso: the analysis stopped early (please report it)",
                        ));
                    }
                    for record in &ready {
                        records.push(converter.record(py, record)?);
                        gc.made(1 + record.quotes.len())?;
                    }
                }
                Ok(())
            })();
            // On an error (Ctrl-C), the helpers finish their chunk and stop.
            work.stop();
            converted
        })?;
        Ok(records)
    }

    /// Reads documents as ``sayso analyze`` does and yields their records
    /// lazily, in input order: the same records the CLI writes for that
    /// input, error records included.
    ///
    /// Args:
    ///     path: a JSON Lines file (``.jsonl``, ``.jsonl.gz``: one
    ///         ``{"id", "text"}`` object a line), a text file (one document,
    ///         id its stem; ``.gz`` too), a directory (recursively, sorted:
    ///         text files with an extension in ``extensions`` and JSON Lines
    ///         files), or ``"-"`` for standard input.
    ///     id_field, text_field: the JSON Lines fields holding the id and the text.
    ///     jobs: analysis threads; all cores by default.
    ///     max_bytes: a longer document gets an error record (10 MB by default).
    ///     extensions: extensions of the text files taken from directories.
    ///     encoding: the input's encoding, as the CLI's ``--encoding``
    ///         (``"utf-8"``, ``"windows-1252"``, ``"latin1"``, ...).
    ///     keep: fields of each JSON Lines record to copy, unchanged, into its
    ///         record as ``record["meta"][field]`` (``None`` when missing), as
    ///         the CLI's ``--keep``; no ``"meta"`` when empty.
    ///
    /// Raises:
    ///     ValueError: ``encoding`` names no encoding.
    ///     FileNotFoundError: ``path`` does not exist. Anything wrong inside
    ///         it (malformed JSON, invalid UTF-8, an empty document) is an
    ///         error record, as in the CLI.
    ///
    /// Example:
    ///     >>> import sayso
    ///     >>> for record in sayso.Pipeline().analyze_file("seeds/"):  # doctest: +SKIP
    ///     ...     print(record["id"], len(record["quotes"]))
    #[pyo3(
        signature = (path, id_field = "id".to_string(), text_field = "text".to_string(), *, jobs = None, max_bytes = corpus::DEFAULT_MAX_BYTES, extensions = vec!["txt".to_string()], encoding = "utf-8", keep = Vec::new()),
        text_signature = "($self, path, id_field='id', text_field='text', *, jobs=None, max_bytes=10000000, extensions=['txt'], encoding='utf-8', keep=())"
    )]
    // One argument per option of `sayso analyze`, as Python keywords.
    #[allow(clippy::too_many_arguments)]
    fn analyze_file(
        &self,
        path: PathBuf,
        id_field: String,
        text_field: String,
        jobs: Option<i64>,
        max_bytes: usize,
        extensions: Vec<String>,
        encoding: &str,
        keep: Vec<String>,
    ) -> PyResult<Records> {
        let encoding: corpus::Encoding = encoding
            .parse()
            .map_err(|e: corpus::UnknownEncoding| PyValueError::new_err(e.to_string()))?;
        let paths = vec![path];
        corpus::check_inputs(&paths).map_err(PyFileNotFoundError::new_err)?;
        let options = ReadOptions {
            fields: corpus::JsonFields {
                id: id_field,
                text: text_field,
                keep,
            },
            max_bytes,
            text_extensions: extensions,
            encoding,
        };
        let mut documents = Documents::new(&paths, &options);
        let pipeline = Arc::clone(&self.inner);
        let ahead = Ahead::start(
            pool(jobs)?,
            move || batch_of(&mut documents, RawDocument::input_bytes),
            move |raws: Vec<RawDocument>| {
                let documents: Vec<InputDocument> =
                    raws.into_iter().map(|raw| raw.decode(&options)).collect();
                corpus::records_of(&pipeline, &documents)
                    .into_iter()
                    .zip(documents)
                    .map(|(record, document)| FileRecord {
                        record,
                        meta: document.meta,
                    })
                    .collect()
            },
        )?;
        Ok(Records {
            ahead,
            current: Mutex::new(VecDeque::new()),
            converter: Mutex::default(),
        })
    }

    /// Analyses a batch of Arrow string columns, ids and texts, given as
    /// their buffers (see `arrow::StringColumn`), and returns their rows as the
    /// CLI's CSV, header included: the path Spark takes, with no Python object
    /// per document or quote in between.
    #[pyo3(signature = (ids, texts, jobs = 1))]
    fn _analyze_arrow_csv<'py>(
        &self,
        py: Python<'py>,
        ids: arrow::Buffers<'py>,
        texts: arrow::Buffers<'py>,
        jobs: i64,
    ) -> PyResult<Bound<'py, PyBytes>> {
        let (ids, texts) = (ids.column(), texts.column());
        if ids.len() != texts.len() {
            return Err(PyValueError::new_err(format!(
                "{} ids for {} texts",
                ids.len(),
                texts.len()
            )));
        }
        let pool = pool(Some(jobs))?;
        let pipeline = &self.inner;
        let csv = py.detach(|| {
            let records: Vec<DocumentRecord> = pool.install(|| {
                (0..texts.len())
                    .into_par_iter()
                    .map(|n| {
                        let (id, text) = match ids.get(n) {
                            Ok(id) => (
                                id.unwrap_or_default().to_string(),
                                texts.get(n).and_then(|text| {
                                    text.map(str::to_string).ok_or_else(|| {
                                        "no text: the text column is null".to_string()
                                    })
                                }),
                            ),
                            Err(reason) => (String::new(), Err(reason)),
                        };
                        InputDocument {
                            id,
                            text,
                            meta: Vec::new(),
                        }
                    })
                    .chunks(corpus::STAGED_BATCH)
                    .flat_map_iter(|documents| corpus::records_of(pipeline, &documents))
                    .collect()
            });
            csv_of(&records)
        })?;
        Ok(PyBytes::new(py, &csv))
    }
}

/// The documents of one `analyze_many` call and their records, shared by the
/// threads that analyse them: each takes the next documents not yet taken (a
/// chunk, which goes through the stages together, see
/// `sayso::corpus::records_of`), and puts their records in their places; the
/// calling thread takes the records in input order as they are ready.
struct Work<'a> {
    documents: &'a [InputDocument],
    /// How many documents a thread takes at a time.
    chunk: usize,
    /// The next document to take.
    next: AtomicUsize,
    /// Set to stop taking documents: the call failed, or a thread died.
    stopped: AtomicBool,
    analysed: Mutex<Analysed>,
    /// Signalled when the next record to take is put, or the work stops.
    put: Condvar,
}

/// Records analysed and not yet taken, by input position.
#[derive(Default)]
struct Analysed {
    /// The position of the first of `records`: the next record to take.
    first: usize,
    records: VecDeque<Option<DocumentRecord>>,
}

impl<'a> Work<'a> {
    /// The work of `threads` threads: chunks of `corpus::STAGED_BATCH`
    /// documents, smaller when there are too few documents to give each
    /// thread a few.
    fn new(documents: &'a [InputDocument], threads: usize) -> Self {
        Work {
            documents,
            chunk: corpus::STAGED_BATCH
                .min(documents.len().div_ceil(2 * threads.max(1)))
                .max(1),
            next: AtomicUsize::new(0),
            stopped: AtomicBool::new(false),
            analysed: Mutex::default(),
            put: Condvar::new(),
        }
    }

    /// A helper thread's loop: analyse documents until none is left.
    fn help(&self, pipeline: &sayso::Pipeline) {
        // Should this thread die, the calling thread must not wait for it.
        struct Dies<'w, 'a>(&'w Work<'a>);
        impl Drop for Dies<'_, '_> {
            fn drop(&mut self) {
                if std::thread::panicking() {
                    self.0.stop();
                }
            }
        }
        let _dies = Dies(self);
        while self.analyse_chunk(pipeline) {}
    }

    /// Analyses the next chunk of documents not yet taken and puts their
    /// records; false when none is left.
    fn analyse_chunk(&self, pipeline: &sayso::Pipeline) -> bool {
        if self.stopped.load(Ordering::Relaxed) {
            return false;
        }
        let at = self.next.fetch_add(self.chunk, Ordering::Relaxed);
        let end = (at + self.chunk).min(self.documents.len());
        let Some(documents) = self.documents.get(at..end).filter(|d| !d.is_empty()) else {
            return false;
        };
        let records = corpus::records_of(pipeline, documents);
        let mut analysed = lock(&self.analysed);
        let place = at - analysed.first;
        if analysed.records.len() < place + records.len() {
            analysed.records.resize_with(place + records.len(), || None);
        }
        for (slot, record) in analysed.records.range_mut(place..).zip(records) {
            *slot = Some(record);
        }
        // The caller waits only for the first record it has not taken.
        if place == 0 {
            self.put.notify_all();
        }
        true
    }

    /// The records ready in order from the next one the caller has not taken:
    /// when there is none, this thread analyses a chunk itself, or, when
    /// all are taken, waits for another thread's. Empty only when the threads
    /// stopped before all were analysed.
    fn next_ready(&self, pipeline: &sayso::Pipeline) -> Vec<DocumentRecord> {
        loop {
            let mut analysed = lock(&self.analysed);
            let mut ready = Vec::new();
            while let Some(Some(_)) = analysed.records.front() {
                ready.extend(analysed.records.pop_front().flatten());
            }
            analysed.first += ready.len();
            if !ready.is_empty() || self.stopped.load(Ordering::Relaxed) {
                return ready;
            }
            if self.next.load(Ordering::Relaxed) < self.documents.len() {
                drop(analysed);
                self.analyse_chunk(pipeline);
            } else {
                drop(self.put.wait(analysed));
            }
        }
    }

    /// No document is taken from now on; a waiting caller wakes up.
    fn stop(&self) {
        self.stopped.store(true, Ordering::Relaxed);
        let _analysed = lock(&self.analysed);
        self.put.notify_all();
    }
}

/// The lazy iterator of [`Pipeline::analyze_file`]: documents are read and
/// analysed a batch ahead on other threads while Python takes the records.
#[pyclass(frozen, module = "sayso")]
struct Records {
    ahead: Ahead,
    current: Mutex<VecDeque<FileRecord>>,
    converter: Mutex<Converter>,
}

/// A record of `analyze_file`, and its document's kept fields (`keep`).
struct FileRecord {
    record: DocumentRecord,
    meta: Vec<KeptField>,
}

#[pymethods]
impl Records {
    fn __iter__(slf: Bound<'_, Self>) -> Bound<'_, Self> {
        slf
    }

    fn __next__<'py>(&self, py: Python<'py>) -> PyResult<Option<Bound<'py, PyAny>>> {
        loop {
            if let Some(FileRecord { record, meta }) = lock(&self.current).pop_front() {
                // Never waited for: Python code run meanwhile (a finalizer)
                // may take a record too, and then gets a converter of its own.
                let made = match self.converter.try_lock() {
                    Ok(mut converter) => converter.record(py, &record)?,
                    Err(_) => Converter::default().record(py, &record)?,
                };
                if !meta.is_empty() {
                    made.set_item(intern!(py, "meta"), meta_of(py, &meta)?)?;
                }
                return Ok(Some(made));
            }
            match self.ahead.next(py)? {
                Some(batch) => lock(&self.current).extend(batch),
                None => {
                    self.ahead.finish(true)?;
                    return Ok(None);
                }
            }
        }
    }
}

/// The kept fields as the CLI's `"meta"` member: `{name: value}`, each value
/// the field's JSON as `json.loads` reads it, `None` for a missing field.
fn meta_of<'py>(py: Python<'py>, meta: &[KeptField]) -> PyResult<Bound<'py, PyDict>> {
    let loads = py
        .import(intern!(py, "json"))?
        .getattr(intern!(py, "loads"))?;
    let dict = PyDict::new(py);
    for field in meta {
        match &field.json {
            Some(json) => dict.set_item(&field.name, loads.call1((json,))?)?,
            None => dict.set_item(&field.name, py.None())?,
        }
    }
    Ok(dict)
}

/// A batch ends after this many documents or bytes of text: enough to keep
/// the threads busy, little enough to stream.
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: u64 = 1_000_000;

/// The next batch of `items`; `None` once they are exhausted.
fn batch_of<T>(items: &mut impl Iterator<Item = T>, bytes: impl Fn(&T) -> u64) -> Option<Vec<T>> {
    let mut batch = Vec::new();
    let mut size = 0;
    while batch.len() < BATCH_DOCS && size < BATCH_BYTES {
        let Some(item) = items.next() else { break };
        size += bytes(&item);
        batch.push(item);
    }
    (!batch.is_empty()).then_some(batch)
}

/// Records analysed ahead of their consumer: a thread takes batches from a
/// source, has the pool analyse each (in order), and hands them over through a
/// rendezvous channel, as `sayso analyze` does. So the next batch is analysed
/// while the consumer takes one, and no more than these two are held.
struct Ahead {
    analysed: Mutex<mpsc::Receiver<Vec<FileRecord>>>,
    thread: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl Ahead {
    fn start<T: Send + 'static>(
        pool: Arc<rayon::ThreadPool>,
        mut next_batch: impl FnMut() -> Option<Vec<T>> + Send + 'static,
        records: impl Fn(Vec<T>) -> Vec<FileRecord> + Send + Sync + 'static,
    ) -> PyResult<Ahead> {
        let (tx, rx) = mpsc::sync_channel(0);
        // Not joined when dropped: should the consumer stop early, the thread
        // ends at its next send.
        let thread = std::thread::Builder::new()
            .name("sayso-ahead".into())
            .spawn(move || {
                while let Some(batch) = next_batch() {
                    // Each task takes a chunk through the stages together.
                    let analysed: Vec<FileRecord> = pool.install(|| {
                        batch
                            .into_par_iter()
                            .chunks(corpus::STAGED_BATCH)
                            .flat_map_iter(&records)
                            .collect()
                    });
                    if tx.send(analysed).is_err() {
                        return;
                    }
                }
            })
            .map_err(|e| PyRuntimeError::new_err(format!("cannot start a thread: {e}")))?;
        Ok(Ahead {
            analysed: Mutex::new(rx),
            thread: Mutex::new(Some(thread)),
        })
    }

    /// The next batch, waited for with the GIL released; `None` at the end.
    /// Ctrl-C (any pending signal) is honoured between batches.
    fn next(&self, py: Python<'_>) -> PyResult<Option<Vec<FileRecord>>> {
        let batch = py.detach(|| lock(&self.analysed).recv().ok());
        py.check_signals()?;
        Ok(batch)
    }

    /// After the last batch: an error if the thread died or records are missing.
    fn finish(&self, complete: bool) -> PyResult<()> {
        let died = lock(&self.thread).take().is_some_and(|t| t.join().is_err());
        if died || !complete {
            return Err(PyRuntimeError::new_err(
                "internal error in sayso: the analysis stopped early (please report it)",
            ));
        }
        Ok(())
    }
}

/// Python's cyclic garbage collector, paused while it lives, and run over
/// the young objects (generations 0 and 1, after which they are old) after
/// every `GC_EVERY` records and quotes made.
///
/// Left to itself, the collector would walk the growing list of records
/// again and again. Run on a few records at a time, it walks them while they
/// are still in the processor's cache: over a whole batch of 256 records,
/// it cost more than making them.
struct GcPause<'py> {
    gc: Option<Bound<'py, PyModule>>,
    made: usize,
}

const GC_EVERY: usize = 64;

impl<'py> GcPause<'py> {
    fn new(py: Python<'py>) -> PyResult<Self> {
        let gc = py.import("gc")?;
        if !gc.call_method0("isenabled")?.is_truthy()? {
            return Ok(GcPause { gc: None, made: 0 });
        }
        gc.call_method0("disable")?;
        Ok(GcPause {
            gc: Some(gc),
            made: 0,
        })
    }

    /// Counts `made` records and quotes, and collects the two young
    /// generations every `GC_EVERY` (unless the caller had turned the
    /// collector off).
    fn made(&mut self, made: usize) -> PyResult<()> {
        self.made += made;
        if let (Some(gc), true) = (&self.gc, self.made >= GC_EVERY) {
            gc.call_method1("collect", (1,))?;
            self.made = 0;
        }
        Ok(())
    }
}

impl Drop for GcPause<'_> {
    fn drop(&mut self) {
        if let Some(gc) = &self.gc {
            if let Err(e) = gc.call_method0("enable") {
                e.write_unraisable(gc.py(), None);
            }
        }
    }
}

/// The CLI's CSV (header and rows) for records given as Python objects, as
/// `analyze` returns them.
#[pyfunction]
fn _records_csv<'py>(
    py: Python<'py>,
    records: &Bound<'py, PyAny>,
) -> PyResult<Bound<'py, PyBytes>> {
    let records = records
        .try_iter()?
        .map(|item| {
            pythonize::depythonize::<DocumentRecord>(&item?)
                .map_err(|e| PyTypeError::new_err(format!("not a sayso record: {e}")))
        })
        .collect::<PyResult<Vec<_>>>()?;
    let csv = py.detach(|| csv_of(&records))?;
    Ok(PyBytes::new(py, &csv))
}

/// The CSV columns, in order (the header row of the CLI's `--format csv`).
#[pyfunction]
fn _csv_columns() -> Vec<&'static str> {
    output::CSV_COLUMNS.to_vec()
}

/// The header row and the records' rows, as `sayso analyze --format csv` writes them.
fn csv_of(records: &[DocumentRecord]) -> PyResult<Vec<u8>> {
    let mut csv = Vec::new();
    output::write_csv_header(&[], &mut csv)?;
    for record in records {
        output::push_csv(record, &[], &mut csv);
    }
    Ok(csv)
}

fn build(target: Option<(String, String)>, join_interrupted: bool) -> PyResult<Pipeline> {
    let mut builder = sayso::Pipeline::builder().join_interrupted_quotes(join_interrupted);
    if let Some((text, _)) = &target {
        builder = builder.target(text);
    }
    let inner = builder.build().map_err(|e| match &target {
        Some((_, name)) => SaysoError::new_err(format!("{name}: {e}")),
        None => SaysoError::new_err(e.to_string()),
    })?;
    Ok(Pipeline {
        inner: Arc::new(inner),
    })
}

/// A target file's text, or a [`SaysoError`] naming the file (and the line,
/// for invalid UTF-8).
fn read_target(path: &PathBuf) -> PyResult<String> {
    let name = path.display();
    let bytes = std::fs::read(path)
        .map_err(|e| SaysoError::new_err(format!("cannot read target file {name}: {e}")))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = 1 + valid.iter().filter(|&&b| b == b'\n').count();
        SaysoError::new_err(format!("{name}:{line}: invalid UTF-8 in the target file"))
    })
}

/// The text of a `str` argument; anything else is a `TypeError`.
fn text_of(value: &Bound<'_, PyAny>, what: &str) -> PyResult<String> {
    match value.cast::<PyString>() {
        Ok(text) => Ok(text.to_cow()?.into_owned()),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} must be str, not {}",
            value.get_type().name()?
        ))),
    }
}

/// The CLI's record of one text: analysed, or an error record when the text
/// is empty (the library's rule) or the pipeline panics.
fn record_of(pipeline: &sayso::Pipeline, id: String, text: String) -> DocumentRecord {
    let document = InputDocument {
        id,
        text: Ok(text),
        meta: Vec::new(),
    };
    corpus::record_of(pipeline, &document)
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The number of threads `jobs` asks for: all cores by default.
/// Taken as a signed integer, so that a negative `jobs` is a `ValueError`
/// like 0, not the `OverflowError` of converting it.
fn threads(jobs: Option<i64>) -> PyResult<usize> {
    match jobs {
        Some(n) => usize::try_from(n)
            .ok()
            .filter(|&n| n >= 1)
            .ok_or_else(|| PyValueError::new_err(format!("jobs must be at least 1, not {n}"))),
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
    }
}

/// A rayon pool of `jobs` threads (all cores by default), kept for reuse.
/// Pools are made anew in a forked child, whose copies have no threads.
fn pool(jobs: Option<i64>) -> PyResult<Arc<rayon::ThreadPool>> {
    type Pools = Mutex<(u32, HashMap<usize, Arc<rayon::ThreadPool>>)>;
    static POOLS: OnceLock<Pools> = OnceLock::new();
    let jobs = threads(jobs)?;
    let mut pools = lock(POOLS.get_or_init(Default::default));
    let (pid, by_size) = &mut *pools;
    if *pid != std::process::id() {
        // Forgotten, not dropped: dropping waits for threads that do not exist here.
        for (_, pool) in by_size.drain() {
            std::mem::forget(pool);
        }
        *pid = std::process::id();
    }
    if let Some(pool) = by_size.get(&jobs) {
        return Ok(Arc::clone(pool));
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|n| format!("sayso-{n}"))
        .build()
        .map(Arc::new)
        .map_err(|e| PyValueError::new_err(format!("cannot start {jobs} threads: {e}")))?;
    by_size.insert(jobs, Arc::clone(&pool));
    Ok(pool)
}

#[pymodule]
fn _sayso(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Pipeline>()?;
    m.add("SaysoError", m.py().get_type::<SaysoError>())?;
    m.add_function(wrap_pyfunction!(_records_csv, m)?)?;
    m.add_function(wrap_pyfunction!(_csv_columns, m)?)?;
    Ok(())
}
