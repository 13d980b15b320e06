//! Where the first words of a [`PhraseSet`](super::PhraseSet)'s phrases occur in a text:
//! the runs of ASCII letters and digits that spell one (up to ASCII case),
//! found by a byte automaton or, for a set with few first words, by a
//! vectorised search. [`PhraseSet::each_start`](super::PhraseSet::each_start)
//! starts from them.

use aho_corasick::packed;

use super::tokens::{ASCII_WORD, KELVIN_SIGN};

/// A byte automaton over a list of words of ASCII letters and digits, up
/// to ASCII case: it reads a text a byte at a time, one table look-up each,
/// and stops at the end of each run of letters and digits that spells one
/// of the words, and at each Kelvin sign (which may start a phrase of its
/// own, see [`PhraseSet::may_match`](super::PhraseSet::may_match)). Its states are those of a trie of the
/// words read from the start of a run, one for outside runs and one for a
/// run that spells none.
#[derive(Debug, Clone)]
pub(super) struct WordAutomaton {
    /// The transitions, [`WordAutomaton::CLASSES`] to a state, by byte
    /// class ([`BYTE_CLASS`]). Each names the next state by the offset of
    /// its transitions here, so that a look-up is an addition, with
    /// [`WordAutomaton::WORD_ENDS`] and the length of the word added when
    /// it leaves a run that spelled one. Every transition that stops (see
    /// [`WordAutomaton::STOPS`]) leads out of the run, so it needs no state
    /// of its own: its low bits hold the word's length instead, and the
    /// scan needs no record of where the run began.
    next: Vec<u32>,
}

/// The class of each byte for [`WordAutomaton`]: one for each ASCII digit
/// and letter (a letter in either case the same), one for the last byte of
/// the Kelvin sign, 0 for the others.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0u8; 256];
    table[KELVIN_SIGN[2] as usize] = WordAutomaton::KELVIN_END;
    let mut b = 0;
    while b < 10 {
        table[b'0' as usize + b] = 1 + b as u8;
        b += 1;
    }
    let mut b = 0;
    while b < 26 {
        table[b'a' as usize + b] = 11 + b as u8;
        table[b'A' as usize + b] = 11 + b as u8;
        b += 1;
    }
    table
};

/// The most first words and states a set's [`WordAutomaton`] is built
/// with: the lists matched against running text have a few hundred words.
pub(super) const MOST_FIRST_WORDS: usize = 1024;
const MOST_WORD_STATES: usize = 8192;

/// Where a [`WordAutomaton`] stops.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Stop {
    /// A run of letters and digits that spells a word: its start and end.
    Word(usize, usize),
    /// A Kelvin sign, where it starts.
    Kelvin(usize),
}

impl WordAutomaton {
    const CLASSES: usize = 38;
    /// The class of the last byte of the Kelvin sign.
    const KELVIN_END: u8 = 37;
    /// Outside any run of letters and digits (the offset of its transitions).
    const OUTSIDE: u32 = 0;
    /// In a run that spells no word.
    const NOWHERE: u32 = WordAutomaton::CLASSES as u32;
    /// Added to a transition out of a run that spelled a word.
    const WORD_ENDS: u32 = 1 << 31;
    /// Added to a transition on the last byte of a Kelvin sign.
    const MAY_BE_KELVIN: u32 = 1 << 30;
    /// The transitions that stop; all lead [`WordAutomaton::OUTSIDE`].
    const STOPS: u32 = WordAutomaton::WORD_ENDS | WordAutomaton::MAY_BE_KELVIN;
    /// The bits of a stopping transition that hold the length of the word
    /// it ends.
    const WORD_LEN: u32 = !WordAutomaton::STOPS;
    /// How many bytes [`WordAutomaton::each_stop`] reads between tests.
    const CHUNK: usize = 16;

    /// The automaton of `words` (ASCII letters and digits each); none past
    /// [`MOST_WORD_STATES`] states.
    pub(super) fn new(words: &[&[u8]]) -> Option<WordAutomaton> {
        let mut automaton = WordAutomaton { next: Vec::new() };
        automaton.add_state()?;
        automaton.add_state()?;
        for word in words {
            let mut state = WordAutomaton::OUTSIDE;
            for &b in word.iter() {
                let at = state as usize + usize::from(BYTE_CLASS[usize::from(b)]);
                state = match automaton.next.get(at).copied()? {
                    WordAutomaton::NOWHERE => {
                        let new = automaton.add_state()?;
                        *automaton.next.get_mut(at)? = new;
                        new
                    }
                    next => next,
                };
            }
            // Leaving the run after the whole word: it was spelled.
            let len = u32::try_from(word.len())
                .ok()
                .filter(|&len| len & WordAutomaton::STOPS == 0)?;
            for class in [0, usize::from(WordAutomaton::KELVIN_END)] {
                *automaton.next.get_mut(state as usize + class)? |= WordAutomaton::WORD_ENDS | len;
            }
        }
        Some(automaton)
    }

