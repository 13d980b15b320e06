//! Stance toward the target: who is judged, not just which words are warm.
//! Lexicon and rules with evidence, each cue aimed at an object, the speaker's
//! side as evidence, the target as data, and target-level scoring.
//!
//! **Takes** a document and a quote's byte span, plus what the other stages
//! know ([`QuoteContext`]): the cue, the sentences around the quote, the
//! speaker's [`Side`] (from the attribution's organization and mention) and
//! what the document as a whole says of the target ([`DocumentTarget`]: whether
//! it names it, the governing party, the people it marks as the target); or a
//! sentence and a mention's byte span. **Gives** a [`Stance`](crate::Stance): a
//! label, a score in [-1, 1] and the evidence that decided it (each cue's text,
//! byte span, weight and the rules that shaped the weight, its aim last).
//! [`StanceScorer::explain_quote`] gives the whole reckoning, cues aimed
//! elsewhere included ([`QuoteExplanation`], what `sayso explain` prints).
//!
//! # How a quote is scored
//!
//! 1. *Lexicon* ([`lexicon`]): VADER's valences (`data/vader/`, MIT) overlaid with our
//!    domain lexicon (`data/stance/domain.tsv`): public-policy, political and
//!    industrial-dispute phrases (`insult`, `fell well short`, `draconian`, `step in
//!    the right direction`), and zeros for words VADER rates that in news name a topic
//!    (`party`, `interest rates`, `civil liberties`). Phrases are found through an
//!    index of their first word (one-word phrases) or first two words (longer ones),
//!    shared with the rule triggers, the target's names and the elsewhere words, in one
//!    pass over the quote's tokens; where phrases overlap, the longest wins.
//! 2. *Rules* ([`rules`]), with their trigger words in `data/stance/rules.tsv`: negation
//!    scope (`not a concrete offer`), a lack or failure with nothing to negate
//!    (`lacked compulsion`), intensifiers and dampeners, contrast and concession,
//!    praise in scare quotes, rhetorical questions, demands (`ministers must think
//!    again`, `should have`, a bare imperative: `Scrap the tax.`) and appeals to the
//!    target, inside the quote or as its cue (`urged ministers to publish`, whose quote is
//!    what is asked for, no praise of what is), and the frame's cue verbs:
//!    `condemned`, `welcomed`; rejections (`rejected`, `dismissed`) defend the target in
//!    its own speaker's mouth and criticise it in anyone else's, defences (`denied`,
//!    `insisted`) count only from the target's speaker. A good that is harmed counts
//!    against (`abused the public's trust`), a harm that is fought, ended or reduced
//!    counts for (`help the fight against terrorism`, `to end child poverty`), and what
//!    is only attempted (`an attempt to reassure`) counts less.
//! 3. *Aims* ([`aim`]): each cue is aimed at the nearest object of its clause (a target
//!    or proxy first), else of its sentence: a target mention, a proxy (`the bill`,
//!    `these cuts`) nobody else owns, the speaker's own side (`our members`), or another
//!    party, government or body; or at nothing (`loose`). What the quote as a whole is
//!    about ([`Topic`]: the target, only the sentences around it, only the story (one
//!    whose opening names the target, or any that names it for a party's politician),
//!    someone else, nothing) decides how much loose cues count.
//! 4. *Who says it* ([`Side`]): the target's own speaker, a party, another government,
//!    anyone else, unknown. Every cue counts its weight times the factor of its side,
//!    aim and polarity (and for a loose cue the topic's), from `data/stance/weights.tsv`:
//!    a verdict on anyone but the target counts 0, the target's own speaker's criticism
//!    is about others, an opposition party's praise of its own plans is no verdict, but
//!    its praise of the government's move is. A negation by the target's own speaker in
//!    a quote about the target is a denial that defends it, unless a goal or condition
//!    holds it (`to make sure that legal aid is not abused`) or it negates a step of
//!    procedure (`no decisions have been taken`); in anyone else's, a deed of the target
//!    said not done (`ministers have not published any plan`) is a verdict against it.
//! 5. *Target* ([`target`]): which names are "the government" is a data file, and so
//!    are the words that put a generic name elsewhere (`data/stance/elsewhere.tsv`):
//!    `South Africa's finance minister` is neither a government speaker nor a mention of
//!    the government. The same decision flags `government: true` in the attribution.
//!
//! The sum of weights `s` becomes `s / sqrt(s² + 15)` (VADER's normalization); a score
//! at or beyond the threshold of `weights.tsv` (0.2) is `positive` or `negative`, else
//! `neutral`. `examples/stance_fit.rs` reports the figures of the weights on gold files,
//! lists the wrong quotes with their explanations, and fits the factors from a flat prior
//! with leave-one-article-out cross-validation (nested: the fit's guard against noise is
//! chosen on the other articles alone). The built-in factors are set by hand
//! (fitted ones did worse on held-out articles); `docs/stance-errors.md` has the figures
//! of both and the errors by cause.
//!
//! # The target file
//!
//! One entry a line; `#` starts a comment line. A line is a phrase naming the target,
//! matched case-insensitively on word boundaries; a single capitalised word (a surname)
//! must match with its capital, and the possessive matches too. `?NAME` is a generic
//! name, the target only where no word around it puts it elsewhere; `@NAME` is one of
//! the target's own places or bodies, which never does (nor a place inside it: `@Wales
//! Office`); `!NAME` names something that is never the
//! target even though it contains a target name; `NAME<TAB>PARTY` is an office holder of
//! a party, which in a document naming them in office is the governing party. A name is
//! the target when it contains a listed phrase (a generic one in place) and no `!`
//! phrase. Worked example, a target file for the US administration in 2016:
//!
//! ```text
//! # the US administration (<TAB> is a tab)
//! ?administration
//! White House
//! Obama<TAB>Democratic
//! State Department
//! @US
//! @American
//! !White House press corps
//! ```
//!
//! ```
//! use sayso::stance::StanceScorer;
//! let us = StanceScorer::with_target(
//!     "?administration\nWhite House\nObama\tDemocratic\n@US\n!White House press corps\n",
//! )
//! .unwrap();
//! assert!(us.is_target("White House spokesman"));
//! assert!(us.is_target("a US administration official"));
//! assert!(!us.is_target("the French administration"));
//! assert!(!us.is_target("White House press corps"));
//! assert!(!us.is_target("Downing Street"));
//! ```
//!
//! # Hard cases
//!
//! - Sarcasm and irony beyond scare quotes and rhetorical questions are not detected,
//!   and neither are criticisms made of facts alone (`80,000 places have been lost
//!   since 1997`).
//! - Pronouns are not resolved: a demand whose subject is `he`/`they` is taken to be
//!   aimed at whoever the quote is about; a cue's object is the nearest one by words,
//!   not by syntax.
//! - Which party governs is known only from the office holders the document names; a
//!   document about a party that names none of them reads its verdicts on that party
//!   as verdicts on someone else.
//! - The side comes from the attribution's organization: a wrong or missing
//!   organization (a minister given a department of another government, an opposition
//!   spokesman given none) weighs the cues from the wrong side.
//! - Target-level scoring ([`StanceScorer::score_target`]) uses a learned linear model on
//!   top of the rules; its evidence is the words and rule readings that weighed most. Its
//!   weights are in `data/stance/newsmtsc.tsv`, and the words that make a mention the
//!   speaker (`said`, `told`) in `data/stance/speech_words.txt`.

