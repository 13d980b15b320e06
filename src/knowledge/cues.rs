//! The reporting cues (`said`, `told`, `according to`): what each does
//! ([`CueFlags`]), and whether a word may start one, asked of every word of
//! a text and so answered for ASCII words from a table, without lowercasing
//! or hashing.

use super::word_sets::is_ascii_word;
use super::{lower, Knowledge};

/// How a reporting cue behaves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueFlags {
    /// `described X as "Y"`: the quote is the fragment.
    pub naming: bool,
    /// `told reporters that …`: a listener comes before the clause.
    pub object: bool,
    /// `believes`: a belief, optional in the gold.
    pub belief: bool,
    /// `claiming that …`: shares the subject of the main clause.
    pub participle: bool,
    /// `pledged to …`, `urged councils to …`: reports with an infinitive.
    pub infinitive: bool,
    /// `maintained that …`, not `maintained her lead`: reports a clause
    /// of its own only after `that`.
    pub that: bool,
    /// `posted that …`, `claimed he had won`, not `posted a photo`, `claimed
    /// the prize`: with no `that`, reports only what reads as a clause, its
    /// other sense taking a noun phrase as object.
    pub clause: bool,
    /// `warned ministers that …`, `assured the committee that …`: may name a
    /// listener before a clause opened by `that` (and, unlike `object`, is
    /// often followed by the clause's own subject: `warned the plan would fail`).
    pub listener: bool,
    /// `accused ministers of “sitting on their hands”`: after a listener,
    /// what follows `of` is what was said.
    pub of: bool,
}

/// What an ASCII cue start opens, kept per word of the cue starts: the range
/// of the multi-word cues it is the first word of, and its flags as a
/// one-word cue.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct CueStartFacts {
    /// The range in [`Knowledge::multiword_cues`].
    pub(super) multiword: (u32, u32),
    pub(super) cue: Option<CueFlags>,
}

/// What a word starts as a cue ([`Knowledge::cue_start`]).
#[derive(Debug, Clone, Copy)]
pub(crate) struct CueStart<'k> {
    /// The multi-word cues that may open with it, in the order of the list;
    /// their words are to be compared with the text's.
    pub(crate) multiword: &'k [(Vec<String>, CueFlags)],
    /// Its flags as a one-word cue, in lowercase.
    pub(crate) cue: Option<CueFlags>,
    /// Whether its lowercase begins with `ask`.
    pub(crate) asks: bool,
}

impl Knowledge {
    /// The cue flags of a one-word cue (lowercase), if it is one.
    pub fn cue(&self, word: &str) -> Option<CueFlags> {
        self.cues.get(word).copied()
    }

    /// True when `word`, in any case, is a one-word cue or the first word of a
    /// multi-word cue: where a reporting frame may start.
    pub fn is_cue_start(&self, word: &str) -> bool {
        if is_ascii_word(word.as_bytes()) {
            self.ascii_cue_starts.contains(word.as_bytes())
        } else {
            self.cue_starts.contains(&*lower(word))
        }
    }

    /// True when `word`, in any case, is a one-word cue (`said`, `Told`). A
    /// one-word cue is a cue start: most words are ruled out by the table
    /// before a lowercase copy is made.
    pub fn is_cue_word(&self, word: &str) -> bool {
        self.is_cue_start(word) && self.cue(&lower(word)).is_some()
    }

