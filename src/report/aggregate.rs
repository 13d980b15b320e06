//! One pass over `analyze` records: counts per speaker, organization, period
//! and group, and the most negative and most positive quotes of each
//! organization.
//!
//! Each line is decoded into borrowed views that skip what the report does
//! not use (spans, cues, mentions); a quote's text and evidence are only
//! unescaped when the quote is among its organization's most negative or
//! positive so far. Memory grows with the distinct speakers, organizations,
//! periods and groups, never with the number of quotes.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use serde::Deserialize;
use serde_json::value::RawValue;

use super::figures::{
    Corpus, DocumentError, Example, Examples, GovernmentSplit, Group, Groups, Input, KindCounts,
    Options, Point, Report, Series, Side, StanceCounts, Timeline, Voice,
};
use super::period::PeriodKey;
use crate::model::{QuoteKind, SpeakerKind, StanceLabel};

// ---------------------------------------------------------------------------
// The records as read: borrowed views of what the report uses.

#[derive(Deserialize)]
struct RecordIn<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
    #[serde(borrow)]
    quotes: Vec<QuoteIn<'a>>,
    #[serde(default, borrow)]
    error: Option<Cow<'a, str>>,
    #[serde(default, borrow)]
    meta: Option<FxHashMap<Cow<'a, str>, &'a RawValue>>,
}

#[derive(Deserialize)]
struct QuoteIn<'a> {
    #[serde(borrow)]
    text: &'a RawValue,
    span: [usize; 2],
    kind: QuoteKind,
    #[serde(borrow)]
    speaker: Option<SpeakerIn<'a>>,
    #[serde(borrow)]
    organization: Option<OrganizationIn<'a>>,
    #[serde(borrow)]
    stance: StanceIn<'a>,
}

#[derive(Deserialize)]
struct SpeakerIn<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    kind: SpeakerKind,
}

#[derive(Deserialize)]
struct OrganizationIn<'a> {
    #[serde(borrow)]
    name: Cow<'a, str>,
    government: bool,
}

#[derive(Deserialize)]
struct StanceIn<'a> {
    label: StanceLabel,
    score: Option<f64>,
    #[serde(borrow)]
    evidence: &'a RawValue,
}

// ---------------------------------------------------------------------------
// Accumulators.

/// Quotes by label: negative, neutral, positive.
#[derive(Debug, Clone, Copy, Default)]
struct Tally([u64; 3]);

impl Tally {
    fn add(&mut self, label: StanceLabel) {
        let slot = match label {
            StanceLabel::Negative => 0,
            StanceLabel::Neutral => 1,
            StanceLabel::Positive => 2,
        };
        self.0[slot] += 1;
    }

    fn total(self) -> u64 {
        self.0.iter().sum()
    }

    fn counts(self) -> StanceCounts {
        let [negative, neutral, positive] = self.0;
        StanceCounts {
            negative,
            neutral,
            positive,
            net: ratio_signed(positive as f64 - negative as f64, self.total()),
        }
    }
}

/// Counts of one speaker, organization, period or group.
#[derive(Debug, Default)]
struct Entity {
    stance: Tally,
    government_quotes: u64,
    documents: u64,
    /// The number of the last document counted (documents count from 1).
    last_document: u64,
}

impl Entity {
    fn add(&mut self, document: u64, label: StanceLabel, government: bool) {
        self.stance.add(label);
        self.government_quotes += u64::from(government);
        self.seen_in(document);
    }

    fn seen_in(&mut self, document: u64) {
        if self.last_document != document {
            self.last_document = document;
            self.documents += 1;
        }
    }

    fn quotes(&self) -> u64 {
        self.stance.total()
    }

    fn mostly_government(&self) -> bool {
        2 * self.government_quotes > self.quotes()
    }
}

#[derive(Debug, Default)]
struct SpeakerAcc {
    counts: Entity,
    /// Organization index and quotes with it; usually one or two.
    organizations: Vec<(usize, u64)>,
}

#[derive(Debug, Default)]
struct OrganizationAcc {
    counts: Entity,
    /// Sorted by key (score, or minus the score), at most `examples` long.
    most_negative: Vec<(f64, Example)>,
    most_positive: Vec<(f64, Example)>,
}

/// Names mapped to accumulators, in first-seen order.
#[derive(Debug)]
struct Table<T> {
    index: FxHashMap<Box<str>, usize>,
    entries: Vec<(Box<str>, T)>,
}

