//! sayso reads news articles and answers, for every quotation: **what was
//! said, by whom, for which organization, and with what stance toward the
//! government.**
//!
//! It finds direct quotes (`“…,” said X`), mixed quotes (reported speech with a
//! quoted fragment) and indirect quotes (`Mr Marks said there was …`); resolves
//! their speakers through pronouns, surnames, role descriptions and
//! continuation paragraphs to the fullest name the article gives; finds each
//! speaker's organization; and scores the stance of each quote toward a target
//! (by default the UK government) with the evidence that decided it.
//!
//! # Overview
//!
//! - [`Pipeline`] is built once, from the built-in knowledge (word lists and
//!   gazetteers compiled in from `data/`, each replaceable through
//!   [`KnowledgeBuilder`] and [`PipelineBuilder::knowledge`]), and is `Send + Sync`.
//! - [`Pipeline::analyze`] takes a text and returns an [`Analysis`]: plain
//!   serde structs ([`Quote`], [`Speaker`], [`Organization`], [`Stance`]) whose
//!   spans are byte offsets on char boundaries, with char offsets alongside.
//!   [`Pipeline::analyze_many`] analyses many texts on all cores, in order.
//! - [`Pipeline::analyze_document`] gives the record of one document, the
//!   JSON Lines line of the command line ([`DocumentRecord`]); [`corpus`]
//!   reads corpora lazily (files, directories, JSON Lines, gzip) and
//!   [`corpus::run`] analyses them in parallel batches, in input order;
//!   [`output`] writes JSON Lines or CSV; [`eval`] scores predictions against
//!   gold; [`report`] aggregates the records of a corpus (who gets quoted,
//!   for whom, with what stance) in one pass.
//!
//! `docs/FORMAT.md` in the repository describes every field of the output.
//!
//! # Example
//!
//! ```
//! use sayso::{Pipeline, QuoteKind};
//!
//! let text = "GMB national secretary Rachel Harrison said: \u{201c}Today\u{2019}s talks \
//!             fell well short of anything substantial.\u{201d}\n\
//!             \u{201c}The public expects the Government to treat these talks seriously,\u{201d} she added.";
//! let pipeline = Pipeline::new();
//! let analysis = pipeline.analyze(text);
//! assert_eq!(analysis.quotes.len(), 2);
//! let first = &analysis.quotes[0];
//! assert_eq!(first.kind, QuoteKind::Direct);
//! assert_eq!(&text[first.span[0]..first.span[1]], first.text);
//! let speaker = first.speaker.as_ref().unwrap();
//! assert_eq!(speaker.name, "Rachel Harrison");
//! assert_eq!(first.organization.as_ref().unwrap().name, "GMB");
//! // `she` is resolved to the full name.
//! assert_eq!(analysis.quotes[1].speaker.as_ref().unwrap().name, "Rachel Harrison");
//! assert_eq!(analysis.quotes[1].paragraph, 1);
//! ```
//!
//! # Features
//!
//! - `cli` (default): the `sayso` command line and what only it needs,
//!   among it the report's HTML and Markdown rendering ([`report::render`]);
//!   it turns on `gzip`. Depend on the library alone with
//!   `sayso = { path = "../sayso", default-features = false }` (or `git = …`).
//! - `gzip`: reading gzip-compressed input in [`corpus`] and [`report`];
//!   without it such input gets an error record (a report names it as an
//!   input error).
//!
//! The stages, in order, each a module: segmentation, quote detection,
//! attribution (with organizations) and stance. `DESIGN.md` explains them;
//! their modules are public for the benchmarks and tests but hidden from
//! this documentation, and not part of the stable interface.

#![warn(missing_docs)]

#[doc(hidden)]
pub mod attribution;
pub mod corpus;
mod error;
pub mod eval;
#[doc(hidden)]
pub mod knowledge;
pub mod model;
#[doc(hidden)]
pub mod orgs;
pub mod output;
#[doc(hidden)]
pub mod quotes;
pub mod report;
#[doc(hidden)]
pub mod segment;
#[doc(hidden)]
pub mod span;
#[doc(hidden)]
pub mod stance;