pub mod aim;
mod explain;
pub mod lexicon;
pub mod model;
pub mod rules;
mod score;
pub mod target;

pub use aim::{Aim, Side, Topic};
pub use explain::{CueReading, QuoteExplanation};
pub use score::{QuoteScratch, TargetLine, TargetResult};
pub use target::DocumentTarget;

use std::sync::OnceLock;

use rustc_hash::FxHashSet;

use crate::span::Span;

/// The built-in data files.
pub const VADER_LEXICON: &str = include_str!("../../data/vader/vader_lexicon.txt");
pub const DOMAIN_LEXICON: &str = include_str!("../../data/stance/domain.tsv");
pub const RULES: &str = include_str!("../../data/stance/rules.tsv");
pub const TARGET_UK: &str = include_str!("../../data/stance/target_uk.txt");
pub const TARGET_MODEL: &str = include_str!("../../data/stance/newsmtsc.tsv");
pub const SPEECH_WORDS: &str = include_str!("../../data/stance/speech_words.txt");
pub const ELSEWHERE: &str = target::ELSEWHERE;
pub const WEIGHTS: &str = include_str!("../../data/stance/weights.tsv");

/// What the stance stage knows about a quote besides its words.
#[derive(Debug, Clone, Copy, Default)]
pub struct QuoteContext<'a> {
    /// The cue's byte span in the document (`condemned`, `welcomed`, …).
    pub cue: Option<Span>,
    /// The sentence(s) framing the quote, byte span in the document.
    pub frame: Option<Span>,
    /// Who says the quote: the target's own speaker, a party, another
    /// government, anyone else ([`StanceScorer::speaker_side`] tells it from
    /// the attribution).
    pub speaker: Side,
    /// What the document as a whole says of the target
    /// ([`StanceScorer::read_document`]): whether it names it (a cue aimed
    /// at nothing in particular is then more likely about it than in a text
    /// that never does), the governing party, the people it marks as the
    /// target.
    pub document: Option<&'a target::DocumentTarget<'a>>,
    /// Byte spans in the document, in text order, of the organizations the
    /// organization stage found that are neither the target, a party nor a
    /// news outlet (`the RMT`, `Acme`): a cue aimed at one inside the quote
    /// is aimed at someone else. Empty by default.
    pub others: &'a [Span],
}

