//! What a quote's cues are aimed at, and who says it: the two things that
//! decide whether a warm or cold word is a verdict on the target.
//!
//! **Takes** the rules' analysis of a quote (tokens, clauses, weighed cues,
//! target mentions, the elsewhere words) and the speaker's [`Side`]. **Gives**
//! each cue an [`Aim`] (the object it was judged to hit) and the factor it is
//! counted with, from `data/stance/weights.tsv`.
//!
//! The objects of a quote are the target's mentions (`the government`,
//! `ministers`), its proxies (`the bill`, `these cuts`: rules kind `proxy`)
//! unless someone else owns them (`our plans`, `the Tory plans`), the
//! speaker's own side (`we`, `our`), and other objects (another party, a
//! devolved or foreign government, an international body, the speaker's
//! members: the elsewhere list's parties and bodies, rules kind `other`,
//! and generic target names put elsewhere, `the US Treasury`). A cue is aimed
//! at the nearest target or proxy of its clause, else the nearest other object
//! of its clause, else the same within a few words in its sentence, else at
//! nothing (`loose`). A loose cue counts by what the quote as a whole is
//! about ([`Topic`]).
//!
//! # Hard cases
//!
//! - Word distance stands in for syntax: in `we welcome the government's
//!   decision` the cue is aimed at the target because a target in the clause
//!   wins over the speaker's own side; `unlike the government, we have a plan
//!   that works` is read the same way, wrongly.
//! - Pronouns are not resolved: `they`, `he` are no objects.
//! - Which party governs is not known: a party is another object unless the
//!   target file names it.

use super::lexicon::{tokenize_into, Hit, Tokens};
use super::rules::{Analysis, Item, Kind, Rules};
use super::target::{Place, Target};
use super::StanceError;
use crate::span::Span;

/// Who says the quote, as the stance stage sees it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Side {
    /// Nothing is known of the speaker's organization.
    #[default]
    Unknown,
    /// The speaker belongs to the target (a minister, a department).
    Target,
    /// A political party that is not the target, or an opposition role
    /// (`shadow home secretary`).
    Party,
    /// A government or assembly that is not the target's (devolved,
    /// foreign) or an international body.
    OtherGovernment,
    /// A public body that runs something (a council, a regulator, an NHS
    /// trust, the police), or someone heading a company or body whose
    /// kind is not known (`chief executive Ann Cole`): what it says of its
    /// own business, services or market is no verdict on the target unless
    /// it names the target or a proxy.
    Institution,
    /// A company, or someone speaking for one. As an [`Side::Institution`],
    /// but its plans, offers and decisions are its own: they are proxies of
    /// the target only in a story that opens with the target (a takeover
    /// `offer` in a business story is the bidder's).
    Company,
    /// Anyone else known: a union, a campaign, a professional or business
    /// group, a committee.
    Other,
}

impl Side {
    /// Every side.
    pub const ALL: [Side; 7] = [
        Side::Target,
        Side::Party,
        Side::OtherGovernment,
        Side::Institution,
        Side::Company,
        Side::Other,
        Side::Unknown,
    ];

    /// The side's name in `weights.tsv` and in explanations.
    pub fn name(self) -> &'static str {
        match self {
            Side::Unknown => "unknown",
            Side::Target => "target",
            Side::Party => "party",
            Side::OtherGovernment => "other-government",
            Side::Institution => "institution",
            Side::Company => "company",
            Side::Other => "other",
        }
    }

    fn parse(s: &str) -> Option<Side> {
        Side::ALL.into_iter().find(|side| side.name() == s)
    }
}

/// What a cue was judged to be aimed at.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Aim {
    /// A mention of the target.
    Target,
    /// A proxy of the target (`the bill`) nobody else owns.
    Proxy,
    /// The speaker's own side (`we`, `our members`).
    Own,
    /// Another party, government or body.
    Other,
    /// Nothing the quote names near it.
    #[default]
    Loose,
}

impl Aim {
    /// Every aim.
    pub const ALL: [Aim; 5] = [Aim::Target, Aim::Proxy, Aim::Own, Aim::Other, Aim::Loose];

