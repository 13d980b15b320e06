//! The `sayso` command line: analyse articles, report on the analysis of a
//! corpus, score them against gold, and score target-level stance.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

// The analysis allocates many small, short-lived buffers per document;
// mimalloc serves them markedly faster than the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use clap::{Args, Parser, Subcommand};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;

use sayso::corpus::{
    check_inputs, Documents, Encoding, InputDocument, JsonFields, ReadOptions, RunOptions,
    RunStats, Skipped,
};
use sayso::output::Format;
use sayso::{DocumentRecord, Pipeline, StanceScorer};

#[derive(Parser)]
#[command(
    name = "sayso",
    version,
    about = "Finds every quotation in news articles: what was said, by whom, for which organization, and with what stance toward the government.",
    after_help = "The output format is described field by field in docs/FORMAT.md.\n\n\
        Examples:\n  \
        sayso analyze seeds/                   # every .txt file in a directory, JSON Lines to stdout\n  \
        sayso analyze corpus.jsonl -o out.jsonl\n  \
        cat article.txt | sayso analyze -\n  \
        sayso analyze seeds/ | sayso report -o report.html\n  \
        sayso explain seeds/004_4530aa13ea0a9502.txt\n  \
        sayso eval fixtures/invented.jsonl     # analyse the gold texts and print the figures\n  \
        sayso eval gold.jsonl predicted.jsonl\n  \
        sayso stance sentences.jsonl -o pred.jsonl"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options that shape the analysis.
#[derive(Args, Clone)]
struct PipelineArgs {
    /// A target file naming who counts as "the government" (default: the UK
    /// government); docs/FORMAT.md describes the format.
    #[arg(long, value_name = "FILE")]
    target: Option<PathBuf>,
    /// Report `“A,” said X. “B.”` as one quote interrupted by its attribution
    /// (PolNeAR's convention) instead of two quotes with the same speaker.
    #[arg(long)]
    join_interrupted: bool,
}

impl PipelineArgs {
    fn build(&self) -> Result<Pipeline> {
        let mut builder = Pipeline::builder().join_interrupted_quotes(self.join_interrupted);
        if let Some(path) = &self.target {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read target file {}", path.display()))?;
            builder = builder.target(&text);
        }
        Ok(builder.build()?)
    }
}

/// The inputs and how they are read: the same for `analyze` and `explain`.
#[derive(Args)]
struct InputArgs {
    /// Files, directories, or - for standard input.
    #[arg(required = true)]
    inputs: Vec<PathBuf>,
    /// JSON Lines field holding the document id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// JSON Lines field holding the document text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// Copy these fields of each JSON Lines record, unchanged, into its output
    /// record under "meta" (CSV: columns meta.FIELD, last; explain: a line
    /// "meta: …"); a missing field is null.
    #[arg(long, value_name = "FIELD,…", value_delimiter = ',')]
    keep: Vec<String>,
    /// Extensions of the plain-text files taken from directories (comma-separated
    /// or repeated; e.g. txt,md or txt.gz). .jsonl and .jsonl.gz files are always taken.
    #[arg(
        long = "ext",
        value_name = "EXT",
        value_delimiter = ',',
        default_value = "txt"
    )]
    extensions: Vec<String>,
    /// The encoding of the input: utf-8, or windows-1252 (also latin1), or another
    /// ASCII-compatible WHATWG label such as iso-8859-15. A UTF-8 byte-order mark
    /// is dropped and makes a file UTF-8.
    #[arg(long, value_name = "NAME", default_value = "utf-8", value_parser = clap::value_parser!(Encoding))]
    encoding: Encoding,
    /// Documents longer than this are not analysed (their record says why).
    /// Accepts k, M, G (powers of 1000) and KiB, MiB, GiB.
    #[arg(long, value_name = "SIZE", default_value = "10MB", value_parser = parse_size)]
    max_bytes: u64,
}

