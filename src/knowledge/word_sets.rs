//! Sets of words that a word, in any case, is looked up in without
//! lowercasing or hashing: [`AsciiWords`] finds an ASCII word exactly,
//! [`WordShapes`] and [`WordEnds`] rule most words out before a lookup.
//!
//! They are built once with the knowledge and read on nearly every token,
//! so they are small tables indexed by a word's first and last bytes and
//! length.

/// A set of lowercase ASCII words that an ASCII word, in any case, is looked
/// up in without hashing. A word's slot is its first letter, last letter and
/// length (lengths from 15 share one slot). One table says, for each last
/// letter and length, which first letters have a word: most words of a text
/// are ruled out by that one lookup and one branch. Of the rest, most are
/// ruled out by their second letter, which the slot keeps as bits, and the
/// others compared with the words of their slot, seldom more than one or two.
#[derive(Debug, Clone)]
pub(crate) struct AsciiWords {
    /// The class of each byte: 0 to 25 for the letters in either case, 26 for the rest.
    class: [u8; 256],
    /// For each last class and length slot, the classes of the first bytes
    /// of the words there, as bits: `(last class * LENGTH_SLOTS + length slot)`.
    firsts: Vec<u32>,
    /// For each slot, its words and the classes of their second bytes.
    slots: Vec<Slot>,
    /// The words, lowercase, in the order of their slots.
    pub(super) words: Vec<Box<[u8]>>,
    /// Each of `words` [`packed`], for words of up to [`PACKED_LEN`] bytes.
    packed: Vec<[u64; 2]>,
    /// True when all the words it was made from were ASCII.
    pub(super) holds_all: bool,
}

/// The words of one first letter, last letter and length in [`AsciiWords`]:
/// their range in its `words`, and the classes of their second bytes as bits
/// (26 for none), which rule out most of the words that pass its `firsts`
/// before any is compared.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    start: u32,
    end: u32,
    seconds: u32,
}

/// Length slots of [`AsciiWords`]: 0 to 14 bytes, and 15 or more.
const LENGTH_SLOTS: usize = 16;
/// Byte classes of [`AsciiWords`]: 26 letters and the rest.
const CLASSES: usize = 27;