    /// The aim's name in `weights.tsv` and in explanations.
    pub fn name(self) -> &'static str {
        match self {
            Aim::Target => "target",
            Aim::Proxy => "proxy",
            Aim::Own => "own",
            Aim::Other => "other",
            Aim::Loose => "loose",
        }
    }

    fn parse(s: &str) -> Option<Aim> {
        Aim::ALL.into_iter().find(|aim| aim.name() == s)
    }

    /// Whether the aim is the target or stands for it.
    pub fn is_target(self) -> bool {
        matches!(self, Aim::Target | Aim::Proxy)
    }
}

/// What a quote as a whole is about: decides how much its loose cues count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Topic {
    /// The quote names the target or a proxy of it.
    Target,
    /// Only the sentence around the quote does.
    Frame,
    /// Only the story does: its opening (a story about the target), or,
    /// for a party's politician, anywhere
    /// ([`DocumentTarget::opens_with_target`](crate::stance::DocumentTarget::opens_with_target)).
    Document,
    /// The quote names someone else (another party, another government)
    /// and not the target: its loose cues are likelier about them.
    Elsewhere,
    /// None of them.
    #[default]
    None,
}

impl Topic {
    /// Every topic.
    pub const ALL: [Topic; 5] = [
        Topic::Target,
        Topic::Frame,
        Topic::Document,
        Topic::Elsewhere,
        Topic::None,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Topic::Target => "target",
            Topic::Frame => "frame",
            Topic::Document => "document",
            Topic::Elsewhere => "elsewhere",
            Topic::None => "none",
        }
    }

    fn parse(s: &str) -> Option<Topic> {
        Topic::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// The factors of `data/stance/weights.tsv`.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    /// `[side][aim] = (negative, positive)`, indexed as `Side::ALL`, `Aim::ALL`.
    aim: [[(f64, f64); 5]; SIDES],
    /// Indexed as `Topic::ALL`.
    topic: [f64; 5],
    /// `[side][topic]`: what who says it about what weighs by itself, as
    /// evidence that needs cues to make a verdict (0 unless given).
    bias: [[f64; 5]; SIDES],
    /// A normalized score at or beyond ±threshold is a verdict.
    pub threshold: f64,
    /// The weight of a denial by the target's own speaker (a negation in
    /// their quote), before its factor.
    pub denial: f64,
    /// The weight of a deed of the target said not done (`ministers have
    /// not published the figures`) by anyone else, before its factor; 0 when
    /// the file gives none.
    pub unmet: f64,
}

/// How many sides there are ([`Side::ALL`]).
const SIDES: usize = Side::ALL.len();

fn index<T: PartialEq>(all: &[T], x: &T) -> usize {
    all.iter().position(|y| y == x).unwrap_or(0)
}

impl Weights {
    /// Parses the weights file; every side and aim must be given.
    pub fn parse(text: &str) -> Result<Weights, StanceError> {
        let mut aim = [[(f64::NAN, f64::NAN); 5]; SIDES];
        let mut topic = [f64::NAN; 5];
        let mut bias = [[0.0; 5]; SIDES];
        let mut threshold = f64::NAN;
        let mut denial = f64::NAN;
        let mut unmet = 0.0;
        for (n, line) in super::lexicon::data_lines(text) {
            let fields: Vec<&str> = super::lexicon::tab_fields(line).map(str::trim).collect();
            let num = |s: Option<&&str>| s.and_then(|s| s.parse::<f64>().ok());
            let ok = match fields.as_slice() {
                ["aim", side, a, neg, pos] => {
                    match (
                        Side::parse(side),
                        Aim::parse(a),
                        num(Some(neg)),
                        num(Some(pos)),
                    ) {
                        (Some(s), Some(a), Some(neg), Some(pos)) => {
                            aim[index(&Side::ALL, &s)][index(&Aim::ALL, &a)] = (neg, pos);
                            true
                        }
                        _ => false,
                    }
                }
                ["bias", side, t, v] => match (Side::parse(side), Topic::parse(t), num(Some(v))) {
                    (Some(s), Some(t), Some(v)) => {
                        bias[index(&Side::ALL, &s)][index(&Topic::ALL, &t)] = v;
                        true
                    }
                    _ => false,
                },
                ["topic", t, f] => match (Topic::parse(t), num(Some(f))) {
                    (Some(t), Some(f)) => {
                        topic[index(&Topic::ALL, &t)] = f;
                        true
                    }
                    _ => false,
                },
                ["threshold", v] => match num(Some(v)) {
                    Some(v) => {
                        threshold = v;
                        true
                    }
                    None => false,
                },
                ["denial", v] => match num(Some(v)) {
                    Some(v) => {
                        denial = v;
                        true
                    }
                    None => false,
                },
                ["unmet", v] => match num(Some(v)) {
                    Some(v) => {
                        unmet = v;
                        true
                    }
                    None => false,
                },
                _ => false,
            };
            if !ok {
                return Err(StanceError::Data(format!(
                    "weights line {}: expected `aim SIDE AIM NEG POS`, `topic TOPIC F`, `bias SIDE TOPIC W`, `threshold V`, `denial W` or `unmet W`",
                    n + 1
                )));
            }
        }
        // A file written before institutions had a side of their own
        // weighs them as it weighs anyone else known, and one written before
        // companies had theirs weighs them as institutions.
        for (side, fallback) in [
            (Side::Institution, Side::Other),
            (Side::Company, Side::Institution),
        ] {
            let (side, fallback) = (index(&Side::ALL, &side), index(&Side::ALL, &fallback));
            if aim[side].iter().all(|(a, b)| a.is_nan() && b.is_nan()) {
                aim[side] = aim[fallback];
                bias[side] = bias[fallback];
            }
        }
        let all_given = aim
            .iter()
            .flatten()
            .all(|(a, b)| a.is_finite() && b.is_finite())
            && topic.iter().all(|t| t.is_finite())
            && threshold.is_finite()
            && denial.is_finite();
        if !all_given {
            return Err(StanceError::Data(
                "weights: every side and aim, every topic, the threshold and the denial need a value"
                    .to_string(),
            ));
        }
        Ok(Weights {
            aim,
            topic,
            bias,
            threshold,
            denial,
            unmet,
        })
    }

