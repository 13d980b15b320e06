//! The `sayso` command line: analyse articles, score them against gold, and
//! score target-level stance.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use rayon::prelude::*;

use sayso::corpus::{read_inputs, InputDocument, JsonFields};
use sayso::{DocumentRecord, Pipeline, StanceScorer};

#[derive(Parser)]
#[command(
    name = "sayso",
    version,
    about = "Finds every quotation in news articles: what was said, by whom, for which organization, and with what stance toward the government.",
    after_help = "Examples:\n  sayso analyze seeds/                 # every .txt file in a directory, JSON Lines to stdout\n  sayso analyze corpus.jsonl -o out.jsonl\n  cat article.txt | sayso analyze -\n  sayso eval fixtures/seeds.jsonl      # analyse the gold texts and print the figures\n  sayso eval gold.jsonl predicted.jsonl\n  sayso explain seeds/004_4530aa13ea0a9502.txt\n  sayso stance ../shared/gold/newsmtsc/rw-dev.jsonl -o pred.jsonl"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options that shape the analysis.
#[derive(Args, Clone)]
struct PipelineArgs {
    /// A target file naming who counts as "the government" (default: the UK
    /// government); see README.md for the format.
    #[arg(long, value_name = "FILE")]
    target: Option<PathBuf>,
    /// Report `“A,” said X. “B.”` as two quotes (SPEC §1) instead of one
    /// quote interrupted by its attribution.
    #[arg(long)]
    split_quotes: bool,
}

impl PipelineArgs {
    fn build(&self) -> Result<Pipeline> {
        let mut builder = Pipeline::builder().split_interrupted_quotes(self.split_quotes);
        if let Some(path) = &self.target {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read target file {}", path.display()))?;
            builder = builder.target(&text);
        }
        Ok(builder.build()?)
    }
}