impl InputArgs {
    fn read_options(&self) -> ReadOptions {
        let mut seen = std::collections::HashSet::new();
        ReadOptions {
            fields: JsonFields {
                id: self.id_field.clone(),
                text: self.text_field.clone(),
                // Each name once, in the order first given.
                keep: self
                    .keep
                    .iter()
                    .filter(|name| seen.insert(name.as_str()))
                    .cloned()
                    .collect(),
            },
            max_bytes: usize::try_from(self.max_bytes).unwrap_or(usize::MAX),
            text_extensions: self.extensions.clone(),
            encoding: self.encoding,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Analyse documents and write one JSON line (or CSV rows) per document.
    #[command(after_help = ANALYZE_HELP)]
    Analyze(AnalyzeArgs),
    /// Who gets quoted, for whom, and how they stand: one HTML page with charts
    /// (or JSON, Markdown) from the output of `analyze`.
    Report(sayso::report::cli::Args),
    /// Analyse documents and explain, in prose, who said each quote and why it got its stance.
    #[command(after_help = EXPLAIN_HELP)]
    Explain {
        #[command(flatten)]
        input: InputArgs,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Score predictions against gold: quote detection, speakers, organizations, stance.
    #[command(after_help = EVAL_HELP)]
    Eval {
        /// Gold JSON Lines.
        gold: PathBuf,
        /// Predicted JSON Lines; when omitted, the gold texts are analysed.
        pred: Option<PathBuf>,
        /// Print the figures as one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        /// List every error (missed, spurious, wrong speaker …) before the figures.
        #[arg(long)]
        show_errors: bool,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Score the stance of sentences toward a mentioned target (NewsMTSC format).
    #[command(
        after_help = "Input: JSON Lines {\"id\", \"sentence\", \"mention\", \"from\", \"to\"} with character offsets.\n\
                            Output: one {\"id\", \"label\", \"score\", \"evidence\"} line per input line, in order; \
                            a line that cannot be scored gets {\"id\", \"error\"} and the exit status is 1.\n\n\
                            Example:\n  sayso stance sentences.jsonl > pred.jsonl"
    )]
    Stance {
        /// JSON Lines input, or - for standard input.
        input: PathBuf,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// A target file (only its phrases' role in the rules changes here).
        #[arg(long, value_name = "FILE")]
        target: Option<PathBuf>,
    },
}

const ANALYZE_HELP: &str = "\
Inputs, read lazily and in order:
  FILE.txt (any other name too)  one document; id = file stem
  FILE.jsonl, FILE.jsonl.gz      one {\"id\", \"text\"} object a line (a gold file is a corpus)
  FILE.gz                        one gzip-compressed document
  DIR                            recursively, sorted by name: files with an --ext extension
                                 (one document each, id = path in DIR without extension),
                                 .jsonl and .jsonl.gz files; hidden entries, links to
                                 directories and special files are skipped and counted
  -                              standard input: JSON Lines if it starts with '{', else one
                                 document (gzip is recognised)

Every input document gets exactly one output line (CSV: at least one row), in input
order; one that cannot be analysed (malformed JSON, no text field, invalid UTF-8, empty,
over --max-bytes) has \"error\" set, with its file and line number. docs/FORMAT.md
describes every field of the JSON and every CSV column.

Exit status: 0 when every document was analysed, 1 when some had errors (all are
written), 2 for a usage error or when the output cannot be written.

Examples:
  sayso analyze seeds/
  sayso analyze --jobs 8 --format csv -o quotes.csv archive/
  sayso analyze --encoding windows-1252 old-archive/
  sayso analyze --keep date,source news.jsonl -o out.jsonl   # then: sayso report out.jsonl
  zcat news.jsonl.gz | sayso analyze --text-field body --id-field url -";

const EXPLAIN_HELP: &str = "\
Reads its inputs as `sayso analyze` does (see `sayso analyze --help`) and writes, for
each document, `== ID` (with --keep, then `meta: FIELD = VALUE, …`) and then each
quote: its kind and byte span, the speaker with their mention and how it was resolved,
the cue, the organization, and the stance with the evidence that decided it.

Exit status: 0 when every document was analysed, 1 when some had errors (they are
written as `error: …`), 2 for a usage error.

Example:
  sayso explain seeds/004_4530aa13ea0a9502.txt";

const EVAL_HELP: &str = "\
Gold: JSON Lines, one document a line, {\"id\", \"text\", \"quotes\": [...]}, each quote with its
\"char_span\" (half-open, in characters), \"text\", \"speaker\" (and \"speaker_accept\": other
right answers), \"org\" (and \"org_accept\"), \"stance\" (negative, neutral, positive), and the
flags \"optional\", \"speaker_scored\", \"org_scored\", \"stance_scored\". Predictions: sayso's
JSON Lines output, or any lines {\"id\", \"quotes\"} whose quotes have \"char_span\" or \"span\"
(bytes). docs/FORMAT.md describes both.

Figures, in percent:
  detect.overlap   P/R/F1: a predicted quote matches a gold quote when their spans
                   overlap (one-to-one, largest overlap first)
  detect.exact     P/R/F1: matched spans equal once quote marks, white space and end
                   punctuation are trimmed
  attributed.f1    F1 where a hit needs the quote and its speaker: the headline figure
  speaker.acc      right speaker among matched quotes (titles and case ignored)
  org.acc          right organization among matched quotes
  stance.macro_f1  macro-F1 over the stance labels of matched quotes; stance.acc likewise
Gold quotes marked optional count neither way. `-` means nothing to score.

Examples:
  sayso eval fixtures/invented.jsonl           # analyses the gold texts itself
  sayso analyze gold.jsonl > pred.jsonl
  sayso eval --show-errors gold.jsonl pred.jsonl
  sayso eval --json gold.jsonl pred.jsonl      # the same figures as one JSON object";

/// The output formats of `analyze`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum FormatArg {
    /// One JSON object a line per document.
    Jsonl,
    /// One row per quote, RFC 4180 (a document without quotes gets one row).
    Csv,
}

#[derive(Args)]
struct AnalyzeArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonl")]
    format: FormatArg,
    /// Analysis threads (default: all cores). Any number gives the same output.
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    jobs: Option<u16>,
    /// Show progress even when standard error is not a terminal (then as a line
    /// every few seconds).
    #[arg(long)]
    progress: bool,
    /// No progress bar and no closing summary on standard error.
    #[arg(short, long, conflicts_with = "progress")]
    quiet: bool,
    /// A batch (analysed in parallel, then written) ends after this many documents …
    #[arg(long, value_name = "N", default_value_t = 4096, value_parser = clap::value_parser!(u64).range(1..), hide_short_help = true)]
    batch_docs: u64,
    /// … or once it holds this much input. Memory use grows with the batch size.
    #[arg(long, value_name = "SIZE", default_value = "4MB", value_parser = parse_size, hide_short_help = true)]
    batch_bytes: u64,
    #[command(flatten)]
    pipeline: PipelineArgs,
}

/// `10000`, `10k`, `10MB`, `1.5G`, `4MiB` … (k/M/G are powers of 1000).
fn parse_size(text: &str) -> Result<u64, String> {
    let text = text.trim();
    let split = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: f64 = number
        .parse()
        .map_err(|_| format!("{text:?} is not a size (e.g. 10000, 10MB, 4MiB)"))?;
    let factor: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1e3,
        "m" | "mb" => 1e6,
        "g" | "gb" => 1e9,
        "kib" => 1024.0,
        "mib" => 1024.0 * 1024.0,
        "gib" => 1024.0 * 1024.0 * 1024.0,
        _ => {
            return Err(format!(
                "{text:?}: unknown unit (use k, MB, GB, KiB, MiB, GiB)"
            ))
        }
    };
    let bytes = (number * factor).round();
    if !(1.0..=1e18).contains(&bytes) {
        return Err(format!("{text:?} is out of range"));
    }
    Ok(bytes as u64)
}