    /// The factor a cue of weight `weight`, aimed at `aim`, counts with in a
    /// quote said from `side` about `topic`: its side's and aim's factor and,
    /// for a loose cue, the topic's (except from the target's own speakers,
    /// whose words are about the target's business whatever they name).
    pub fn factor(&self, side: Side, aim: Aim, topic: Topic, weight: f64) -> f64 {
        let (neg, pos) = self.aim[index(&Side::ALL, &side)][index(&Aim::ALL, &aim)];
        let f = if weight < 0.0 { neg } else { pos };
        if aim == Aim::Loose && side != Side::Target {
            f * self.topic[index(&Topic::ALL, &topic)]
        } else {
            f
        }
    }

    /// Whether a quote said from `side` that names neither the target nor
    /// anyone else (no proxy, party or body either) weighs nothing whatever
    /// its words, in a document that never names the target: its cues can
    /// only be aimed at the speaker's own side or at nothing, about
    /// [`Topic::None`], and here those count zero, as does the side's bias.
    pub fn silent_without_target(&self, side: Side) -> bool {
        let zero = |t: Topic| {
            [Aim::Own, Aim::Loose].iter().all(|&aim| {
                self.factor(side, aim, t, -1.0) == 0.0 && self.factor(side, aim, t, 1.0) == 0.0
            }) && self.bias(side, t) == 0.0
        };
        zero(Topic::None)
    }

    /// Sets the factor of the negative (`negative`) or positive cues said
    /// from `side` and aimed at `aim`.
    pub fn set_aim_factor(&mut self, side: Side, aim: Aim, negative: bool, value: f64) {
        let cell = &mut self.aim[index(&Side::ALL, &side)][index(&Aim::ALL, &aim)];
        if negative {
            cell.0 = value;
        } else {
            cell.1 = value;
        }
    }

    /// The factor of the negative or positive cues said from `side` and aimed at `aim`.
    pub fn aim_factor(&self, side: Side, aim: Aim, negative: bool) -> f64 {
        let (neg, pos) = self.aim[index(&Side::ALL, &side)][index(&Aim::ALL, &aim)];
        if negative {
            neg
        } else {
            pos
        }
    }

    /// Whether some topic gives quotes said from `side` a bias.
    pub fn biased(&self, side: Side) -> bool {
        self.bias[index(&Side::ALL, &side)]
            .iter()
            .any(|&b| b != 0.0)
    }

    /// What a quote said from `side` about `topic` weighs by itself.
    pub fn bias(&self, side: Side, topic: Topic) -> f64 {
        self.bias[index(&Side::ALL, &side)][index(&Topic::ALL, &topic)]
    }

    /// Sets what a quote said from `side` about `topic` weighs by itself.
    pub fn set_bias(&mut self, side: Side, topic: Topic, value: f64) {
        self.bias[index(&Side::ALL, &side)][index(&Topic::ALL, &topic)] = value;
    }

