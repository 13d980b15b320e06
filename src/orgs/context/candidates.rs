//! Where the rules may start. Most tokens start none: every rule needs a
//! capitalized word at most two tokens on, but the committee named by its
//! remit, which needs `committee` or `commission` at most six on. Takes the
//! document's tokens and the indices of its capitalized ones; gives the
//! candidates in order, each once, merged from the ranges around the
//! capitals and the committees as they are read, not gathered into a list.
//! Also the scans `context_orgs` walks beside them: the tokens where
//! `committee` or `commission` starts, and the commas an apposition may
//! follow (`, the`, `, a`, `, Britain's`), found from the text's bytes in one
//! scan each rather than by reading every token.

use std::sync::LazyLock;

use memchr::memmem;

use super::Tokens;
use crate::segment::possessive_suffix;
use crate::span::Span;

/// The indices of the tokens where `committee` or `commission` starts (or
/// of the token after such a place inside a word), in order.
pub(super) fn committee_heads(text: &str, tokens: &[Span]) -> Vec<usize> {
    // `committee` and `commission` begin alike: one scan of the text finds
    // both, in order. (The search is made once, not for each text.)
    static COMMI: LazyLock<memmem::Finder<'static>> =
        LazyLock::new(|| memmem::Finder::new(b"commi"));
    let bytes = text.as_bytes();
    COMMI
        .find_iter(bytes)
        .filter(|&start| {
            let rest = bytes.get(start..).unwrap_or_default();
            rest.starts_with(b"committee") || rest.starts_with(b"commission")
        })
        .map(|start| tokens.partition_point(|t| t.start < start))
        .collect()
}

/// The indices of the tokens that are a comma followed by `the`, `a`, `an`
/// or a capitalized possessive (`, Britain's`), in order: where an
/// apposition after a name may begin. Few commas are, and the text tells
/// most of the others apart before any token is found.
pub(super) fn commas_before_article(toks: &Tokens) -> Vec<usize> {
    let bytes = toks.text.as_bytes();
    let mut from = 0;
    memchr::memchr_iter(b',', bytes)
        .filter(|&at| {
            // After ASCII white space, the next word is `the`, `a` or `an`
            // (no letter or digit after them), or it begins with a capital
            // and has an apostrophe and `s` before the next space (after
            // other white space, or a char beyond ASCII, the tokens tell).
            let after = bytes.get(at + 1..).unwrap_or_default();
            let start = after.iter().position(|b| !b.is_ascii_whitespace());
            let next = start.and_then(|k| after.get(k..)).unwrap_or_default();
            let article = |word: &[u8]| {
                next.strip_prefix(word)
                    .is_some_and(|rest| !rest.first().is_some_and(u8::is_ascii_alphanumeric))
            };
            match next.first() {
                Some(b'o') => next.starts_with(b"one of "),
                Some(b't') => article(b"the"),
                Some(b'a') => article(b"a") || article(b"an"),
                Some(b) if b.is_ascii_uppercase() => {
                    let word = next
                        .split(u8::is_ascii_whitespace)
                        .next()
                        .unwrap_or_default();
                    // (`’` ends in the byte 0x99, which no ASCII char is.)
                    word.windows(2)
                        .any(|pair| matches!(pair, [b'\'' | 0x99, b's']))
                }
                Some(b) => !b.is_ascii(),
                None => false,
            }
        })
        .filter_map(|at| {
            let k = first_token_from(toks.tokens, from, at);
            from = k;
            (toks.bytes_at(k) == b","
                && (opens_apposition(toks, k + 1) || opens_one_of(toks, k + 1)))
            .then_some(k)
        })
        .collect()
}

/// The index of the first of `tokens` at or after `from` that starts at or
/// after byte `at` (`tokens.len()` for none). The token sought is mostly a
/// few tokens on: it is looked for in steps that double from `from`, and then
/// by halves in the last step, not by halves of all the tokens after `from`.
fn first_token_from(tokens: &[Span], from: usize, at: usize) -> usize {
    let rest = tokens.get(from..).unwrap_or_default();
    // Every token of `rest` before `passed` starts before `at`.
    let (mut passed, mut step) = (0, 1);
    while rest.get(passed + step - 1).is_some_and(|t| t.start < at) {
        passed += step;
        step *= 2;
    }
    let last_step = rest
        .get(passed..(passed + step - 1).min(rest.len()))
        .unwrap_or_default();
    from + passed + last_step.partition_point(|t| t.start < at)
}

/// Whether token `k` can open an apposition describing a name: `the`, `a`,
/// `an`, or a place's possessive (`Halden Crowe, Britain's sixth-largest bank,`).
pub(super) fn opens_apposition(toks: &Tokens, k: usize) -> bool {
    matches!(toks.bytes_at(k), b"the" | b"a" | b"an")
        || (toks.is_capitalized(k) && possessive_suffix(toks.text_at(k)) > 0)
}

/// Whether token `k` opens `one of` a determined plural (`the Lyric, one
/// of the oldest theatres in the north,`).
pub(super) fn opens_one_of(toks: &Tokens, k: usize) -> bool {
    toks.bytes_at(k).eq_ignore_ascii_case(b"one")
        && toks.bytes_at(k + 1) == b"of"
        && opens_apposition(toks, k + 2)
}

/// The tokens where a rule may start, in order: every rule needs a
/// capitalized word (`capitalized`, the indices of the capitalized tokens) at
/// most two tokens on, except the committee named by its remit, which needs
/// `committee` or `commission` (`heads`) at most six on. Most tokens are none
/// of these.
///
/// The tokens are given as the ranges around the capitals and committees are
/// merged, not gathered into a list first: a document has thousands of them,
/// each read once.
pub(super) fn candidates<'t>(
    toks: &'t Tokens<'t>,
    capitalized: &'t [usize],
    heads: &'t [usize],
) -> impl Iterator<Item = usize> + 't {
    let token_count = toks.tokens.len();
    // Two tokens before a capitalized word, only the employer rule may start
    // over `the` (`an analyst at the Numis …`); a word beyond ASCII may be
    // read as a name itself (the rules' first-byte test lets it through).
    // Anywhere else the rules need the capital right after them.
    let two_before = |c: usize| {
        toks.bytes_at(c - 1) == b"the" || toks.first_byte(c - 2).is_some_and(|b| !b.is_ascii())
    };
    // The capitalized tokens come in order, and so do the few committees: the
    // two lists of ranges are merged as they are read (`capital` and `head`
    // the next of each).
    let (mut capital, mut head) = (0, 0);
    // The tokens of the current range still to give (`at..end`), and the end
    // of every range given so far: a token is given once, though ranges overlap.
    let (mut at, mut end, mut covered) = (0, 0, 0);
    std::iter::from_fn(move || loop {
        if at < end {
            at += 1;
            return Some(at - 1);
        }
        // (Where the token two before a capital is given already, as it is
        // in a run of capitals, its range is read from the token before:
        // what is given, and in what order, is the same.)
        let by_capital = capitalized.get(capital).map(|&c| {
            let start = if c >= 2 && c - 2 >= covered && two_before(c) {
                c - 2
            } else {
                c.saturating_sub(1)
            };
            (start, c + 1)
        });
        let by_head = heads.get(head).map(|&k| (k.saturating_sub(6), k));
        let (start, stop) = match (by_capital, by_head) {
            (Some(c), Some(h)) if h < c => {
                head += 1;
                h
            }
            (Some(c), _) => {
                capital += 1;
                c
            }
            (None, h) => {
                head += 1;
                h?
            }
        };
        at = start.max(covered);
        end = stop.min(token_count);
        covered = covered.max(stop);
    })
}
