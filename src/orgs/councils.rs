//! A local council named by its kind alone in a story set in a town: `The
//! Empire Theatre in Darnford is to close after the borough council voted`
//! names `Darnford Borough Council`. Takes the text, its sentences and the
//! mentions found so far; gives a mention of `the borough council`, `the
//! city council` (data/org_patterns.txt, flag `local`) under the full name,
//! the town read from `in <Town>` earlier in its sentence or in the sentence
//! before. Hard cases: a town is one capitalized word naming no
//! organization, person or state (`in Labour`, `in Tom`, `in France` name
//! none); `the councils` and a council with a name of its own (`the
//! Darnford council`) are left to the other rules.

use memchr::memmem;

use crate::knowledge::{Knowledge, OrgKind};
use crate::segment::Segmentation;
use crate::span::Span;

use super::{OrgMention, OrgName};

/// Pushes a mention of each `the <kind> council` whose town the sentence,
/// or the one before, names after `in`.
pub(super) fn push_local_councils(
    text: &str,
    seg: &Segmentation,
    knowledge: &Knowledge,
    found: &mut Vec<OrgMention>,
) {
    let bytes = text.as_bytes();
    let mut new = Vec::new();
    for at in memmem::find_iter(bytes, b" council") {
        let end = at + " council".len();
        // (`council` whole: not `councils`, `councillor`.)
        if bytes.get(end).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let before = text.get(..at).unwrap_or_default();
        let Some((rest, kind_word)) = before.rsplit_once(' ') else {
            continue;
        };
        let Some(kind) = knowledge.local_council_kind(kind_word) else {
            continue;
        };
        let article = rest.rsplit([' ', '\n']).next().unwrap_or_default();
        if !article.eq_ignore_ascii_case("the") {
            continue;
        }
        let start = at - kind_word.len();
        let Some(town) = town_before(text, seg, start, knowledge, found) else {
            continue;
        };
        new.push(OrgMention {
            span: Span::new(start, end),
            org: OrgName {
                name: format!("{town} {kind} Council"),
                acronym: None,
                kind: OrgKind::Public,
            },
        });
    }
    found.extend(new);
}

/// The town `in <Town>` names before byte `at`, in its sentence or the one
/// before: the latest, a run of capitalized words naming no organization,
/// person, title or state; after a street's name, the town set off after it
/// (`in Harbour Road, Little Codford`), and none after a name another sets off
/// (`in Pound Lane, Little Codford`: a street `Lane` does not tell).
fn town_before<'t>(
    text: &'t str,
    seg: &Segmentation,
    at: usize,
    knowledge: &Knowledge,
    found: &[OrgMention],
) -> Option<&'t str> {
    let sentence = seg.sentences.partition_point(|s| s.span.start <= at);
    let here = sentence.checked_sub(1)?;
    let from = seg.sentences.get(here.saturating_sub(1))?.span.start;
    let first = seg.tokens.partition_point(|t| t.start < from);
    let last = seg.tokens.partition_point(|t| t.start < at);
    let tokens = seg.tokens.get(first..last)?;
    let capital = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let word = t.of(text);
            word.starts_with(|c: char| c.is_ascii_uppercase())
                && word.chars().all(|c| c.is_alphabetic() || c == '-')
        })
    };
    // The capitalized run from token `k`, as token indices.
    let run = |k: usize| {
        let end = (k..tokens.len())
            .find(|&j| !capital(j))
            .unwrap_or(tokens.len());
        (end > k).then_some(k..end)
    };
    let town = |k: usize| {
        let mut words = run(k)?;
        let last_word = tokens.get(words.end - 1)?.of(text);
        let set_off =
            tokens.get(words.end).is_some_and(|t| t.of(text) == ",") && capital(words.end + 1);
        if knowledge.is_place_head(last_word) && set_off {
            words = run(words.end + 1)?;
        } else if set_off {
            // (`in Pound Lane, Little Codford`, `in Barnstaple, Devon`: a
            // street and its town, or a town and its county; which, no list
            // of streets tells.)
            return None;
        }
        let span = Span::new(
            tokens.get(words.start)?.start,
            tokens.get(words.end - 1)?.end,
        );
        let opening = tokens.get(words.start)?.of(text);
        let names_town = !knowledge.is_function_word(opening)
            && knowledge.first_name(opening).is_none()
            && knowledge.title(opening).is_none()
            && knowledge.foreign_government(span.of(text)).is_none()
            && knowledge.devolved_government(span.of(text)).is_none()
            && !found.iter().any(|f| f.span.overlaps(span));
        names_town.then(|| span.of(text))
    };
    (0..tokens.len())
        .rev()
        .filter(|&k| tokens[k].of(text).eq_ignore_ascii_case("in"))
        .find_map(|k| town(k + 1))
}
