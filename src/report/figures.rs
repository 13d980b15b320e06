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
    /// The length of the timeline's periods (months by default).
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
    /// The corpus in numbers.
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
    /// Each input, in the order read.
    pub inputs: Vec<Input>,
    /// The options the report was made with.
    pub options: Options,
}

/// The corpus in numbers. Shares are fractions of all quotes, rounded to
/// four decimals, and `None` (JSON `null`) when there are no quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Corpus {
    /// Documents (records) read.
    pub documents: u64,
    /// Documents with at least one quote.
    pub documents_with_quotes: u64,
    /// Documents whose record has `error` set (they have no quotes).
    pub documents_with_errors: u64,
    /// Quotes, of every kind.
    pub quotes: u64,
    /// Quotes by kind.
    pub kinds: KindCounts,
    /// Quotes by stance label.
    pub stance: StanceCounts,
    /// Quotes with a speaker of any kind.
    pub quotes_with_speaker: u64,
    /// Quotes whose speaker is a person or an organization, not a
    /// description (`a spokesman`) or a group (`unions`).
    pub quotes_with_named_speaker: u64,
    /// Quotes with an organization.
    pub quotes_with_organization: u64,
    /// `quotes_with_speaker` as a share of all quotes.
    pub share_with_speaker: Option<f64>,
    /// `quotes_with_named_speaker` as a share of all quotes.
    pub share_with_named_speaker: Option<f64>,
    /// `quotes_with_organization` as a share of all quotes.
    pub share_with_organization: Option<f64>,
    /// Distinct named speakers (canonical names).
    pub distinct_speakers: u64,
    /// Distinct organizations (canonical names).
    pub distinct_organizations: u64,
    /// The first five documents with errors.
    pub error_examples: Vec<DocumentError>,
}

/// Quotes by kind.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KindCounts {
    /// Direct quotes (`“…,” said X`).
    pub direct: u64,
    /// Mixed quotes: reported speech with a quoted fragment.
    pub mixed: u64,
    /// Indirect quotes (`X said there was …`).
    pub indirect: u64,
}

/// Quotes by stance label; `net` is (positive − negative) / all, in [-1, 1]
/// (null without quotes).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StanceCounts {
    /// Quotes labelled negative.
    pub negative: u64,
    /// Quotes labelled neutral.
    pub neutral: u64,
    /// Quotes labelled positive.
    pub positive: u64,
    /// (positive − negative) / all, rounded to four decimals.
    pub net: Option<f64>,
}

/// A document whose record has `error` set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DocumentError {
    /// The document's id.
    pub document: String,
    /// The record's `error`.
    pub error: String,
}

/// Quotes from the government against everyone else.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GovernmentSplit {
    /// Quotes whose organization is the government (`government: true`).
    pub government: Side,
    /// Quotes with another organization.
    pub other_organizations: Side,
    /// Quotes without an organization.
    pub no_organization: Side,
}

/// One side of the [`GovernmentSplit`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Side {
    /// Its quotes.
    pub quotes: u64,
    /// Of all quotes.
    pub share: Option<f64>,
    /// Its quotes by stance label.
    pub stance: StanceCounts,
}

/// A speaker's or an organization's share of the quotes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Voice {
    /// The canonical name, as the records give it.
    pub name: String,
    /// Their quotes.
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
    /// Their quotes by stance label.
    pub stance: StanceCounts,
}

/// Quotes and stance per period of a date field.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Timeline {
    /// The date field ([`Options::date_field`]).
    pub field: String,
    /// The length of the periods.
    pub period: Period,
    /// Documents with an ISO date in the field.
    pub dated_documents: u64,
    /// Documents whose date field is missing or not an ISO date.
    pub undated_documents: u64,
    /// The quotes of the undated documents (in no period).
    pub undated_quotes: u64,
    /// Every period from the first to the last (unless that spans more than
    /// 1,200 periods: then only those with documents).
    pub points: Vec<Point>,
    /// The top organizations, each over the same periods.
    pub organizations: Vec<Series>,
}

/// One period of a [`Timeline`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Point {
    /// `2024-03` or `2024-W09`.
    pub period: String,
    /// Its first day.
    pub start: String,
    /// Documents dated in it.
    pub documents: u64,
    /// Their quotes.
    pub quotes: u64,
    /// Their quotes by stance label.
    pub stance: StanceCounts,
}

/// An organization's quotes over the periods of a [`Timeline`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    /// The organization.
    pub name: String,
    /// Its quotes in each period of [`Timeline::points`], in the same order.
    pub points: Vec<Point>,
}

/// Quotes and stance per group of a field (an outlet, a section).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Groups {
    /// The group field ([`Options::group_field`]).
    pub field: String,
    /// The top groups by quotes; documents without the field form the group
    /// named `(none)`.
    pub groups: Vec<Group>,
    /// How many groups are not listed.
    pub other_groups: u64,
}

/// One group of [`Groups`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The field's value (a string as its content, other values as JSON).
    pub name: String,
    /// Documents in the group.
    pub documents: u64,
    /// Their quotes.
    pub quotes: u64,
    /// Their quotes whose organization is the government.
    pub government_quotes: u64,
    /// `government_quotes` as a share of the group's quotes.
    pub government_share: Option<f64>,
    /// Their quotes by stance label.
    pub stance: StanceCounts,
}

/// The most negative and most positive quotes of one organization.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Examples {
    /// The organization.
    pub organization: String,
    /// Whether most of its quotes come with `government: true`.
    pub government: bool,
    /// Negative quotes, lowest score first (the earlier on ties).
    pub most_negative: Vec<Example>,
    /// Positive quotes, highest score first.
    pub most_positive: Vec<Example>,
}

/// A quote shown as an example, with what decided its stance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Example {
    /// The id of its document.
    pub document: String,
    /// Its speaker's canonical name.
    pub speaker: Option<String>,
    /// The quote's text.
    pub text: String,
    /// The quote's kind.
    pub kind: QuoteKind,
    /// The quote's byte span in its document.
    pub span: [usize; 2],
    /// Its stance score, in [-1, 1].
    pub score: f64,
    /// The stance evidence of its record.
    pub evidence: Vec<ExampleEvidence>,
}

/// A piece of stance evidence, as the record gives it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExampleEvidence {
    /// The words that count.
    pub text: String,
    /// Byte span in the document.
    pub span: [usize; 2],
    /// Its weight in the score (`None` when the record has none).
    pub weight: Option<f64>,
    /// The rule that found it.
    pub rule: String,
}

/// One input and what was read from it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Input {
    /// The path as given (`-` for standard input).
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