impl<T: Default> Table<T> {
    fn new() -> Self {
        Table {
            index: FxHashMap::default(),
            entries: Vec::new(),
        }
    }

    fn index_of(&mut self, name: &str) -> usize {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.entries.len();
        self.index.insert(name.into(), i);
        self.entries.push((name.into(), T::default()));
        i
    }

    fn get_mut(&mut self, name: &str) -> &mut T {
        let i = self.index_of(name);
        &mut self.entries[i].1
    }

    /// Indices of the `top` entries by `quotes`, then name.
    fn top(&self, top: usize, quotes: impl Fn(&T) -> u64) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.entries.len()).collect();
        order.sort_by(|&a, &b| {
            let (name_a, a) = &self.entries[a];
            let (name_b, b) = &self.entries[b];
            quotes(b).cmp(&quotes(a)).then_with(|| name_a.cmp(name_b))
        });
        order.truncate(top);
        order
    }
}

const KEPT_ERRORS: usize = 5;

/// Aggregates `analyze` records fed one line at a time; [`Aggregator::finish`]
/// gives the [`Report`].
///
/// ```
/// use sayso::report::{Aggregator, Options};
/// let mut aggregator = Aggregator::new(Options::default());
/// aggregator.start_input("out.jsonl");
/// let record = sayso::Pipeline::new().analyze_document(
///     "d1", "\u{201c}We will strike,\u{201d} said Ms Jones of Unite.");
/// aggregator.add_line(serde_json::to_string(&record).unwrap().as_bytes());
/// let report = aggregator.finish();
/// assert_eq!(report.corpus.quotes, 1);
/// assert_eq!(report.speakers[0].name, "Ms Jones");
/// assert_eq!(report.organizations[0].name, "Unite");
/// ```
#[derive(Debug)]
pub struct Aggregator {
    options: Options,
    inputs: Vec<Input>,
    documents: u64,
    documents_with_quotes: u64,
    documents_with_errors: u64,
    error_examples: Vec<DocumentError>,
    kinds: [u64; 3],
    stance: Tally,
    quotes_with_speaker: u64,
    quotes_with_named_speaker: u64,
    speakers: Table<SpeakerAcc>,
    organizations: Table<OrganizationAcc>,
    /// Government, other organizations, no organization.
    sides: [Tally; 3],
    periods: FxHashMap<PeriodKey, Entity>,
    organization_periods: FxHashMap<(usize, PeriodKey), Entity>,
    undated_documents: u64,
    undated_quotes: u64,
    groups: Table<Entity>,
}

impl Aggregator {
    /// An aggregator with nothing added, making a report with `options`.
    pub fn new(options: Options) -> Aggregator {
        Aggregator {
            options,
            inputs: Vec::new(),
            documents: 0,
            documents_with_quotes: 0,
            documents_with_errors: 0,
            error_examples: Vec::new(),
            kinds: [0; 3],
            stance: Tally::default(),
            quotes_with_speaker: 0,
            quotes_with_named_speaker: 0,
            speakers: Table::new(),
            organizations: Table::new(),
            sides: [Tally::default(); 3],
            periods: FxHashMap::default(),
            organization_periods: FxHashMap::default(),
            undated_documents: 0,
            undated_quotes: 0,
            groups: Table::new(),
        }
    }

    /// Starts counting the lines of another input.
    pub fn start_input(&mut self, path: &str) {
        self.inputs.push(Input {
            path: path.to_string(),
            lines: 0,
            records: 0,
            unreadable_lines: 0,
            unreadable_examples: Vec::new(),
            error: None,
        });
    }

    /// Notes why the current input could not be read to its end.
    pub fn input_failed(&mut self, reason: String) {
        self.input().error = Some(reason);
    }

    fn input(&mut self) -> &mut Input {
        if self.inputs.is_empty() {
            self.start_input("-");
        }
        let last = self.inputs.len() - 1;
        &mut self.inputs[last]
    }

    /// Adds one line of `analyze` output (JSON Lines; a blank line is
    /// skipped, a line that is not a record is counted as unreadable).
    pub fn add_line(&mut self, line: &[u8]) {
        let input = self.input();
        input.lines += 1;
        let number = input.lines;
        if line.iter().all(u8::is_ascii_whitespace) {
            return;
        }
        match serde_json::from_slice::<RecordIn>(line) {
            Ok(record) => {
                self.input().records += 1;
                self.add_record(record);
            }
            Err(e) => {
                let input = self.input();
                input.unreadable_lines += 1;
                if input.unreadable_examples.len() < KEPT_ERRORS {
                    let message = format!("{}:{number}: not an analyze record: {e}", input.path);
                    input.unreadable_examples.push(message);
                }
            }
        }
    }

