//! Phrase sets: [`PhraseSet`], its patterns and the filter in front of
//! them, and the matching of a set against a text's tokens ([`Hit`]s,
//! longest first). How a set rules text out before tokenizing it is in
//! `starts`; several sets matched in one pass, in `index`.

use std::borrow::Cow;

use aho_corasick::packed;
use rustc_hash::FxHashMap;

use super::first_words::{WordAutomaton, MOST_FIRST_WORDS};
use super::lowercase;
use super::starts::{second_word, FirstWords, MOST_SEARCHED_WORDS};
use super::tokens::{fingerprint, fingerprint_step, tokenize, tokenize_into, Token, Tokens};
use super::StanceError;
use crate::span::Span;

/// One phrase found in a text: which entry, where (bytes), and the token range.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    pub entry: usize,
    pub span: Span,
    /// Index of the first token covered.
    pub first: usize,
    /// Index one past the last token covered.
    pub last: usize,
}

/// One way to spell an entry, filed under the fingerprint of its first token.
#[derive(Debug, Clone, Copy)]
pub(super) struct Pattern {
    entry: usize,
    /// The fingerprint of the first token's normalized form.
    pub(super) key: u64,
    /// The normalized form of the first token (fingerprints may collide), in
    /// the set's `texts`.
    first: Span,
    /// A one-token phrase matches any token with the same normalized form.
    pub(super) one_token: bool,
    /// The spelling must match exactly, not just up to ASCII case.
    exact: bool,
    /// The fingerprint of the second token of a longer phrase: the document's
    /// token after the first must have it, which rules out most candidates
    /// before any text is compared.
    pub(super) second: Option<u64>,
    /// The text to compare with, in the set's `texts`: the phrase lowercased
    /// (unless exact), with `'` or `’`. Empty for a one-token phrase that is
    /// not exact.
    text: Span,
}

/// A set of phrases matched on word boundaries, case-insensitively, longest
/// first, with `'` and `’` interchangeable.
///
/// A one-token phrase matches a token with the same normalized form. A longer
/// phrase matches where its text equals the document's up to ASCII case, from
/// the start of a token to the end of one (so `fell well short` does not match
/// `fell  well short`). A phrase marked case-sensitive must match exactly.
#[derive(Debug, Clone, Default)]
pub struct PhraseSet {
    /// Fingerprint of the first token → the range of `patterns` starting with it.
    by_first: FxHashMap<u64, (usize, usize)>,
    /// Every pattern, grouped by the fingerprint of its first token; within a
    /// group, in entry order.
    pub(super) patterns: Vec<Pattern>,
    /// The texts the patterns refer to, end to end: building the set does not
    /// allocate per phrase.
    texts: String,
    /// The same fingerprints as a filter: most tokens start no phrase, and a
    /// bit test says so more cheaply than a hash probe.
    filter: KeyFilter,
    /// Every phrase starts with a token of ASCII letters and digits, which
    /// [`PhraseSet::may_match`] relies on.
    pub(super) plain_starts: bool,
    /// The most bytes a match of a pattern may span in a text.
    longest: usize,
    /// What [`PhraseSet::may_match`] looks for: the first tokens of the
    /// phrases that may match from their first token alone, and the first
    /// two tokens (as a [`pair_key`]) of the others.
    pub(super) starts: FirstWords,
}

/// A bitset indexed by the top 16 bits of a fingerprint (a Bloom filter with
/// one hash). A clear bit proves a key absent; a set bit may be a neighbour's.
/// Its size is fixed, so a look-up is a shift and a bit test: 8 KiB, which
/// lets through about one absent key in nine for the VADER lexicon and
/// almost none for the short lists.
#[derive(Debug, Clone)]
pub(super) struct KeyFilter {
    words: Box<[u64; KeyFilter::WORDS]>,
}

impl Default for KeyFilter {
    fn default() -> Self {
        KeyFilter {
            words: Box::new([0; KeyFilter::WORDS]),
        }
    }
}

impl KeyFilter {
    const WORDS: usize = 1 << 10;

    pub(super) fn new(keys: &[u64]) -> KeyFilter {
        let mut filter = KeyFilter::default();
        for &key in keys {
            let bit = KeyFilter::bit(key);
            if let Some(word) = filter.words.get_mut(bit / 64) {
                *word |= 1 << (bit % 64);
            }
        }
        filter
    }

    /// The bit of a key: its top 16 bits, so `bit / 64` is below `WORDS`.
    fn bit(key: u64) -> usize {
        (key >> 48) as usize
    }