pub use error::{BuildError, KnowledgeError};
#[doc(hidden)]
pub use knowledge::Knowledge;
pub use knowledge::KnowledgeBuilder;
pub use model::{
    Analysis, Cue, DocumentRecord, Evidence, Organization, ParseNameError, Quote, QuoteKind,
    Resolution, Speaker, SpeakerKind, Stance, StanceLabel,
};
#[doc(hidden)]
pub use stance::StanceScorer;

use knowledge::OrgKind;
use span::{CharMap, Span};

// The README's Rust examples run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

/// Whether a text counts as an empty document: nothing in it but white
/// space. Such a document is not analysed: [`Pipeline::analyze_document`]
/// and the command line give it a record whose `error` is `empty document`.
///
/// ```
/// assert!(sayso::is_empty_document(" \n\t"));
/// assert!(!sayso::is_empty_document("No."));
/// ```
pub fn is_empty_document(text: &str) -> bool {
    text.trim().is_empty()
}

/// The `error` of the record of an empty document ([`is_empty_document`]).
pub const EMPTY_DOCUMENT: &str = "empty document";

/// The whole analysis, built once and shared by all threads.
#[derive(Debug, Clone)]
pub struct Pipeline {
    knowledge: Knowledge,
    stance: StanceScorer,
    options: quotes::DetectOptions,
}

impl Default for Pipeline {
    fn default() -> Self {
        Pipeline::new()
    }
}

/// Builds a [`Pipeline`] with other knowledge, another stance target or other options.
///
/// ```
/// use sayso::Pipeline;
/// let text = "\u{201c}It is over,\u{201d} said Ms Jones. \u{201c}We go on strike.\u{201d}";
/// assert_eq!(Pipeline::new().analyze(text).quotes.len(), 2);
/// let joined = Pipeline::builder().join_interrupted_quotes(true).build().unwrap();
/// assert_eq!(joined.analyze(text).quotes.len(), 1);
/// ```
#[derive(Debug, Clone, Default)]
pub struct PipelineBuilder {
    knowledge: Option<KnowledgeBuilder>,
    target: Option<String>,
    options: quotes::DetectOptions,
}

impl PipelineBuilder {
    /// Replaces the built-in knowledge files (see [`KnowledgeBuilder`]).
    pub fn knowledge(mut self, knowledge: KnowledgeBuilder) -> Self {
        self.knowledge = Some(knowledge);
        self
    }

    /// Replaces the stance target, "the government" (see [`stance`] for the file
    /// format): it decides both the stance and which speakers are flagged
    /// `government: true`.
    pub fn target(mut self, target_file_text: &str) -> Self {
        self.target = Some(target_file_text.to_string());
        self
    }

    /// `\u{201c}A,\u{201d} said X. \u{201c}B.\u{201d}` as one quote interrupted by its
    /// attribution, as converted corpora such as PolNeAR annotate it, rather
    /// than two quotes with the same speaker (the default). The joined quote's
    /// `text` then holds the attribution (`,\u{201d} said X. \u{201c}`).
    pub fn join_interrupted_quotes(mut self, yes: bool) -> Self {
        self.options.join_interrupted = yes;
        self
    }

    /// Builds the pipeline; an error when a replaced knowledge file or the
    /// target cannot be read (the message names the file).
    pub fn build(self) -> Result<Pipeline, BuildError> {
        let mut knowledge = self.knowledge.unwrap_or_default();
        let stance = match &self.target {
            Some(target) => {
                knowledge = knowledge.target(target);
                StanceScorer::with_target(target)?
            }
            None => StanceScorer::new(),
        };
        Ok(Pipeline {
            knowledge: knowledge.build()?,
            stance,
            options: self.options,
        })
    }
}

/// What [`Pipeline::analyze`] and [`Pipeline::explain_stances`] share: the
/// stages before stance.
struct Attributed {
    seg: segment::Segmentation,
    detected: Vec<quotes::DetectedQuote>,
    chars: CharMap,
    attributions: Vec<attribution::Attribution>,
    /// The organizations found, for the kind of each speaker's.
    org_mentions: Vec<orgs::OrgMention>,
}