    /// The factor of loose cues in a quote about `topic`.
    pub fn topic_factor(&self, topic: Topic) -> f64 {
        self.topic[index(&Topic::ALL, &topic)]
    }

    /// Sets the factor of loose cues in a quote about `topic`.
    pub fn set_topic_factor(&mut self, topic: Topic, value: f64) {
        self.topic[index(&Topic::ALL, &topic)] = value;
    }

    /// The file's text for these weights (what `parse` reads back).
    pub fn to_tsv(&self) -> String {
        let mut out = String::new();
        for (s, side) in Side::ALL.iter().enumerate() {
            for (a, aim) in Aim::ALL.iter().enumerate() {
                let (neg, pos) = self.aim[s][a];
                out.push_str(&format!(
                    "aim\t{}\t{}\t{}\t{}\n",
                    side.name(),
                    aim.name(),
                    neg,
                    pos
                ));
            }
        }
        for (t, topic) in Topic::ALL.iter().enumerate() {
            out.push_str(&format!("topic\t{}\t{}\n", topic.name(), self.topic[t]));
        }
        for (s, side) in Side::ALL.iter().enumerate() {
            for (t, topic) in Topic::ALL.iter().enumerate() {
                if self.bias[s][t] != 0.0 {
                    out.push_str(&format!(
                        "bias\t{}\t{}\t{}\n",
                        side.name(),
                        topic.name(),
                        self.bias[s][t]
                    ));
                }
            }
        }
        out.push_str(&format!("threshold\t{}\n", self.threshold));
        out.push_str(&format!("denial\t{}\n", self.denial));
        if self.unmet != 0.0 {
            out.push_str(&format!("unmet\t{}\n", self.unmet));
        }
        out
    }
}

/// Something a quote names that a cue can be aimed at.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Object {
    pub span: Span,
    pub first: usize,
    pub last: usize,
    pub aim: Aim,
}

/// A first-person possessive: what follows is the speaker's own (`our
/// members`, `our plans`). `We` and `I` are not objects: `we are angry` is
/// the speaker's verdict on something else.
fn is_own_possessive(norm: &[u8]) -> bool {
    matches!(norm, b"our" | b"my")
}