/// Progress on standard error: a bar on a terminal, a line every few seconds
/// elsewhere (only with --progress), or nothing.
enum Progress {
    Hidden,
    Bar(ProgressBar, Arc<OnceLock<u64>>),
    Lines {
        started: Instant,
        last: Instant,
        total: Arc<OnceLock<u64>>,
    },
}

impl Progress {
    fn new(args: &AnalyzeArgs) -> Progress {
        let terminal = io::stderr().is_terminal();
        if args.quiet || !(terminal || args.progress) {
            return Progress::Hidden;
        }
        // The total size, for the ETA, from a second walk of the inputs that
        // does not hold up the first (no total with standard input).
        let total = Arc::new(OnceLock::new());
        let (paths, extensions, slot) = (
            args.input.inputs.clone(),
            args.input.extensions.clone(),
            Arc::clone(&total),
        );
        let _ = std::thread::Builder::new()
            .name("sayso-size".into())
            .spawn(move || {
                if let Some(size) = sayso::corpus::total_size(&paths, &extensions) {
                    let _ = slot.set(size);
                }
            });
        if terminal {
            let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
            bar.set_style(Self::style(false));
            bar.enable_steady_tick(Duration::from_millis(200));
            Progress::Bar(bar, total)
        } else {
            let now = Instant::now();
            Progress::Lines {
                started: now,
                last: now,
                total,
            }
        }
    }

