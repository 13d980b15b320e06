//! Acronyms and the long names they stand for. `Long Name (ACR)` links the
//! two both ways for the whole document (the document's own long form wins
//! over the gazetteer's), and the acronym then names the organization
//! wherever else it stands as a word (`The PAC said`). Capitalized words
//! whose initials spell the acronym in brackets after them are an
//! organization that nothing else found (`the London Fire Brigade (LFB)`).
//! Hard cases: an acronym said as a word (`Acpo`, `Ash`), a person's initials
//! (`Ann Lee (AL)`), a possessive before the bracket (`the European Space
//! Agency's (Esa) probe`), and a mention inside the spelled-out name
//! (`Action on Smoking and Health (Ash)` gave the employer `Action`).

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use crate::knowledge::{Knowledge, OrgKind};
use crate::span::Span;

use super::{OrgMention, OrgName};

/// `the London Fire Brigade (LFB)`: capitalized words whose initials spell
/// the acronym in brackets after them name an organization (nothing found
/// there yet), pushed to `found` (unsorted: the caller sorts); [`link_acronyms`]
/// then gives it the acronym.
pub(super) fn push_spelled_out(text: &str, knowledge: &Knowledge, found: &mut Vec<OrgMention>) {
    // (The search is made once, not for each text.)
    static OPENING: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new(b" ("));
    let bytes = text.as_bytes();
    for open in OPENING.find_iter(bytes) {
        let inner = bytes.get(open + 2..).unwrap_or_default();
        let Some(len) = inner.iter().take(9).position(|&b| b == b')') else {
            continue;
        };
        let acronym = &inner[..len];
        if !is_acronym(acronym) || acronym.contains(&b'&') {
            continue;
        }
        // Read the words back from the bracket, one initial for each
        // capitalized word (`of`, `on`, `and`, `for`, `the` may stand between).
        let head = text.get(..open).unwrap_or_default();
        // Where the words read so far start, and where the next one ends.
        let (mut start, mut word_end) = (open, open);
        let mut letters = acronym.iter().map(u8::to_ascii_uppercase).rev().peekable();
        for spaced in head.rsplit(' ') {
            let word = spaced.trim_end_matches(',');
            let Some(&initial) = word.as_bytes().first() else {
                break;
            };
            if initial.is_ascii_uppercase() && letters.peek() == Some(&initial) {
                letters.next();
            } else if !matches!(word, "of" | "on" | "and" | "for" | "the" | "&") {
                break;
            }
            start = word_end - spaced.len();
            word_end = start.saturating_sub(1);
            if letters.peek().is_none() {
                break;
            }
        }
        // (`the European Space Agency's (Esa) probe`: the name ends before
        // its possessive.)
        let owned = crate::segment::possessive_suffix(text.get(start..open).unwrap_or_default());
        let span = Span::new(start, open - owned);
        // (A person's initials: `Ann Lee (AL)`, `Mr Tom Hale (TH)`.)
        let first = span.of(text).split(' ').next().unwrap_or("");
        // (A mention inside the spelled-out name is part of it: `director of
        // Action on Smoking and Health (Ash)` gave the employer `Action`.)
        let partial = |m: &OrgMention| span.contains(m.span) && m.span != span;
        // (`International Certificate of Education (ICE)`, `Freedom of
        // Information Act (FOI)`: a name whose head word, the last or the one
        // before its `of` or `for`, ends a thing's name names no body.)
        let thing = || {
            let mut words = span.of(text).split(' ');
            let mut head = None;
            for word in words.by_ref() {
                if matches!(word, "of" | "for") && head.is_some() {
                    break;
                }
                head = Some(word);
            }
            let thing_word = |w: &str| knowledge.ends_thing_name(w.trim_end_matches(','));
            // (`Prevention of Terrorism Act (PTA)`: or the last word, after
            // a first word that heads no body.)
            let last = span.of(text).rsplit(' ').next();
            head.is_some_and(thing_word)
                || last.is_some_and(thing_word)
                    && head.is_some_and(|w| knowledge.org_head(w).is_none())
        };
        if letters.peek().is_some()
            || thing()
            || knowledge.title(first).is_some()
            || knowledge.first_name(first).is_some()
            || found.iter().any(|m| m.span.overlaps(span) && !partial(m))
        {
            continue;
        }
        found.retain(|m| !partial(m));
        found.push(OrgMention {
            span,
            org: OrgName {
                name: span.of(text).to_string(),
                acronym: None,
                kind: OrgKind::Other,
            },
        });
    }
}

/// Whether `word` is shaped as an acronym: two to eight capitals (`NEU`,
/// `AT&T`), or, as British news writes one said as a word, a capital and two
/// to seven lowercase letters (`Acpo`, `Ash`). Only a bracket after a long
/// name makes either one.
fn is_acronym(word: &[u8]) -> bool {
    let Some((first, rest)) = word.split_first() else {
        return false;
    };
    (2..=8).contains(&word.len())
        && first.is_ascii_uppercase()
        && (rest.iter().all(|&b| b.is_ascii_uppercase() || b == b'&')
            || (word.len() >= 3 && rest.iter().all(u8::is_ascii_lowercase)))
}

/// `National Education Union (NEU)`: the acronym takes the long name, and the
/// long name the acronym, everywhere in the document.
pub(super) fn link_acronyms(text: &str, found: &mut Vec<OrgMention>) {
    let mut long_of: FxHashMap<&str, OrgName> = FxHashMap::default();
    for m in found.iter() {
        let after = text.get(m.span.end..).unwrap_or_default();
        let after = after
            .strip_prefix("’s")
            .or_else(|| after.strip_prefix("'s"))
            .unwrap_or(after);
        let Some(inner) = after
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .map(|(a, _)| a)
        else {
            continue;
        };
        if is_acronym(inner.as_bytes()) {
            let long = m.span.of(text).trim_start_matches("the ").to_string();
            long_of.insert(
                inner,
                OrgName {
                    name: long,
                    acronym: Some(inner.to_string()),
                    kind: m.org.kind,
                },
            );
        }
    }
    if long_of.is_empty() {
        return;
    }
    for m in found.iter_mut() {
        let mention = m.span.of(text);
        let key = m.org.acronym.as_deref().unwrap_or(mention);
        let long = long_of
            .get(key)
            .or_else(|| long_of.get(mention))
            .or_else(|| {
                let name = mention.trim_start_matches("the ");
                long_of.values().find(|l| l.name == name)
            });
        if let Some(long) = long {
            m.org = long.clone();
        }
    }
    // The acronym names the organization wherever else it stands as a word
    // (`The PAC said`), though nothing else found it there.
    let before = found.len();
    let bytes = text.as_bytes();
    for (acronym, long) in &long_of {
        for start in memchr::memmem::find_iter(bytes, acronym.as_bytes()) {
            let end = start + acronym.len();
            let prev = start.checked_sub(1).and_then(|i| bytes.get(i)).copied();
            let next = bytes.get(end).copied();
            let alone = |b: Option<u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric() && b != b'&');
            let defining = prev == Some(b'(') && next == Some(b')');
            let span = Span::new(start, end);
            if alone(prev)
                && alone(next)
                && !defining
                && !found.iter().any(|m| m.span.overlaps(span))
            {
                found.push(OrgMention {
                    span,
                    org: long.clone(),
                });
            }
        }
    }
    if found.len() > before {
        found.sort_by_key(|m| m.span.start);
    }
}
