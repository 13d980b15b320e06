//! The words that open a noun phrase: the determiners (`the`, `a`, `its`,
//! `many`, `two` …), asked of most words near a cue, and the possessives that
//! open a description (`his`, `her`, `its`, `their`). A word is matched as
//! one integer, its bytes packed, against the list packed alike at compile
//! time, with no table of jumps.

use crate::quotes::lower_is_one_of;

/// `his`, `her`, `its`, `their`: a possessive that opens a description.
pub(crate) fn is_possessive_determiner(word: &str) -> bool {
    lower_is_one_of(word, &["his", "her", "its", "their"])
}

pub(crate) fn is_determiner(word: &str) -> bool {
    // Asked of most words near a cue: the word, lowered in ASCII, is packed
    // into an integer and matched against the list's words packed alike (as
    // `lower_is_one_of` would match: the list is lowercase ASCII of at most
    // seven bytes), compares that take no table of jumps. Most words are
    // ruled out first by their length or first letter in either case
    // (`| 0x20` lowercases an ASCII capital).
    let bytes = word.as_bytes();
    let Some(&first) = bytes.first() else {
        return false;
    };
    if bytes.len() > 7
        || !matches!(
            first | 0x20,
            b't' | b'a' | b'o' | b'i' | b'h' | b's' | b'm' | b'b'
        )
    {
        return false;
    }
    let key = bytes
        .iter()
        .rev()
        .fold(0u64, |key, &b| key << 8 | u64::from(b.to_ascii_lowercase()));
    // (The length in the top byte: `the` and `the\0` differ.)
    DETERMINERS.contains(&(key | (bytes.len() as u64) << 56))
}

/// A word of up to seven bytes as one integer: its bytes, the first lowest,
/// and its length in the top byte.
const fn packed(word: &[u8]) -> u64 {
    let mut key = 0u64;
    let mut k = word.len();
    while k > 0 {
        k -= 1;
        key = key << 8 | word[k] as u64;
    }
    key | (word.len() as u64) << 56
}

/// The words [`is_determiner`] accepts, [`packed`].
const DETERMINERS: [u64; 16] = [
    packed(b"the"),
    packed(b"a"),
    packed(b"an"),
    packed(b"another"),
    packed(b"one"),
    packed(b"its"),
    packed(b"their"),
    packed(b"his"),
    packed(b"her"),
    packed(b"some"),
    packed(b"many"),
    packed(b"several"),
    packed(b"most"),
    packed(b"both"),
    packed(b"two"),
    packed(b"three"),
];
