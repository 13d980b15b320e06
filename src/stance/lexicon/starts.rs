//! Where a phrase set's phrases may start in a text that has not been
//! tokenized: [`PhraseSet::may_match`] and the first words it looks for. A
//! set matched against text that rarely holds any of its phrases (the frame
//! words around a quote, a document's opening) rules most of the text out
//! this way, more cheaply than by tokenizing it; the byte automaton and the
//! search that find the first words are in `first_words`.

use aho_corasick::packed;
use rustc_hash::FxHashSet;

use super::first_words::{each_searched_stop, Stop, WordAutomaton};
use super::phrases::{pair_key, KeyFilter, PhraseSet};
use super::tokens::{ascii_word, fingerprint, ASCII_WORD, KELVIN_SIGN};

/// The keys [`PhraseSet::may_match`] looks for, each with a filter in front.
#[derive(Debug, Clone, Default)]
pub(super) struct FirstWords {
    pub(super) singles: FxHashSet<u64>,
    pub(super) single_filter: KeyFilter,
    pub(super) pairs: FxHashSet<u64>,
    pub(super) pair_filter: KeyFilter,
    /// The words behind those keys, as an automaton that finds them in a text
    /// without fingerprinting every run (see [`PhraseSet::each_start`]);
    /// none when a set's phrases do not all start with plain words, or it
    /// has too many first words for one (the lexicon, never scanned so).
    pub(super) words: Option<WordAutomaton>,
    /// The same words, lowercase, as a vectorised substring search (see
    /// [`each_searched_stop`]); only for sets with an automaton and at most
    /// [`MOST_SEARCHED_WORDS`] first words.
    pub(super) search: Option<packed::Searcher>,
}

/// The most first words a set's [`FirstWords::search`] is built with: it
/// filters candidates by their first bytes, which a few hundred words would
/// let through at most places of a text.
pub(super) const MOST_SEARCHED_WORDS: usize = 24;

impl PhraseSet {
    /// Whether a phrase may match in `text`; false only when none can. Much
    /// cheaper than tokenizing `text`: only its runs of ASCII letters and
    /// digits are looked up, as they are read.
    ///
    /// A token's normalized form differs from its ASCII lowercase only in
    /// chars that are not ASCII, and of those only the Kelvin sign becomes
    /// an ASCII letter (`k`). So when every phrase starts with a token of
    /// ASCII letters and digits, a match starts at a token that is a whole
    /// run of them in `text`, or holds a Kelvin sign; a possessive phrase
    /// (`government's`) counts when its run before the apostrophe starts a
    /// phrase too. When some phrase starts otherwise (`u-turn`, `£5`), this
    /// is always true.
    pub fn may_match(&self, text: &str) -> bool {
        let mut any = false;
        self.each_start(text, |_| {
            any = true;
            false
        });
        any
    }

    /// Calls `found` with each byte offset of `text` where a phrase may
    /// start (see [`PhraseSet::may_match`]; every word when it cannot tell),
    /// in text order; stops when it returns false.
    pub(in crate::stance) fn each_start(&self, text: &str, found: impl FnMut(usize) -> bool) {
        match &self.starts.words {
            Some(words) if self.plain_starts => self.each_word_start(words, text, found),
            _ => self.each_start_scanned(text, found),
        }
    }

