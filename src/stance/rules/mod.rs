//! The stance rules: how lexicon hits are weighed in context. Each rule is a
//! function of the tokens, the lexicon hits and the trigger words listed in
//! `data/stance/rules.tsv`; the words are data, the rules are code.
//!
//! [`analyze_into`] tokenizes a quote and finds its lexicon, trigger and
//! target hits here, then reads it in passes, each in a module of its own:
//! - `structure`: the sentence and clause of each token, and the embedded
//!   quotations (short ones are scare quotes);
//! - `weigh`: the lexicon hits that are cues, and the rules that change
//!   their weights (negation, harm and remedy, intensifiers, scare quotes,
//!   lack, irrealis and warnings, contrast, off-target praise, the speaker's
//!   side);
//! - `demands`: cues that are a form of the sentence rather than a word
//!   (demands, appeals, bare imperatives, rhetorical questions).
//!
//! The words around a quote that frame it are read by [`frame_around`] and
//! [`frame_items_into`] (module `frame`).

use super::aim::{Aim, Side};
use super::lexicon::{
    data_lines, tab_fields, tokenize_into, Hit, Lexicon, PhraseSet, Punct, SetIndex, Token, Tokens,
};
use super::target::{DocumentTarget, Target};
use super::StanceError;
use crate::span::Span;

mod demands;
mod frame;
mod structure;
mod weigh;

pub use frame::{asked_for, cue_object, frame_around, frame_items_into};

/// What a trigger phrase of `rules.tsv` does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Negator,
    Booster,
    Dampener,
    Contrast,
    Concession,
    Demand,
    Imperative,
    Question,
    Frame,
    Other,
    Irrealis,
    Modal,
    Appeal,
    Boundary,
    Proxy,
    Rebuttal,
    Defence,
    Harm,
    Remedy,
    Procedure,
}

impl Kind {
    /// Whether the phrase frames a quote from outside it (a cue verb).
    fn frames(self) -> bool {
        matches!(self, Kind::Frame | Kind::Rebuttal | Kind::Defence)
    }

    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "negator" => Kind::Negator,
            "booster" => Kind::Booster,
            "dampener" => Kind::Dampener,
            "contrast" => Kind::Contrast,
            "concession" => Kind::Concession,
            "demand" => Kind::Demand,
            "imperative" => Kind::Imperative,
            "question" => Kind::Question,
            "frame" => Kind::Frame,
            "other" => Kind::Other,
            "irrealis" => Kind::Irrealis,
            "modal" => Kind::Modal,
            "appeal" => Kind::Appeal,
            "boundary" => Kind::Boundary,
            "proxy" => Kind::Proxy,
            "rebuttal" => Kind::Rebuttal,
            "defence" => Kind::Defence,
            "harm" => Kind::Harm,
            "remedy" => Kind::Remedy,
            "procedure" => Kind::Procedure,
            _ => return None,
        })
    }
}

/// The compiled trigger lists.
#[derive(Debug, Clone)]
pub struct Rules {
    pub kinds: Vec<Kind>,
    pub weights: Vec<f64>,
    pub set: PhraseSet,
    /// The frame phrases alone: most text around a quote has none, which
    /// [`PhraseSet::may_match`] tells without tokenizing it.
    frames: PhraseSet,
    /// The proxy phrases alone (`the bill`, `these cuts`): whether a quote
    /// may name anything a cue could be aimed at is told from them, the
    /// target's names and the other parties and bodies
    /// ([`may_name_anyone`]).
    proxies: PhraseSet,
    /// For each entry, whether its phrase is a step of procedure
    /// ([`Kind::Procedure`]), whatever kind the entry itself has.
    pub procedure: Vec<bool>,
    /// The [`TITLES`], for [`may_name_anyone`].
    titles: PhraseSet,
}

/// The titles a person the document marks as the target may be named
/// after (`Mr Blair`), as [`titled_people`] tells them.
const TITLES: [&str; 9] = [
    "mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame",
];

