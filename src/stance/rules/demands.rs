//! Demands addressed to the target and rhetorical questions: cues that
//! are no lexicon word but a form of the sentence (`the government must`,
//! `calls on ministers to`, a bare imperative opening a sentence, `Who are
//! they trying to kid?`). None from the target's own speaker.

use super::{Aim, Hit, Item, Kind, Reading, Rule};

/// Adds the demands, appeals, imperatives and rhetorical questions of the
/// text to `items` (none when the speaker is the target's own).
pub(super) fn demands(cx: &Reading, items: &mut Vec<Item>) {
    let Reading {
        rules,
        toks,
        sentence,
        clause,
        triggers,
        targets,
        opts,
    } = *cx;
    let kind_of = |h: &Hit| cx.kind_of(h);
    let n = toks.as_slice().len();
    if opts.speaker_is_target() {
        return;
    }
    for r in triggers.iter() {
        let w = rules.weights.get(r.entry).copied().unwrap_or(0.0);
        let cl = clause.get(r.first).copied();
        match kind_of(r) {
            Some(Kind::Demand) => {
                let before = r.first.saturating_sub(4)..r.first;
                let subject = targets.iter().find(|t| {
                    t.last <= r.first && t.last + 4 >= r.first && clause.get(t.first).copied() == cl
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
                        && matches!(toks.norm(j), "he" | "she" | "they" | "you" | "it" | "there")
                }) || r.first.checked_sub(1).is_some_and(|j| {
                    clause.get(j).copied() == cl && matches!(toks.norm(j), "this" | "that")
                });
                let proxy = triggers.iter().any(|p| {
                    kind_of(p) == Some(Kind::Proxy) && p.last <= r.first && p.last + 4 >= r.first
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
                    toks.norm(j) == "…" || toks.norm(j) == "." && j > 0 && toks.norm(j - 1) == "."
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