    /// [`PhraseSet::each_start`] from where the automaton `words` stops (or
    /// the set's search for the same words, [`each_searched_stop`]):
    /// only the runs that spell a first word, and the runs after them, are
    /// fingerprinted. The offsets come in the order of
    /// [`PhraseSet::each_start_scanned`]: at each run, the run's own start,
    /// then that of the run before it when the two begin a phrase; a Kelvin
    /// sign's where it is.
    fn each_word_start(
        &self,
        words: &WordAutomaton,
        text: &str,
        mut found: impl FnMut(usize) -> bool,
    ) {
        let bytes = text.as_bytes();
        let starts = &self.starts;
        // A first word whose next run makes a pair with it: where that run
        // starts (whose turn it is told at), and where the word starts.
        let mut pair: Option<(usize, usize)> = None;
        let mut stopped = false;
        let on_stop = |stop| {
            let at = match stop {
                Stop::Word(start, _) | Stop::Kelvin(start) => start,
            };
            if let Some((turn, first)) = pair {
                if turn < at {
                    pair = None;
                    if !found(first) {
                        stopped = true;
                        return false;
                    }
                }
            }
            let Stop::Word(start, end) = stop else {
                stopped = !found(at);
                return !stopped;
            };
            let (_, key, _) = ascii_word(bytes, start);
            let single = starts.single_filter.may_contain(key) && starts.singles.contains(&key);
            if single && !found(start) {
                stopped = true;
                return false;
            }
            if let Some((_, first)) = pair.take() {
                if !found(first) {
                    stopped = true;
                    return false;
                }
            }
            let next = bytes
                .get(end..)
                .and_then(|rest| rest.iter().position(|&b| ASCII_WORD[usize::from(b)]))
                .map(|skip| end + skip);
            if let Some(next) = next {
                let (_, next_key, _) = ascii_word(bytes, next);
                let key = pair_key(key, next_key);
                if starts.pair_filter.may_contain(key) && starts.pairs.contains(&key) {
                    pair = Some((next, start));
                }
            }
            true
        };
        // A Kelvin sign (which lowercases to `k`) is rare enough to leave to
        // the automaton.
        let search = starts
            .search
            .as_ref()
            .filter(|_| memchr::memmem::find(bytes, &KELVIN_SIGN).is_none());
        match search {
            Some(search) => each_searched_stop(search, bytes, on_stop),
            None => words.each_stop(bytes, on_stop),
        }
        if let (Some((_, first)), false) = (pair, stopped) {
            found(first);
        }
    }

    /// [`PhraseSet::each_start`] by reading every run of ASCII letters and
    /// digits of `text`, and every other byte.
    fn each_start_scanned(&self, text: &str, mut found: impl FnMut(usize) -> bool) {
        let bytes = text.as_bytes();
        let starts = &self.starts;
        let mut pos = 0;
        let mut previous: Option<(u64, usize)> = None;
        while let Some(&b) = bytes.get(pos) {
            let word_start = pos;
            if !ASCII_WORD[usize::from(b)] {
                let kelvin = b == KELVIN_SIGN[0] && bytes.get(pos..pos + 3) == Some(&KELVIN_SIGN);
                if (kelvin || !self.plain_starts) && !found(pos) {
                    return;
                }
                pos += 1;
                continue;
            }
            // As in the tokenizer.
            let (end, key, next) = ascii_word(bytes, pos);
            pos = end;
            if next == Some(b' ') {
                pos += 1;
            }
            let single = starts.single_filter.may_contain(key) && starts.singles.contains(&key);
            if (single || !self.plain_starts) && !found(word_start) {
                return;
            }
            if let Some((first, first_start)) = previous {
                let pair = pair_key(first, key);
                if starts.pair_filter.may_contain(pair)
                    && starts.pairs.contains(&pair)
                    && !found(first_start)
                {
                    return;
                }
            }
            previous = Some((key, word_start));
        }
    }
}