impl AsciiWords {
    /// The set of the ASCII words among `words` (lowercase).
    pub(super) fn new<'a>(words: impl Iterator<Item = &'a str>) -> AsciiWords {
        let mut class = [26; 256];
        for (offset, letter) in (0..).zip(b'a'..=b'z') {
            class[usize::from(letter)] = offset;
            class[usize::from(letter.to_ascii_uppercase())] = offset;
        }
        let mut set = AsciiWords {
            class,
            firsts: vec![0; CLASSES * LENGTH_SLOTS],
            slots: vec![Slot::default(); CLASSES * CLASSES * LENGTH_SLOTS],
            words: Vec::new(),
            packed: Vec::new(),
            holds_all: true,
        };
        let mut keyed: Vec<(usize, Box<[u8]>)> = Vec::new();
        for word in words.map(str::as_bytes) {
            if !word.is_ascii() {
                set.holds_all = false;
                continue;
            }
            let Some((first, last)) = set.classes(word) else {
                continue;
            };
            if let Some(firsts) = set.firsts.get_mut(last * LENGTH_SLOTS + length_slot(word)) {
                *firsts |= 1 << first;
            }
            keyed.push((
                set.slot(first, last, word),
                word.to_ascii_lowercase().into(),
            ));
        }
        keyed.sort_unstable();
        for (k, (slot, word)) in keyed.into_iter().enumerate() {
            // (No list comes near 2^32 words: they would not fit in memory.)
            let k = u32::try_from(k).unwrap_or(u32::MAX);
            let second = set.second_class(&word);
            if let Some(slot) = set.slots.get_mut(slot) {
                // Words of one slot are consecutive: extend its range.
                if slot.start == slot.end {
                    slot.start = k;
                }
                slot.end = k.saturating_add(1);
                slot.seconds |= 1 << second;
            }
            // (A longer word is compared byte by byte: its entry is not read.)
            set.packed.push(packed(&word).unwrap_or_default());
            set.words.push(word);
        }
        set
    }

    /// The classes of the first and last bytes of `word`.
    #[inline]
    fn classes(&self, word: &[u8]) -> Option<(usize, usize)> {
        let first = usize::from(self.class[usize::from(*word.first()?)]);
        let last = usize::from(self.class[usize::from(*word.last()?)]);
        Some((first, last))
    }

    /// The class of the second byte of `word`, 26 when it has none.
    #[inline]
    fn second_class(&self, word: &[u8]) -> usize {
        word.get(1)
            .map_or(26, |&b| usize::from(self.class[usize::from(b)]))
    }

    fn slot(&self, first: usize, last: usize, word: &[u8]) -> usize {
        (first * CLASSES + last) * LENGTH_SLOTS + length_slot(word)
    }

    /// False when no word of `len` bytes starting with byte `first` and
    /// ending with byte `last` is in the set, in any case: the first test of
    /// [`AsciiWords::contains`], which rules out most words.
    #[inline]
    pub(super) fn may_hold(&self, first: u8, last: u8, len: usize) -> bool {
        let first = usize::from(self.class[usize::from(first)]);
        let last = usize::from(self.class[usize::from(last)]);
        let firsts = self
            .firsts
            .get(last * LENGTH_SLOTS + len.min(LENGTH_SLOTS - 1))
            .copied()
            .unwrap_or(0);
        (firsts >> first) & 1 != 0
    }

    /// True when the lowercase of `word`, an ASCII word, is in the set.
    #[inline]
    pub(super) fn contains(&self, word: &[u8]) -> bool {
        self.position(word).is_some()
    }

    /// Where the lowercase of `word`, an ASCII word, is among the set's
    /// `words`, if it is one of them. Inlined into each of its few callers
    /// (the word lists' lookup and the cue starts'), whose words it reads on
    /// their hot paths: out of line, the call costs more than the lookup.
    #[inline(always)]
    pub(super) fn position(&self, word: &[u8]) -> Option<usize> {
        let (start, candidates) = self.slot_of(word)?;
        // The words of a slot up to `PACKED_LEN` bytes have one length: each
        // is compared as two numbers, with no branch on where it differs.
        let at = match packed(word) {
            Some(key) => {
                let key = key.map(lowercase_ascii);
                self.packed
                    .get(start..start + candidates.len())?
                    .iter()
                    .position(|&p| p == key)
            }
            None => candidates.iter().position(|w| equal_in_lowercase(w, word)),
        }?;
        Some(start + at)
    }

    /// The words of the slot of `word` (an ASCII word), with where they start
    /// in `words`; `None` when the tables rule the word out.
    #[inline]
    fn slot_of(&self, word: &[u8]) -> Option<(usize, &[Box<[u8]>])> {
        let (&first_byte, &last_byte) = word.first().zip(word.last())?;
        if !self.may_hold(first_byte, last_byte, word.len()) {
            return None;
        }
        let (first, last) = self.classes(word)?;
        let slot = self
            .slots
            .get(self.slot(first, last, word))
            .copied()
            .unwrap_or_default();
        // Most words that pass `firsts` differ from the slot's words in their second byte.
        if (slot.seconds >> self.second_class(word)) & 1 == 0 {
            return None;
        }
        let start = slot.start as usize;
        Some((start, self.words.get(start..slot.end as usize)?))
    }
}

/// Whether `word` (ASCII) lowercased is `lowercase`.
#[inline]
fn equal_in_lowercase(lowercase: &[u8], word: &[u8]) -> bool {
    lowercase.len() == word.len()
        && lowercase
            .iter()
            .zip(word)
            .all(|(a, b)| *a == b.to_ascii_lowercase())
}

/// The longest word [`packed`] packs: the slots of [`AsciiWords`] up to
/// this length hold words of one length.
const PACKED_LEN: usize = LENGTH_SLOTS - 2;

// Two numbers of eight bytes each cover a word of at most 16.
const _: () = assert!(PACKED_LEN <= 16);

/// The bytes of a word of 1 to [`PACKED_LEN`] bytes as two numbers, which
/// tell it from any other word of its length: its first and last eight
/// bytes, four, or (up to three bytes) the first, middle and last, read
/// without a loop. `None` for a longer or empty word.
#[inline]
fn packed(word: &[u8]) -> Option<[u64; 2]> {
    if word.len() > PACKED_LEN {
        return None;
    }
    match (word.first_chunk::<8>(), word.last_chunk::<8>()) {
        (Some(head), Some(tail)) => Some([u64::from_le_bytes(*head), u64::from_le_bytes(*tail)]),
        _ => match (word.first_chunk::<4>(), word.last_chunk::<4>()) {
            (Some(head), Some(tail)) => Some([
                u64::from(u32::from_le_bytes(*head)),
                u64::from(u32::from_le_bytes(*tail)),
            ]),
            _ => {
                let at = |k: usize| word.get(k).map(|&b| u64::from(b));
                let (first, middle, last) = (
                    at(0)?,
                    at(word.len() / 2)?,
                    at(word.len().saturating_sub(1))?,
                );
                Some([first | middle << 8 | last << 16, 0])
            }
        },
    }
}