    fn add_record(&mut self, record: RecordIn) {
        self.documents += 1;
        let document = self.documents;
        if let Some(error) = &record.error {
            self.documents_with_errors += 1;
            if self.error_examples.len() < KEPT_ERRORS {
                self.error_examples.push(DocumentError {
                    document: record.id.to_string(),
                    error: error.to_string(),
                });
            }
        }
        self.documents_with_quotes += u64::from(!record.quotes.is_empty());
        let field = |name: &str| record.meta.as_ref()?.get(name).copied();
        let mut period = None;
        if let Some(name) = &self.options.date_field {
            period = field(name).and_then(|raw| PeriodKey::of_json(raw.get(), self.options.period));
            match period {
                Some(key) => self.periods.entry(key).or_default().seen_in(document),
                None => {
                    self.undated_documents += 1;
                    self.undated_quotes += record.quotes.len() as u64;
                }
            }
        }
        let group = self.options.group_field.as_deref().map(|name| {
            let i = self.groups.index_of(&group_name(field(name)));
            self.groups.entries[i].1.seen_in(document);
            i
        });
        for quote in &record.quotes {
            self.add_quote(quote, &record.id, document, period, group);
        }
    }

    fn add_quote(
        &mut self,
        quote: &QuoteIn,
        document_id: &str,
        document: u64,
        period: Option<PeriodKey>,
        group: Option<usize>,
    ) {
        let label = quote.stance.label;
        let government = quote.organization.as_ref().is_some_and(|o| o.government);
        self.kinds[match quote.kind {
            QuoteKind::Direct => 0,
            QuoteKind::Mixed => 1,
            QuoteKind::Indirect => 2,
        }] += 1;
        self.stance.add(label);
        let side = match &quote.organization {
            Some(o) if o.government => 0,
            Some(_) => 1,
            None => 2,
        };
        self.sides[side].add(label);
        let organization = quote.organization.as_ref().map(|o| {
            let i = self.organizations.index_of(&o.name);
            let acc = &mut self.organizations.entries[i].1;
            acc.counts.add(document, label, o.government);
            let limit = self.options.examples;
            let score = quote.stance.score.filter(|s| s.is_finite());
            match (label, score) {
                (StanceLabel::Negative, Some(score)) => {
                    offer(&mut acc.most_negative, limit, score, || {
                        example(quote, document_id, score)
                    });
                }
                (StanceLabel::Positive, Some(score)) => {
                    offer(&mut acc.most_positive, limit, -score, || {
                        example(quote, document_id, score)
                    });
                }
                _ => {}
            }
            i
        });
        if let Some(speaker) = &quote.speaker {
            self.quotes_with_speaker += 1;
            if matches!(
                speaker.kind,
                SpeakerKind::Person | SpeakerKind::Organization
            ) {
                self.quotes_with_named_speaker += 1;
                let acc = self.speakers.get_mut(&speaker.name);
                acc.counts.add(document, label, government);
                if let Some(org) = organization {
                    match acc.organizations.iter_mut().find(|(i, _)| *i == org) {
                        Some((_, n)) => *n += 1,
                        None => acc.organizations.push((org, 1)),
                    }
                }
            }
        }
        if let Some(key) = period {
            self.periods
                .entry(key)
                .or_default()
                .add(document, label, government);
            if let Some(org) = organization {
                self.organization_periods
                    .entry((org, key))
                    .or_default()
                    .add(document, label, government);
            }
        }
        if let Some(group) = group {
            self.groups.entries[group]
                .1
                .add(document, label, government);
        }
    }

