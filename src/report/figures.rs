//! What a report holds: the figures `report --format json` writes and the
//! HTML and Markdown reports show, and the options that shape them.

use serde::{Deserialize, Serialize};

use super::period::Period;
use crate::model::QuoteKind;

/// What the report shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Options {
    /// How many speakers, organizations and groups are ranked.
    pub top: usize,
    /// How many of the most negative, and of the most positive, quotes are
    /// kept for each top organization.
    pub examples: usize,
    /// A kept field (`analyze --keep`) holding each document's date, ISO 8601
    /// (`2024-03-01`, `2024-03-01T09:30:00Z`): quotes and stance per period.
    pub date_field: Option<String>,
    pub period: Period,
    /// A kept field grouping the documents (an outlet, a section): stance by group.
    pub group_field: Option<String>,
    /// The title of the HTML and Markdown reports.
    pub title: Option<String>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            top: 10,
            examples: 3,
            date_field: None,
            period: Period::Month,
            group_field: None,
            title: None,
        }
    }
}

/// The aggregates of a corpus: what `report --format json` writes, and what
/// the HTML and Markdown reports show.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The version of sayso that made the report.
    pub sayso_version: String,
    /// Who counts as the government: the target file the analysis used, as
    /// given to the report (`None`: the built-in UK government target) …
    pub target_file: Option<String>,
    /// … and the names it lists.
    pub target_names: Vec<String>,
    pub corpus: Corpus,
    /// Quotes from the government (the analysis's target), from other
    /// organizations, and from speakers with none.
    pub government: GovernmentSplit,
    /// The top named speakers (people and organizations speaking as such;
    /// descriptions such as "a spokesman" and groups are not ranked), by quotes.
    pub speakers: Vec<Voice>,
    /// The top organizations, by quotes.
    pub organizations: Vec<Voice>,
    /// With a date field: quotes and stance per period.
    pub timeline: Option<Timeline>,
    /// With a group field: quotes and stance per group.
    pub groups: Option<Groups>,
    /// The most negative and most positive quotes of each top organization.
    pub examples: Vec<Examples>,
    pub inputs: Vec<Input>,
    pub options: Options,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Corpus {
    pub documents: u64,
    pub documents_with_quotes: u64,
    /// Documents whose record has `error` set (they have no quotes).
    pub documents_with_errors: u64,
    pub quotes: u64,
    pub kinds: KindCounts,
    pub stance: StanceCounts,
    pub quotes_with_speaker: u64,
    /// Quotes whose speaker is a person or an organization, not a
    /// description (`a spokesman`) or a group (`unions`).
    pub quotes_with_named_speaker: u64,
    pub quotes_with_organization: u64,
    pub share_with_speaker: Option<f64>,
    pub share_with_named_speaker: Option<f64>,
    pub share_with_organization: Option<f64>,
    pub distinct_speakers: u64,
    pub distinct_organizations: u64,
    /// The first few documents with errors.
    pub error_examples: Vec<DocumentError>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindCounts {
    pub direct: u64,
    pub mixed: u64,
    pub indirect: u64,
}

/// Quotes by stance label; `net` is (positive − negative) / all, in [-1, 1]
/// (null without quotes).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StanceCounts {
    pub negative: u64,
    pub neutral: u64,
    pub positive: u64,
    pub net: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentError {
    pub document: String,
    pub error: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GovernmentSplit {
    pub government: Side,
    pub other_organizations: Side,
    pub no_organization: Side,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    pub quotes: u64,
    pub share: Option<f64>,
    pub stance: StanceCounts,
}

/// A speaker's or an organization's share of the quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Voice {
    /// The canonical name, as the records give it.
    pub name: String,
    pub quotes: u64,
    /// Of all quotes.
    pub share: Option<f64>,
    /// Documents quoting them.
    pub documents: u64,
    /// Whether most of their quotes come with a government organization.
    pub government: bool,
    /// A speaker's most frequent organization.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organization: Option<String>,
    pub stance: StanceCounts,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    pub field: String,
    pub period: Period,
    pub dated_documents: u64,
    /// Documents whose date field is missing or not an ISO date.
    pub undated_documents: u64,
    pub undated_quotes: u64,
    /// Every period from the first to the last (unless that spans more than
    /// 1,200 periods: then only those with documents).
    pub points: Vec<Point>,
    /// The top organizations, each over the same periods.
    pub organizations: Vec<Series>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// `2024-03` or `2024-W09`.
    pub period: String,
    /// Its first day.
    pub start: String,
    pub documents: u64,
    pub quotes: u64,
    pub stance: StanceCounts,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub name: String,
    pub points: Vec<Point>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Groups {
    pub field: String,
    /// The top groups by quotes; documents without the field form the group
    /// named `(none)`.
    pub groups: Vec<Group>,
    /// How many groups are not listed.
    pub other_groups: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    pub name: String,
    pub documents: u64,
    pub quotes: u64,
    pub government_quotes: u64,
    pub government_share: Option<f64>,
    pub stance: StanceCounts,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Examples {
    pub organization: String,
    pub government: bool,
    /// Negative quotes, lowest score first (the earlier on ties).
    pub most_negative: Vec<Example>,
    /// Positive quotes, highest score first.
    pub most_positive: Vec<Example>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Example {
    pub document: String,
    pub speaker: Option<String>,
    pub text: String,
    pub kind: QuoteKind,
    /// The quote's byte span in its document.
    pub span: [usize; 2],
    pub score: f64,
    pub evidence: Vec<ExampleEvidence>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExampleEvidence {
    pub text: String,
    /// Byte span in the document.
    pub span: [usize; 2],
    pub weight: Option<f64>,
    pub rule: String,
}

/// One input and what was read from it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Input {
    pub path: String,
    /// Lines read, blank ones included.
    pub lines: u64,
    /// `analyze` records among them.
    pub records: u64,
    /// Lines that are not `analyze` records (they are skipped).
    pub unreadable_lines: u64,
    /// The first few unreadable lines: `PATH:LINE: why`.
    pub unreadable_examples: Vec<String>,
    /// Why reading stopped early, if it did.
    pub error: Option<String>,
}
