//! The stance rules: how lexicon hits are weighed in context. Each rule is a
//! function of the tokens, the lexicon hits and the trigger words listed in
//! `data/stance/rules.tsv`; the words are data, the rules are code.

use super::aim::{Aim, Side};
use super::lexicon::{
    data_lines, tab_fields, tokenize_into, Hit, Lexicon, PhraseSet, Punct, SetIndex, Token, Tokens,
};
use super::target::{DocumentTarget, Target};
use super::StanceError;
use crate::span::Span;

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
}

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
        Ok(Rules {
            kinds,
            weights,
            set,
            frames,
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
    // or a titled person.
    if places.iter().any(|p| target.party(p.entry).is_some()) {
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
    // A surname alone is someone only after a title (`Mr Blair`): `May` or
    // `Brown` alone is as likely a month or a colour. Every token is looked
    // at: a title is told by the length of its form first, then by its
    // bytes, and only the word after one is read.
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
        let i = k + 1;
        let word = t.span.of(text);
        if !word.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let bare = word.trim_end_matches("'s").trim_end_matches("’s");
        let person = document.people().iter().any(|p| p == bare);
        if person && !targets.iter().any(|h| h.span.overlaps(t.span)) {
            targets.push(Hit {
                entry: usize::MAX,
                span: t.span,
                first: i,
                last: i + 1,
            });
        }
    }
    if targets.len() > before {
        targets.sort_by_key(|h| h.first);
    }
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
                items,
                sentence,
                clause,
                quoted,
                targets,
                places,
                elsewhere,
            },
        lex_hits,
        rule_hits,
        excluded,
        marks,
        scare,
        ..
    } = scratch;
    // Room for a long quote from the start: the buffers are reused for a
    // document's quotes, and would otherwise grow quote after quote.
    toks.clear();
    toks.reserve_text(range.of(text).len().max(LONG_QUOTE));
    tokenize_into(text, range, toks);
    let toks = &*toks;
    let tokens = toks.as_slice();
    let n = tokens.len();
    let room = n.max(LONG_QUOTE / 3);
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
    if let Some(document) = document {
        document_targets(target, document, toks, text, places, targets);
    }

    // Sentences and clauses, and where the quotation marks are.
    sentence.clear();
    sentence.reserve(room);
    sentence.resize(n, 0);
    clause.clear();
    clause.reserve(room);
    clause.resize(n, 0);
    marks.clear();
    let (mut s, mut c) = (0, 0);
    let slots = sentence.iter_mut().zip(clause.iter_mut());
    for (i, (t, (sentence_of, clause_of))) in tokens.iter().zip(slots).enumerate() {
        *sentence_of = s;
        *clause_of = c;
        // Counted without branching on the kind: words and punctuation
        // alternate in no pattern a branch predictor could learn.
        let ends = t.punct == Punct::SentenceEnd;
        s += usize::from(ends);
        c += usize::from(ends || t.punct == Punct::ClauseBreak);
        if t.punct == Punct::QuoteMark {
            marks.push(i);
        }
    }
    // Contrast and concession words open a new clause.
    for h in rule_hits.iter() {
        if matches!(
            rules.kinds.get(h.entry),
            Some(Kind::Contrast | Kind::Concession)
        ) {
            let base = clause.get(h.first).copied().unwrap_or(0);
            for (j, cl) in clause.iter_mut().enumerate().skip(h.first) {
                if sentence.get(j) != sentence.get(h.first) || *cl != base {
                    break;
                }
                *cl = usize::MAX - h.first;
            }
        }
    }

    // Embedded quotations: short ones are scare quotes.
    quoted.clear();
    quoted.reserve(room);
    quoted.resize(n, false);
    scare.clear();
    scare.reserve(room);
    scare.resize(n, false);
    let mut k = 0;
    while let (Some(&a), Some(&b)) = (marks.get(k), marks.get(k + 1)) {
        if sentence.get(a) == sentence.get(b) || b - a <= 4 {
            let inner = a + 1..b;
            let words = tokens
                .get(inner.clone())
                .map_or(0, |inside| inside.iter().filter(|t| t.is_word).count());
            if let Some(inside) = quoted.get_mut(inner.clone()) {
                inside.fill(true);
            }
            if words <= 3 {
                if let Some(inside) = scare.get_mut(inner) {
                    inside.fill(true);
                }
            }
            k += 2;
        } else {
            k += 1;
        }
    }

    let kind_of = |h: &Hit| rules.kinds.get(h.entry).copied();
    // Lexicon hits, minus those that are really triggers (`no`, `so`).
    items.clear();
    for h in lex_hits.iter() {
        let w = lexicon.weights.get(h.entry).copied().unwrap_or(0.0);
        if w == 0.0 || is_proper_noun(toks, h.first, h.last, text) {
            continue;
        }
        // A proxy read as a noun (`the offer`, `Labour's plans`) names what
        // is judged, and its valence is no verdict; as a verb (`did not
        // offer`) it keeps it.
        let object = |r: &Hit| kind_of(r) == Some(Kind::Proxy) && after_determiner(toks, r.first);
        let shadowed = rule_hits.iter().any(|r| {
            r.span.overlaps(h.span)
                && r.span.len() >= h.span.len()
                && (object(r) || kind_of(r) != Some(Kind::Proxy))
                && !matches!(
                    kind_of(r),
                    Some(
                        Kind::Frame
                            | Kind::Imperative
                            | Kind::Other
                            | Kind::Rebuttal
                            | Kind::Defence
                            | Kind::Harm
                            | Kind::Remedy
                    )
                )
        });
        if shadowed {
            continue;
        }
        items.push(Item::new(h, w, Rule::Lexicon));
    }
    // Triggers not swallowed by a longer lexicon phrase (`nothing tangible`);
    // a proxy stays an object inside one (`a concrete offer`).
    rule_hits.retain(|r| {
        kind_of(r) == Some(Kind::Proxy)
            || !lex_hits
                .iter()
                .any(|h| h.span.len() > r.span.len() && h.span.contains(r.span))
    });
    let triggers = &*rule_hits;

    // The remedies that reach a harm (`the fight against crime`): their own
    // valence (`fight`) is no verdict, what they remedy counts for.
    let mut remedies: Vec<Span> = Vec::new();
    for it in items.iter_mut() {
        let cl = clause.get(it.first).copied();
        // Negation: a negator shortly before, in the same clause, with no
        // scope boundary (`that`, `which`) between. Praise is reached further
        // back (`not 'formed the basis of an agreement'`) than criticism.
        let reach = if it.weight > 0.0 { 8 } else { 3 };
        let from = it.first.saturating_sub(reach);
        let first = it.first;
        let boundary_between = |a: usize| {
            triggers
                .iter()
                .any(|b| kind_of(b) == Some(Kind::Boundary) && b.first >= a && b.last <= first)
        };
        let negated = triggers.iter().any(|r| {
            kind_of(r) == Some(Kind::Negator)
                && r.last <= it.first
                && r.last + reach > it.first
                && clause.get(r.first).copied() == cl
                && !boundary_between(r.last)
        }) || (from..it.first).any(|j| {
            clause.get(j).copied() == cl
                && is_negated_contraction(toks.norm_bytes_at(j))
                && !boundary_between(j + 1)
        });
        // A good that is harmed (`abused the public's trust`, `undermined
        // confidence`) is a loss: the praise word counts against.
        let harmed = it.weight > 0.0
            && triggers.iter().any(|r| {
                kind_of(r) == Some(Kind::Harm)
                    && r.last <= it.first
                    && r.last + 4 > it.first
                    && clause.get(r.first).copied() == cl
                    && !boundary_between(r.last)
            });
        // A harm fought, ended or reduced (`tackle crime`, `to end
        // unemployment`) is a good; before negation, so that a failure to
        // remedy (`failed to tackle crime`) is a failure.
        let remedy = triggers.iter().find(|r| {
            it.weight < 0.0
                && kind_of(r) == Some(Kind::Remedy)
                && r.last <= it.first
                && r.last + 4 > it.first
                && clause.get(r.first).copied() == cl
                && !boundary_between(r.last)
        });
        if let Some(r) = remedy {
            remedies.push(r.span);
            it.apply(-0.5, Rule::Remedy);
        }
        if negated {
            let f = if it.weight > 0.0 { -0.9 } else { -0.4 };
            it.apply(f, Rule::Negation);
        }
        if harmed {
            it.apply(-0.9, Rule::Harm);
        }
        // Intensifier or dampener right before (one word may sit between).
        for r in triggers.iter() {
            if r.last <= it.first && r.last + 1 >= it.first && clause.get(r.first).copied() == cl {
                let w = rules.weights.get(r.entry).copied().unwrap_or(0.0);
                match kind_of(r) {
                    Some(Kind::Booster) => it.apply(1.0 + w, Rule::Intensifier),
                    Some(Kind::Dampener) => it.apply((1.0 - w).max(0.0), Rule::Dampener),
                    _ => {}
                }
            }
        }
        // Scare quotes: praise held at arm's length is not praise.
        if !opts.speaker_is_target()
            && it.weight > 0.0
            && (it.first..it.last).all(|j| scare.get(j) == Some(&true))
        {
            it.apply(-0.5, Rule::ScareQuote);
        }
    }

    items.retain(|it| !remedies.iter().any(|r| r.overlaps(it.span)));

    // A negator of lack or failure with nothing to flip is the verdict
    // itself (`the proposals lacked compulsion`, `they failed to act`).
    for r in triggers.iter() {
        let w = rules.weights.get(r.entry).copied().unwrap_or(0.0);
        if kind_of(r) != Some(Kind::Negator) || w == 0.0 {
            continue;
        }
        let cl = clause.get(r.first).copied();
        let flips_one = items.iter().any(|it| {
            let reach = if it.weight > 0.0 { 8 } else { 3 };
            r.last <= it.first && r.last + reach > it.first && clause.get(it.first).copied() == cl
        });
        if !flips_one {
            items.push(Item::new(r, w, Rule::Lack));
        }
    }

    // Irrealis: what is hoped for, conditional or demanded has not happened.
    // A criticism a modal predicts (`it would be a costly scheme`, `could
    // leave anglers facing court`) is a warning, a verdict in its own right,
    // except from the target's own speaker (whose warnings are about others);
    // a praise word it negates (`would not win`) is not one.
    for r in triggers.iter() {
        let k = kind_of(r);
        let w = match k {
            Some(Kind::Irrealis | Kind::Modal) => {
                rules.weights.get(r.entry).copied().unwrap_or(1.0)
            }
            Some(Kind::Demand | Kind::Appeal) => 0.4,
            _ => continue,
        };
        // `may have been offensive` concedes and `would have helped` looks
        // back: neither predicts.
        let prediction =
            k == Some(Kind::Modal) && !opts.speaker_is_target() && toks.norm(r.last) != "have";
        let cl = clause.get(r.first).copied();
        // The scope ends at a boundary word (`that`, `after`) or 8 tokens on.
        let stop = triggers
            .iter()
            .filter(|b| kind_of(b) == Some(Kind::Boundary) && b.first >= r.last)
            .map(|b| b.first)
            .min()
            .unwrap_or(usize::MAX)
            .min(r.last + 8);
        for it in items.iter_mut() {
            let in_scope =
                it.first >= r.last && it.first < stop && clause.get(it.first).copied() == cl;
            // What the target's own speaker says its policy would do is its
            // case for it, not a hope.
            let own_promise = opts.aimed && opts.speaker_is_target() && it.weight > 0.0;
            let warning = prediction && it.base < 0.0 && it.weight < 0.0;
            let hedged = matches!(k, Some(Kind::Irrealis | Kind::Modal)) && !warning;
            if in_scope && !own_promise && (hedged || it.weight > 0.0) {
                it.apply(w, Rule::Irrealis);
            }
        }
    }

    // Contrast (`but`): before ×0.5, after ×w. Concession (`although`): its
    // clause ×0.5, the rest of the sentence ×w.
    for r in triggers.iter() {
        let w = rules.weights.get(r.entry).copied().unwrap_or(1.0);
        let sent = sentence.get(r.first).copied();
        match kind_of(r) {
            Some(Kind::Contrast) => {
                for it in items.iter_mut() {
                    if sentence.get(it.first).copied() != sent {
                        continue;
                    }
                    if it.last <= r.first {
                        it.apply(0.5, Rule::Contrast);
                    } else if it.first >= r.last {
                        it.apply(w, Rule::Contrast);
                    }
                }
            }
            Some(Kind::Concession) => {
                let own = clause.get(r.first).copied();
                for it in items.iter_mut() {
                    if sentence.get(it.first).copied() != sent {
                        continue;
                    }
                    if clause.get(it.first).copied() == own && it.first >= r.last {
                        it.apply(0.5, Rule::Concession);
                    } else {
                        it.apply(w, Rule::Concession);
                    }
                }
            }
            _ => {}
        }
    }

    // Off-target praise: aimed at the speaker's own side (members, mandate).
    for it in items.iter_mut() {
        if it.weight <= 0.0 || opts.speaker_is_target() || opts.aimed {
            continue;
        }
        let cl = clause.get(it.first).copied();
        let gap = |first: usize, last: usize| {
            if last <= it.first {
                it.first - last
            } else {
                first.saturating_sub(it.last)
            }
        };
        let target_gap = targets
            .iter()
            .filter(|t| clause.get(t.first).copied() == cl)
            .map(|t| gap(t.first, t.last))
            .min()
            .unwrap_or(usize::MAX);
        let other = triggers.iter().find(|r| {
            kind_of(r) == Some(Kind::Other)
                && clause.get(r.first).copied() == cl
                && (r.span.contains(it.span)
                    || gap(r.first, r.last) <= 4 && gap(r.first, r.last) < target_gap)
        });
        if let Some(r) = other {
            let w = rules.weights.get(r.entry).copied().unwrap_or(1.0);
            it.apply(w, Rule::OffTarget);
        }
    }

    // The speaker's side: a target's own speaker criticising is about others.
    if opts.speaker_is_target() && !opts.aimed {
        for it in items.iter_mut() {
            if it.weight < 0.0 {
                it.apply(0.3, Rule::SpeakerSide);
            } else {
                it.apply(1.2, Rule::SpeakerSide);
            }
        }
    }

    // Demands addressed to the target, and rhetorical questions.
    if !opts.speaker_is_target() {
        for r in triggers.iter() {
            let w = rules.weights.get(r.entry).copied().unwrap_or(0.0);
            let cl = clause.get(r.first).copied();
            match kind_of(r) {
                Some(Kind::Demand) => {
                    let before = r.first.saturating_sub(4)..r.first;
                    let subject = targets.iter().find(|t| {
                        t.last <= r.first
                            && t.last + 4 >= r.first
                            && clause.get(t.first).copied() == cl
                    });
                    let first_person = before.clone().any(|j| {
                        clause.get(j).copied() == cl && matches!(toks.norm(j), "we" | "i" | "us")
                    });
                    // An obligation put on the target (its name or proxy the
                    // subject), on someone the quote does not name (`they`,
                    // `it`, a demonstrative right before it: `that must
                    // change`), or one not met (`should have`): not on a
                    // party the quote names (`health unions will need to`,
                    // `said that the unions must`), and not the speaker's own.
                    let pronoun = before.clone().any(|j| {
                        clause.get(j).copied() == cl
                            && matches!(
                                toks.norm(j),
                                "he" | "she" | "they" | "you" | "it" | "there"
                            )
                    }) || r.first.checked_sub(1).is_some_and(|j| {
                        clause.get(j).copied() == cl && matches!(toks.norm(j), "this" | "that")
                    });
                    let proxy = triggers.iter().any(|p| {
                        kind_of(p) == Some(Kind::Proxy)
                            && p.last <= r.first
                            && p.last + 4 >= r.first
                    });
                    let unmet = toks.norm(r.last.saturating_sub(1)) == "have";
                    if !first_person && (subject.is_some() || pronoun || proxy || unmet) {
                        let aim = if subject.is_some() {
                            Aim::Target
                        } else {
                            Aim::Loose
                        };
                        let item = Item::new(r, w, Rule::Demand).aimed(
                            aim,
                            subject.map(|t| t.span),
                            Some(Kind::Demand),
                        );
                        items.push(item);
                    }
                }
                Some(Kind::Appeal) => {
                    let object = targets
                        .iter()
                        .find(|t| t.first >= r.last && t.first <= r.last + 2);
                    if let Some(t) = object {
                        let item = Item::new(r, w, Rule::Demand).aimed(
                            Aim::Target,
                            Some(t.span),
                            Some(Kind::Appeal),
                        );
                        items.push(item);
                    }
                }
                Some(Kind::Imperative) => {
                    // A bare verb opening its sentence (`Scrap the tax.`,
                    // `Raise pay to end strikes`) tells its hearer to act: a
                    // demand with no subject named. A noun of the same
                    // form (`Pay is too low`, `Drop in sales`) is followed
                    // by a verb or a preposition.
                    let start = sentence_start(sentence, r.first);
                    let opens = (start..r.first).all(|j| {
                        !toks.get(j).is_some_and(|t| t.is_word)
                            || matches!(toks.norm(j), "so" | "and" | "just" | "now" | "please")
                    });
                    // After an ellipsis the sentence goes on (`we need to …
                    // come up with`).
                    let after_ellipsis = start.checked_sub(1).is_some_and(|j| {
                        toks.norm(j) == "…"
                            || toks.norm(j) == "." && j > 0 && toks.norm(j - 1) == "."
                    });
                    let noun = matches!(
                        toks.norm(r.last),
                        "is" | "are"
                            | "was"
                            | "were"
                            | "will"
                            | "would"
                            | "has"
                            | "have"
                            | "had"
                            | "can"
                            | "could"
                            | "may"
                            | "might"
                            | "must"
                            | "should"
                            | "of"
                            | "in"
                    );
                    if opens && !after_ellipsis && !noun {
                        // What the verb itself weighs (`give`, `abandon`)
                        // is what is asked for, no verdict.
                        items.retain(|it| it.trigger.is_some() || !it.span.overlaps(r.span));
                        let item = Item::new(r, w, Rule::Demand).aimed(
                            Aim::Loose,
                            None,
                            Some(Kind::Imperative),
                        );
                        items.push(item);
                    }
                }
                Some(Kind::Question) => {
                    let sent = sentence.get(r.first).copied();
                    // Only punctuation, a joining word (`So why …?`) or a
                    // question word before it: of two opening phrases that
                    // overlap (`Who are` and `are they` in `Who are they
                    // trying to kid?`) the longer is the hit.
                    let opens = (sentence_start(sentence, r.first)..r.first).all(|j| {
                        !toks.get(j).is_some_and(|t| t.is_word)
                            || matches!(
                                toks.norm(j),
                                "so" | "and"
                                    | "but"
                                    | "then"
                                    | "who"
                                    | "what"
                                    | "why"
                                    | "how"
                                    | "where"
                                    | "when"
                            )
                    });
                    let ends_q = (r.last..n)
                        .take_while(|&j| sentence.get(j).copied() == sent)
                        .last()
                        .is_some_and(|j| toks.norm(j) == "?");
                    if opens && ends_q {
                        let item = Item::new(r, w, Rule::RhetoricalQuestion).aimed(
                            Aim::Loose,
                            None,
                            Some(Kind::Question),
                        );
                        items.push(item);
                    }
                }
                _ => {}
            }
        }
    }
    items.sort_by_key(|it| it.span.start);
}