    fn style(known_total: bool) -> ProgressStyle {
        let template = if known_total {
            "{spinner} {elapsed_precise} [{wide_bar}] {decimal_bytes}/{decimal_total_bytes} {decimal_bytes_per_sec} ETA {eta} {msg}"
        } else {
            "{spinner} {elapsed_precise} {decimal_bytes} {decimal_bytes_per_sec} {msg}"
        };
        ProgressStyle::with_template(template)
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ")
    }

    fn update(&mut self, stats: &RunStats) {
        match self {
            Progress::Hidden => {}
            Progress::Bar(bar, total) => {
                if bar.length().is_none() {
                    if let Some(&total) = total.get() {
                        bar.set_length(total);
                        bar.set_style(Self::style(true));
                    }
                }
                bar.set_position(stats.position);
                bar.set_message(format!(
                    "{} documents, {} errors",
                    stats.documents, stats.errors
                ));
            }
            Progress::Lines {
                started,
                last,
                total,
            } => {
                if last.elapsed() < Duration::from_secs(5) {
                    return;
                }
                *last = Instant::now();
                let seconds = started.elapsed().as_secs_f64().max(1e-9);
                let rate = stats.position as f64 / seconds;
                let done = match total.get() {
                    Some(&total) if total > 0 => {
                        let left = total.saturating_sub(stats.position) as f64 / rate.max(1.0);
                        format!(
                            " of {:.1} MB ({:.0}%, ETA {:.0} s)",
                            total as f64 / 1e6,
                            100.0 * stats.position as f64 / total as f64,
                            left
                        )
                    }
                    _ => String::new(),
                };
                eprintln!(
                    "sayso: {} documents, {:.1} MB{done}, {:.1} MB/s",
                    stats.documents,
                    stats.position as f64 / 1e6,
                    rate / 1e6
                );
            }
        }
    }

    fn finish(&self) {
        if let Progress::Bar(bar, _) = self {
            bar.finish_and_clear();
        }
    }
}

