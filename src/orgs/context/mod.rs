//! Organizations the gazetteer does not know, found by the words around them.
//!
//! News introduces an unknown organization by saying what it is or who works
//! there, and these rules read that:
//! - a kind noun before the name: `regulator Ofcom`, `MMS firm Adamind`,
//!   `music giant EMI`, `Carmaker Vantor` opening a sentence (the nouns are
//!   `data/org_nouns.txt`);
//! - a role held in an organization after it: `BT chief executive Ben
//!   Verwaayen`, `Vodafone chief executive Arun Sarin`, `a Tesco
//!   spokeswoman` (the roles are flagged `employee` in `data/roles.txt`), but
//!   not a person's (`Trump campaign manager`, given `Donald Trump`);
//! - an apposition after it: `Gartner, the research firm,`;
//! - a role's employer: `chief executive of Plus.net`, `an analyst at Numis
//!   Securities`, `spokesman for Celltick` (but not an office's place or
//!   portfolio: `minister for Europe`, `MP for Bolton`);
//! - a parliamentary committee by its house and remit: `the Commons education
//!   select committee`;
//! - a name opening a sentence that the next calls by its kind: `Eurostar
//!   cancelled … The company said`, or whose role it opens with `Its`
//!   (`Hireloop, which …, confirmed … Its co-founder, Kiran Bhatt, said`);
//! - an acronym that speaks: `BT said`, `One of the suppliers, BT, said`;
//! - the agent of owning or making that a `which` clause of running or
//!   making or an `its` follows: `owned by Gresley Leisure, which also runs …`.
//!
//! The parts: [`candidates`](mod@candidates) finds the tokens where a rule
//! may start; [`tokens`] reads the tokens and the names in them;
//! [`kind_nouns`] holds the rules a kind noun tells (before the name or in an
//! apposition); [`employer`] the rules that read a role's employer;
//! [`kind_calls`] a name the next sentence calls by its kind; [`speaking`] a
//! name that speaks as a body does; [`committees`] a committee by its house
//! and remit. This file runs them over the candidates.
//!
//! A name found once is an organization wherever else the document uses it
//! (`Adamind said …`). Names that are places (`France`) or read as people
//! (`Mr Smith`, a given name before a surname) are left alone.

mod candidates;
mod committees;
mod employer;
mod kind_calls;
mod kind_nouns;
mod speaking;
mod tokens;

use memchr::memmem;

use super::{OrgMention, OrgName};
use crate::knowledge::{on_word_bounds, Knowledge, OrgKind};
use crate::span::Span;
use candidates::{candidates, commas_before_article, committee_heads};
use committees::{extend_to_committee, remit_committee};
use employer::{employer_after, employer_after_trade, employer_before_role};
use kind_calls::{named_before_its_kind, sentences_calling_kind};
use kind_nouns::{
    apposed_to_kind, apposition_after_kind_noun, apposition_before, kind_noun_before_name,
    kind_noun_opening_sentence, name_before_union,
};
use speaking::{acronym_speaking, agent_of_making, body_speaking};
use tokens::{
    elsewhere_mid_sentence, is_joiner, mid_sentence, named_as_person, occurrences, Around, Tokens,
};

/// The most words a name found by context may have.
const MAX_NAME_WORDS: usize = 6;