#[derive(Subcommand)]
enum Command {
    /// Analyse documents and write one JSON line per document.
    #[command(
        after_help = "Inputs: .txt files (id = file stem), directories (their .txt files, sorted), .jsonl files \
                            (one {\"id\", \"text\"} object a line; a gold file is a corpus), and - for standard input."
    )]
    Analyze {
        /// Files, directories, or - for standard input.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Write to this file instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// JSON Lines field holding the document id.
        #[arg(long, default_value = "id")]
        id_field: String,
        /// JSON Lines field holding the document text.
        #[arg(long, default_value = "text")]
        text_field: String,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Print the accuracy figures of SPEC §6 for predictions against gold.
    Eval {
        /// Gold JSON Lines.
        gold: PathBuf,
        /// Predicted JSON Lines; when omitted, the gold texts are analysed.
        pred: Option<PathBuf>,
        /// Print the figures as one JSON object.
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
                            a line that cannot be scored gets {\"id\", \"error\"}.\n\n\
                            Example:\n  sayso stance ../shared/gold/newsmtsc/rw-dev.jsonl > pred.jsonl"
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
    /// Analyse documents and explain, in prose, who said each quote and why it got its stance.
    Explain {
        /// Files, directories, or - for standard input (as for `analyze`).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Analyze {
            inputs,
            output,
            id_field,
            text_field,
            pipeline,
        } => {
            let fields = JsonFields {
                id: id_field,
                text: text_field,
            };
            analyze(&inputs, output, &fields, &pipeline)
        }
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
        Command::Explain { inputs, pipeline } => explain(&inputs, &pipeline),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("sayso: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Analyses one input document; a document that cannot be read, or that trips
/// a bug, still gets its record.
fn record_of(pipeline: &Pipeline, doc: &InputDocument) -> DocumentRecord {
    match &doc.text {
        Ok(text) => std::panic::catch_unwind(|| pipeline.analyze_document(&doc.id, text))
            .unwrap_or_else(|_| DocumentRecord {
                id: doc.id.clone(),
                quotes: Vec::new(),
                error: Some(
                    "internal error while analysing this document (please report it)".into(),
                ),
            }),
        Err(reason) => DocumentRecord {
            id: doc.id.clone(),
            quotes: Vec::new(),
            error: Some(reason.clone()),
        },
    }
}

fn analyze_all(pipeline: &Pipeline, docs: &[InputDocument]) -> Vec<DocumentRecord> {
    docs.par_iter().map(|d| record_of(pipeline, d)).collect()
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

fn analyze(
    inputs: &[PathBuf],
    output: Option<PathBuf>,
    fields: &JsonFields,
    args: &PipelineArgs,
) -> Result<ExitCode> {
    let pipeline = args.build()?;
    let docs = read_inputs(inputs, fields).map_err(anyhow::Error::msg)?;
    let records = analyze_all(&pipeline, &docs);
    let mut out = open_output(output.as_ref())?;
    let mut failed = 0;
    for record in &records {
        failed += usize::from(record.error.is_some());
        serde_json::to_writer(&mut out, record)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    if failed > 0 {
        eprintln!(
            "sayso: {failed} of {} documents had errors (see their \"error\" field)",
            records.len()
        );
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

fn eval(
    gold: &PathBuf,
    pred: Option<&PathBuf>,
    json: bool,
    show_errors: bool,
    args: &PipelineArgs,
) -> Result<()> {
    let gold_text =
        std::fs::read_to_string(gold).with_context(|| format!("cannot read {}", gold.display()))?;
    let pred_text = match pred {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?,
        None => {
            let docs = sayso::corpus::parse_jsonl(
                gold_text.as_bytes(),
                &gold.display().to_string(),
                &JsonFields::default(),
            );
            let records = analyze_all(&args.build()?, &docs);
            let mut lines = String::new();
            for r in &records {
                lines.push_str(&serde_json::to_string(r)?);
                lines.push('\n');
            }
            lines
        }
    };
    let (report, errors) = sayso::eval::score_texts(&gold_text, &pred_text)?;
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
    let results: Vec<serde_json::Value> = lines
        .par_iter()
        .map(|&(n, line)| {
            let value: serde_json::Value = match serde_json::from_str(line) {
                Ok(v) => v,
                Err(e) => return serde_json::json!({"id": null, "error": format!("line {}: malformed JSON: {e}", n + 1)}),
            };
            match scorer.score_newsmtsc_line(&value) {
                Ok(result) => serde_json::to_value(result).unwrap_or_else(|e| serde_json::json!({"id": value.get("id"), "error": e.to_string()})),
                Err(e) => serde_json::json!({"id": value.get("id"), "error": format!("line {}: {e}", n + 1)}),
            }
        })
        .collect();
    let mut out = open_output(output.as_ref())?;
    let mut failed = 0;
    for r in &results {
        failed += usize::from(r.get("error").is_some());
        serde_json::to_writer(&mut out, r)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn explain(inputs: &[PathBuf], args: &PipelineArgs) -> Result<ExitCode> {
    let pipeline = args.build()?;
    let docs = read_inputs(inputs, &JsonFields::default()).map_err(anyhow::Error::msg)?;
    let mut out = open_output(None)?;
    for doc in &docs {
        writeln!(out, "== {}", doc.id)?;
        let text = match &doc.text {
            Ok(text) => text,
            Err(reason) => {
                writeln!(out, "error: {reason}\n")?;
                continue;
            }
        };
        for (n, q) in pipeline.analyze(text).quotes.iter().enumerate() {
            let speaker = q
                .speaker
                .as_ref()
                .map_or("unknown speaker".to_string(), |s| {
                    format!(
                        "{} ({:?}, from {:?} via {:?})",
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
                "[{}] {:?} quote, bytes {}..{}: {}",
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
            for line in pipeline.stance_scorer().explain(&q.stance, text).lines() {
                writeln!(out, "    {line}")?;
            }
        }
        writeln!(out)?;
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}