/// `1 quote`, `2 quotes`.
fn count(n: u64, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

fn analyze(args: &AnalyzeArgs) -> Result<ExitCode> {
    let pipeline = args.pipeline.build()?;
    check_inputs(&args.input.inputs).map_err(anyhow::Error::msg)?;
    let defaults = RunOptions::default();
    let options = RunOptions {
        read: args.input.read_options(),
        format: match args.format {
            FormatArg::Jsonl => Format::Jsonl,
            FormatArg::Csv => Format::Csv,
        },
        jobs: args.jobs.map_or(defaults.jobs, usize::from),
        batch_docs: usize::try_from(args.batch_docs).unwrap_or(usize::MAX),
        batch_bytes: args.batch_bytes,
    };
    let mut out = open_output(args.output.as_ref())?;
    let mut progress = Progress::new(args);
    let started = Instant::now();
    let result = sayso::corpus::run(
        &pipeline,
        &args.input.inputs,
        &options,
        &mut out,
        &mut |stats| progress.update(stats),
    );
    progress.finish();
    let stats = match result {
        Ok(stats) => stats,
        // A closed pipe (`sayso analyze … | head`) is no reason for a message.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(ExitCode::from(2)),
        Err(e) => return Err(anyhow::Error::new(e).context("cannot write the output")),
    };
    if !args.quiet {
        let seconds = started.elapsed().as_secs_f64();
        let megabytes = stats.input_bytes as f64 / 1e6;
        eprintln!(
            "sayso: {}, {}, {}{} in {seconds:.2} s ({megabytes:.1} MB, {:.2} MB/s)",
            count(stats.documents, "document"),
            count(stats.quotes, "quote"),
            count(stats.errors, "error"),
            if stats.errors > 0 {
                " (see their \"error\" field)"
            } else {
                ""
            },
            megabytes / seconds.max(1e-9),
        );
        report_skipped(stats.skipped);
    }
    // Even with --quiet: an empty run is most often a mistyped directory or extension.
    if stats.documents == 0 {
        eprintln!(
            "sayso: warning: the inputs hold no documents (directories give their .txt, .jsonl \
             and .jsonl.gz files; --ext names other text files)"
        );
    }
    Ok(exit_status(stats.errors))
}

/// `sayso: 3 directory entries skipped: …` on standard error, when some were.
fn report_skipped(skipped: Skipped) {
    if skipped.total() > 0 {
        eprintln!("sayso: {skipped}");
    }
}

/// 0 when every document was analysed, 1 when some could not be.
fn exit_status(errors: u64) -> ExitCode {
    if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze(args) => analyze(&args),
        Command::Eval {
            gold,
            pred,
            json,
            show_errors,
            pipeline,
        } => eval(&gold, pred.as_ref(), json, show_errors, &pipeline).map(|()| ExitCode::SUCCESS),
        Command::Stance {
            input,
            output,
            target,
        } => stance(&input, output, target.as_ref()),
        Command::Explain {
            input,
            output,
            pipeline,
        } => explain(&input, output.as_ref(), &pipeline),
        Command::Report(args) => sayso::report::cli::run(&args).map_err(Into::into),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sayso: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn analyze_all(pipeline: &Pipeline, docs: &[InputDocument]) -> Vec<DocumentRecord> {
    docs.par_iter()
        .map(|d| sayso::corpus::record_of(pipeline, d))
        .collect()
}

fn open_output(output: Option<&PathBuf>) -> Result<Box<dyn Write>> {
    Ok(match output {
        Some(path) => {
            let file =
                File::create(path).with_context(|| format!("cannot create {}", path.display()))?;
            Box::new(BufWriter::new(file))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

fn eval(
    gold: &Path,
    pred: Option<&PathBuf>,
    json: bool,
    show_errors: bool,
    args: &PipelineArgs,
) -> Result<()> {
    let gold_docs = sayso::eval::read_docs(gold)?;
    let pred_docs = match pred {
        Some(path) => sayso::eval::read_docs(path)?,
        None => {
            let gold_bytes =
                std::fs::read(gold).with_context(|| format!("cannot read {}", gold.display()))?;
            let docs = sayso::corpus::parse_jsonl(
                &gold_bytes,
                &gold.display().to_string(),
                &JsonFields::default(),
            );
            let mut lines = Vec::new();
            for record in analyze_all(&args.build()?, &docs) {
                sayso::output::push_jsonl(&record, &mut lines);
            }
            sayso::eval::load_docs(&String::from_utf8_lossy(&lines))?
        }
    };
    let (report, errors) = sayso::eval::score(&gold_docs, &pred_docs)?;
    if show_errors {
        for e in &errors {
            println!("{e}");
        }
    }
    if json {
        println!("{}", report.to_json());
    } else {
        print!("{report}");
    }
    Ok(())
}

fn stance(input: &PathBuf, output: Option<PathBuf>, target: Option<&PathBuf>) -> Result<ExitCode> {
    let scorer = match target {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read target file {}", path.display()))?;
            StanceScorer::with_target(&text)?
        }
        None => StanceScorer::new(),
    };
    let text = if input.as_os_str() == "-" {
        io::read_to_string(io::stdin()).context("cannot read standard input")?
    } else {
        std::fs::read_to_string(input)
            .with_context(|| format!("cannot read {}", input.display()))?
    };
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .collect();
    /// A line that could not be scored, its id first as in a result line.
    #[derive(serde::Serialize)]
    struct Failed<'a> {
        id: Option<&'a serde_json::Value>,
        error: String,
    }
    // Each line serialized as it is scored (a result's fields in their
    // declared order, `id` first), with whether it failed.
    let results: Vec<(bool, serde_json::Result<String>)> = lines
        .par_iter()
        .map(|&(n, line)| {
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => {
                    let error = format!("line {}: malformed JSON: {e}", n + 1);
                    return (true, serde_json::to_string(&Failed { id: None, error }));
                }
            };
            match scorer.score_newsmtsc_line(&value) {
                Ok(result) => (false, serde_json::to_string(&result)),
                Err(e) => {
                    let error = format!("line {}: {e}", n + 1);
                    let id = value.get("id");
                    (true, serde_json::to_string(&Failed { id, error }))
                }
            }
        })
        .collect();
    let mut out = open_output(output.as_ref())?;
    let mut failed = 0;
    for (error, line) in results {
        failed += usize::from(error);
        out.write_all(line?.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn explain(input: &InputArgs, output: Option<&PathBuf>, args: &PipelineArgs) -> Result<ExitCode> {
    let pipeline = args.build()?;
    check_inputs(&input.inputs).map_err(anyhow::Error::msg)?;
    let options = input.read_options();
    let mut out = open_output(output)?;
    let mut documents = Documents::new(&input.inputs, &options);
    let mut errors = 0;
    for raw in documents.by_ref() {
        let doc = raw.decode(&options);
        writeln!(out, "== {}", doc.id)?;
        if !doc.meta.is_empty() {
            let kept: Vec<String> = doc
                .meta
                .iter()
                .map(|k| format!("{} = {}", k.name, k.json.as_deref().unwrap_or("null")))
                .collect();
            writeln!(out, "meta: {}", kept.join(", "))?;
        }
        let record = sayso::corpus::record_of(&pipeline, &doc);
        if let Some(reason) = &record.error {
            errors += 1;
            writeln!(out, "error: {reason}\n")?;
            continue;
        }
        let text = doc.text.as_deref().unwrap_or_default();
        let stances = pipeline.explain_stances(text);
        for (n, q) in record.quotes.iter().enumerate() {
            let speaker = q
                .speaker
                .as_ref()
                .map_or("unknown speaker".to_string(), |s| {
                    format!(
                        "{} ({}, mention {:?}, resolved by {})",
                        s.name, s.kind, s.mention, s.resolved_by
                    )
                });
            let org = q
                .organization
                .as_ref()
                .map_or("no organization".to_string(), |o| {
                    format!(
                        "{}{}",
                        o.name,
                        if o.government { ", government" } else { "" }
                    )
                });
            writeln!(
                out,
                "[{}] {} quote, bytes {}..{}: {}",
                n + 1,
                q.kind,
                q.span[0],
                q.span[1],
                q.text
            )?;
            let cue = q
                .cue
                .as_ref()
                .map_or("no cue (continues the previous speaker)".to_string(), |c| {
                    format!("cue {:?}", c.text)
                });
            writeln!(out, "    said by {speaker}; {cue}; {org}")?;
            let why = stances.get(n).map(ToString::to_string).unwrap_or_default();
            for line in why.lines() {
                writeln!(out, "    {line}")?;
            }
        }
        writeln!(out)?;
    }
    out.flush()?;
    report_skipped(documents.skipped());
    Ok(exit_status(errors))
}

#[cfg(test)]
mod tests {
    use super::parse_size;

    #[test]
    fn sizes_take_decimal_and_binary_units() {
        assert_eq!(parse_size("10000"), Ok(10_000));
        assert_eq!(parse_size("10MB"), Ok(10_000_000));
        assert_eq!(parse_size("10m"), Ok(10_000_000));
        assert_eq!(parse_size("1.5k"), Ok(1_500));
        assert_eq!(parse_size("4MiB"), Ok(4 * 1024 * 1024));
        assert_eq!(parse_size(" 2 GB "), Ok(2_000_000_000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("ten").is_err());
        assert!(parse_size("10XB").is_err());
        assert!(parse_size("-5").is_err());
        assert!(parse_size("1e30").is_err());
    }
}