/// The objects of an analysed quote into `out`, in text order: target
/// mentions, proxies (with their owner), the speaker's own side and other
/// objects. `text` is the document the analysis' spans are in, `rule_hits`
/// the rule-trigger matches of the same tokens, `side` the speaker's.
/// `story_names_target` says whether the story names the target at all: a
/// proxy (`the plan`, `this offer`) is the target's only in one that does;
/// elsewhere it is a company's, a club's or another government's, and a cue
/// aimed at it is aimed at nothing the target owns.
#[allow(clippy::too_many_arguments)]
pub(super) fn objects_into(
    analysis: &Analysis,
    text: &str,
    rules: &Rules,
    target: &Target,
    rule_hits: &[Hit],
    side: Side,
    story_names_target: bool,
    others: &[Span],
    out: &mut Vec<Object>,
) {
    out.clear();
    let toks = &analysis.tokens;
    let object = |h: &Hit, aim| Object {
        span: h.span,
        first: h.first,
        last: h.last,
        aim,
    };
    // (`her government`, said by another government's minister: the
    // speaker's own government, not the target.)
    let owned_by_speaker = |h: &Hit| {
        side == Side::OtherGovernment
            && h.first > 0
            && matches!(
                toks.norm_bytes_at(h.first - 1),
                b"his" | b"her" | b"their" | b"our" | b"its" | b"my"
            )
    };
    out.extend(analysis.targets.iter().map(|h| {
        let aim = if owned_by_speaker(h) {
            Aim::Own
        } else {
            Aim::Target
        };
        object(h, aim)
    }));
    out.extend(analysis.elsewhere.iter().map(|h| object(h, Aim::Other)));
    let taken = |h: &Hit, out: &[Object]| out.iter().any(|o| o.span.overlaps(h.span));
    for h in &analysis.places {
        if target.place(h.entry).is_other_object() && !taken(h, out) {
            out.push(object(h, Aim::Other));
        }
    }
    // The organizations the quote names that are not the target (`the
    // RMT`, `Acme`), as the attribution found them (in text order).
    if let (Some(first_tok), Some(last_tok)) = (toks.as_slice().first(), toks.as_slice().last()) {
        let inside = Span::new(first_tok.span.start, last_tok.span.end);
        let from = others.partition_point(|o| o.start < inside.start);
        for &span in others.get(from..).unwrap_or_default() {
            if span.start >= inside.end {
                break;
            }
            if span.end > inside.end {
                continue;
            }
            let first = toks
                .as_slice()
                .partition_point(|t| t.span.start < span.start);
            let last = toks.as_slice().partition_point(|t| t.span.start < span.end);
            let hit = Hit {
                entry: 0,
                span,
                first,
                last,
            };
            if first < last && !taken(&hit, out) {
                out.push(object(&hit, Aim::Other));
            }
        }
    }
    let proxies = if story_names_target { rule_hits } else { &[] };
    for h in proxies {
        // After `to`, a subject pronoun or a modal the word is a verb (`to
        // offer`, `he plans`, `would move`), not the target's offer, plans
        // or move.
        let verb = h.first.checked_sub(1).is_some_and(|j| {
            matches!(
                toks.norm_bytes_at(j),
                b"to"
                    | b"we"
                    | b"they"
                    | b"he"
                    | b"she"
                    | b"i"
                    | b"you"
                    | b"it"
                    | b"who"
                    | b"would"
                    | b"will"
                    | b"could"
                    | b"can"
                    | b"may"
                    | b"might"
                    | b"must"
                    | b"should"
            )
        });
        if rules.kinds.get(h.entry) == Some(&Kind::Proxy) && !verb && !taken(h, out) {
            out.push(object(h, proxy_owner(analysis, text, target, h)));
        }
    }
    for (i, t) in toks.iter().enumerate() {
        // `we`, `us`, `our` and `my`: the length of a token's form rules
        // out most tokens, whose forms need not be looked at.
        if !matches!(t.norm_len(), 2 | 3) {
            continue;
        }
        // The target's own speaker's `we` is the target.
        let own_subject = side == Side::Target && matches!(toks.norm_bytes(t), b"we" | b"us");
        if own_subject {
            out.push(Object {
                span: t.span,
                first: i,
                last: i + 1,
                aim: Aim::Own,
            });
        } else if t.is_word && is_own_possessive(toks.norm_bytes(t)) {
            // `our` and the word it owns, as the object to show.
            let owned = toks.get(i + 1).filter(|n| n.is_word);
            out.push(Object {
                span: Span::new(t.span.start, owned.map_or(t.span.end, |n| n.span.end)),
                first: i,
                last: i + 1 + usize::from(owned.is_some()),
                aim: Aim::Own,
            });
        }
    }
    out.sort_by_key(|o| o.first);
}

/// Whose a proxy is: the speaker's (`our plans`), another's (`the Tory
/// plans`, `Scottish ministers' plans`), the target's (`the government's
/// plans`) or, with no owner before it, the target's by default.
fn proxy_owner(analysis: &Analysis, text: &str, target: &Target, proxy: &Hit) -> Aim {
    let toks = &analysis.tokens;
    let before = proxy.first.saturating_sub(2)..proxy.first;
    let ends_before = |h: &Hit| h.last <= proxy.first && h.last >= before.start && h.last > 0;
    if before
        .clone()
        .any(|j| is_own_possessive(toks.norm_bytes_at(j)))
    {
        return Aim::Own;
    }
    if analysis.targets.iter().any(ends_before) {
        return Aim::Target;
    }
    let owned_elsewhere = analysis.elsewhere.iter().any(ends_before)
        || analysis
            .places
            .iter()
            .any(|h| ends_before(h) && !matches!(target.place(h.entry), Place::Past | Place::Own));
    // `his plans`, `Howard's strategy`: a person's, who is not the target
    // unless named as it (that case returned above).
    let someones = before.clone().any(|j| {
        let word = toks.get(j).map_or("", |t| t.span.of(text));
        matches!(toks.norm(j), "his" | "her")
            || toks.norm(j).ends_with("'s") && word.starts_with(|c: char| c.is_uppercase())
    });
    if owned_elsewhere || someones {
        return Aim::Other;
    }
    // `their plans`, `its bill`: whose the nearest owner named before it in
    // its sentence is (`The Liberal Democrats have yet to explain their
    // plans`); with none named, the target's by default. A proxy with no
    // owner of its own (`the policy`) goes with another government named
    // before it in its sentence (`the Scottish Government wasted two years
    // on the policy`), not with a party: the governing party's name may be
    // the target's.
    let sentence = |i: usize| analysis.sentence.get(i).copied();
    let earlier = |h: &&Hit| h.last <= proxy.first && sentence(h.first) == sentence(proxy.first);
    let latest = |hits: &mut dyn Iterator<Item = &Hit>| hits.filter(earlier).map(|h| h.last).max();
    let target_at = latest(&mut analysis.targets.iter());
    let possessive = before
        .clone()
        .any(|j| matches!(toks.norm(j), "their" | "its"));
    let owners = |place: Place| {
        if possessive {
            place.is_other_object()
        } else {
            place == Place::Body
        }
    };
    let other_at = latest(
        &mut analysis.elsewhere.iter().chain(
            analysis
                .places
                .iter()
                .filter(|h| owners(target.place(h.entry))),
        ),
    );
    if other_at > target_at {
        return Aim::Other;
    }
    Aim::Proxy
}