impl Rules {
    /// Parses `KIND<TAB>PHRASE<TAB>WEIGHT` lines.
    pub fn parse(text: &str) -> Result<Rules, StanceError> {
        let mut kinds = Vec::new();
        let mut weights = Vec::new();
        let mut phrases = Vec::new();
        for (n, line) in data_lines(text) {
            let mut parts = tab_fields(line);
            let bad = || {
                StanceError::Data(format!(
                    "rules line {}: expected KIND<TAB>PHRASE<TAB>WEIGHT",
                    n + 1
                ))
            };
            let kind = parts
                .next()
                .and_then(|k| Kind::parse(k.trim()))
                .ok_or_else(bad)?;
            let phrase = parts
                .next()
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .ok_or_else(bad)?;
            let weight: f64 = parts
                .next()
                .and_then(|w| w.trim().parse().ok())
                .filter(|w: &f64| w.is_finite())
                .ok_or_else(bad)?;
            kinds.push(kind);
            weights.push(weight);
            phrases.push(phrase.to_lowercase());
        }
        let set = PhraseSet::new(&phrases, &[])?;
        let frames: Vec<&str> = phrases
            .iter()
            .zip(&kinds)
            .filter(|&(_, &kind)| kind.frames())
            .map(|(p, _)| p.as_str())
            .collect();
        let frames = PhraseSet::new(&frames, &[])?;
        let proxies: Vec<&str> = phrases
            .iter()
            .zip(&kinds)
            .filter(|&(_, &kind)| kind == Kind::Proxy)
            .map(|(p, _)| p.as_str())
            .collect();
        let proxies = PhraseSet::new(&proxies, &[])?;
        // A phrase listed twice matches as its first entry; a step of
        // procedure listed as a proxy too (`decision`) is still one.
        let procedure_phrases: Vec<&str> = phrases
            .iter()
            .zip(&kinds)
            .filter(|&(_, &kind)| kind == Kind::Procedure)
            .map(|(p, _)| p.as_str())
            .collect();
        let procedure = phrases
            .iter()
            .map(|p| procedure_phrases.contains(&p.as_str()))
            .collect();
        Ok(Rules {
            kinds,
            weights,
            set,
            frames,
            proxies,
            procedure,
            titles: PhraseSet::new(&TITLES, &[])?,
        })
    }
}

/// One weighed cue: where it is, its lexicon weight, its weight after the
/// rules, the rules that applied (`lexicon` first), and, once the quote's
/// objects are known, what it is aimed at.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    pub span: Span,
    pub first: usize,
    pub last: usize,
    pub base: f64,
    pub weight: f64,
    pub rules: Applied,
    /// What the cue is aimed at (see [`crate::stance::aim`]).
    pub aim: Aim,
    /// The object's span, when the cue is aimed at one.
    pub object: Option<Span>,
    /// The trigger kind of a rule or frame cue (`demand`, `rebuttal`).
    pub trigger: Option<Kind>,
}

/// A rule that can shape an item's weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    Lexicon,
    Negation,
    Intensifier,
    Dampener,
    ScareQuote,
    Irrealis,
    Contrast,
    Concession,
    OffTarget,
    SpeakerSide,
    Demand,
    RhetoricalQuestion,
    Frame,
    Lack,
    Denial,
    Unmet,
    Harm,
    Remedy,
}

impl Rule {
    /// The name evidence gives the rule (`scare-quote`, `off-target`, …).
    pub fn name(self) -> &'static str {
        match self {
            Rule::Lexicon => "lexicon",
            Rule::Negation => "negation",
            Rule::Intensifier => "intensifier",
            Rule::Dampener => "dampener",
            Rule::ScareQuote => "scare-quote",
            Rule::Irrealis => "irrealis",
            Rule::Contrast => "contrast",
            Rule::Concession => "concession",
            Rule::OffTarget => "off-target",
            Rule::SpeakerSide => "speaker-side",
            Rule::Demand => "demand",
            Rule::RhetoricalQuestion => "rhetorical-question",
            Rule::Frame => "frame",
            Rule::Lack => "lack",
            Rule::Denial => "denial",
            Rule::Unmet => "unmet",
            Rule::Harm => "harm",
            Rule::Remedy => "remedy",
        }
    }
}

/// The rules that shaped an item's weight, in the order they applied, each
/// once. A fixed array of one-byte rules rather than a `Vec` (or names):
/// there are only seventeen rules, and every item carries a list, which
/// stays small to copy.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Applied {
    rules: [Rule; 16],
    len: usize,
}