    pub(super) fn may_contain(&self, key: u64) -> bool {
        let bit = KeyFilter::bit(key);
        self.words
            .get(bit / 64)
            .is_some_and(|word| word & (1 << (bit % 64)) != 0)
    }
}

/// Appends `s` to `texts` and returns where it lies there.
fn push_text(texts: &mut String, s: &str) -> Span {
    let start = texts.len();
    texts.push_str(s);
    Span::new(start, texts.len())
}

impl PhraseSet {
    /// Compiles `phrases`; `case_sensitive[i]` asks for an exact-case match of entry `i`.
    pub fn new<S: AsRef<str>>(
        phrases: &[S],
        case_sensitive: &[bool],
    ) -> Result<PhraseSet, StanceError> {
        let mut patterns: Vec<Pattern> = Vec::with_capacity(phrases.len());
        let mut texts = String::new();
        // One token buffer for all phrases.
        let mut toks = Tokens::default();
        for (i, p) in phrases.iter().enumerate() {
            let p = p.as_ref();
            let exact = case_sensitive.get(i).copied().unwrap_or(false);
            tokenize_into(p, Span::new(0, p.len()), &mut toks);
            if let [only] = toks.as_slice() {
                if only.span == Span::new(0, p.len()) {
                    let first = toks.norm(0);
                    let key = fingerprint(first.as_bytes());
                    let first = push_text(&mut texts, first);
                    let text = if exact {
                        push_text(&mut texts, p)
                    } else {
                        Span::new(0, 0)
                    };
                    patterns.push(Pattern {
                        entry: i,
                        key,
                        first,
                        one_token: true,
                        exact,
                        second: None,
                        text,
                    });
                    continue;
                }
            }
            let lower = if exact {
                Cow::Borrowed(p)
            } else {
                lowercase(p)
            };
            // The document's token where a match starts spells the pattern's
            // first token (up to ASCII case), so it has the same normalized form.
            tokenize_into(&lower, Span::new(0, lower.len()), &mut toks);
            if toks.get(0).is_none_or(|t| t.span.start != 0) {
                // A match starts where a token starts; this one never can.
                continue;
            }
            let key = fingerprint(toks.norm(0).as_bytes());
            let first = push_text(&mut texts, toks.norm(0));
            let second = (toks.len() > 1).then(|| fingerprint(toks.norm(1).as_bytes()));
            let mut pattern = |text: &str| Pattern {
                entry: i,
                key,
                first,
                one_token: false,
                exact,
                second,
                text: push_text(&mut texts, text),
            };
            patterns.push(pattern(&lower));
            if lower.contains('\'') {
                patterns.push(pattern(&lower.replace('\'', "’")));
            }
            if lower.contains('’') {
                patterns.push(pattern(&lower.replace('’', "'")));
            }
        }
        // A possessive (`government's`) starts with the run of letters before
        // its apostrophe, which `may_match` looks up: that run must be a
        // phrase's first token too.
        let firsts: FxHashMap<&[u8], ()> = patterns
            .iter()
            .filter_map(|p| texts.as_bytes().get(p.first.start..p.first.end))
            .map(|w| (w, ()))
            .collect();
        let plain = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_alphanumeric);
        let plain_starts = patterns.iter().all(|p| {
            let first = texts
                .as_bytes()
                .get(p.first.start..p.first.end)
                .unwrap_or(&[]);
            let base = first.strip_suffix(b"'s").unwrap_or(first);
            plain(base) && (base.len() == first.len() || firsts.contains_key(base))
        });
        // A phrase whose second token is a plain word too may match only
        // where its first two words follow each other (`home secretary`);
        // the others (`government`, `No. 10`) wherever their first word is.
        let mut starts = FirstWords::default();
        for p in &patterns {
            let second = if p.one_token {
                None
            } else {
                second_word(
                    texts
                        .as_bytes()
                        .get(p.text.start..p.text.end)
                        .unwrap_or(&[]),
                )
            };
            match second {
                Some(second) => starts.pairs.insert(pair_key(p.key, second)),
                None => starts.singles.insert(p.key),
            };
        }
        if plain_starts {
            let mut words: Vec<&[u8]> = patterns
                .iter()
                .filter_map(|p| texts.as_bytes().get(p.first.start..p.first.end))
                .filter(|w| plain(w))
                .collect();
            words.sort_unstable();
            words.dedup();
            if words.len() <= MOST_FIRST_WORDS {
                starts.words = WordAutomaton::new(&words);
            }
            if starts.words.is_some() && words.len() <= MOST_SEARCHED_WORDS {
                let lower: Vec<Vec<u8>> = words.iter().map(|w| w.to_ascii_lowercase()).collect();
                starts.search = packed::Config::new()
                    .match_kind(packed::MatchKind::LeftmostLongest)
                    .builder()
                    .extend(&lower)
                    .build();
            }
        }
        starts.single_filter = KeyFilter::new(&starts.singles.iter().copied().collect::<Vec<_>>());
        starts.pair_filter = KeyFilter::new(&starts.pairs.iter().copied().collect::<Vec<_>>());
        // Group the patterns by first token, each group in entry order (of two
        // phrases with the same span, the earlier wins): count the groups'
        // sizes, give each group its range, then fill the ranges in order.
        let mut by_first: FxHashMap<u64, (usize, usize)> = FxHashMap::default();
        by_first.reserve(patterns.len());
        for p in &patterns {
            by_first.entry(p.key).or_default().1 += 1;
        }
        let mut keys = Vec::with_capacity(by_first.len());
        let mut next = 0;
        for (&key, range) in by_first.iter_mut() {
            let len = range.1;
            *range = (next, next);
            next += len;
            keys.push(key);
        }
        // A copy to fill, so that no slot is ever uninitialized.
        let mut grouped = patterns.clone();
        for p in patterns {
            if let Some(range) = by_first.get_mut(&p.key) {
                if let Some(slot) = grouped.get_mut(range.1) {
                    *slot = p;
                }
                range.1 += 1;
            }
        }
        let patterns = grouped;
        // A one-token match is the token, whose form is its pattern's
        // `first`; a longer one spans its `text`.
        let longest = patterns
            .iter()
            .map(|p| p.first.len().max(p.text.len()))
            .max()
            .unwrap_or(0);
        Ok(PhraseSet {
            filter: KeyFilter::new(&keys),
            by_first,
            patterns,
            texts,
            plain_starts,
            longest,
            starts,
        })
    }

    /// Calls `found` with every match in `text[range]` that starts and ends on
    /// token boundaries, overlapping ones included; stops when it returns false.
    fn each_match(
        &self,
        text: &str,
        range: Span,
        tokens: &Tokens,
        mut found: impl FnMut(Hit) -> bool,
    ) {
        // The loop runs for every token and is kept to a bit test; the rare
        // token that passes it is looked at out of line.
        for (i, t) in tokens.as_slice().iter().enumerate() {
            if self.filter.may_contain(t.key)
                && range.contains(t.span)
                && !self.each_match_at(text, range, tokens, i, &mut found)
            {
                return;
            }
        }
    }

    /// [`PhraseSet::each_match`] for the matches starting at token `i`;
    /// returns false when `found` did.
    #[inline(never)]
    fn each_match_at(
        &self,
        text: &str,
        range: Span,
        tokens: &Tokens,
        i: usize,
        found: &mut impl FnMut(Hit) -> bool,
    ) -> bool {
        let list = tokens.as_slice();
        let Some(t) = list.get(i) else {
            return true;
        };
        let Some(&(start, end)) = self.by_first.get(&t.key) else {
            return true;
        };
        let norm = tokens.norm_bytes(t);
        for p in self.patterns.get(start..end).unwrap_or(&[]) {
            if let Some(h) = self.match_pattern(p, text, range, tokens, i, norm) {
                if !found(h) {
                    return false;
                }
            }
        }
        true
    }

    /// The match of pattern `p` (one of this set's, filed under the
    /// fingerprint of token `i`, whose normalized form is `norm`) at token `i`.
    pub(super) fn match_pattern(
        &self,
        p: &Pattern,
        text: &str,
        range: Span,
        tokens: &Tokens,
        i: usize,
        norm: &[u8],
    ) -> Option<Hit> {
        let list = tokens.as_slice();
        if p.one_token {
            let t = list.get(i)?;
            let matches = self.text(p.first) == norm
                && (!p.exact || t.span.of(text).as_bytes() == self.text(p.text));
            matches.then_some(Hit {
                entry: p.entry,
                span: t.span,
                first: i,
                last: i + 1,
            })
        } else if p.second.is_some() && list.get(i + 1).map(|u| u.key) != p.second
            || self.text(p.first) != norm
        {
            None
        } else {
            match_at(text, range, list, i, self.text(p.text), p)
        }
    }

    /// The bytes of a pattern's text.
    fn text(&self, span: Span) -> &[u8] {
        self.texts
            .as_bytes()
            .get(span.start..span.end)
            .unwrap_or(&[])
    }

    /// Non-overlapping matches in `text[range]` that start and end on token
    /// boundaries, longest first, in text order.
    pub fn find(&self, text: &str, range: Span, tokens: &Tokens) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.find_into(text, range, tokens, &mut hits);
        hits
    }

    /// [`PhraseSet::find`] into `hits`, replacing its contents.
    pub fn find_into(&self, text: &str, range: Span, tokens: &Tokens, hits: &mut Vec<Hit>) {
        hits.clear();
        self.each_match(text, range, tokens, |h| {
            hits.push(h);
            true
        });
        keep_longest(hits);
    }

    /// Whether any phrase matches in `text[range]`.
    pub fn matches(&self, text: &str, range: Span, tokens: &Tokens) -> bool {
        let mut any = false;
        self.each_match(text, range, tokens, |_| {
            any = true;
            false
        });
        any
    }

    /// The most bytes a phrase's match may span, but for a one-token
    /// phrase: that spans its token, whose normalized form is the phrase's.
    pub(crate) fn longest(&self) -> usize {
        self.longest
    }

    /// Whether a phrase matches from the start of `text[range]`, where
    /// `tokens` (those of `text[range]`) begin: whatever else matches there
    /// and would win over it in [`PhraseSet::find`].
    pub fn matches_at_start(&self, text: &str, range: Span, tokens: &Tokens) -> bool {
        if tokens.get(0).is_none_or(|t| t.span.start != range.start) {
            return false;
        }
        let mut any = false;
        self.each_match_at(text, range, tokens, 0, &mut |_| {
            any = true;
            false
        });
        any
    }

    /// Whether any phrase occurs in `s` (on word boundaries).
    pub fn occurs_in(&self, s: &str) -> bool {
        let range = Span::new(0, s.len());
        self.matches(s, range, &tokenize(s, range))
    }
}

