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
    /// scan needs no record of where the run began. Its high bits put it
    /// past any table, so a look-up from it is told apart by its failing.
    next: Vec<u32>,
}

// A stopping transition, read as a state, is past the largest table.
const _: () =
    assert!(MOST_WORD_STATES * WordAutomaton::CLASSES < WordAutomaton::MAY_BE_KELVIN as usize);

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
    /// How many parts of a long text [`WordAutomaton::each_stop`] reads at
    /// once: with four, documents' openings were read 2.5 times as fast as
    /// in one (with two, 1.7 times; with eight, 2.2 times).
    const PARTS: usize = 4;
    /// The shortest text [`WordAutomaton::each_stop`] reads in parts: a
    /// shorter one has few whole chunks to read together (measured slower
    /// in parts below about six chunks).
    const PARTED: usize = 96;

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
    /// taken with no test between them but that each is in the table.
    /// Stops are rare (a first word ends a run in few places of a text), and
    /// a stopping transition holds no state (see [`WordAutomaton::next`]),
    /// so the look-up after it is past the table: a chunk where that
    /// happens, or that ends in a stop, is read again a byte at a time from
    /// the state it began in.
    ///
    /// Each look-up waits for the one before, so a long text is read in
    /// [`WordAutomaton::PARTS`] parts at once, their look-ups in one loop
    /// filling the time each waits for the last: a part starts after a byte
    /// outside any run, where the state is known to be
    /// [`WordAutomaton::OUTSIDE`]. The stops of a part are kept until those
    /// of the parts before it have all been told.
    pub(super) fn each_stop(&self, bytes: &[u8], mut found: impl FnMut(Stop) -> bool) {
        let Some(starts) = WordAutomaton::part_starts(bytes) else {
            let mut reading = Reading::new(0);
            if reading.read(self, bytes, bytes.len(), &mut found) {
                self.end_of_text(reading.state, bytes.len(), found);
            }
            return;
        };
        let mut readings = starts.map(Reading::new);
        // Where each part ends: where the next starts.
        let mut ends = [bytes.len(); WordAutomaton::PARTS];
        for (end, &start) in ends.iter_mut().zip(starts.iter().skip(1)) {
            *end = start;
        }
        let shortest = ends
            .iter()
            .zip(&starts)
            .map(|(end, start)| end.saturating_sub(*start))
            .min()
            .unwrap_or(0);
        let mut kept: [Vec<Stop>; WordAutomaton::PARTS] = Default::default();
        for _ in 0..shortest / WordAutomaton::CHUNK {
            let chunks = readings.map(|r| {
                let end = r.offset + WordAutomaton::CHUNK;
                bytes.get(r.offset..end).unwrap_or_default()
            });
            if let Some(states) = self.skim(readings.map(|r| r.state), chunks) {
                for (reading, state) in readings.iter_mut().zip(states) {
                    reading.state = state;
                    reading.offset += WordAutomaton::CHUNK;
                }
                continue;
            }
            // A stop in some part: each is read again, the first's stops
            // told, the others' kept.
            let parts = readings.iter_mut().zip(&chunks).zip(&mut kept);
            for (p, ((reading, chunk), kept)) in parts.enumerate() {
                let told = if p == 0 {
                    reading.step(self, bytes, chunk, &mut found)
                } else {
                    reading.step(self, bytes, chunk, &mut |stop| {
                        kept.push(stop);
                        true
                    })
                };
                if !told {
                    return;
                }
            }
        }
        // Each part in turn: its kept stops, then the rest of it read alone.
        for ((reading, &end), kept) in readings.iter_mut().zip(&ends).zip(kept) {
            for stop in kept {
                if !found(stop) {
                    return;
                }
            }
            if !reading.read(self, bytes, end, &mut found) {
                return;
            }
        }
        let state = readings
            .last()
            .map_or(WordAutomaton::OUTSIDE as usize, |r| r.state);
        self.end_of_text(state, bytes.len(), found);
    }

    /// Where each part of `bytes` that [`WordAutomaton::each_stop`] reads at
    /// once starts: about as long as each other, each after the first just
    /// after a byte outside any run. None for a short text, or one with no
    /// such byte to start a part at.
    fn part_starts(bytes: &[u8]) -> Option<[usize; WordAutomaton::PARTS]> {
        if bytes.len() < WordAutomaton::PARTED {
            return None;
        }
        let mut starts = [0; WordAutomaton::PARTS];
        for p in 1..WordAutomaton::PARTS {
            let from = (bytes.len() / WordAutomaton::PARTS * p).max(*starts.get(p - 1)?);
            let skip = bytes
                .get(from..)?
                .iter()
                .position(|&b| !ASCII_WORD[usize::from(b)])?;
            *starts.get_mut(p)? = from + skip + 1;
        }
        Some(starts)
    }

    /// Tells the stop at the end of a text of `len` bytes read into `state`:
    /// a text that ends in a run spelled a word if leaving it would say so.
    fn end_of_text(&self, state: usize, len: usize, mut found: impl FnMut(Stop) -> bool) {
        let out = self.next.get(state).copied().unwrap_or(0);
        if let Some(stop) = WordAutomaton::word(out, len) {
            found(stop);
        }
    }

    /// The states after reading each of `chunks` from the state beside it,
    /// the look-ups of all in one loop (so that chains of look-ups that wait
    /// on each other overlap); none when a transition in one stops.
    #[inline(always)]
    fn skim<const N: usize>(
        &self,
        mut states: [usize; N],
        chunks: [&[u8]; N],
    ) -> Option<[usize; N]> {
        // Whole chunks, so that no look-up of a byte needs a test.
        let mut whole = [&[0; WordAutomaton::CHUNK]; N];
        for (whole, chunk) in whole.iter_mut().zip(chunks) {
            *whole = chunk.try_into().ok()?;
        }
        for k in 0..WordAutomaton::CHUNK {
            for (state, chunk) in states.iter_mut().zip(whole) {
                let class = BYTE_CLASS[usize::from(*chunk.get(k)?)];
                *state = *self.next.get(*state + usize::from(class))? as usize;
            }
        }
        // A stop on a chunk's last byte.
        states
            .iter()
            .all(|&s| s < self.next.len())
            .then_some(states)
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

/// Where [`WordAutomaton::each_stop`] has read a part of a text to, and the
/// state it is in there.
#[derive(Debug, Clone, Copy)]
struct Reading {
    offset: usize,
    state: usize,
}

impl Reading {
    fn new(offset: usize) -> Reading {
        Reading {
            offset,
            state: WordAutomaton::OUTSIDE as usize,
        }
    }

    /// Moves past `part`, the next bytes of `bytes`, a byte at a time.
    /// False when `found` was told to stop.
    fn step(
        &mut self,
        automaton: &WordAutomaton,
        bytes: &[u8],
        part: &[u8],
        found: &mut impl FnMut(Stop) -> bool,
    ) -> bool {
        let told = automaton.step_each(bytes, self.offset, part, &mut self.state, found);
        self.offset += part.len();
        told
    }

    /// Reads on to `end`, a chunk at a time and the rest a byte at a time.
    /// False when `found` was told to stop.
    fn read(
        &mut self,
        automaton: &WordAutomaton,
        bytes: &[u8],
        end: usize,
        found: &mut impl FnMut(Stop) -> bool,
    ) -> bool {
        let part = bytes.get(self.offset..end).unwrap_or_default();
        let mut chunks = part.chunks_exact(WordAutomaton::CHUNK);
        for chunk in &mut chunks {
            match automaton.skim([self.state], [chunk]) {
                Some([state]) => {
                    self.state = state;
                    self.offset += chunk.len();
                }
                None => {
                    if !self.step(automaton, bytes, chunk, found) {
                        return false;
                    }
                }
            }
        }
        self.step(automaton, bytes, chunks.remainder(), found)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The stops of `bytes` read a byte at a time from its start, as one
    /// chain of look-ups.
    fn stops_in_one_chain(automaton: &WordAutomaton, bytes: &[u8]) -> Vec<Stop> {
        let mut stops = Vec::new();
        let mut state = WordAutomaton::OUTSIDE as usize;
        automaton.step_each(bytes, 0, bytes, &mut state, &mut |stop| {
            stops.push(stop);
            true
        });
        let out = automaton.next.get(state).copied().unwrap_or(0);
        stops.extend(WordAutomaton::word(out, bytes.len()));
        stops
    }

    /// The stops `each_stop` tells when told to stop after `most` of them.
    fn stops_told(automaton: &WordAutomaton, bytes: &[u8], most: usize) -> Vec<Stop> {
        let mut stops = Vec::new();
        automaton.each_stop(bytes, |stop| {
            stops.push(stop);
            stops.len() < most
        });
        stops
    }

    fn agree(words: &[&str], text: &str) {
        let words: Vec<&[u8]> = words.iter().map(|w| w.as_bytes()).collect();
        let automaton = WordAutomaton::new(&words).expect("few words");
        let bytes = text.as_bytes();
        let all = stops_in_one_chain(&automaton, bytes);
        assert_eq!(stops_told(&automaton, bytes, usize::MAX), all, "{text:?}");
        for most in 1..=all.len() + 1 {
            let told = stops_told(&automaton, bytes, most);
            assert_eq!(told, &all[..most.min(all.len())], "{text:?} {most}");
        }
    }

    #[test]
    fn parts_stop_where_one_chain_does() {
        let words = ["ab", "b1", "abc", "k"];
        let long = "ab b1 abc abcd xab ".repeat(20);
        let texts = [
            String::new(),
            "ab".to_string(),
            long.clone(),
            format!("{long}ab"),
            format!("{}ab", "x".repeat(300)),
            format!("{} abc{}ab", "x".repeat(150), "b".repeat(150)),
            format!("{long}\u{212A} \u{212A}ab\u{212A}{long}"),
            format!("{}\u{212A}{}", "ab ".repeat(64), "ab ".repeat(64)),
        ];
        for text in texts {
            agree(&words, &text);
        }
    }

    proptest::proptest! {
        #[test]
        fn parts_agree_with_one_chain(
            words in proptest::collection::vec("[a-c0-2]{1,4}", 1..8),
            pieces in proptest::collection::vec(
                "[a-c0-2]{1,5}|[ .,\n]|\u{212A}|é",
                0..300,
            ),
        ) {
            let words: Vec<&str> = words.iter().map(String::as_str).collect();
            agree(&words, &pieces.concat());
        }
    }
}