/// Each byte of `x` with the ASCII uppercase letters lowercased, as
/// [`u8::to_ascii_lowercase`] does, all eight at once. (A byte beyond ASCII
/// may be changed, but keeps its high bit: it still equals no ASCII byte.)
#[inline]
const fn lowercase_ascii(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Seven bits a byte: adding to them carries into no other byte.
    let low = x & (0x7F * ONES);
    // The high bit of each byte: set from `A` on, and from past `Z` on.
    let from_a = low + (0x80 - b'A' as u64) * ONES;
    let past_z = low + (0x80 - b'Z' as u64 - 1) * ONES;
    let upper = from_a & !past_z & (0x80 * ONES);
    x | (upper >> 2)
}

/// The length slot of a word in [`AsciiWords`].
#[inline]
fn length_slot(word: &[u8]) -> usize {
    word.len().min(LENGTH_SLOTS - 1)
}

/// The shapes of a set of lowercase words: for each last letter and length
/// (lengths from 15 sharing one), the first letters of the words of that
/// shape, as bits. An ASCII word, in any case, whose shape none of them has
/// is none of them: one table lookup and no lowercasing or hashing rule out
/// most words of a text. (A word beyond ASCII may change length in lowercase
/// and is never ruled out.) Small: 1.7 KB stays in the cache.
#[derive(Debug, Clone)]
pub(crate) struct WordShapes {
    /// `firsts[last class * LENGTH_SLOTS + length slot]`: the classes of the
    /// first bytes, as bits; the classes are those of [`letter_class`].
    firsts: Vec<u32>,
}

impl WordShapes {
    pub(super) fn new<'a>(words: impl Iterator<Item = &'a [u8]>) -> WordShapes {
        let mut firsts = vec![0u32; CLASSES * LENGTH_SLOTS];
        for word in words.filter(|w| w.is_ascii()) {
            let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
                continue;
            };
            let slot = usize::from(letter_class(last)) * LENGTH_SLOTS + length_slot(word);
            if let Some(bits) = firsts.get_mut(slot) {
                *bits |= 1 << letter_class(first);
            }
        }
        WordShapes { firsts }
    }

    /// False when `word`, in any case, is none of the words.
    #[inline]
    pub(super) fn may_hold(&self, word: &str) -> bool {
        self.may_hold_bytes(word.as_bytes())
    }

    /// [`WordShapes::may_hold`] of the bytes of a word.
    #[inline]
    pub(super) fn may_hold_bytes(&self, bytes: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return false;
        };
        if !is_ascii_word(bytes) {
            return true;
        }
        let slot = usize::from(letter_class(last)) * LENGTH_SLOTS + length_slot(bytes);
        self.firsts
            .get(slot)
            .is_some_and(|bits| (bits >> letter_class(first)) & 1 != 0)
    }
}

/// Whether `bytes` are all ASCII, as `<[u8]>::is_ascii` tells, for a word:
/// up to sixteen bytes are read as two overlapping numbers (the word lookups
/// ask this of nearly every word they are given, most of them short).
#[inline]
pub(crate) fn is_ascii_word(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) if bytes.len() <= 16 => {
            (u64::from_le_bytes(*head) | u64::from_le_bytes(*tail)) & HIGH == 0
        }
        (Some(_), Some(_)) => bytes.is_ascii(),
        _ => match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            (Some(head), Some(tail)) => {
                (u32::from_le_bytes(*head) | u32::from_le_bytes(*tail)) & 0x8080_8080 == 0
            }
            // Three bytes or fewer: the first, the middle and the last are
            // all of them, read without a loop (an empty word reads none).
            _ => {
                let at = |k: usize| bytes.get(k).copied().unwrap_or(0);
                (at(0) | at(bytes.len() / 2) | at(bytes.len().wrapping_sub(1))) < 0x80
            }
        },
    }
}

/// The class of a byte in [`WordShapes`]: 0 to 25 for the letters in either
/// case, 26 for the rest.
#[inline]
fn letter_class(b: u8) -> u8 {
    LETTER_CLASSES[usize::from(b)]
}

/// The classes of [`letter_class`], as a table.
const LETTER_CLASSES: [u8; 256] = {
    let mut table = [26; 256];
    let mut letter = 0;
    while letter < 26 {
        table[(b'a' + letter) as usize] = letter;
        table[(b'A' + letter) as usize] = letter;
        letter += 1;
    }
    table
};