    /// What `word`, in any case, starts as a cue: for an ASCII word, one
    /// lookup of its bytes finds the multi-word cues it opens and its flags
    /// as a one-word cue, which the frame reader would otherwise ask for in
    /// three lookups. Beyond ASCII, the multi-word cues are all of them (their
    /// words are compared ASCII-case-insensitively) and the flags those of
    /// its lowercase.
    pub(crate) fn cue_start(&self, word: &str) -> CueStart<'_> {
        let bytes = word.as_bytes();
        if is_ascii_word(bytes) {
            let facts = self
                .ascii_cue_starts
                .position(bytes)
                .and_then(|at| self.ascii_cue_start_facts.get(at))
                .copied()
                .unwrap_or_default();
            let (start, end) = facts.multiword;
            return CueStart {
                multiword: self
                    .multiword_cues
                    .get(start as usize..end as usize)
                    .unwrap_or_default(),
                cue: facts.cue,
                asks: bytes
                    .get(..3)
                    .is_some_and(|b| b.eq_ignore_ascii_case(b"ask")),
            };
        }
        let lower = lower(word);
        CueStart {
            multiword: &self.multiword_cues,
            cue: self.cue(&lower),
            asks: lower.starts_with("ask"),
        }
    }

    /// [`Knowledge::is_cue_start`] for the bytes of a word, without making a
    /// `&str` of it: exact for an ASCII word, and for any word of a text that
    /// [`Knowledge::cue_starts_bytewise`] accepts.
    #[inline]
    pub(crate) fn is_cue_start_bytes(&self, word: &[u8]) -> bool {
        self.ascii_cue_starts.contains(word)
    }

    /// False when no word of `len` bytes, from byte `first` to byte `last`, is
    /// a cue start by [`Knowledge::is_cue_start_bytes`]: a test without the
    /// word's bytes that rules out most words.
    #[inline]
    pub(crate) fn may_start_cue(&self, first: u8, last: u8, len: usize) -> bool {
        self.ascii_cue_starts.may_hold(first, last, len)
    }

    /// True when [`Knowledge::is_cue_start_bytes`] is exact for every word of
    /// `text`, ASCII or not. A word beyond ASCII is a cue start only if its
    /// lowercase is one; that lowercase is beyond ASCII too, and so no cue start
    /// when they all are ASCII, unless the word holds a Kelvin sign: the one
    /// char beyond ASCII that lowercases into it (to `k`).
    pub(crate) fn cue_starts_bytewise(&self, text: &str) -> bool {
        const KELVIN_SIGN: &str = "\u{212A}";
        self.ascii_cue_starts.holds_all
            && memchr::memmem::find(text.as_bytes(), KELVIN_SIGN.as_bytes()).is_none()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBuilder;

    /// The cue-start lookups without hashing give what a lookup of the
    /// lowercase word in `cue_starts` gives.
    fn check_cue_start(k: &Knowledge, word: &str) {
        let expected = k.cue_starts.contains(&*lower(word));
        assert_eq!(k.is_cue_start(word), expected, "is_cue_start({word:?})");
        if word.is_ascii() || k.cue_starts_bytewise(word) {
            let bytes = word.as_bytes();
            assert_eq!(k.is_cue_start_bytes(bytes), expected, "bytes of {word:?}");
            if let (Some(&first), Some(&last), true) = (bytes.first(), bytes.last(), expected) {
                assert!(
                    k.may_start_cue(first, last, bytes.len()),
                    "ends of {word:?}"
                );
            }
        }
    }

    #[test]
    fn cue_start_lookups_agree_with_lowercasing() {
        let k = Knowledge::builtin();
        let mut words: Vec<String> = Vec::new();
        for w in &k.cue_starts {
            let mut chars = w.chars();
            let capitalized: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            words.extend([
                w.clone(),
                w.to_uppercase(),
                capitalized,
                format!("{w}s"),
                w.chars().skip(1).collect(),
                w.replace('k', "\u{212A}"),
                format!("{w}’"),
            ]);
        }
        words.extend(
            [
                "",
                "a",
                "and",
                "add",
                "The",
                "SAID",
                "sAiD",
                "\u{212A}",
                "İ",
                "said’",
                "“said",
                "déclaré",
                "ßaid",
                "—",
                "”",
            ]
            .map(String::from),
        );
        for word in &words {
            check_cue_start(&k, word);
        }
        // A Kelvin sign lowercases to `k`: `asKed` with one is `asked`, which the
        // bytes alone would miss, so a text holding one is not tested bytewise.
        assert!(k.is_cue_start("as\u{212A}ed"));
        assert!(!k.cue_starts_bytewise("He as\u{212A}ed for it."));
        assert!(k.cue_starts_bytewise("He asked for it."));
        // Cue starts beyond ASCII (a user's list) are found, never bytewise.
        let custom = KnowledgeBuilder::new()
            .speech_verbs("déclaré\nsaid\n")
            .build()
            .expect("a valid speech verb list");
        assert!(custom.is_cue_start("Déclaré") && custom.is_cue_start("SAID"));
        assert!(!custom.cue_starts_bytewise("Il a déclaré."));
    }

    proptest::proptest! {
        #[test]
        fn cue_start_lookups_agree_on_any_word(
            word in "[sSaAiIdDkKtTeEoO\u{212A}\u{130}éÉ’ -]{0,9}"
        ) {
            check_cue_start(&Knowledge::builtin(), &word);
        }
    }
}