/// A data file that cannot be used.
#[derive(Debug, Clone, thiserror::Error)]
pub enum StanceError {
    #[error("stance data: {0}")]
    Data(String),
    #[error("stance input: {0}")]
    Input(String),
}

/// The texts of every data file the scorer uses; [`StanceData::default`] is the
/// built-in set. Replace any field with a file's contents to override it.
#[derive(Debug, Clone, Copy)]
pub struct StanceData<'a> {
    /// `WORD<TAB>VALENCE…` (the VADER format).
    pub vader: &'a str,
    /// `PHRASE<TAB>WEIGHT`.
    pub domain: &'a str,
    /// `KIND<TAB>PHRASE<TAB>WEIGHT`.
    pub rules: &'a str,
    /// The target file (see the module documentation).
    pub target: &'a str,
    /// `FEATURE<TAB>W_NEG<TAB>W_NEU<TAB>W_POS`.
    pub target_model: &'a str,
    /// The words that report speech, one a line, for the target model's features.
    pub speech_words: &'a str,
    /// `KIND<TAB>PHRASE`: the words that put a name elsewhere (places,
    /// parties, other governments).
    pub elsewhere: &'a str,
    /// The factors of each side and aim, and the threshold.
    pub weights: &'a str,
}

impl Default for StanceData<'_> {
    fn default() -> Self {
        StanceData {
            vader: VADER_LEXICON,
            domain: DOMAIN_LEXICON,
            rules: RULES,
            target: TARGET_UK,
            target_model: TARGET_MODEL,
            speech_words: SPEECH_WORDS,
            elsewhere: ELSEWHERE,
            weights: WEIGHTS,
        }
    }
}

/// Scores text toward a target (by default the UK government). Build it once;
/// it is `Send + Sync` and cheap to share.
#[derive(Debug, Clone)]
pub struct StanceScorer {
    lexicon: lexicon::Lexicon,
    rules: rules::Rules,
    target: target::Target,
    /// The lexicon's, the rules' and the target's phrase sets indexed
    /// together, so that a quote's tokens are looked up once for all.
    index: lexicon::SetIndex<5>,
    /// The rules' proxies, the target's names, the other parties and
    /// bodies and the titles indexed together: whether a quote may name
    /// anyone a cue could be aimed at ([`rules::may_name_anyone`]).
    objects: lexicon::SetIndex<4>,
    /// How much a cue counts by side and aim.
    weights: aim::Weights,
    /// Words that report speech (`said`, `told`), in lowercase: a target
    /// model feature.
    speech_words: FxHashSet<String>,
    /// The target model. Only target-level scoring reads it, and the built-in
    /// one is by far the biggest data file (parsing it would be most of the
    /// work of building a pipeline), so [`StanceScorer::new`] and
    /// [`StanceScorer::with_target`] leave this empty and the built-in model is
    /// parsed on first use. [`StanceScorer::from_data`] parses the model it is
    /// given right away, so its errors are reported there.
    model: OnceLock<Result<model::TargetModel, StanceError>>,
}