/// How many tokens a cue may be from an object of its sentence (outside its
/// clause) and still be aimed at it.
const SENTENCE_REACH: usize = 12;

/// Gap in tokens between an item and an object (0 when adjacent or overlapping).
fn gap(it: &Item, o: &Object) -> usize {
    if o.last <= it.first {
        it.first - o.last
    } else {
        o.first.saturating_sub(it.last)
    }
}

/// The object `it` is aimed at, among `objects` of the same analysis.
fn aim_of(analysis: &Analysis, it: &Item, objects: &[Object]) -> Option<Object> {
    let clause = |i: usize| analysis.clause.get(i).copied();
    let sentence = |i: usize| analysis.sentence.get(i).copied();
    let nearest = |ok: &dyn Fn(&Object) -> bool| {
        objects
            .iter()
            .filter(|o| ok(o) && !o.span.overlaps(it.span))
            .min_by_key(|o| gap(it, o))
            .copied()
    };
    let in_clause = |o: &Object| clause(o.first) == clause(it.first);
    let in_sentence =
        |o: &Object| sentence(o.first) == sentence(it.first) && gap(it, o) <= SENTENCE_REACH;
    nearest(&|o| in_clause(o) && o.aim.is_target())
        .or_else(|| nearest(&in_clause))
        .or_else(|| nearest(&|o| in_sentence(o) && o.aim.is_target()))
        .or_else(|| nearest(&in_sentence))
}

/// Sets the aim and object of each of `items` (weighed cues of `analysis`,
/// the quote said from `side`), from `objects`; returns what the quote is
/// about as far as its own words tell (`Topic::Target`, `Topic::Elsewhere`
/// or `Topic::None`; the target's own speaker talking of `we` talks of the
/// target). Demands
/// and appeals already know their object; an item that overlaps an object
/// is aimed at it (`the offer`, a proxy weighed in the lexicon).
pub(super) fn assign(
    analysis: &Analysis,
    objects: &[Object],
    side: Side,
    items: &mut [Item],
) -> Topic {
    for it in items.iter_mut() {
        // An imperative's hearer is whoever must act, named nowhere: what
        // it names is what it demands, not who is judged.
        if it.aim != Aim::Loose || it.trigger == Some(Kind::Imperative) {
            continue;
        }
        let covered = objects
            .iter()
            .find(|o| o.span.overlaps(it.span) && o.aim.is_target());
        // A rhetorical question asks someone else to answer for what it
        // names: `Why are our pensioners living in poverty?` is not asked of
        // the speaker's own side (its people are the ones wronged).
        let aimed = if it.trigger == Some(Kind::Question) && side != Side::Target {
            let others: Vec<Object> = objects
                .iter()
                .filter(|o| o.aim != Aim::Own)
                .copied()
                .collect();
            aim_of(analysis, it, &others)
        } else {
            aim_of(analysis, it, objects)
        };
        if let Some(o) = covered.copied().or(aimed) {
            it.aim = o.aim;
            it.object = Some(o.span);
        }
    }
    let own_is_target = side == Side::Target;
    if objects
        .iter()
        .any(|o| o.aim.is_target() || own_is_target && o.aim == Aim::Own)
    {
        Topic::Target
    } else if objects.iter().any(|o| o.aim == Aim::Other) {
        Topic::Elsewhere
    } else {
        Topic::None
    }
}