/// Keeps the non-overlapping hits of `hits` (matches of one set, in text
/// order), longest first, and leaves them in text order.
pub(super) fn keep_longest(hits: &mut Vec<Hit>) {
    // Usually no two hits overlap, and then all are kept in the order they
    // are in: no need to sort.
    if hits.windows(2).all(|w| match w {
        [a, b] => a.span.end <= b.span.start,
        _ => true,
    }) {
        return;
    }
    // Longest first, then leftmost; the sort is stable, so of two phrases
    // with the same span the earlier entry wins.
    hits.sort_by(|a, b| {
        b.span
            .len()
            .cmp(&a.span.len())
            .then(a.span.start.cmp(&b.span.start))
    });
    let mut kept = 0;
    for k in 0..hits.len() {
        let Some(&h) = hits.get(k) else { break };
        let free = hits
            .get(..kept)
            .is_some_and(|taken| !taken.iter().any(|t| t.span.overlaps(h.span)));
        if free {
            if let Some(slot) = hits.get_mut(kept) {
                *slot = h;
            }
            kept += 1;
        }
    }
    hits.truncate(kept);
    hits.sort_by_key(|h| h.span.start);
}

/// The key of a phrase's first two tokens, from their fingerprints.
pub(super) fn pair_key(first: u64, second: u64) -> u64 {
    fingerprint_step(first, second)
}