/// The organizations `tokens` introduce by context, and every later use of
/// their names, in no particular order; `known` are the mentions found
/// already (the gazetteer's and the head-word patterns'), which these overlap
/// only where a committee's name holds a department's (`the Commons Treasury
/// select committee`), which is then no mention of its own.
pub(super) fn context_orgs(
    text: &str,
    tokens: &[Span],
    capitalized: &[usize],
    knowledge: &Knowledge,
    known: &[OrgMention],
) -> Vec<OrgMention> {
    let toks = Tokens { text, tokens };
    let mut found: Vec<OrgMention> = Vec::new();
    let heads = committee_heads(text, tokens);
    let commas = commas_before_article(&toks);
    let kind_calls = sentences_calling_kind(&toks, capitalized, knowledge);
    let mut calls_ahead = kind_calls.ahead();
    // The next committee and comma at or after the current token, moved on
    // only by the rules that read them (the tokens come in order).
    let (mut head, mut comma) = (0, 0);
    // The last token given and its bytes, and the bytes of a token after it
    // read already: a capital's neighbours are mostly tokens given too
    // (the word before it, the next capital of a run), read once.
    let mut last: (usize, &[u8]) = (usize::MAX, b"");
    let mut ahead: (usize, &[u8]) = (usize::MAX, b"");
    for i in candidates(&toks, capitalized, &heads) {
        let word = if ahead.0 == i {
            ahead.1
        } else {
            toks.bytes_at(i)
        };
        let before = (last.0.wrapping_add(1) == i).then_some(last.1);
        last = (i, word);
        let capital = |w: &[u8]| {
            w.first()
                .is_some_and(|b| b.is_ascii_uppercase() || !b.is_ascii())
        };
        let introduced = if word.eq_ignore_ascii_case(b"the") {
            while heads.get(head).is_some_and(|&h| h < i + 2) {
                head += 1;
            }
            // The remit's committee is no further than eight tokens on.
            let near = heads.get(head).is_some_and(|&h| h < i + 9);
            near.then(|| remit_committee(&toks, i, knowledge)).flatten()
        } else if capital(word) {
            while commas.get(comma).is_some_and(|&c| c <= i) {
                comma += 1;
            }
            // An apposition's comma is no further than a name's length on.
            let near = commas.get(comma).is_some_and(|&c| c <= i + MAX_NAME_WORDS);
            let before =
                before.unwrap_or_else(|| i.checked_sub(1).map_or(&[][..], |k| toks.bytes_at(k)));
            let around = Around {
                at: i,
                before,
                word,
                next: toks.bytes_at(i + 1),
            };
            ahead = (i + 1, around.next);
            near.then(|| apposition_before(&toks, i, knowledge))
                .flatten()
                .or_else(|| apposition_after_kind_noun(&toks, around, knowledge))
                .or_else(|| employer_before_role(&toks, around, knowledge))
                .or_else(|| name_before_union(&toks, around, knowledge))
                .or_else(|| kind_noun_opening_sentence(&toks, around, knowledge))
                .or_else(|| {
                    let near = calls_ahead.near(i)?;
                    named_before_its_kind(&toks, around, near, knowledge)
                })
                .or_else(|| acronym_speaking(&toks, around, knowledge))
                .or_else(|| body_speaking(&toks, around, knowledge))
                .or_else(|| agent_of_making(&toks, around, knowledge))
        } else if matches!(word, b"at" | b"of" | b"for" | b"with" | b"from") {
            employer_after(&toks, i, knowledge)
        } else if capital(toks.bytes_at(i + 1)) {
            // (A plural kind before names joined by `and` names people:
            // `according to researchers Brennan and Holt`.)
            let plural = word.ends_with(b"s");
            let kind_noun = || {
                kind_noun_before_name(&toks, i, knowledge).and_then(|kind| {
                    toks.title_case_name_at(i + 1, knowledge)
                        .filter(|&end| {
                            !(plural && (i + 1..end).any(|k| toks.bytes_at(k) == b"and"))
                        })
                        .map(|end| (i + 1, end, kind))
                })
            };
            let trade = || employer_after_trade(&toks, i, knowledge);
            let by_kind = knowledge.may_be_org_noun(word).then(kind_noun).flatten();
            let apposed = || (word == b",").then(|| apposed_to_kind(&toks, i, knowledge))?;
            by_kind
                .or_else(|| knowledge.may_be_role(word).then(trade).flatten())
                .or_else(apposed)
        } else {
            continue;
        };
        let Some((start, end, kind)) = introduced else {
            continue;
        };
        // A name of function words only is none (`weekly newspaper⏎The
        // former defender`: the title-case reading took `The`).
        if (start..end).all(|k| knowledge.is_function_word(toks.text_at(k))) {
            continue;
        }
        let extended = extend_to_committee(&toks, end, knowledge);
        let committee = extended.is_some() || word.eq_ignore_ascii_case(b"the");
        let span = toks.name_span(start, extended.unwrap_or(end), knowledge);
        // `the Commons Treasury select committee`: a committee named after the
        // department it scrutinizes is not the department (the caller drops
        // the department's mention).
        let scrutinized = |k: &OrgMention| {
            committee
                && k.org.kind == OrgKind::Government
                && span.contains(k.span)
                && k.span.end < span.end
        };
        if span.is_empty()
            || known
                .iter()
                .any(|k| k.span.overlaps(span) && !scrutinized(k))
        {
            continue;
        }
        if !found.iter().any(|f| f.span.overlaps(span)) {
            found.push(OrgMention {
                span,
                org: OrgName {
                    name: span.of(text).to_string(),
                    acronym: None,
                    kind,
                },
            });
        }
    }
    let uses = later_uses(text, &found, known);
    found.extend(uses);
    found
}

/// Every use of the names in `found` elsewhere in the text, on word bounds
/// and overlapping no mention found already.
fn later_uses(text: &str, found: &[OrgMention], known: &[OrgMention]) -> Vec<OrgMention> {
    let mut uses: Vec<OrgMention> = Vec::new();
    for (n, f) in found.iter().enumerate() {
        if found[..n].iter().any(|e| e.org.name == f.org.name) {
            continue;
        }
        for start in memmem::find_iter(text.as_bytes(), f.org.name.as_bytes()) {
            let span = Span::new(start, start + f.org.name.len());
            let taken = |m: &OrgMention| m.span.overlaps(span);
            if on_word_bounds(text, span.start, span.end)
                && !found.iter().any(taken)
                && !known.iter().any(taken)
                && !uses.iter().any(taken)
            {
                uses.push(OrgMention {
                    span,
                    org: f.org.clone(),
                });
            }
        }
    }
    uses
}

#[cfg(test)]
mod tests;