impl Applied {
    fn one(rule: Rule) -> Applied {
        // The slots past `len` are never read.
        Applied {
            rules: [rule; 16],
            len: 1,
        }
    }

    fn add(&mut self, rule: Rule) {
        if self.rules().contains(&rule) {
            return;
        }
        if let Some(slot) = self.rules.get_mut(self.len) {
            *slot = rule;
            self.len += 1;
        }
    }

    /// The rules, in the order they applied.
    pub fn rules(&self) -> &[Rule] {
        self.rules.get(..self.len).unwrap_or_default()
    }

    /// Their names, in the order the rules applied.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.rules().iter().map(|r| r.name())
    }
}

impl Item {
    /// An item for a hit, weighing `weight`, produced by `rule`.
    fn new(hit: &Hit, weight: f64, rule: Rule) -> Item {
        Item {
            span: hit.span,
            first: hit.first,
            last: hit.last,
            base: weight,
            weight,
            rules: Applied::one(rule),
            aim: Aim::Loose,
            object: None,
            trigger: None,
        }
    }

    /// What the speaker's side and the quote's topic weigh by themselves,
    /// shown at `at` (the cue).
    pub(super) fn side(at: Span, weight: f64) -> Item {
        Item {
            span: at,
            first: 0,
            last: 0,
            base: weight,
            weight,
            rules: Applied::one(Rule::SpeakerSide),
            aim: Aim::Loose,
            object: None,
            trigger: None,
        }
    }

    /// A denial by the target's own speaker at the negator `hit`, weighing
    /// `weight`, aimed at the target it defends.
    pub(super) fn denial(hit: &Hit, weight: f64) -> Item {
        Item::new(hit, weight, Rule::Denial).aimed(Aim::Target, None, Some(Kind::Negator))
    }

    /// A deed of the target said not done, at the negator `hit`, weighing
    /// `weight`, aimed at the target mention `object` that does it.
    pub(super) fn unmet(hit: &Hit, weight: f64, object: Span) -> Item {
        Item::new(hit, weight, Rule::Unmet).aimed(Aim::Target, Some(object), Some(Kind::Negator))
    }

    /// `self` aimed at `aim`, with the trigger kind `kind`.
    fn aimed(mut self, aim: Aim, object: Option<Span>, kind: Option<Kind>) -> Item {
        self.aim = aim;
        self.object = object;
        self.trigger = kind;
        self
    }

    pub(super) fn apply(&mut self, factor: f64, rule: Rule) {
        self.weight *= factor;
        self.rules.add(rule);
    }
}

/// Options of one analysis.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Who says the text: the target's own speaker is not making demands of
    /// it, nor holding its praise at arm's length.
    pub side: Side,
    /// The text is a quote whose cues are then aimed (see
    /// [`crate::stance::aim`]): the off-target and speaker-side rules, which
    /// stand in for that where nothing is aimed, are left out.
    pub aimed: bool,
}

impl Options {
    fn speaker_is_target(self) -> bool {
        self.side == Side::Target
    }
}

/// Everything the rules found in one stretch of text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    pub tokens: Tokens,
    pub items: Vec<Item>,
    /// Index of the sentence each token belongs to.
    pub sentence: Vec<usize>,
    /// Index of the clause each token belongs to.
    pub clause: Vec<usize>,
    /// Whether each token lies inside quotation marks embedded in the range.
    pub quoted: Vec<bool>,
    /// Target mentions (token ranges).
    pub targets: Vec<Hit>,
    /// Matches of the target's elsewhere list (places, parties, other
    /// governments; see [`Target::place`]).
    pub places: Vec<Hit>,
    /// Mentions of a generic target name that the words around put
    /// elsewhere (`the US Treasury`): another government.
    pub elsewhere: Vec<Hit>,
}