/// The first token of the sentence token `i` is in (`sentence` the
/// sentence index of each token).
fn sentence_start(sentence: &[usize], i: usize) -> usize {
    let sent = sentence.get(i);
    (0..i)
        .rev()
        .take_while(|&j| sentence.get(j) == sent)
        .last()
        .unwrap_or(i)
}

/// The offset of the last sentence end (`.`, `!`, `?` or a line break) in `bytes`.
fn last_sentence_end(bytes: &[u8]) -> Option<usize> {
    // `None` orders below every `Some`, so `max` keeps the later end of either kind.
    memchr::memrchr3(b'.', b'!', b'?', bytes).max(memchr::memrchr(b'\n', bytes))
}

/// The offset of the first sentence end (`.`, `!`, `?` or a line break) in `bytes`.
fn first_sentence_end(bytes: &[u8]) -> Option<usize> {
    match (
        memchr::memchr3(b'.', b'!', b'?', bytes),
        memchr::memchr(b'\n', bytes),
    ) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// The parts of the quote's own sentence(s) around it, before and after:
/// the words that frame it, within `frame` (the sentences the attribution
/// gives). Framing words of neighbouring sentences belong to other quotes.
pub fn frame_around(text: &str, frame: Span, quote: Span) -> [Span; 2] {
    // The sentence ends (`.`, `!`, `?`, a line break) are ASCII, so memchr
    // finds them: a byte-at-a-time scan mispredicts a branch per sentence.
    let before = Span::new(frame.start.min(quote.start), quote.start).of(text);
    let start = last_sentence_end(before.as_bytes())
        .map_or(frame.start, |i| frame.start.min(quote.start) + i + 1);
    let after = Span::new(quote.end, frame.end.max(quote.end)).of(text);
    let end =
        first_sentence_end(after.as_bytes()).map_or(frame.end.max(quote.end), |i| quote.end + i);
    let frame = Span::new(start, end.max(start));
    // Only the words around the quote frame it; the quote's own words are scored elsewhere.
    [
        Span::new(frame.start, quote.start.clamp(frame.start, frame.end)),
        Span::new(quote.end.clamp(frame.start, frame.end), frame.end),
    ]
}

/// Frame cues around a quote (`around`, from [`frame_around`]): the cue verb
/// counts fully, other framing words in the quote's own sentence count at
/// 0.8. A frame cue is aimed at the target when its part of the sentence
/// names it (`condemned the government`), else at a proxy there
/// (`welcomed the offer`). The items are left in `scratch.frame_items`;
/// returns whether a part with a frame cue names the target or a proxy.
pub fn frame_items_into(
    rules: &Rules,
    target: &Target,
    text: &str,
    around: [Span; 2],
    quote: Span,
    cue: Option<Span>,
    scratch: &mut Scratch,
) -> bool {
    let frame = Span::new(around[0].start, around[1].end.max(around[0].start));
    let Scratch {
        frame_items: out,
        frame_tokens: tokens,
        frame_hits: found,
        seen,
        ..
    } = scratch;
    out.clear();
    seen.clear();
    let mut names_target = false;
    for part in around {
        // Most sentences around a quote have no frame phrase; telling so
        // does not need their tokens.
        if part.is_empty() || !rules.frames.may_match(part.of(text)) {
            continue;
        }
        tokenize_into(text, part, tokens);
        rules.set.find_into(text, part, tokens, found);
        let before = out.len();
        for h in found.iter() {
            let kind = rules.kinds.get(h.entry).copied();
            if !kind.is_some_and(Kind::frames) || quote.overlaps(h.span) {
                continue;
            }
            let is_cue = cue.is_some_and(|c| c.overlaps(h.span));
            if seen.contains(&h.entry) && !is_cue {
                continue;
            }
            seen.push(h.entry);
            let w = rules.weights.get(h.entry).copied().unwrap_or(0.0);
            let weight = if is_cue { w } else { 0.8 * w };
            out.push(Item {
                span: h.span,
                first: h.first,
                last: h.last,
                base: w,
                weight,
                rules: Applied::one(Rule::Frame),
                aim: Aim::Loose,
                object: None,
                trigger: kind,
            });
        }
        if out.len() == before {
            continue;
        }
        let mention = target
            .mentions(text, part, tokens)
            .first()
            .map(|h| (h.span, Aim::Target));
        let proxy = || {
            found
                .iter()
                .find(|h| {
                    rules.kinds.get(h.entry) == Some(&Kind::Proxy)
                        && !h.first.checked_sub(1).is_some_and(|j| {
                            matches!(tokens.norm(j), "our" | "my" | "their" | "its")
                        })
                })
                .map(|h| (h.span, Aim::Proxy))
        };
        if let Some((span, aim)) = mention.or_else(proxy) {
            names_target = true;
            for it in out.get_mut(before..).into_iter().flatten() {
                it.aim = aim;
                it.object = Some(span);
            }
        }
    }
    if let Some(c) = cue {
        if !frame.contains(c) {
            tokenize_into(text, c, tokens);
            rules.set.find_into(text, c, tokens, found);
            for h in found.iter() {
                let kind = rules.kinds.get(h.entry).copied();
                if kind.is_some_and(Kind::frames) {
                    let w = rules.weights.get(h.entry).copied().unwrap_or(0.0);
                    out.push(Item {
                        span: h.span,
                        first: 0,
                        last: 0,
                        base: w,
                        weight: w,
                        rules: Applied::one(Rule::Frame),
                        aim: Aim::Loose,
                        object: None,
                        trigger: kind,
                    });
                }
            }
        }
    }
    names_target
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