impl Default for StanceScorer {
    fn default() -> Self {
        StanceScorer::new()
    }
}

impl StanceScorer {
    /// The scorer with the built-in lexicons and target.
    pub fn new() -> StanceScorer {
        // The built-in files are tested; failing here is a build defect, not bad input.
        StanceScorer::with_target(TARGET_UK).expect("built-in stance data is valid")
    }

    /// The built-in lexicons with a user-supplied target file.
    pub fn with_target(target_file_text: &str) -> Result<StanceScorer, StanceError> {
        // The built-in target model is parsed on first use (see `model`).
        StanceScorer::without_model(&StanceData {
            target: target_file_text,
            ..StanceData::default()
        })
    }

    /// A scorer from the given data file texts. Unlike [`StanceScorer::new`],
    /// this parses the target model now, whether it is the built-in one or not.
    pub fn from_data(data: &StanceData<'_>) -> Result<StanceScorer, StanceError> {
        let scorer = StanceScorer::without_model(data)?;
        let model = model::TargetModel::parse(data.target_model)?;
        Ok(StanceScorer {
            model: OnceLock::from(Ok(model)),
            ..scorer
        })
    }

    /// A scorer from every file of `data` but the target model, which is left
    /// to be the built-in one, parsed on first use.
    fn without_model(data: &StanceData<'_>) -> Result<StanceScorer, StanceError> {
        let lexicon = lexicon::Lexicon::new(data.vader, data.domain)?;
        let rules = rules::Rules::parse(data.rules)?;
        let target = target::Target::parse_with(data.target, data.elsewhere)?;
        let weights = aim::Weights::parse(data.weights)?;
        let speech_words = lexicon::data_lines(data.speech_words)
            .map(|(_, word)| word.trim().to_lowercase())
            .collect();
        Ok(StanceScorer {
            index: rules::index_sets(&lexicon, &rules, &target),
            objects: rules::index_objects(&rules, &target),
            speech_words,
            lexicon,
            rules,
            target,
            weights,
            model: OnceLock::new(),
        })
    }