    /// The report of everything added.
    pub fn finish(self) -> Report {
        let quotes = self.stance.total();
        let share = |n: u64| ratio(n, quotes);
        let speakers = self
            .speakers
            .top(self.options.top, |s| s.counts.quotes())
            .into_iter()
            .map(|i| {
                let (name, acc) = &self.speakers.entries[i];
                // The most frequent organization; the first seen on ties.
                let organization = acc
                    .organizations
                    .iter()
                    .rev()
                    .max_by_key(|(_, n)| *n)
                    .map(|&(org, _)| self.organizations.entries[org].0.to_string());
                voice(name, &acc.counts, quotes, organization)
            })
            .collect();
        let top_organizations = self
            .organizations
            .top(self.options.top, |o| o.counts.quotes());
        let organizations = top_organizations
            .iter()
            .map(|&i| {
                let (name, acc) = &self.organizations.entries[i];
                voice(name, &acc.counts, quotes, None)
            })
            .collect();
        let examples = top_organizations
            .iter()
            .map(|&i| {
                let (name, acc) = &self.organizations.entries[i];
                let examples =
                    |list: &[(f64, Example)]| list.iter().map(|(_, e)| e.clone()).collect();
                Examples {
                    organization: name.to_string(),
                    government: acc.counts.mostly_government(),
                    most_negative: examples(&acc.most_negative),
                    most_positive: examples(&acc.most_positive),
                }
            })
            .collect();
        let timeline = self.options.date_field.as_ref().map(|field| {
            let keys = span_of(self.periods.keys().copied());
            Timeline {
                field: field.clone(),
                period: self.options.period,
                dated_documents: self.periods.values().map(|e| e.documents).sum(),
                undated_documents: self.undated_documents,
                undated_quotes: self.undated_quotes,
                points: points(&keys, &self.periods, |key| key),
                organizations: top_organizations
                    .iter()
                    .map(|&org| Series {
                        name: self.organizations.entries[org].0.to_string(),
                        points: points(&keys, &self.organization_periods, |key| (org, key)),
                    })
                    .collect(),
            }
        });
        let groups = self.options.group_field.as_ref().map(|field| {
            let top = self.groups.top(self.options.top, Entity::quotes);
            Groups {
                field: field.clone(),
                other_groups: (self.groups.entries.len() - top.len()) as u64,
                groups: top
                    .into_iter()
                    .map(|i| {
                        let (name, e) = &self.groups.entries[i];
                        Group {
                            name: name.to_string(),
                            documents: e.documents,
                            quotes: e.quotes(),
                            government_quotes: e.government_quotes,
                            government_share: ratio(e.government_quotes, e.quotes()),
                            stance: e.stance.counts(),
                        }
                    })
                    .collect(),
            }
        });
        let [direct, mixed, indirect] = self.kinds;
        let side = |tally: Tally| Side {
            quotes: tally.total(),
            share: share(tally.total()),
            stance: tally.counts(),
        };
        let quotes_with_organization = self.sides[0].total() + self.sides[1].total();
        Report {
            sayso_version: env!("CARGO_PKG_VERSION").to_string(),
            target_file: None,
            target_names: crate::stance::target::Target::parse(crate::stance::TARGET_UK)
                .map(|t| t.names().to_vec())
                .unwrap_or_default(),
            corpus: Corpus {
                documents: self.documents,
                documents_with_quotes: self.documents_with_quotes,
                documents_with_errors: self.documents_with_errors,
                quotes,
                kinds: KindCounts {
                    direct,
                    mixed,
                    indirect,
                },
                stance: self.stance.counts(),
                quotes_with_speaker: self.quotes_with_speaker,
                quotes_with_named_speaker: self.quotes_with_named_speaker,
                quotes_with_organization,
                share_with_speaker: share(self.quotes_with_speaker),
                share_with_named_speaker: share(self.quotes_with_named_speaker),
                share_with_organization: share(quotes_with_organization),
                distinct_speakers: self.speakers.entries.len() as u64,
                distinct_organizations: self.organizations.entries.len() as u64,
                error_examples: self.error_examples,
            },
            government: GovernmentSplit {
                government: side(self.sides[0]),
                other_organizations: side(self.sides[1]),
                no_organization: side(self.sides[2]),
            },
            speakers,
            organizations,
            timeline,
            groups,
            examples,
            inputs: self.inputs,
            options: self.options,
        }
    }
}

fn voice(name: &str, counts: &Entity, all_quotes: u64, organization: Option<String>) -> Voice {
    Voice {
        name: name.to_string(),
        quotes: counts.quotes(),
        share: ratio(counts.quotes(), all_quotes),
        documents: counts.documents,
        government: counts.mostly_government(),
        organization,
        stance: counts.stance.counts(),
    }
}

/// The counts of each period in `keys`, looked up in `counts` by `key_of`.
fn points<K: std::hash::Hash + Eq>(
    keys: &[PeriodKey],
    counts: &FxHashMap<K, Entity>,
    key_of: impl Fn(PeriodKey) -> K,
) -> Vec<Point> {
    let empty = Entity::default();
    keys.iter()
        .map(|&key| {
            let counts = counts.get(&key_of(key)).unwrap_or(&empty);
            Point {
                period: key.label(),
                start: key.start(),
                documents: counts.documents,
                quotes: counts.quotes(),
                stance: counts.stance.counts(),
            }
        })
        .collect()
}