    /// Adds a state of a run: a letter or digit leads nowhere yet, anything
    /// else out of the run.
    fn add_state(&mut self) -> Option<u32> {
        if self.next.len() >= MOST_WORD_STATES * WordAutomaton::CLASSES {
            return None;
        }
        let state = u32::try_from(self.next.len()).ok()?;
        self.next.push(WordAutomaton::OUTSIDE);
        self.next
            .extend([WordAutomaton::NOWHERE; WordAutomaton::CLASSES - 2]);
        self.next
            .push(WordAutomaton::OUTSIDE + WordAutomaton::MAY_BE_KELVIN);
        Some(state)
    }

    /// Calls `found` with each place of `bytes` the automaton stops at
    /// ([`Stop`]), in order; stops when it returns false.
    ///
    /// [`WordAutomaton::CHUNK`] bytes at a time: their transitions are
    /// taken with no test between them, and only their union is looked at.
    /// Stops are rare (a first word ends a run in few places of a text), so
    /// a chunk with one is read again a byte at a time from the state it
    /// began in, and the others cost a look-up a byte and one test for the
    /// chunk. After a stopping transition the rest of the chunk's look-ups
    /// read nonsense, which the second reading replaces.
    pub(super) fn each_stop(&self, bytes: &[u8], mut found: impl FnMut(Stop) -> bool) {
        // A `usize` rather than the table's `u32`: loading a transition
        // widens it for free, and the state is an offset to add to.
        let mut state = WordAutomaton::OUTSIDE as usize;
        // Every state has all its transitions, so a look-up from a state
        // (not from the nonsense after a stop) is never past the last.
        let Some(last) = self.next.len().checked_sub(1) else {
            return;
        };
        let mut chunks = bytes.chunks_exact(Self::CHUNK);
        let mut offset = 0;
        for chunk in &mut chunks {
            let mut fast = state;
            let mut union = 0;
            for &b in chunk {
                // Held to the table (which lets the bounds check go): a
                // look-up past it follows a stop, which `union` has already.
                let at = (fast + usize::from(BYTE_CLASS[usize::from(b)])).min(last);
                let next = self.next.get(at).copied().unwrap_or(WordAutomaton::STOPS);
                union |= next;
                fast = next as usize;
            }
            if union & WordAutomaton::STOPS == 0 {
                state = fast;
            } else if !self.step_each(bytes, offset, chunk, &mut state, &mut found) {
                return;
            }
            offset += chunk.len();
        }
        if !self.step_each(bytes, offset, chunks.remainder(), &mut state, &mut found) {
            return;
        }
        // The text ends in a run: it spelled a word if leaving it would say so.
        let out = self.next.get(state).copied().unwrap_or(0);
        if let Some(stop) = WordAutomaton::word(out, bytes.len()) {
            found(stop);
        }
    }

    /// The word a stopping transition `next` ends, when it ends one before `i`.
    fn word(next: u32, i: usize) -> Option<Stop> {
        let len = (next & WordAutomaton::WORD_LEN) as usize;
        (next & WordAutomaton::WORD_ENDS != 0).then(|| Stop::Word(i.saturating_sub(len), i))
    }

    /// [`WordAutomaton::each_stop`] over `part`, the bytes of `bytes` from
    /// `offset` on, a byte at a time from `state`; false when `found` was
    /// told to stop.
    #[inline(never)]
    fn step_each(
        &self,
        bytes: &[u8],
        offset: usize,
        part: &[u8],
        state: &mut usize,
        found: &mut impl FnMut(Stop) -> bool,
    ) -> bool {
        for (k, &b) in part.iter().enumerate() {
            let i = offset + k;
            let at = *state + usize::from(BYTE_CLASS[usize::from(b)]);
            // Every state has all its transitions: the look-up never fails.
            let Some(&next) = self.next.get(at) else {
                return false;
            };
            *state = next as usize;
            if next & WordAutomaton::STOPS == 0 {
                continue;
            }
            *state = WordAutomaton::OUTSIDE as usize;
            if WordAutomaton::word(next, i).is_some_and(|stop| !found(stop)) {
                return false;
            }
            let kelvin = next & WordAutomaton::MAY_BE_KELVIN != 0
                && i >= 2
                && bytes.get(i - 2..=i) == Some(&KELVIN_SIGN[..]);
            if kelvin && !found(Stop::Kelvin(i - 2)) {
                return false;
            }
        }
        true
    }
}

/// [`WordAutomaton::each_stop`] for a text with no Kelvin sign, through a
/// search for the automaton's words (`search`, built from them in
/// lowercase and for the longest match) in the lowercase text: where a
/// set has few words (the office holders' names), the vectorised search
/// reads a long text in far fewer instructions than the automaton, which
/// reads it a byte at a time. A match that is a whole run of letters and
/// digits is a run that spells a word, and every such run is found so: no
/// match reaches past a run, so one starting where the run does is the
/// leftmost, and the longest there is the run itself.
pub(super) fn each_searched_stop(
    search: &packed::Searcher,
    bytes: &[u8],
    mut found: impl FnMut(Stop) -> bool,
) {
    let lower = bytes.to_ascii_lowercase();
    let outside = |b: Option<&u8>| b.is_none_or(|&b| !ASCII_WORD[usize::from(b)]);
    for m in search.find_iter(&lower) {
        let before = m.start().checked_sub(1).and_then(|i| lower.get(i));
        let run = outside(before) && outside(lower.get(m.end()));
        if run && !found(Stop::Word(m.start(), m.end())) {
            return;
        }
    }
}