    /// The phrase sets quotes and sentences are analysed with.
    fn sets(&self) -> rules::Sets<'_> {
        rules::Sets {
            lexicon: &self.lexicon,
            rules: &self.rules,
            target: &self.target,
            index: Some(&self.index),
        }
    }

    /// The target model, parsing the built-in one if this is its first use.
    fn target_model(&self) -> Result<&model::TargetModel, StanceError> {
        self.model
            .get_or_init(|| model::TargetModel::parse(TARGET_MODEL))
            .as_ref()
            .map_err(StanceError::clone)
    }

    /// Whether a speaker's or organization's name denotes the target
    /// (`DHSC spokesperson`, `Government`, `Steve Barclay` for the UK default).
    pub fn is_target(&self, name: &str) -> bool {
        self.target.is_target(name)
    }

    /// The compiled target.
    pub fn target(&self) -> &target::Target {
        &self.target
    }

    /// The factors quotes are scored with (`data/stance/weights.tsv`).
    pub fn weights(&self) -> &aim::Weights {
        &self.weights
    }

    /// What `document` as a whole says of the target, for the
    /// [`QuoteContext`] of each of its quotes: see [`target::Target::read_document`].
    /// `speakers` are the people the attribution found to speak for the target.
    pub fn read_document<'a>(&'a self, document: &'a str, speakers: &[&str]) -> DocumentTarget<'a> {
        self.target.read_document(document, speakers)
    }

    /// The side of a speaker, from what the attribution found: their
    /// organization (its `government` flag, or words in its name such as
    /// `Conservative Party` or `Scottish Executive`), else their name and
    /// mention (`shadow home secretary David Davis`, `the Scottish Executive`).
    /// An organization's name alone does not say whether it is a company or
    /// a public body: one that tells no side is [`Side::Other`] here, where
    /// [`Pipeline::analyze`](crate::Pipeline::analyze), which knows the kind
    /// of each organization it found, makes their speakers
    /// [`Side::Institution`].
    ///
    /// ```
    /// use sayso::stance::{Side, StanceScorer};
    /// use sayso::Organization;
    /// let s = StanceScorer::new();
    /// let org = |name: &str, government| Organization {
    ///     name: name.to_string(),
    ///     acronym: None,
    ///     government,
    /// };
    /// assert_eq!(s.speaker_side(Some(&org("Home Office", true)), &[]), Side::Target);
    /// assert_eq!(s.speaker_side(Some(&org("Liberal Democrats", false)), &[]), Side::Party);
    /// assert_eq!(s.speaker_side(None, &["George Osborne", "shadow chancellor George Osborne"]), Side::Party);
    /// assert_eq!(s.speaker_side(Some(&org("Scottish Executive", false)), &[]), Side::OtherGovernment);
    /// assert_eq!(s.speaker_side(Some(&org("Unite", false)), &["Ms Jones"]), Side::Other);
    /// assert_eq!(s.speaker_side(None, &["Sam Jones", "he"]), Side::Unknown);
    /// ```
    pub fn speaker_side(&self, organization: Option<&crate::Organization>, names: &[&str]) -> Side {
        self.speaker_side_by(organization, None, names, |name| self.side_of_name(name))
    }

    /// The side the words of a speaker's or organization's name tell, if
    /// any (what [`StanceScorer::speaker_side`] reads each name for).
    pub(crate) fn side_of_name(&self, name: &str) -> Option<Side> {
        aim::side_of_name(&self.target, name)
    }

    /// [`StanceScorer::side_of_name`] with its buffers kept in `scratch`,
    /// for reading a document's names one after another.
    pub(crate) fn side_of_name_with(
        &self,
        name: &str,
        scratch: &mut aim::NameScratch,
    ) -> Option<Side> {
        aim::side_of_name_with(&self.target, name, scratch)
    }

    /// [`StanceScorer::speaker_side`] with the side of each name told by
    /// `side_of_name` (as [`StanceScorer::side_of_name`] tells it): a
    /// document's speakers share organizations and names, which need be
    /// read only once.
    ///
    /// `institution` is the side of a speaker whose organization is a
    /// company ([`Side::Company`]) or a public body, or, when none was
    /// found, whose mention heads one (`chief executive Ann Cole`,
    /// [`Side::Institution`]): the side when no name tells another.
    pub(crate) fn speaker_side_by<'a>(
        &self,
        organization: Option<&'a crate::Organization>,
        institution: Option<Side>,
        names: &[&'a str],
        mut side_of_name: impl FnMut(&'a str) -> Option<Side>,
    ) -> Side {
        if organization.is_some_and(|o| o.government) {
            return Side::Target;
        }
        let named = organization
            .map(|o| o.name.as_str())
            .into_iter()
            .chain(names.iter().copied())
            .find_map(&mut side_of_name);
        match (named.or(institution), organization) {
            (Some(side), _) => side,
            (None, Some(_)) => Side::Other,
            (None, None) => Side::Unknown,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_target_model_parses() {
        // `new` defers the model; a defect in the file would only show on
        // the first target-level score.
        let scorer = StanceScorer::new();
        let model = scorer.target_model().expect("built-in target model parses");
        assert!(model.weights.len() > 1000);
        let eager = StanceScorer::from_data(&StanceData::default()).expect("built-in data");
        assert_eq!(
            eager.target_model().ok().map(|m| m.weights.len()),
            Some(model.weights.len())
        );
    }

    #[test]
    fn bad_target_model_is_an_error() {
        let data = StanceData {
            target_model: "w:fair\t0.1\tx\t0.3\n",
            ..StanceData::default()
        };
        assert!(StanceScorer::from_data(&data).is_err());
    }
}
