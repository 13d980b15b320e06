//! How the rules weigh the lexicon's cues in a quote: the lexicon hits
//! that are cues (not names, not triggers), then, in order, negation, harm
//! and remedy, intensifiers and dampeners, scare quotes, lack and failure
//! as verdicts of their own, irrealis and warnings, contrast and
//! concession, praise aimed at the speaker's own side, and the speaker's
//! side. Each pass reads the [`Reading`] of the text and changes the items'
//! weights, recording the rule that applied.

use super::{
    after_determiner, is_negated_contraction, is_proper_noun, Hit, Item, Kind, Lexicon, Reading,
    Rule, Rules, Tokens,
};
use crate::span::Span;

/// The lexicon hits as items, minus those that are really triggers (`no`,
/// `so`) or names; then drops from `rule_hits` the triggers swallowed by a
/// longer lexicon phrase.
pub(super) fn lexicon_items(
    lexicon: &Lexicon,
    rules: &Rules,
    toks: &Tokens,
    text: &str,
    lex_hits: &[Hit],
    rule_hits: &mut Vec<Hit>,
    items: &mut Vec<Item>,
) {
    let kind_of = |h: &Hit| rules.kinds.get(h.entry).copied();
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
}

/// Negation, harm, remedy, intensifiers and dampeners, and scare quotes,
/// each on the items it reaches; `scare` marks the tokens inside scare quotes.
pub(super) fn modifiers(cx: &Reading, scare: &[bool], items: &mut Vec<Item>) {
    let Reading {
        rules,
        toks,
        clause,
        triggers,
        opts,
        ..
    } = *cx;
    let kind_of = |h: &Hit| cx.kind_of(h);
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
}

/// A negator of lack or failure with nothing to flip is the verdict
/// itself (`the proposals lacked compulsion`, `they failed to act`).
pub(super) fn lack(cx: &Reading, items: &mut Vec<Item>) {
    let Reading {
        rules,
        clause,
        triggers,
        ..
    } = *cx;
    let kind_of = |h: &Hit| cx.kind_of(h);
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
}

/// Irrealis: what is hoped for, conditional or demanded has not happened.
/// A criticism a modal predicts (`it would be a costly scheme`, `could
/// leave anglers facing court`) is a warning, a verdict in its own right,
/// except from the target's own speaker (whose warnings are about others);
/// a praise word it negates (`would not win`) is not one.
pub(super) fn irrealis(cx: &Reading, items: &mut [Item]) {
    let Reading {
        rules,
        toks,
        clause,
        triggers,
        opts,
        ..
    } = *cx;
    let kind_of = |h: &Hit| cx.kind_of(h);
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
}

/// Contrast (`but`): before ×0.5, after ×w. Concession (`although`): its
/// clause ×0.5, the rest of the sentence ×w.
pub(super) fn contrast(cx: &Reading, items: &mut [Item]) {
    let Reading {
        rules,
        sentence,
        clause,
        triggers,
        ..
    } = *cx;
    let kind_of = |h: &Hit| cx.kind_of(h);
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
}

/// Off-target praise: aimed at the speaker's own side (members, mandate).
pub(super) fn off_target(cx: &Reading, items: &mut [Item]) {
    let Reading {
        rules,
        clause,
        triggers,
        targets,
        opts,
        ..
    } = *cx;
    let kind_of = |h: &Hit| cx.kind_of(h);
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
}

/// The speaker's side: a target's own speaker criticising is about others.
pub(super) fn speaker_side(cx: &Reading, items: &mut [Item]) {
    let opts = cx.opts;
    if opts.speaker_is_target() && !opts.aimed {
        for it in items.iter_mut() {
            if it.weight < 0.0 {
                it.apply(0.3, Rule::SpeakerSide);
            } else {
                it.apply(1.2, Rule::SpeakerSide);
            }
        }
    }
}
