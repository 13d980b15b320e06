//! The `sayso` command line: analyse articles, score them against gold, and
//! score target-level stance.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use rayon::prelude::*;

use sayso::corpus::{read_inputs, InputDocument, JsonFields};
use sayso::{DocumentRecord, Pipeline};

#[derive(Parser)]
#[command(
    name = "sayso",
    version,
    about = "Finds every quotation in news articles: what was said, by whom, for which organization, and with what stance toward the government.",
    after_help = "Examples:\n  sayso analyze seeds/                 # every .txt file in a directory, JSON Lines to stdout\n  sayso analyze corpus.jsonl -o out.jsonl\n  cat article.txt | sayso analyze -\n  sayso eval fixtures/seeds.jsonl      # analyse the gold texts and print the figures\n  sayso eval gold.jsonl predicted.jsonl"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
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
        } => analyze(
            &inputs,
            output,
            &JsonFields {
                id: id_field,
                text: text_field,
            },
        ),
        Command::Eval {
            gold,
            pred,
            json,
            show_errors,
        } => eval(&gold, pred.as_ref(), json, show_errors).map(|()| ExitCode::SUCCESS),
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

fn analyze(inputs: &[PathBuf], output: Option<PathBuf>, fields: &JsonFields) -> Result<ExitCode> {
    let docs = read_inputs(inputs, fields).map_err(anyhow::Error::msg)?;
    let pipeline = Pipeline::new();
    let records = analyze_all(&pipeline, &docs);
    let mut out: Box<dyn Write> = match &output {
        Some(path) => Box::new(BufWriter::new(
            File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    };
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

fn eval(gold: &PathBuf, pred: Option<&PathBuf>, json: bool, show_errors: bool) -> Result<()> {
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
            let records = analyze_all(&Pipeline::new(), &docs);
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