/// The match of the several-token pattern `p`, spelled `spelling`, at token
/// `i`, if a token ends where it would end and the text there spells it.
fn match_at(
    text: &str,
    range: Span,
    tokens: &[Token],
    i: usize,
    spelling: &[u8],
    p: &Pattern,
) -> Option<Hit> {
    let start = tokens.get(i)?.span.start;
    let end = start + spelling.len();
    if end > range.end {
        return None;
    }
    // Cheaper than comparing the text, so first.
    let last = i + tokens.get(i..)?.iter().position(|t| t.span.end >= end)?;
    if tokens.get(last)?.span.end != end {
        return None;
    }
    let found = text.as_bytes().get(start..end)?;
    let spelled = if p.exact {
        found == spelling
    } else {
        found.eq_ignore_ascii_case(spelling)
    };
    spelled.then_some(Hit {
        entry: p.entry,
        span: Span::new(start, end),
        first: i,
        last: last + 1,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_sharing_a_first_word_keep_entry_order() {
        // Same span from two entries: the earlier wins.
        let set = PhraseSet::new(&["fell short", "fell", "fell short", "short"], &[]).unwrap();
        let t = "it fell short";
        let all = Span::new(0, t.len());
        let hits = set.find(t, all, &tokenize(t, all));
        assert_eq!(hits.len(), 1);
        assert_eq!((hits[0].entry, hits[0].span.of(t)), (0, "fell short"));
    }
}