/// Adds to `targets` (the target mentions of `tokens`, in text order) the
/// mentions of what `document` marks as the target: its governing party
/// among `places` (`Labour's record`), and its people's surnames after a
/// title (`Mr Blair`).
fn document_targets(
    target: &Target,
    document: &DocumentTarget<'_>,
    tokens: &Tokens,
    text: &str,
    places: &[Hit],
    targets: &mut Vec<Hit>,
) {
    let before = targets.len();
    // The document's parties are read only for a quote that names a party
    // that may govern (one with an office holder in the target file: no
    // other can be the governing party) or a titled person.
    if places.iter().any(|p| target.may_govern(p.entry)) {
        if let Some(party) = document.governing_party() {
            for p in places {
                if target.party(p.entry) == Some(party)
                    && !targets.iter().any(|t| t.span.overlaps(p.span))
                {
                    targets.push(*p);
                }
            }
        }
    }
    titled_people(document, tokens, text, |i, t| {
        if !targets.iter().any(|h| h.span.overlaps(t.span)) {
            targets.push(Hit {
                entry: usize::MAX,
                span: t.span,
                first: i,
                last: i + 1,
            });
        }
        true
    });
    if targets.len() > before {
        targets.sort_by_key(|h| h.first);
    }
}

/// Calls `found` with each token of `tokens` (and its index) that is the
/// surname of one of the people `document` marks as the target after a
/// title (`Mr Blair`), in order; stops when it returns false.
fn titled_people(
    document: &DocumentTarget<'_>,
    tokens: &Tokens,
    text: &str,
    mut found: impl FnMut(usize, &Token) -> bool,
) {
    // A surname alone is someone only after a title (`Mr Blair`): `May` or
    // `Brown` alone is as likely a month or a colour. Every token is looked
    // at: a title is told by the length of its form first, then by its
    // bytes, and only the word after one is read. (The same as `TITLES`.)
    let is_title = |t: &Token| {
        (2..=4).contains(&t.norm_len())
            && matches!(
                tokens.norm_bytes(t),
                b"mr" | b"mrs" | b"ms" | b"miss" | b"dr" | b"sir" | b"lord" | b"lady" | b"dame"
            )
    };
    for (k, pair) in tokens.as_slice().windows(2).enumerate() {
        let [title, t] = pair else { continue };
        if !t.is_word || !is_title(title) {
            continue;
        }
        if titled_person(document, t, text) && !found(k + 1, t) {
            return;
        }
    }
}

/// Whether the word `t` (of `text`), after a title, is the surname of one
/// of the people `document` marks as the target.
fn titled_person(document: &DocumentTarget<'_>, t: &Token, text: &str) -> bool {
    let word = t.span.of(text);
    if !t.is_word || !word.starts_with(|c: char| c.is_uppercase()) {
        return false;
    }
    let bare = word.trim_end_matches("'s").trim_end_matches("’s");
    document.is_person(bare)
}

/// Whether a normalized form negates: `not`, `cannot` or a contraction in `n't`.
fn is_negated_contraction(norm: &[u8]) -> bool {
    // All three end in `t`; most words do not, and need no more comparing.
    norm.last() == Some(&b't') && (norm.ends_with(b"n't") || norm == b"cannot" || norm == b"not")
}

/// Whether token `i` follows a determiner or a possessive (`the`, `these`,
/// `our`, `Labour's`; the normalized form writes `’` as `'`): a word there is
/// read as a noun.
fn after_determiner(tokens: &Tokens, i: usize) -> bool {
    let Some(before) = i.checked_sub(1) else {
        return false;
    };
    let word = tokens.norm_bytes_at(before);
    matches!(
        word,
        b"the"
            | b"a"
            | b"an"
            | b"this"
            | b"that"
            | b"these"
            | b"those"
            | b"its"
            | b"their"
            | b"our"
            | b"your"
            | b"his"
            | b"her"
            | b"my"
            | b"any"
            | b"no"
            | b"every"
            | b"each"
    ) || word.ends_with(b"'s")
}

/// A capitalised single word in mid-sentence is a name (`Social Care
/// Secretary`, `Low Pay Commission`), not a verdict.
fn is_proper_noun(tokens: &Tokens, first: usize, last: usize, text: &str) -> bool {
    if last != first + 1 || first == 0 {
        return false;
    }
    let (Some(word), Some(prev)) = (tokens.get(first), tokens.get(first - 1)) else {
        return false;
    };
    // Most hits are lowercase words: the capital is looked at first.
    let mut chars = word.span.of(text).chars();
    let capital = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
    if !capital {
        return false;
    }
    let after_break = !prev.is_word
        && matches!(
            tokens.norm_of(prev),
            "." | "!" | "?" | "\"" | "'" | ":" | "(" | "–" | "—" | "-" | "…"
        );
    !after_break
}