impl Pipeline {
    /// A pipeline with the built-in knowledge and the default (UK government) target.
    pub fn new() -> Pipeline {
        Pipeline {
            knowledge: Knowledge::builtin(),
            stance: StanceScorer::new(),
            options: Default::default(),
        }
    }

    /// A builder for a pipeline with other knowledge, another stance target
    /// or other options (see [`PipelineBuilder`]).
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The knowledge the pipeline was built with (for the stages; not part of
    /// the stable interface).
    #[doc(hidden)]
    pub fn knowledge(&self) -> &Knowledge {
        &self.knowledge
    }

    /// The stance scorer, for `sayso explain` (not part of the stable interface).
    #[doc(hidden)]
    pub fn stance_scorer(&self) -> &StanceScorer {
        &self.stance
    }

    /// Finds, attributes and scores every quote of `text`.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_staged(&[text]).pop().unwrap_or_default()
    }

    /// The analyses of `texts`, in order, each stage run over all of them
    /// before the next begins. Each analysis is what `analyze` gives for its
    /// text alone, but a batch of documents takes less time than the same
    /// documents one at a time: the stages are many rules, and a stage's code
    /// and tables stay in the processor's caches from one document to the
    /// next instead of being pushed out by the other stages'. Up to about
    /// [`corpus::STAGED_BATCH`] texts the gain grows with the batch.
    pub(crate) fn analyze_staged(&self, texts: &[&str]) -> Vec<Analysis> {
        let attributed = self.attributed_staged(texts);
        texts
            .iter()
            .zip(attributed)
            .map(|(text, attributed)| self.scored(text, attributed))
            .collect()
    }

    /// The stance stage of one text: its attributed quotes scored.
    fn scored(&self, text: &str, attributed: Attributed) -> Analysis {
        let Attributed {
            seg,
            detected,
            chars,
            attributions,
            org_mentions,
        } = attributed;
        let document = self.read_document(text, &attributions);
        let sides = self.speaker_sides(&attributions, &org_mentions);
        let others = other_orgs(&org_mentions);
        let quotes = detected
            .iter()
            .zip(attributions)
            .zip(sides)
            .map(|((q, a), side)| {
                let context = self.stance_context(&seg, q, side, &document, &others);
                Quote {
                    text: q.span.of(text).to_string(),
                    span: q.span.to_array(),
                    char_span: chars.char_span(q.span),
                    paragraph: seg.paragraph_at(q.span.start).unwrap_or(0),
                    sentence: seg.sentence_at(q.span.start).unwrap_or(0),
                    kind: q.kind,
                    cue: q.cue.map(|c| Cue {
                        text: c.of(text).to_string(),
                        span: c.to_array(),
                    }),
                    speaker: a.speaker,
                    organization: a.organization,
                    stance: self.stance.score_quote(text, q.span, &context),
                }
            })
            .collect();
        Analysis { quotes }
    }

    /// The stages before stance (segmentation, quotes, organizations, their
    /// attribution), each over all of `texts` before the next.
    fn attributed_staged(&self, texts: &[&str]) -> Vec<Attributed> {
        let k = &self.knowledge;
        let segs: Vec<segment::Segmentation> =
            texts.iter().map(|text| segment::segment(text, k)).collect();
        let detected: Vec<Vec<quotes::DetectedQuote>> = texts
            .iter()
            .zip(&segs)
            .map(|(text, seg)| quotes::detect(text, seg, k, self.options))
            .collect();
        let org_mentions: Vec<Vec<orgs::OrgMention>> = texts
            .iter()
            .zip(&segs)
            .map(|(text, seg)| orgs::find_orgs(text, seg, k))
            .collect();
        texts
            .iter()
            .zip(segs)
            .zip(detected)
            .zip(org_mentions)
            .map(|(((text, seg), detected), org_mentions)| {
                let chars = CharMap::new(text);
                let attributions =
                    attribution::attribute(text, &seg, &org_mentions, &detected, k, &chars);
                Attributed {
                    seg,
                    detected,
                    chars,
                    attributions,
                    org_mentions,
                }
            })
            .collect()
    }