/// The fingerprint of the second word of a phrase's text (`secretary` in
/// `home secretary`) when the phrase's first two tokens are words of ASCII
/// letters and digits separated by one space, the only case
/// [`PhraseSet::may_match`] can check as a pair.
pub(super) fn second_word(text: &[u8]) -> Option<u64> {
    let plain = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_alphanumeric);
    let mut words = text.split(|&b| b == b' ');
    let first = words.next()?;
    let second = words.next()?;
    (plain(first) && plain(second)).then(|| fingerprint(&second.to_ascii_lowercase()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::stance::lexicon::tokenize;

    #[test]
    fn may_match_never_misses_a_match() {
        let phrases = ["welcomed", "hit out", "baked", "42", "no"];
        let set = PhraseSet::new(&phrases, &[]).unwrap();
        let texts = [
            "",
            "They WELCOMED it.",
            "he hit out at",
            "ba\u{212A}ed beans",
            "“welcomed”",
            "Welcomed’s",
            "re-welcomed",
            "42-year-old",
            "no",
            "hit-out",
            "nothing here",
            "nO, 42",
        ];
        for t in texts {
            let all = Span::new(0, t.len());
            let found = set.matches(t, all, &tokenize(t, all));
            assert!(!found || set.may_match(t), "{t}");
        }
        assert!(!set.may_match("nothing here at all"));
        assert!(set.may_match("ba\u{212A}ed"));
        // A phrase that does not start with letters and digits disables it.
        let odd = PhraseSet::new(&["£5 a week"], &[]).unwrap();
        assert!(odd.may_match("nothing"));
    }

    /// The offsets `each_start` gives, and those of the byte-by-byte scan.
    fn starts_both_ways(set: &PhraseSet, text: &str) -> (Vec<usize>, Vec<usize>) {
        let (mut fast, mut scanned) = (Vec::new(), Vec::new());
        set.each_start(text, |at| {
            fast.push(at);
            true
        });
        set.each_start_scanned(text, |at| {
            scanned.push(at);
            true
        });
        (fast, scanned)
    }

    /// The built-in target's sets, and one with pairs, possessives and
    /// exact-case words of its own.
    fn start_sets() -> Vec<PhraseSet> {
        let target =
            crate::stance::target::Target::parse(crate::stance::TARGET_UK).expect("built-in");
        let [include, exclude, elsewhere] = target.phrase_sets();
        let own = PhraseSet::new(
            &[
                "home secretary",
                "No. 10",
                "no 10",
                "Tony Blair",
                "Blair's",
                "Blair",
                "x",
                "7 days",
            ],
            &[false, false, false, false, true, true, false, false],
        )
        .expect("phrases");
        vec![include.clone(), exclude.clone(), elsewhere.clone(), own]
    }

    #[test]
    fn word_starts_come_as_the_scan_gives_them() {
        let texts = [
            "The Home Secretary and the home secretary’s plan, No. 10 and no 10.",
            "Tony\nBlair: tony  blair; TONY—BLAIR's x 7 days x7 x",
            "ba\u{212A}ed \u{212A} no 10 Blair",
            "government governments Government's “minister” é-minister",
            "secretary",
            "",
        ];
        let sets = start_sets();
        // The automaton is built for sets whose phrases start with plain
        // words, the search for those with few first words.
        assert!(sets.iter().all(|set| set.starts.words.is_some()));
        assert!(sets.iter().any(|set| set.starts.search.is_some()));
        for set in sets {
            for t in texts {
                let (fast, scanned) = starts_both_ways(&set, t);
                assert_eq!(fast, scanned, "{t:?}");
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn word_starts_agree_on_any_text(
            words in proptest::collection::vec(
                "home|Home|secretary|SECRETARY|government|government's|No|no|10|\\.|Tony|\
                 Blair|blair|x|7|days|minister|Prime|prime|former|US|\u{212A}|é|“|”|,|\n|-|—|\
                 [a-z]{1,12}|[A-Z][a-z0-9]{1,9}",
                0..40,
            ),
            glue in proptest::collection::vec(" |  |\n|, |-|", 40),
        ) {
            let text: String = words
                .iter()
                .zip(glue.iter().cycle())
                .flat_map(|(w, g)| [w.as_str(), g.as_str()])
                .collect();
            for set in start_sets() {
                let (fast, scanned) = starts_both_ways(&set, &text);
                proptest::prop_assert_eq!(fast, scanned, "{:?}", text);
            }
        }
    }
}