/// Buffers for analysing one text after another: [`analyze_into`] and
/// [`frame_items_into`] leave their results here and reuse the allocations
/// of the previous text's.
#[derive(Debug, Clone, Default)]
pub struct Scratch {
    /// What [`analyze_into`] found last.
    pub analysis: Analysis,
    /// What [`frame_items_into`] found last.
    pub frame_items: Vec<Item>,
    lex_hits: Vec<Hit>,
    /// The trigger-word hits; once the lexicon hits are weighed, only the
    /// triggers not swallowed by a longer lexicon phrase.
    pub(super) rule_hits: Vec<Hit>,
    excluded: Vec<Hit>,
    marks: Vec<usize>,
    scare: Vec<bool>,
    frame_tokens: Tokens,
    frame_hits: Vec<Hit>,
    seen: Vec<usize>,
}

/// The bytes of a long quote: the per-token buffers of a [`Scratch`] get room
/// for at least this much text when first used.
const LONG_QUOTE: usize = 1024;

/// Runs the lexicon and the rules over `text[range]`.
pub fn analyze(
    lexicon: &Lexicon,
    rules: &Rules,
    target: &Target,
    text: &str,
    range: Span,
    opts: Options,
) -> Analysis {
    let mut scratch = Scratch::default();
    analyze_into(lexicon, rules, target, text, range, opts, &mut scratch);
    scratch.analysis
}

/// [`analyze`] into `scratch.analysis`, reusing the buffers of `scratch`.
pub fn analyze_into(
    lexicon: &Lexicon,
    rules: &Rules,
    target: &Target,
    text: &str,
    range: Span,
    opts: Options,
    scratch: &mut Scratch,
) {
    let sets = Sets {
        lexicon,
        rules,
        target,
        index: None,
    };
    analyze_sets_into(&sets, text, range, opts, None, scratch);
}

/// The phrase sets a text is analysed with, and optionally their
/// [`SetIndex`] (in the order lexicon, rules, target names, excluded names,
/// elsewhere words),
/// which finds the phrases of all of them in one pass over the tokens.
#[derive(Clone, Copy)]
pub(super) struct Sets<'a> {
    pub lexicon: &'a Lexicon,
    pub rules: &'a Rules,
    pub target: &'a Target,
    pub index: Option<&'a SetIndex<5>>,
}

/// The index [`Sets`] can use.
pub(super) fn index_sets(lexicon: &Lexicon, rules: &Rules, target: &Target) -> SetIndex<5> {
    let [include, exclude, elsewhere] = target.phrase_sets();
    SetIndex::new([&lexicon.set, &rules.set, include, exclude, elsewhere])
}

/// The phrase sets [`may_name_anyone`] looks for, in the order its index
/// is built with ([`index_objects`]): the proxies, the target's names, the
/// other parties and bodies, the titles.
fn object_sets<'a>(rules: &'a Rules, target: &'a Target) -> [&'a PhraseSet; 4] {
    let [include, ..] = target.phrase_sets();
    [
        &rules.proxies,
        include,
        target.other_objects(),
        &rules.titles,
    ]
}

/// The position of the titles in [`object_sets`].
const TITLES_SET: usize = 3;

/// The index [`may_name_anyone`] uses.
pub(super) fn index_objects(rules: &Rules, target: &Target) -> SetIndex<4> {
    SetIndex::new(object_sets(rules, target))
}

/// Whether the tokens of `text[range]` may name anything a cue could be
/// aimed at besides the speaker's own side: false only when
/// [`find_sets_into`] would find no target mention (nor any the words
/// around put elsewhere), no other party or body, no proxy and none of the
/// people `document` marks as the target. Any phrase of those sets counts,
/// even one a longer phrase would swallow, and a target's name even where
/// an excluded name or a place holds it: a text is told to name no one
/// only when it surely does not. Cheaper than finding every set's phrases:
/// the lexicon, whose words are everywhere, is not looked up.
pub(super) fn may_name_anyone(
    rules: &Rules,
    target: &Target,
    index: &SetIndex<4>,
    text: &str,
    range: Span,
    document: Option<&DocumentTarget<'_>>,
    tokens: &Tokens,
) -> bool {
    let mut named = false;
    index.each_match(object_sets(rules, target), text, range, tokens, |set, h| {
        // A title names someone only before a surname of the document's
        // people.
        named = set != TITLES_SET
            || document.is_some_and(|d| {
                tokens
                    .get(h.last)
                    .is_some_and(|t| titled_person(d, t, text))
            });
        !named
    });
    named
}