/// The side a speaker's organization or mention names, when its words tell
/// one: a party or opposition role (`Conservative Party`, `shadow home
/// secretary`), or another government (`Scottish Executive`, `South Africa's
/// finance minister`).
pub(super) fn side_of_name(target: &Target, name: &str) -> Option<Side> {
    side_of_name_with(target, name, &mut NameScratch::default())
}

/// Buffers for reading one name after another ([`side_of_name_with`]): a
/// document's speakers have many names, most of which are read this far.
#[derive(Debug, Clone, Default)]
pub(crate) struct NameScratch {
    tokens: Tokens,
    places: Vec<Hit>,
    mentions: Vec<Hit>,
    moved: Vec<Hit>,
}

/// [`side_of_name`] with its buffers kept in `scratch`.
pub(super) fn side_of_name_with(
    target: &Target,
    name: &str,
    scratch: &mut NameScratch,
) -> Option<Side> {
    let [include, _, elsewhere] = target.phrase_sets();
    if !elsewhere.may_match(name) {
        return None;
    }
    let NameScratch {
        tokens,
        places,
        mentions,
        moved,
    } = scratch;
    let all = Span::new(0, name.len());
    tokenize_into(name, all, tokens);
    elsewhere.find_into(name, all, tokens, places);
    // A body's word ending a longer name is that name's (the `Trades Union
    // Congress` is a union, not a legislature): a body is one only where no
    // capitalized word of another name comes right before it (`US
    // Congress`: the place is a hit of its own).
    while let Some(i) = places.iter().position(|hit| {
        target.place(hit.entry) == Place::Body && ends_longer_name(name, tokens, places, hit)
    }) {
        places.remove(i);
    }
    let kinds = || places.iter().map(|h| target.place(h.entry));
    if kinds().any(|k| matches!(k, Place::Party | Place::Opposition)) {
        return Some(Side::Party);
    }
    if kinds().any(|k| k == Place::Body) {
        return Some(Side::OtherGovernment);
    }
    // A place names another government only where it puts a target name
    // elsewhere (`South Africa's finance minister`): the name's target
    // mentions are found only then.
    if !kinds().any(|k| k == Place::Place) {
        return None;
    }
    include.find_into(name, all, tokens, mentions);
    moved.clear();
    target.keep_in_place(tokens, mentions, places, moved);
    (!moved.is_empty()).then_some(Side::OtherGovernment)
}

/// Whether `hit` ends a longer name: a capitalized word that is no hit of
/// its own comes right before it.
fn ends_longer_name(name: &str, tokens: &Tokens, hits: &[Hit], hit: &Hit) -> bool {
    let Some(before) = hit.first.checked_sub(1) else {
        return false;
    };
    tokens.get(before).is_some_and(|t| {
        t.is_word
            && t.span.of(name).starts_with(char::is_uppercase)
            && !hits.iter().any(|h| h.last == hit.first)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_weights_parse_and_print_back() {
        let w = Weights::parse(super::super::WEIGHTS).expect("built-in weights");
        assert_eq!(Weights::parse(&w.to_tsv()).expect("printed weights"), w);
        assert!(w.threshold > 0.0);
    }

    #[test]
    fn weights_without_institutions_weigh_them_as_others() {
        let old: String = super::super::WEIGHTS
            .lines()
            .filter(|l| !l.starts_with("aim\tinstitution\t"))
            .map(|l| format!("{l}\n"))
            .collect();
        let w = Weights::parse(&old).expect("weights of every side but institutions");
        for aim in Aim::ALL {
            for topic in Topic::ALL {
                for weight in [-1.0, 1.0] {
                    assert_eq!(
                        w.factor(Side::Institution, aim, topic, weight),
                        w.factor(Side::Other, aim, topic, weight)
                    );
                }
            }
        }
        // The built-in weights give institutions their own.
        let builtin = Weights::parse(super::super::WEIGHTS).expect("built-in weights");
        assert_eq!(
            builtin.factor(Side::Institution, Aim::Loose, Topic::Document, 1.0),
            0.0
        );
        assert!(builtin.factor(Side::Other, Aim::Loose, Topic::Document, 1.0) > 0.0);
    }

    #[test]
    fn incomplete_weights_are_an_error() {
        assert!(Weights::parse("threshold\t0.2\n").is_err());
        assert!(Weights::parse("aim\tnobody\ttarget\t1\t1\n").is_err());
    }
}