    /// What the stance stage is told of a quote: its cue and sentences, its
    /// speaker's side (from [`Pipeline::speaker_sides`]), whether the
    /// document names the target.
    fn stance_context<'a>(
        &self,
        seg: &segment::Segmentation,
        quote: &quotes::DetectedQuote,
        speaker: stance::Side,
        document: &'a stance::DocumentTarget<'a>,
        others: &'a [Span],
    ) -> stance::QuoteContext<'a> {
        stance::QuoteContext {
            cue: quote.cue,
            frame: Some(seg.around(quote.span)),
            speaker,
            document: Some(document),
            others,
        }
    }

    /// The side of each quote's speaker, from the attribution
    /// ([`StanceScorer::speaker_side`]). Told once for each speaker of the
    /// document: most are quoted more than once, and telling it reads the
    /// words of their names. An organization is an institution (a company
    /// or a public body) when it was found as one (`Acme plc`, `the carmaker
    /// Vantor`, `Wexbury Borough Council`, `regulator Ofcom`).
    fn speaker_sides(
        &self,
        attributions: &[attribution::Attribution],
        org_mentions: &[orgs::OrgMention],
    ) -> Vec<stance::Side> {
        let institution = |o: &Organization| {
            org_mentions.iter().find_map(|m| {
                let side = match m.org.kind {
                    OrgKind::Company => stance::Side::Company,
                    OrgKind::Public => stance::Side::Institution,
                    _ => return None,
                };
                (m.org.name == o.name).then_some(side)
            })
        };
        // What the side is told from: the organization's name and flag, the
        // speaker's name and mention.
        type Speaker<'a> = (Option<(&'a str, bool)>, [&'a str; 2]);
        // Room for every speaker and each of their three strings from the
        // start: growing the lists a doubling at a time cost more than
        // searching them.
        let mut known: Vec<(Speaker<'_>, stance::Side)> = Vec::with_capacity(attributions.len());
        // Speakers share organizations and names (`Labour`, a name and its
        // mention): each string's side is read from its words once.
        let mut named: Vec<(&str, Option<stance::Side>)> =
            Vec::with_capacity(3 * attributions.len());
        let mut scratch = stance::aim::NameScratch::default();
        attributions
            .iter()
            .map(|a| {
                let organization = a.organization.as_ref();
                let names = a
                    .speaker
                    .as_ref()
                    .map_or([""; 2], |s| [s.name.as_str(), s.mention.as_str()]);
                let speaker = (organization.map(|o| (o.name.as_str(), o.government)), names);
                if let Some(&(_, side)) = known.iter().find(|(k, _)| *k == speaker) {
                    return side;
                }
                // A speaker at the head of an organization (`chief executive
                // Ann Cole`) speaks for a company or body even when its name
                // was not found.
                let institution = match organization {
                    Some(o) => institution(o),
                    None => a
                        .speaker
                        .as_ref()
                        .is_some_and(|s| {
                            s.mention
                                .split(' ')
                                .any(|w| self.knowledge.is_management_role(w))
                        })
                        .then_some(stance::Side::Institution),
                };
                let side = self
                    .stance
                    .speaker_side_by(organization, institution, &names, |name| {
                        if let Some(&(_, side)) = named.iter().find(|(n, _)| *n == name) {
                            return side;
                        }
                        let side = self.stance.side_of_name_with(name, &mut scratch);
                        named.push((name, side));
                        side
                    });
                known.push((speaker, side));
                side
            })
            .collect()
    }

    /// What the document says of the stance target, for all its quotes,
    /// read as they need it. The people it marks as the target include
    /// those the attribution found to speak for it.
    fn read_document<'a>(
        &'a self,
        text: &'a str,
        attributions: &[attribution::Attribution],
    ) -> stance::DocumentTarget<'a> {
        let speakers: Vec<&str> = attributions
            .iter()
            .filter(|a| a.organization.as_ref().is_some_and(|o| o.government))
            .filter_map(|a| a.speaker.as_ref())
            .filter(|s| s.kind == SpeakerKind::Person)
            .map(|s| s.name.as_str())
            .collect();
        self.stance.read_document(text, &speakers)
    }

    /// Why each quote of `text` got its stance, in the order of
    /// [`Pipeline::analyze`]'s quotes: who says it, what each cue was judged
    /// to be aimed at, and the weights that made the label.
    ///
    /// ```
    /// let text = "\u{201c}The bill is a disgrace,\u{201d} said shadow home secretary David Davis.";
    /// let pipeline = sayso::Pipeline::new();
    /// let why = pipeline.explain_stances(text);
    /// assert_eq!(why.len(), 1);
    /// assert_eq!(why[0].side, sayso::stance::Side::Party);
    /// assert_eq!(why[0].label, pipeline.analyze(text).quotes[0].stance.label);
    /// ```
    pub fn explain_stances(&self, text: &str) -> Vec<stance::QuoteExplanation> {
        let Some(Attributed {
            seg,
            detected,
            attributions,
            org_mentions,
            ..
        }) = self.attributed_staged(&[text]).pop()
        else {
            return Vec::new();
        };
        let document = self.read_document(text, &attributions);
        let sides = self.speaker_sides(&attributions, &org_mentions);
        let others = other_orgs(&org_mentions);
        detected
            .iter()
            .zip(sides)
            .map(|(q, side)| {
                let context = self.stance_context(&seg, q, side, &document, &others);
                self.stance.explain_quote(text, q.span, &context)
            })
            .collect()
    }

    /// Analyses many texts on rayon's global thread pool and returns their
    /// analyses in input order; each equals what [`Pipeline::analyze`] gives
    /// for its text alone. It is faster than calling `analyze` on each: the
    /// texts go through the stages a few dozen at a time, each stage over all
    /// of them before the next (on news articles a tenth to a sixth less
    /// time a document, measured in the README's "Speed"), so pass a
    /// corpus's documents here rather than one by one.
    ///
    /// ```
    /// let pipeline = sayso::Pipeline::new();
    /// let texts = ["\u{201c}No,\u{201d} said Ms Jones.", "Nothing was said."];
    /// let analyses = pipeline.analyze_many(&texts);
    /// assert_eq!(analyses.len(), 2);
    /// assert_eq!(analyses[0], pipeline.analyze(texts[0]));
    /// assert!(analyses[1].quotes.is_empty());
    /// ```
    pub fn analyze_many<T: AsRef<str> + Sync>(&self, texts: &[T]) -> Vec<Analysis> {
        use rayon::prelude::*;
        texts
            .par_chunks(corpus::STAGED_BATCH)
            .flat_map_iter(|chunk| {
                let texts: Vec<&str> = chunk.iter().map(AsRef::as_ref).collect();
                self.analyze_staged(&texts)
            })
            .collect()
    }

    /// Analyses one document into its output record: its quotes, or for an
    /// empty document ([`is_empty_document`]) no quotes and the error
    /// [`EMPTY_DOCUMENT`].
    ///
    /// ```
    /// let pipeline = sayso::Pipeline::new();
    /// let record = pipeline.analyze_document("a", "\u{201c}No,\u{201d} said Ms Jones.");
    /// assert_eq!((record.id.as_str(), record.quotes.len(), record.error), ("a", 1, None));
    /// let empty = pipeline.analyze_document("b", " \n");
    /// assert_eq!(empty.error.as_deref(), Some("empty document"));
    /// ```
    pub fn analyze_document(&self, id: &str, text: &str) -> DocumentRecord {
        if is_empty_document(text) {
            return DocumentRecord {
                id: id.to_string(),
                quotes: Vec::new(),
                error: Some(EMPTY_DOCUMENT.to_string()),
            };
        }
        DocumentRecord {
            id: id.to_string(),
            quotes: self.analyze(text).quotes,
            error: None,
        }
    }
}

/// The spans of the organizations a document names that are neither the
/// target nor a party: the stance stage reads a cue aimed at one as aimed
/// at someone else ([`stance::QuoteContext::others`]). News outlets are
/// left out: in a report they are whom it was told to (`told the World at
/// One`), seldom what it judges.
fn other_orgs(org_mentions: &[orgs::OrgMention]) -> Vec<Span> {
    org_mentions
        .iter()
        .filter(|m| {
            !matches!(
                m.org.kind,
                OrgKind::Government | OrgKind::Party | OrgKind::Media
            )
        })
        .map(|m| m.span)
        .collect()
}