/// [`analyze_into`] with the sets of `sets`; what `document` marks as the
/// target (its governing party, its people) is the target here too.
pub(super) fn analyze_sets_into(
    sets: &Sets<'_>,
    text: &str,
    range: Span,
    opts: Options,
    document: Option<&DocumentTarget<'_>>,
    scratch: &mut Scratch,
) {
    find_sets_into(sets, text, range, document, scratch);
    weigh_found(sets, text, opts, scratch);
}

/// The first half of [`analyze_sets_into`]: the tokens of `range` and the
/// phrases of every set found in them, with the target's mentions (and
/// those `document` marks) and the places that put names elsewhere.
pub(super) fn find_sets_into(
    sets: &Sets<'_>,
    text: &str,
    range: Span,
    document: Option<&DocumentTarget<'_>>,
    scratch: &mut Scratch,
) {
    tokenize_range(text, range, scratch);
    find_in_tokens(sets, text, range, document, scratch);
}

/// The first step of [`find_sets_into`]: the tokens of `range`, into
/// `scratch.analysis.tokens`.
pub(super) fn tokenize_range(text: &str, range: Span, scratch: &mut Scratch) {
    let toks = &mut scratch.analysis.tokens;
    // Room for a long quote from the start: the buffers are reused for a
    // document's quotes, and would otherwise grow quote after quote.
    toks.clear();
    toks.reserve_text(range.of(text).len().max(LONG_QUOTE));
    tokenize_into(text, range, toks);
}

/// Empties the phrases found last ([`find_in_tokens`]): those of a text
/// whose tokens are found to name no one are not looked for.
pub(super) fn clear_found(scratch: &mut Scratch) {
    let Analysis {
        targets,
        places,
        elsewhere,
        ..
    } = &mut scratch.analysis;
    for hits in [
        targets,
        places,
        elsewhere,
        &mut scratch.lex_hits,
        &mut scratch.rule_hits,
        &mut scratch.excluded,
    ] {
        hits.clear();
    }
}

/// The second step of [`find_sets_into`], once the tokens of `range` are
/// in `scratch.analysis.tokens`.
pub(super) fn find_in_tokens(
    sets: &Sets<'_>,
    text: &str,
    range: Span,
    document: Option<&DocumentTarget<'_>>,
    scratch: &mut Scratch,
) {
    let Sets {
        lexicon,
        rules,
        target,
        index,
    } = *sets;
    let Scratch {
        analysis:
            Analysis {
                tokens: toks,
                targets,
                places,
                elsewhere,
                ..
            },
        lex_hits,
        rule_hits,
        excluded,
        ..
    } = scratch;
    let toks = &*toks;
    let [include, exclude, elsewhere_words] = target.phrase_sets();
    match index {
        Some(index) => {
            let sets = [&lexicon.set, &rules.set, include, exclude, elsewhere_words];
            index.find_into(
                sets,
                text,
                range,
                toks,
                [lex_hits, rule_hits, targets, excluded, places],
            );
        }
        None => {
            lexicon.set.find_into(text, range, toks, lex_hits);
            rules.set.find_into(text, range, toks, rule_hits);
            include.find_into(text, range, toks, targets);
            exclude.find_into(text, range, toks, excluded);
            elsewhere_words.find_into(text, range, toks, places);
        }
    }
    Target::drop_excluded(targets, excluded);
    elsewhere.clear();
    target.keep_in_place(toks, targets, places, elsewhere);
    if !targets.is_empty() && document.is_some_and(DocumentTarget::about_elsewhere) {
        target.move_generic(targets, places, elsewhere);
        elsewhere.sort_by_key(|h| h.first);
    }
    if let Some(document) = document {
        document_targets(target, document, toks, text, places, targets);
    }
}