/// The first and last bytes of a set of lowercase words, as pairs: a word
/// whose first and last bytes are ASCII holds, in any case, none of the words
/// unless the pair of its ends in lowercase is among them.
///
/// The test is exact in that direction because a char is lowercased on its
/// own: an ASCII char lowercases to an ASCII char, so the lowercase of such a
/// word starts and ends with its ends lowercased. (A word beyond ASCII at
/// either end may lowercase into anything, and is never ruled out.)
#[derive(Debug, Clone)]
pub(crate) struct WordEnds {
    /// For each first byte (ASCII), the set of last bytes (ASCII) as bits.
    last_by_first: [u128; 128],
    /// Whether some word starts, and some word ends, beyond ASCII.
    first_beyond_ascii: bool,
    last_beyond_ascii: bool,
}

impl WordEnds {
    pub(super) fn new<'a>(words: impl Iterator<Item = &'a [u8]>) -> WordEnds {
        let mut last_by_first = [0; 128];
        let (mut first_beyond_ascii, mut last_beyond_ascii) = (false, false);
        for word in words {
            // A word beyond ASCII at either end is never ruled out: its pair
            // is not needed.
            let Some((&first, &last)) = word.first().zip(word.last()) else {
                continue;
            };
            first_beyond_ascii |= !first.is_ascii();
            last_beyond_ascii |= !last.is_ascii();
            if let (true, Some(lasts)) = (
                last.is_ascii(),
                last_by_first.get_mut(usize::from(first.to_ascii_lowercase())),
            ) {
                *lasts |= 1 << last.to_ascii_lowercase();
            }
        }
        WordEnds {
            last_by_first,
            first_beyond_ascii,
            last_beyond_ascii,
        }
    }

    /// False when `word`, in any case, is none of the words.
    #[inline]
    pub(super) fn may_hold(&self, word: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return false;
        };
        if !first.is_ascii() || !last.is_ascii() {
            return true;
        }
        self.last_by_first
            .get(usize::from(first.to_ascii_lowercase()))
            .is_some_and(|lasts| (lasts >> last.to_ascii_lowercase()) & 1 != 0)
    }

    /// [`WordEnds::may_hold`] of a word with neither the Kelvin sign nor
    /// `İ` (U+0130), which also rules out a word beyond ASCII at an end: every
    /// other char lowercases to one char, ASCII to ASCII and beyond ASCII to
    /// beyond ASCII, so such a word's lowercase starts (ends) beyond ASCII
    /// just when the word does (`’`, `“Yes`).
    #[inline]
    pub(super) fn may_hold_plain(&self, word: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return false;
        };
        if !first.is_ascii() && !self.first_beyond_ascii {
            return false;
        }
        if !last.is_ascii() && !self.last_beyond_ascii {
            return false;
        }
        self.may_hold(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_ascii_lowercases_each_byte_alone() {
        for b in 0..=u8::MAX {
            // The byte among others, in every place.
            for place in 0..8 {
                let x = u64::from_le_bytes([b'Q', 0xC3, b'@', b'[', b'z', 0x80, b'A', 0xFF])
                    & !(0xFF << (place * 8))
                    | u64::from(b) << (place * 8);
                let got = lowercase_ascii(x).to_le_bytes();
                for (k, (&g, &was)) in got.iter().zip(&x.to_le_bytes()).enumerate() {
                    if was.is_ascii() {
                        assert_eq!(g, was.to_ascii_lowercase(), "byte {was:#x} at {k}");
                    } else {
                        assert!(!g.is_ascii(), "byte {was:#x} at {k}");
                    }
                }
            }
        }
    }

    #[test]
    fn packed_words_differ_as_their_bytes_do() {
        let words: Vec<Vec<u8>> = (1..=PACKED_LEN + 1)
            .flat_map(|n| {
                (0..n).map(move |k| {
                    let mut w = vec![b'a'; n];
                    w[k] = b'b';
                    w
                })
            })
            .collect();
        for a in &words {
            for b in words.iter().filter(|b| b.len() == a.len()) {
                match (packed(a), packed(b)) {
                    (Some(pa), Some(pb)) => assert_eq!(pa == pb, a == b, "{a:?} {b:?}"),
                    (None, None) => assert!(a.len() > PACKED_LEN),
                    _ => unreachable!("one length, one answer"),
                }
            }
        }
        assert_eq!(packed(b""), None);
    }
}
