//! The `sayso report` command: its options, and reading, aggregating and
//! writing in one call.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use super::{read_into, render, Aggregator, Options, Period, ReportError};

/// What `sayso report` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// One self-contained page with charts (no network, prints cleanly).
    Html,
    /// The aggregates, for notebooks and scripts.
    Json,
    /// Markdown tables, for CI logs and issue comments.
    Md,
}

/// Options of `sayso report`.
#[derive(Debug, clap::Args)]
#[command(after_help = "\
Reads the records of `sayso analyze` (JSON Lines, gzip too) in one pass, and writes who gets
quoted, for which organization, and how they stand toward the target.

Examples:
  sayso analyze seeds/ | sayso report -o report.html
  sayso analyze --keep date,outlet news.jsonl.gz -o out.jsonl
  sayso report out.jsonl --date-field date --group-field outlet -o report.html
  sayso report out.jsonl --format md --top 5")]
pub struct Args {
    /// `analyze` output files, or - for standard input (the default).
    #[arg(value_name = "PATH")]
    inputs: Vec<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long, value_enum, default_value = "html")]
    format: Format,
    /// How many speakers, organizations and groups are ranked.
    #[arg(long, value_name = "N", default_value_t = 10,
          value_parser = clap::value_parser!(u16).range(1..=500))]
    top: u16,
    /// How many of the most negative and of the most positive quotes are shown
    /// for each top organization.
    #[arg(long, value_name = "N", default_value_t = 3,
          value_parser = clap::value_parser!(u16).range(0..=50))]
    examples: u16,
    /// A field kept with `analyze --keep` holding each document's ISO date:
    /// quotes and net stance per period.
    #[arg(long, value_name = "FIELD")]
    date_field: Option<String>,
    /// The period of the timeline.
    #[arg(long, value_enum, default_value = "month")]
    period: Period,
    /// A field kept with `analyze --keep` grouping the documents (an outlet,
    /// a section): stance per group.
    #[arg(long, value_name = "FIELD")]
    group_field: Option<String>,
    /// The target file the analysis used (`analyze --target`), to name it in
    /// the report; default: the built-in UK government target.
    #[arg(long, value_name = "FILE")]
    target: Option<PathBuf>,
    /// The page's title.
    #[arg(long, value_name = "TEXT")]
    title: Option<String>,
}

/// Runs `sayso report`: exit status 0, or 1 when some input lines were not
/// `analyze` records or an input could not be read to its end (the report is
/// written all the same, and says so).
pub fn run(args: &Args) -> Result<ExitCode, ReportError> {
    let target = match &args.target {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|source| ReportError::Open {
                path: path.display().to_string(),
                source,
            })?;
            let target = crate::stance::target::Target::parse(&text)
                .map_err(|e| ReportError::Target(format!("{}: {e}", path.display())))?;
            Some((path.display().to_string(), target.names().to_vec()))
        }
        None => None,
    };
    let options = Options {
        top: usize::from(args.top),
        examples: usize::from(args.examples),
        date_field: args.date_field.clone(),
        period: args.period,
        group_field: args.group_field.clone(),
        title: args.title.clone(),
    };
    let mut aggregator = Aggregator::new(options);
    let stdin = [PathBuf::from("-")];
    let inputs = if args.inputs.is_empty() {
        if io::stdin().is_terminal() {
            return Err(ReportError::NoInput);
        }
        &stdin[..]
    } else {
        &args.inputs
    };
    read_into(&mut aggregator, inputs)?;
    let mut report = aggregator.finish();
    if let Some((file, names)) = target {
        report.target_file = Some(file);
        report.target_names = names;
    }
    let text = match args.format {
        Format::Html => render::html(&report)?,
        Format::Md => render::markdown(&report)?,
        Format::Json => {
            let mut json = serde_json::to_string_pretty(&report)
                .map_err(|e| ReportError::Render(e.to_string()))?;
            json.push('\n');
            json
        }
    };
    let written = match &args.output {
        Some(path) => File::create(path).and_then(|file| {
            let mut out = BufWriter::new(file);
            out.write_all(text.as_bytes())?;
            out.flush()
        }),
        None => {
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        }
    };
    written.map_err(ReportError::Write)?;
    let mut complete = true;
    for input in &report.inputs {
        if input.unreadable_lines > 0 {
            complete = false;
            eprintln!(
                "sayso: {}: {} {}; the first: {}",
                input.path,
                input.unreadable_lines,
                if input.unreadable_lines == 1 {
                    "line is not an analyze record and was skipped"
                } else {
                    "lines are not analyze records and were skipped"
                },
                input.unreadable_examples.first().map_or("", String::as_str)
            );
        }
        if let Some(error) = &input.error {
            complete = false;
            eprintln!("sayso: {error}");
        }
    }
    Ok(if complete {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
