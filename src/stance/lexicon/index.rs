//! Several phrase sets matched against the same tokens in one pass:
//! [`SetIndex`] files the patterns of all the sets together, so that a
//! quote's tokens are walked once rather than once per set.

use rustc_hash::FxHashMap;

use super::phrases::{keep_longest, pair_key, Hit, KeyFilter, Pattern, PhraseSet};
use super::tokens::{Token, Tokens};
use crate::span::Span;

/// Several phrase sets matched against the same tokens in one pass.
///
/// [`PhraseSet::find_into`] on each set in turn walks the tokens once per
/// set, testing each token against each set's filter and looking at every
/// pattern filed under its first token where the filter lets it through.
/// Common words start many longer phrases (`the`, `to`, `not`), so that is
/// a third of all tokens, most of them for nothing. This index files the
/// patterns of all the sets together, and a longer phrase under its first
/// two tokens rather than its first: a token costs two filter tests, and
/// the patterns looked at are mostly those that match.
///
/// The patterns refer to their sets' texts, so the index is used with the
/// very sets it was built from: [`SetIndex::find_into`] checks that their
/// pattern counts are the ones it was built with, and otherwise matches each
/// set on its own.
#[derive(Debug, Clone)]
pub(crate) struct SetIndex<const N: usize> {
    /// The one-token patterns (and any other with no second token), filed
    /// by the fingerprint of their token.
    singles: Filed,
    /// The longer patterns, filed by the [`pair_key`] of their first two
    /// tokens.
    longer: Filed,
    /// The first tokens of all the patterns, one-token or longer: most
    /// tokens start none, which one bit test tells before the two of
    /// `singles` and `longer` (and the pair key) are looked at.
    firsts: KeyFilter,
    /// How many patterns each set has: a cheap check that the sets matched
    /// are the ones indexed.
    sizes: [usize; N],
}

/// Patterns of several sets filed by a key, each with the position of its
/// set; within a key, in the order of the sets and then of their patterns.
#[derive(Debug, Clone, Default)]
struct Filed {
    by_key: FxHashMap<u64, (usize, usize)>,
    patterns: Vec<(usize, Pattern)>,
    filter: KeyFilter,
}

impl Filed {
    /// Files `patterns` (key, set, pattern), which are in set order.
    fn new(mut patterns: Vec<(u64, usize, Pattern)>) -> Filed {
        // Stable: a key's patterns keep their order.
        patterns.sort_by_key(|&(key, _, _)| key);
        let mut by_key: FxHashMap<u64, (usize, usize)> = FxHashMap::default();
        for (at, &(key, _, _)) in patterns.iter().enumerate() {
            by_key.entry(key).or_insert((at, at)).1 = at + 1;
        }
        let keys: Vec<u64> = by_key.keys().copied().collect();
        Filed {
            by_key,
            patterns: patterns.into_iter().map(|(_, set, p)| (set, p)).collect(),
            filter: KeyFilter::new(&keys),
        }
    }

    /// The patterns filed under `key`.
    fn get(&self, key: u64) -> &[(usize, Pattern)] {
        self.by_key
            .get(&key)
            .and_then(|&(start, end)| self.patterns.get(start..end))
            .unwrap_or(&[])
    }
}

impl<const N: usize> SetIndex<N> {
    /// Indexes `sets`.
    pub fn new(sets: [&PhraseSet; N]) -> SetIndex<N> {
        let (mut singles, mut longer) = (Vec::new(), Vec::new());
        for (k, set) in sets.iter().enumerate() {
            for p in &set.patterns {
                match p.second {
                    Some(second) if !p.one_token => {
                        longer.push((pair_key(p.key, second), k, *p));
                    }
                    _ => singles.push((p.key, k, *p)),
                }
            }
        }
        let firsts: Vec<u64> = singles
            .iter()
            .chain(&longer)
            .map(|&(_, _, p): &(u64, usize, Pattern)| p.key)
            .collect();
        SetIndex {
            firsts: KeyFilter::new(&firsts),
            singles: Filed::new(singles),
            longer: Filed::new(longer),
            sizes: sets.map(|set| set.patterns.len()),
        }
    }

    /// [`PhraseSet::find_into`] for each of `sets` (those the index was
    /// built from, in the same order) into the `hits` of the same position.
    pub fn find_into(
        &self,
        sets: [&PhraseSet; N],
        text: &str,
        range: Span,
        tokens: &Tokens,
        mut hits: [&mut Vec<Hit>; N],
    ) {
        if sets.map(|set| set.patterns.len()) != self.sizes {
            // Not the indexed sets: look them up one by one.
            for (set, hits) in sets.iter().zip(hits) {
                set.find_into(text, range, tokens, hits);
            }
            return;
        }
        for h in hits.iter_mut() {
            h.clear();
        }
        // A token's hits of one set come in the order of that set's
        // patterns, the one-token ones first; they cannot have the same
        // span as a longer one, so `keep_longest` keeps the same.
        self.each_match(sets, text, range, tokens, |k, h| {
            if let Some(hits) = hits.get_mut(k) {
                hits.push(h);
            }
            true
        });
        for h in hits {
            if h.len() > 1 {
                keep_longest(h);
            }
        }
    }

    /// Calls `found` with the position in `sets` (those the index was
    /// built from, in the same order) and each match of a phrase of that
    /// set in `text[range]`, overlapping ones included, by the token it
    /// starts at; stops when it returns false.
    pub fn each_match(
        &self,
        sets: [&PhraseSet; N],
        text: &str,
        range: Span,
        tokens: &Tokens,
        mut found: impl FnMut(usize, Hit) -> bool,
    ) {
        if sets.map(|set| set.patterns.len()) != self.sizes {
            for (k, set) in sets.iter().enumerate() {
                for h in set.find(text, range, tokens) {
                    if !found(k, h) {
                        return;
                    }
                }
            }
            return;
        }
        let list = tokens.as_slice();
        let in_range = |t: &Token| range.contains(t.span);
        let all_in = list.first().is_none_or(in_range) && list.last().is_none_or(in_range);
        for (i, t) in list.iter().enumerate() {
            if !self.firsts.may_contain(t.key) || !all_in && !in_range(t) {
                continue;
            }
            if self.singles.filter.may_contain(t.key) {
                let filed = self.singles.get(t.key);
                if !self.each_at(filed, &sets, text, range, tokens, i, &mut found) {
                    return;
                }
            }
            if let Some(next) = list.get(i + 1) {
                let pair = pair_key(t.key, next.key);
                if self.longer.filter.may_contain(pair) {
                    let filed = self.longer.get(pair);
                    if !self.each_at(filed, &sets, text, range, tokens, i, &mut found) {
                        return;
                    }
                }
            }
        }
    }

    /// [`SetIndex::each_match`] for the patterns `filed` at token `i`;
    /// false when `found` was told to stop.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn each_at(
        &self,
        filed: &[(usize, Pattern)],
        sets: &[&PhraseSet; N],
        text: &str,
        range: Span,
        tokens: &Tokens,
        i: usize,
        found: &mut impl FnMut(usize, Hit) -> bool,
    ) -> bool {
        let norm = tokens.get(i).map_or(&[][..], |t| tokens.norm_bytes(t));
        for (k, p) in filed {
            let Some(set) = sets.get(*k) else {
                continue;
            };
            if let Some(h) = set.match_pattern(p, text, range, tokens, i, norm) {
                if !found(*k, h) {
                    return false;
                }
            }
        }
        true
    }
}