/// The second half of [`analyze_sets_into`], once [`find_sets_into`] has
/// filled `scratch`: the structure the rules read (sentences, clauses,
/// embedded quotations) and the weighed cues.
pub(super) fn weigh_found(sets: &Sets<'_>, text: &str, opts: Options, scratch: &mut Scratch) {
    let Sets { lexicon, rules, .. } = *sets;
    let Scratch {
        analysis:
            Analysis {
                tokens: toks,
                items,
                sentence,
                clause,
                quoted,
                targets,
                ..
            },
        lex_hits,
        rule_hits,
        marks,
        scare,
        ..
    } = scratch;
    let toks = &*toks;
    let room = toks.as_slice().len().max(LONG_QUOTE / 3);
    let targets = &*targets;

    // The structure the rules read: sentences, clauses, embedded quotations.
    structure::sentences_and_clauses(rules, toks, rule_hits, room, sentence, clause, marks);
    structure::quotations(toks, sentence, marks, room, quoted, scare);

    weigh::lexicon_items(lexicon, rules, toks, text, lex_hits, rule_hits, items);
    let cx = Reading {
        rules,
        toks,
        sentence,
        clause,
        triggers: rule_hits,
        targets,
        opts,
    };
    weigh::modifiers(&cx, scare, items);
    weigh::lack(&cx, items);
    weigh::irrealis(&cx, items);
    weigh::contrast(&cx, items);
    weigh::off_target(&cx, items);
    weigh::speaker_side(&cx, items);
    demands::demands(&cx, items);
    items.sort_by_key(|it| it.span.start);
}

/// What the rule passes read of a text once its tokens and hits are found:
/// the tokens with the sentence and clause of each, the trigger hits (those
/// not swallowed by a longer lexicon phrase) and the target mentions.
#[derive(Clone, Copy)]
struct Reading<'a> {
    rules: &'a Rules,
    toks: &'a Tokens,
    sentence: &'a [usize],
    clause: &'a [usize],
    triggers: &'a [Hit],
    targets: &'a [Hit],
    opts: Options,
}

impl Reading<'_> {
    /// What the trigger `hit` does.
    fn kind_of(&self, hit: &Hit) -> Option<Kind> {
        self.rules.kinds.get(hit.entry).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::stance::{DOMAIN_LEXICON, RULES, TARGET_UK, VADER_LEXICON};

    /// The one-pass index finds what the phrase sets find one by one.
    fn check_index_agrees(text: &str) {
        let lexicon = Lexicon::new(VADER_LEXICON, DOMAIN_LEXICON).expect("built-in lexicon");
        let rules = Rules::parse(RULES).expect("built-in rules");
        let target = Target::parse(TARGET_UK).expect("built-in target");
        let index = index_sets(&lexicon, &rules, &target);
        let range = Span::new(0, text.len());
        let analysis = |index| {
            let sets = Sets {
                lexicon: &lexicon,
                rules: &rules,
                target: &target,
                index,
            };
            let mut scratch = Scratch::default();
            analyze_sets_into(&sets, text, range, Options::default(), None, &mut scratch);
            format!("{:?}", scratch.analysis)
        };
        assert_eq!(analysis(Some(&index)), analysis(None), "{text:?}");
    }

    #[test]
    fn titles_are_those_titled_people_reads() {
        let text = TITLES.map(|t| format!("{t} Blair")).join(", ");
        let all = Span::new(0, text.len());
        let tokens = crate::stance::lexicon::tokenize(&text, all);
        let target = Target::parse(TARGET_UK).expect("built-in target");
        let document = target.read_document("Tony Blair spoke.", &[]);
        let mut people = 0;
        titled_people(&document, &tokens, &text, |_, t| {
            assert_eq!(t.span.of(&text), "Blair");
            people += 1;
            true
        });
        assert_eq!(people, TITLES.len());
        let rules = Rules::parse(RULES).expect("built-in rules");
        assert_eq!(rules.titles.find(&text, all, &tokens).len(), TITLES.len());
    }

    #[test]
    fn the_index_finds_what_the_sets_find() {
        check_index_agrees("The government's plan is not good, said the union. “Very bad!”");
        check_index_agrees("");
    }

    proptest::proptest! {
        #[test]
        fn the_index_agrees_on_any_text(
            words in proptest::collection::vec(
                "the|not|never|government|ministers|Tory|very|good|bad|fair|cuts|no|don't|\
                 won’t|but|failed|praise|“|”|\"|,|\\.|!|\\?|[a-z]{1,6}|[A-Z][a-z]{1,5}",
                0..40,
            )
        ) {
            check_index_agrees(&words.join(" "));
        }
    }
}