/// Every period from the first to the last, or only those given when that
/// would be more than 1,200.
fn span_of(keys: impl Iterator<Item = PeriodKey>) -> Vec<PeriodKey> {
    let mut keys: Vec<PeriodKey> = keys.collect();
    keys.sort_unstable();
    match (keys.first(), keys.last()) {
        (Some(first), Some(last)) if last.index() - first.index() < 1200 => (first.index()
            ..=last.index())
            .map(|index| first.with_index(index))
            .collect(),
        _ => keys,
    }
}

/// A group field's value as a name: a string as it is, `(none)` for null or
/// a missing field, any other value as its JSON text.
fn group_name(raw: Option<&RawValue>) -> Cow<'static, str> {
    let Some(raw) = raw else {
        return Cow::Borrowed("(none)");
    };
    match serde_json::from_str::<serde_json::Value>(raw.get()) {
        Ok(serde_json::Value::String(s)) if !s.trim().is_empty() => Cow::Owned(s),
        Ok(serde_json::Value::String(_) | serde_json::Value::Null) => Cow::Borrowed("(none)"),
        _ => Cow::Owned(raw.get().to_string()),
    }
}

/// Keeps `list` the `limit` entries of lowest key, the earlier on ties;
/// `make` is only called for an entry that gets in.
fn offer(
    list: &mut Vec<(f64, Example)>,
    limit: usize,
    key: f64,
    make: impl FnOnce() -> Option<Example>,
) {
    let at = list.partition_point(|(k, _)| *k <= key);
    if at >= limit {
        return;
    }
    if let Some(example) = make() {
        list.insert(at, (key, example));
        list.truncate(limit);
    }
}

/// A quote as an example, its text and evidence unescaped; `None` if they
/// cannot be.
fn example(quote: &QuoteIn, document: &str, score: f64) -> Option<Example> {
    Some(Example {
        document: document.to_string(),
        speaker: quote.speaker.as_ref().map(|s| s.name.to_string()),
        text: serde_json::from_str(quote.text.get()).ok()?,
        kind: quote.kind,
        span: quote.span,
        score,
        evidence: serde_json::from_str(quote.stance.evidence.get()).ok()?,
    })
}

/// `part / whole`, rounded to four decimals; `None` when `whole` is 0.
fn ratio(part: u64, whole: u64) -> Option<f64> {
    ratio_signed(part as f64, whole)
}

fn ratio_signed(part: f64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| (part / whole as f64 * 10_000.0).round() / 10_000.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example_with(score: f64) -> Option<Example> {
        Some(Example {
            document: format!("{score}"),
            speaker: None,
            text: String::new(),
            kind: QuoteKind::Direct,
            span: [0, 0],
            score,
            evidence: Vec::new(),
        })
    }

    #[test]
    fn offers_keep_the_lowest_keys_and_the_earlier_on_ties() {
        let mut list = Vec::new();
        let mut made = 0;
        for key in [0.5, -0.2, 0.5, -0.9, 0.7, -0.2] {
            offer(&mut list, 3, key, || {
                made += 1;
                example_with(key)
            });
        }
        let keys: Vec<f64> = list.iter().map(|(k, _)| *k).collect();
        assert_eq!(keys, [-0.9, -0.2, -0.2]);
        assert_eq!(made, 5, "0.7 was never built: it could not get in");
        offer(&mut list, 0, -5.0, || {
            unreachable!("nothing gets into an empty list")
        });
    }

    #[test]
    fn ratios_are_rounded_and_none_without_a_whole() {
        assert_eq!(ratio(1, 3), Some(0.3333));
        assert_eq!(ratio(2, 3), Some(0.6667));
        assert_eq!(ratio(0, 0), None);
        assert_eq!(ratio_signed(-1.0, 8), Some(-0.125));
    }

    #[test]
    fn group_names() {
        let raw = |s: &str| RawValue::from_string(s.to_string()).unwrap();
        assert_eq!(group_name(None), "(none)");
        assert_eq!(group_name(Some(&raw("null"))), "(none)");
        assert_eq!(group_name(Some(&raw("\" \""))), "(none)");
        assert_eq!(
            group_name(Some(&raw("\"The \\\"Times\\\"\""))),
            "The \"Times\""
        );
        assert_eq!(group_name(Some(&raw("12"))), "12");
    }
}
