//! `sayso report`: who gets quoted, for whom, and how they stand, from the
//! records `sayso analyze` writes.
//!
//! It takes JSON Lines records (files, gzip-compressed or not, or standard
//! input) and gives a [`Report`]: the corpus in numbers, share of voice per
//! speaker and organization, the government against everyone else, stance
//! per organization and speaker, per period of a date field and per group of
//! another field (both copied into the records with `analyze --keep`), and
//! the most negative and positive quotes of each top organization.
//!
//! The records are read in one pass and never held: memory grows with the
//! distinct speakers, organizations, periods and groups, not with the number
//! of quotes. Names are merged exactly as the records give them (the
//! canonical `name`, not the local mention), so `Mr Kline` and `he` count for
//! `Roger Kline`; descriptions (`a spokesman`) and groups (`unions`) are
//! counted as unnamed sources, never ranked as speakers, since the same
//! description in two articles is seldom the same person. A record with
//! `error` set counts as a document with an error; a line that is not a
//! record is counted, with its line number, and skipped.
//!
//! [`render`] (with the `cli` feature) turns the report into one
//! self-contained HTML page with SVG charts, or Markdown tables; the report
//! itself serializes to JSON.
//!
//! ```
//! use sayso::report::{Aggregator, Options};
//! let pipeline = sayso::Pipeline::new();
//! let mut aggregator = Aggregator::new(Options { top: 5, ..Options::default() });
//! for (id, text) in [
//!     ("a", "\u{201c}This offer is an insult,\u{201d} said Ms Jones of Unite."),
//!     ("b", "\u{201c}We welcome the talks,\u{201d} said Ms Jones, of Unite."),
//! ] {
//!     let record = pipeline.analyze_document(id, text);
//!     aggregator.add_line(serde_json::to_string(&record).unwrap().as_bytes());
//! }
//! let report = aggregator.finish();
//! assert_eq!(report.corpus.documents, 2);
//! assert_eq!(report.organizations[0].name, "Unite");
//! assert_eq!(report.organizations[0].quotes, 2);
//! assert_eq!(report.organizations[0].documents, 2);
//! ```

mod aggregate;
#[cfg(feature = "cli")]
mod charts;
/// The `sayso report` command of the binary (its clap arguments); not part
/// of the library's interface.
#[cfg(feature = "cli")]
#[doc(hidden)]
pub mod cli;
mod figures;
mod period;
#[cfg(feature = "cli")]
pub mod render;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use aggregate::Aggregator;
pub use figures::{
    Corpus, DocumentError, Example, ExampleEvidence, Examples, GovernmentSplit, Group, Groups,
    Input, KindCounts, Options, Point, Report, Series, Side, StanceCounts, Timeline, Voice,
};
pub use period::Period;

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// An input (or the target file) cannot be opened; nothing was read.
    #[error("cannot open {path}: {source}")]
    Open {
        /// The path as given.
        path: String,
        /// Why it cannot be opened.
        source: io::Error,
    },
    /// No input was named and standard input is a terminal.
    #[error("no input: name the files `sayso analyze` wrote, or pipe its output in")]
    NoInput,
    /// The target file is not valid (its path and the reason).
    #[error("target file {0}")]
    Target(String),
    /// A template could not be rendered (a bug: please report it).
    #[error("cannot render the report: {0}")]
    Render(String),
    /// The report could not be written.
    #[error("cannot write the report: {0}")]
    Write(io::Error),
}

/// Reads every line of `paths` (`-` is standard input; gzip is recognised by
/// its magic bytes) into the aggregator, in order.
///
/// Every path is opened before any is read, so a missing one is an `Err`
/// with nothing read; a read error later ends that input, is noted in its
/// [`Input::error`], and the next input is read.
pub fn read_into(aggregator: &mut Aggregator, paths: &[PathBuf]) -> Result<(), ReportError> {
    let mut opened = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        let reader: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            Box::new(open(path).map_err(|source| ReportError::Open {
                path: name.clone(),
                source,
            })?)
        };
        opened.push((name, reader));
    }
    for (name, reader) in opened {
        aggregator.start_input(&name);
        if let Err(e) = read_lines(reader, aggregator) {
            aggregator.input_failed(format!(
                "{name}: read error, rest of the input skipped: {e}"
            ));
        }
    }
    Ok(())
}

fn open(path: &Path) -> io::Result<File> {
    let file = File::open(path)?;
    if file.metadata()?.is_dir() {
        return Err(io::Error::other(
            "is a directory (name the analyze output files)",
        ));
    }
    Ok(file)
}

fn read_lines(reader: Box<dyn Read>, aggregator: &mut Aggregator) -> io::Result<()> {
    let mut reader = BufReader::with_capacity(256 * 1024, reader);
    let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let mut reader = gunzip_if(gzip, reader)?;
    let mut line = Vec::new();
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            return Ok(());
        }
        aggregator.add_line(&line);
    }
}

/// `reader`, decompressed when `gzip`.
#[cfg(feature = "gzip")]
fn gunzip_if(gzip: bool, reader: BufReader<Box<dyn Read>>) -> io::Result<Box<dyn BufRead>> {
    Ok(if gzip {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            flate2::read::MultiGzDecoder::new(reader),
        ))
    } else {
        Box::new(reader)
    })
}

/// `reader` as it is; gzip cannot be read without the `gzip` feature.
#[cfg(not(feature = "gzip"))]
fn gunzip_if(gzip: bool, reader: BufReader<Box<dyn Read>>) -> io::Result<Box<dyn BufRead>> {
    if gzip {
        return Err(io::Error::other(
            "gzip-compressed input, which this build of sayso cannot read (it lacks the `gzip` feature)",
        ));
    }
    Ok(Box::new(reader))
}
