//! Tokens and phrase lexicons: the VADER valences, the domain lexicon and the
//! rule-trigger lists.
//!
//! # Finding phrases
//!
//! A phrase matches from the start of a token to the end of one, so a
//! [`PhraseSet`] is an index from each phrase's first token to the phrases
//! starting with it, and finding the phrases of a text takes one look-up per
//! token. A one-token phrase matches a token with the same normalized form; a
//! longer one is compared with the text byte for byte, and only where the next
//! token is the phrase's second.
//!
//! The index is keyed by a 64-bit fingerprint of the normalized form, which
//! the tokenizer computes once per token, eight bytes at a time. A bitset of
//! the fingerprints (a one-hash Bloom filter) turns most tokens away before
//! the hash table is probed. The patterns and their texts live in one vector
//! and one string, so building a set allocates little.
//!
//! A quote is matched against four sets (the lexicon, the rule triggers, the
//! target's names and the names that are not the target). A `SetIndex`
//! files the patterns of all four together, a one-token phrase under its
//! token and a longer one under its first two tokens, so that the quote's
//! tokens are walked once, and the common words that start many longer
//! phrases (`the`, `to`, `not`) send no token through pattern lists unless
//! the next token fits too.
//!
//! Where a set is matched against text that rarely holds any of its phrases
//! (the frame words around a quote, a document's opening), [`PhraseSet::may_match`]
//! rules most of the text out without tokenizing it: a byte automaton of
//! the phrases' first words reads the text once, and only the words it
//! stops at are fingerprinted and looked up.
//!
//! # Tokens
//!
//! [`Tokens`] keeps the normalized forms of all its tokens in one buffer: the
//! text with ASCII letters lowercased, where an ASCII token's form sits at the
//! token's own offsets, followed by the forms of the other tokens. Tokenizing
//! does not allocate per token, and [`tokenize_into`] reuses the buffers.
//! Each token also carries its [`Punct`] kind (sentence end, clause break,
//! quotation mark), so that the rules read the sentence and clause structure
//! without comparing token texts.

use std::borrow::Cow;
use std::collections::hash_map::Entry;

use aho_corasick::packed;
use rustc_hash::{FxHashMap, FxHashSet};

use super::StanceError;
use crate::span::Span;

mod first_words;

use first_words::{each_searched_stop, Stop, WordAutomaton, MOST_FIRST_WORDS};

/// A word or punctuation token: its byte span, where its normalized form
/// (lowercase, typographic apostrophes made straight) lies in the buffer of
/// its [`Tokens`], and whether it is a word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    pub span: Span,
    /// Byte range of the normalized form in the owning [`Tokens`]' buffer.
    norm: Span,
    /// The [`fingerprint`] of the normalized form.
    key: u64,
    pub is_word: bool,
    /// What the token does to the sentences and clauses the rules read.
    pub punct: Punct,
}

impl Token {
    /// The length in bytes of the token's normalized form: a test of it
    /// rules out most tokens before their forms are compared with a few
    /// short words.
    pub fn norm_len(&self) -> usize {
        self.norm.len()
    }
}

/// What a punctuation token does to the sentence and clause structure the
/// rules read. The tokenizer tells it once per token (ASCII punctuation by
/// a table look-up), so the rules need not compare each token's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Punct {
    /// A word, or punctuation of none of the kinds below.
    #[default]
    None,
    /// `.`, `!`, `?`: ends a sentence (and its clause).
    SentenceEnd,
    /// `,`, `;`, `:`, a parenthesis or a dash (`–`, `—`): ends a clause.
    ClauseBreak,
    /// A quotation mark: `"`, `'` (what typographic ones normalize to), `«`, `»`.
    QuoteMark,
}

impl Punct {
    /// The kind of a punctuation token with normalized form `norm`.
    fn of(norm: &[u8]) -> Punct {
        match norm {
            [b] => ASCII_PUNCT[usize::from(*b)],
            _ if norm == "–".as_bytes() || norm == "—".as_bytes() => Punct::ClauseBreak,
            _ if norm == "«".as_bytes() || norm == "»".as_bytes() => Punct::QuoteMark,
            _ => Punct::None,
        }
    }
}

/// [`Punct::of`] for the one-byte forms.
const ASCII_PUNCT: [Punct; 256] = {
    let mut table = [Punct::None; 256];
    table[b'.' as usize] = Punct::SentenceEnd;
    table[b'!' as usize] = Punct::SentenceEnd;
    table[b'?' as usize] = Punct::SentenceEnd;
    table[b',' as usize] = Punct::ClauseBreak;
    table[b';' as usize] = Punct::ClauseBreak;
    table[b':' as usize] = Punct::ClauseBreak;
    table[b'(' as usize] = Punct::ClauseBreak;
    table[b')' as usize] = Punct::ClauseBreak;
    table[b'"' as usize] = Punct::QuoteMark;
    table[b'\'' as usize] = Punct::QuoteMark;
    table
};

/// The tokens of a text in order, with their normalized forms in one buffer.
/// Reuse one value with [`tokenize_into`] to avoid allocating for every text.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tokens {
    list: Vec<Token>,
    norms: String,
}

impl Tokens {
    /// Removes every token, keeping the allocations.
    pub fn clear(&mut self) {
        self.list.clear();
        self.norms.clear();
    }

    pub fn len(&self) -> usize {
        self.list.len()
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn as_slice(&self) -> &[Token] {
        &self.list
    }

    pub fn iter(&self) -> std::slice::Iter<'_, Token> {
        self.list.iter()
    }

    pub fn get(&self, i: usize) -> Option<&Token> {
        self.list.get(i)
    }

    /// The normalized form of token `i`; empty when there is no such token.
    pub fn norm(&self, i: usize) -> &str {
        self.list.get(i).map_or("", |t| self.norm_of(t))
    }

    /// [`Tokens::norm`] as bytes (no char boundaries to check).
    pub fn norm_bytes_at(&self, i: usize) -> &[u8] {
        self.list.get(i).map_or(&[], |t| self.norm_bytes(t))
    }

    /// The normalized form of a token of this list.
    pub fn norm_of(&self, token: &Token) -> &str {
        token.norm.of(&self.norms)
    }

    /// [`Tokens::norm_of`] as bytes (no char boundaries to check).
    pub fn norm_bytes(&self, token: &Token) -> &[u8] {
        self.norms
            .as_bytes()
            .get(token.norm.start..token.norm.end)
            .unwrap_or(&[])
    }
}

impl<'a> IntoIterator for &'a Tokens {
    type Item = &'a Token;
    type IntoIter = std::slice::Iter<'a, Token>;

    fn into_iter(self) -> Self::IntoIter {
        self.list.iter()
    }
}

/// Which bytes are ASCII letters and digits.
const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// How many ASCII letters and digits `bytes` has from `pos` on.
fn ascii_word_len(bytes: &[u8], pos: usize) -> usize {
    bytes.get(pos..).map_or(0, |rest| {
        rest.iter()
            .take_while(|&&b| ASCII_WORD[usize::from(b)])
            .count()
    })
}

/// The UTF-8 of the one char that is not ASCII but lowercases to an ASCII
/// letter: the Kelvin sign, U+212A, whose lowercase is `k`.
const KELVIN_SIGN: [u8; 3] = [0xE2, 0x84, 0xAA];

/// `char::is_alphanumeric`, but the typographic quotes and dashes news text
/// is full of skip the Unicode tables.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c, '‘' | '’' | '“' | '”' | '–' | '—' | '…') && c.is_alphanumeric()
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// The char at byte `pos` of `s`, if `pos` is a char boundary inside `s`.
fn char_at(s: &str, pos: usize) -> Option<char> {
    match s.as_bytes().get(pos) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        Some(_) => s.get(pos..)?.chars().next(),
        None => None,
    }
}

/// Where the word whose first char ends at byte `pos` of `s` ends (runs of
/// alphanumerics, joined by single apostrophes or hyphens), and whether the
/// rest of the word is ASCII.
fn word_end(s: &str, mut pos: usize) -> (usize, bool) {
    let mut ascii = true;
    loop {
        pos += ascii_word_len(s.as_bytes(), pos);
        let Some(c) = char_at(s, pos) else { break };
        if is_apostrophe(c) || c == '-' {
            let next = pos + c.len_utf8();
            match char_at(s, next) {
                Some(n) if is_alphanumeric(n) => {
                    ascii &= c.is_ascii() && n.is_ascii();
                    pos = next + n.len_utf8();
                    continue;
                }
                _ => break,
            }
        }
        if !is_alphanumeric(c) {
            break;
        }
        ascii = false;
        pos += c.len_utf8();
    }
    (pos, ascii)
}

/// Splits `text[range]` into word and punctuation tokens. Words are runs of
/// alphanumerics with inner apostrophes and hyphens (`aren’t`, `real-terms`).
pub fn tokenize(text: &str, range: Span) -> Tokens {
    let mut out = Tokens::default();
    tokenize_into(text, range, &mut out);
    out
}

/// [`tokenize`] into `out`, replacing its contents.
pub fn tokenize_into(text: &str, range: Span, out: &mut Tokens) {
    out.clear();
    let slice = range.of(text);
    let bytes = slice.as_bytes();
    let base = range.start;
    // An ASCII token's normalized form is its lowercase, so the lowercased
    // slice holds it at the token's own offsets; only tokens with other
    // characters get their normalized form appended. The buffers get room
    // for those forms and for a token every three bytes (news text averages
    // five), so they rarely grow.
    out.reserve_text(slice.len());
    out.norms.push_str(slice);
    out.norms.make_ascii_lowercase();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let start = pos;
        if ASCII_WORD[usize::from(b)] {
            // Most tokens are runs of ASCII letters and digits: fingerprint
            // them while reading them.
            let (end, key, next) = ascii_word(bytes, pos);
            pos = end;
            // An apostrophe, a hyphen or a non-ASCII letter may continue the word.
            match next {
                Some(n) if n == b'\'' || n == b'-' || !n.is_ascii() => {
                    let (end, ascii) = word_end(slice, pos);
                    out.push_token(slice, base, Span::new(start, end), true, ascii);
                    pos = end;
                }
                next => {
                    out.list.push(Token {
                        span: Span::new(base + start, base + pos),
                        norm: Span::new(start, pos),
                        key,
                        is_word: true,
                        punct: Punct::None,
                    });
                    // Most words are followed by a space: step over it
                    // here rather than in a turn of the loop of its own.
                    if next == Some(b' ') {
                        pos += 1;
                    }
                }
            }
        } else if is_ascii_space(b) {
            pos += 1;
        } else if b.is_ascii() {
            // ASCII punctuation: one byte, its own normalized form, so its
            // fingerprint is one step on the byte.
            pos += 1;
            out.list.push(Token {
                span: Span::new(base + start, base + pos),
                norm: Span::new(start, pos),
                key: fingerprint_step(0, u64::from(b)),
                is_word: false,
                punct: ASCII_PUNCT[usize::from(b)],
            });
            // As after a word: a space that follows is stepped over here.
            pos += usize::from(bytes.get(pos) == Some(&b' '));
        } else {
            let Some(c) = char_at(slice, pos) else { break };
            pos += c.len_utf8();
            if c.is_whitespace() {
                continue;
            }
            let is_word = is_alphanumeric(c);
            if is_word {
                pos = word_end(slice, pos).0;
            }
            out.push_token(slice, base, Span::new(start, pos), is_word, false);
        }
    }
}

impl Tokens {
    /// Makes room for the tokens of `len` more bytes of text: their
    /// normalized forms and a token every three bytes.
    pub fn reserve_text(&mut self, len: usize) {
        self.norms.reserve(2 * len);
        self.list.reserve(len / 3 + 4);
    }

    /// Adds the token at `at` (bytes of `slice`, which starts at byte `base`
    /// of the text); `ascii` says that its normalized form is the lowercase
    /// at its own offsets.
    fn push_token(&mut self, slice: &str, base: usize, at: Span, is_word: bool, ascii: bool) {
        let norm = if ascii {
            at
        } else {
            let start = self.norms.len();
            push_normalized(&mut self.norms, at.of(slice));
            Span::new(start, self.norms.len())
        };
        let form = self
            .norms
            .as_bytes()
            .get(norm.start..norm.end)
            .unwrap_or(&[]);
        let key = fingerprint(form);
        let punct = if is_word {
            Punct::None
        } else {
            Punct::of(form)
        };
        self.list.push(Token {
            span: Span::new(base + at.start, base + at.end),
            norm,
            key,
            is_word,
            punct,
        });
    }
}

/// `char::is_whitespace` for an ASCII byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// Bit 7 of each byte lane.
const HIGH: u64 = 0x8080_8080_8080_8080;
/// Bit 5 of each byte lane: ORed into an ASCII letter, it makes the lowercase
/// (and leaves a digit as it is).
const LOWER: u64 = 0x2020_2020_2020_2020;
/// One in each byte lane.
const ONES: u64 = 0x0101_0101_0101_0101;

/// Bit 7 set in each byte lane of `x` that is an ASCII letter or digit.
fn alphanumeric_lanes(x: u64) -> u64 {
    // Lanes below 0x80 only, so that the additions never carry across lanes.
    let low = x & !HIGH;
    // Bit 7 of a lane of `x + ONES * (0x80 - lo)` is set when the lane is at
    // least `lo`; likewise with `0x7f - hi` when it is above `hi`.
    let between = |x: u64, lo: u8, hi: u8| {
        let at_least_lo = x + ONES * u64::from(0x80 - lo);
        let above_hi = x + ONES * u64::from(0x7f - hi);
        at_least_lo & !above_hi & HIGH
    };
    !x & HIGH & (between(low | LOWER, b'a', b'z') | between(low, b'0', b'9'))
}

/// The lanes of the first `len` bytes (1 to 8) of a little-endian word.
fn keep(len: usize) -> u64 {
    u64::MAX >> (64 - 8 * len.clamp(1, 8))
}

/// Up to eight bytes as a little-endian word, zero-padded.
fn pack(bytes: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    for (slot, &b) in buf.iter_mut().zip(bytes) {
        *slot = b;
    }
    u64::from_le_bytes(buf)
}

/// FxHash's multiplier.
const SEED: u64 = 0x517c_c1b7_2722_0a95;

/// One step of a fingerprint: eight bytes more (FxHash's step).
fn fingerprint_step(key: u64, chunk: u64) -> u64 {
    (key.rotate_left(5) ^ chunk).wrapping_mul(SEED)
}

/// A 64-bit hash of a normalized form, eight bytes at a time (zero-padded).
/// Each token's is computed once and is its key in the index of every phrase
/// set it is matched against.
fn fingerprint(norm: &[u8]) -> u64 {
    norm.chunks(8)
        .fold(0, |key, chunk| fingerprint_step(key, pack(chunk)))
}

/// Reads the run of ASCII letters and digits at `pos` of `bytes`: where it
/// ends, the [`fingerprint`] of its lowercase, and the byte after it.
///
/// Eight bytes at a time: a few word-wide operations tell which bytes of a
/// chunk are letters and digits, the first that is not ends the run, and the
/// run's bytes in the chunk are one step of the fingerprint. Byte by byte,
/// the loop's exit was mispredicted at the end of nearly every word; this
/// way most words take one chunk. The byte after the run usually sits in
/// the chunk already: taking it from there rather than loading it again
/// keeps the next word's address (often one space further) off a chain of
/// dependent loads. Inlined: called once per word, its constants stay in
/// registers across the caller's loop.
#[inline(always)]
fn ascii_word(bytes: &[u8], mut pos: usize) -> (usize, u64, Option<u8>) {
    let mut key = 0;
    while let Some(chunk) = bytes
        .get(pos..pos + 8)
        .and_then(|c| <[u8; 8]>::try_from(c).ok())
    {
        let chunk = u64::from_le_bytes(chunk);
        let stops = !alphanumeric_lanes(chunk) & HIGH;
        // 8 when every byte of the chunk is a letter or digit.
        let len = (stops.trailing_zeros() / 8) as usize;
        if len == 0 {
            return (pos, key, Some(chunk.to_le_bytes()[0]));
        }
        key = fingerprint_step(key, (chunk | LOWER) & keep(len));
        pos += len;
        if len < 8 {
            return (pos, key, chunk.to_le_bytes().get(len).copied());
        }
    }
    // Fewer than eight bytes are left.
    let len = ascii_word_len(bytes, pos);
    if len > 0 {
        let tail = bytes.get(pos..pos + len).unwrap_or(&[]);
        key = fingerprint_step(key, (pack(tail) | LOWER) & keep(len));
    }
    (pos + len, key, bytes.get(pos + len).copied())
}

/// Lowercase with straight apostrophes and quote marks.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_normalized(&mut out, s);
    out
}

/// Appends the normalized form of `s` to `out`.
fn push_normalized(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        if let Some(added) = out.get_mut(start..) {
            added.make_ascii_lowercase();
        }
        return;
    }
    for c in s.chars() {
        match c {
            '’' | '‘' => out.push('\''),
            '“' | '”' => out.push('"'),
            c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            c => out.extend(c.to_lowercase()),
        }
    }
}

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
struct Pattern {
    entry: usize,
    /// The fingerprint of the first token's normalized form.
    key: u64,
    /// The normalized form of the first token (fingerprints may collide), in
    /// the set's `texts`.
    first: Span,
    /// A one-token phrase matches any token with the same normalized form.
    one_token: bool,
    /// The spelling must match exactly, not just up to ASCII case.
    exact: bool,
    /// The fingerprint of the second token of a longer phrase: the document's
    /// token after the first must have it, which rules out most candidates
    /// before any text is compared.
    second: Option<u64>,
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
    patterns: Vec<Pattern>,
    /// The texts the patterns refer to, end to end: building the set does not
    /// allocate per phrase.
    texts: String,
    /// The same fingerprints as a filter: most tokens start no phrase, and a
    /// bit test says so more cheaply than a hash probe.
    filter: KeyFilter,
    /// Every phrase starts with a token of ASCII letters and digits, which
    /// [`PhraseSet::may_match`] relies on.
    plain_starts: bool,
    /// The most bytes a match of a pattern may span in a text.
    longest: usize,
    /// What [`PhraseSet::may_match`] looks for: the first tokens of the
    /// phrases that may match from their first token alone, and the first
    /// two tokens (as a [`pair_key`]) of the others.
    starts: FirstWords,
}

/// The keys [`PhraseSet::may_match`] looks for, each with a filter in front.
#[derive(Debug, Clone, Default)]
struct FirstWords {
    singles: FxHashSet<u64>,
    single_filter: KeyFilter,
    pairs: FxHashSet<u64>,
    pair_filter: KeyFilter,
    /// The words behind those keys, as an automaton that finds them in a text
    /// without fingerprinting every run (see [`PhraseSet::each_start`]);
    /// none when a set's phrases do not all start with plain words, or it
    /// has too many first words for one (the lexicon, never scanned so).
    words: Option<WordAutomaton>,
    /// The same words, lowercase, as a vectorised substring search (see
    /// [`each_searched_stop`]); only for sets with an automaton and at most
    /// [`MOST_SEARCHED_WORDS`] first words.
    search: Option<packed::Searcher>,
}

/// The most first words a set's [`FirstWords::search`] is built with: it
/// filters candidates by their first bytes, which a few hundred words would
/// let through at most places of a text.
const MOST_SEARCHED_WORDS: usize = 24;

/// A bitset indexed by the top 16 bits of a fingerprint (a Bloom filter with
/// one hash). A clear bit proves a key absent; a set bit may be a neighbour's.
/// Its size is fixed, so a look-up is a shift and a bit test: 8 KiB, which
/// lets through about one absent key in nine for the VADER lexicon and
/// almost none for the short lists.
#[derive(Debug, Clone)]
struct KeyFilter {
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

    fn new(keys: &[u64]) -> KeyFilter {
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

    fn may_contain(&self, key: u64) -> bool {
        let bit = KeyFilter::bit(key);
        self.words
            .get(bit / 64)
            .is_some_and(|word| word & (1 << (bit % 64)) != 0)
    }
}

/// `s.to_lowercase()`, borrowed when that changes nothing (the usual case for
/// the lexicon files, which are lowercase already).
fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
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
    pub(super) fn each_start(&self, text: &str, found: impl FnMut(usize) -> bool) {
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
    fn match_pattern(
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

/// The fingerprint of the second word of a phrase's text (`secretary` in
/// `home secretary`) when the phrase's first two tokens are words of ASCII
/// letters and digits separated by one space, the only case
/// [`PhraseSet::may_match`] can check as a pair.
fn second_word(text: &[u8]) -> Option<u64> {
    let plain = |w: &[u8]| !w.is_empty() && w.iter().all(u8::is_ascii_alphanumeric);
    let mut words = text.split(|&b| b == b' ');
    let first = words.next()?;
    let second = words.next()?;
    (plain(first) && plain(second)).then(|| fingerprint(&second.to_ascii_lowercase()))
}

/// Keeps the non-overlapping hits of `hits` (matches of one set, in text
/// order), longest first, and leaves them in text order.
fn keep_longest(hits: &mut Vec<Hit>) {
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

/// The key of a phrase's first two tokens, from their fingerprints.
fn pair_key(first: u64, second: u64) -> u64 {
    fingerprint_step(first, second)
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
        SetIndex {
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
        // As in `PhraseSet::each_match`: bit tests per token, the rest out
        // of line. A token's hits of one set come in the order of that
        // set's patterns, the one-token ones first; they cannot have the
        // same span as a longer one, so `keep_longest` keeps the same.
        let list = tokens.as_slice();
        // Tokens are in text order, so when the first and the last lie in
        // `range` (as when they were made from it), all do.
        let in_range = |t: &Token| range.contains(t.span);
        let all_in = list.first().is_none_or(in_range) && list.last().is_none_or(in_range);
        for (i, t) in list.iter().enumerate() {
            if !all_in && !in_range(t) {
                continue;
            }
            if self.singles.filter.may_contain(t.key) {
                let filed = self.singles.get(t.key);
                self.find_at(filed, &sets, text, range, tokens, i, &mut hits);
            }
            if let Some(next) = list.get(i + 1) {
                let pair = pair_key(t.key, next.key);
                if self.longer.filter.may_contain(pair) {
                    let filed = self.longer.get(pair);
                    self.find_at(filed, &sets, text, range, tokens, i, &mut hits);
                }
            }
        }
        for h in hits {
            if h.len() > 1 {
                keep_longest(h);
            }
        }
    }

    /// The matches of the patterns `filed` at token `i`.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn find_at(
        &self,
        filed: &[(usize, Pattern)],
        sets: &[&PhraseSet; N],
        text: &str,
        range: Span,
        tokens: &Tokens,
        i: usize,
        hits: &mut [&mut Vec<Hit>; N],
    ) {
        let norm = tokens.get(i).map_or(&[][..], |t| tokens.norm_bytes(t));
        for (k, p) in filed {
            let (Some(set), Some(hits)) = (sets.get(*k), hits.get_mut(*k)) else {
                continue;
            };
            if let Some(h) = set.match_pattern(p, text, range, tokens, i, norm) {
                hits.push(h);
            }
        }
    }
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

/// Valence lexicon: VADER single words overlaid with the domain phrases.
#[derive(Debug, Clone)]
pub struct Lexicon {
    pub phrases: Vec<String>,
    pub weights: Vec<f64>,
    pub set: PhraseSet,
}

/// The entry lines of a data file, numbered from 0 as in the file: blank
/// lines and lines starting with `#` are skipped.
pub(super) fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .map(|line| line.trim_end_matches('\r'))
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty() && !line.starts_with('#'))
}

/// `line.split('\t')`, but scanning bytes: the fields of the data files
/// are short, and there are tens of thousands of lines to read.
pub(super) fn tab_fields(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let field = rest?;
        match field.bytes().position(|b| b == b'\t') {
            Some(tab) => {
                rest = field.get(tab + 1..);
                field.get(..tab)
            }
            None => {
                rest = None;
                Some(field)
            }
        }
    })
}

/// Parses `WORD<TAB>VALENCE[<TAB>…]` lines (VADER) or `PHRASE<TAB>WEIGHT` lines
/// (domain); `#` comments and blank lines are skipped. Phrases come back
/// lowercased, borrowed from `text` where they already are.
pub fn parse_valences<'a>(
    text: &'a str,
    what: &str,
) -> Result<Vec<(Cow<'a, str>, f64)>, StanceError> {
    let mut out = Vec::new();
    for (n, line) in data_lines(text) {
        let mut fields = tab_fields(line);
        let phrase = fields.next().unwrap_or("").trim();
        let weight = fields.next().unwrap_or("").trim();
        let w: f64 = weight.parse().map_err(|_| {
            StanceError::Data(format!("{what} line {}: expected PHRASE<TAB>WEIGHT", n + 1))
        })?;
        if phrase.is_empty() || !w.is_finite() {
            return Err(StanceError::Data(format!(
                "{what} line {}: empty phrase",
                n + 1
            )));
        }
        out.push((lowercase(phrase), w));
    }
    Ok(out)
}

impl Lexicon {
    /// Builds the lexicon from VADER's file and the domain file; domain wins.
    pub fn new(vader: &str, domain: &str) -> Result<Lexicon, StanceError> {
        let vader = parse_valences(vader, "vader lexicon")?;
        let domain = parse_valences(domain, "domain lexicon")?;
        // Emoticons and tokens without letters do not occur in news quotes
        // and would only produce spurious matches on punctuation.
        let vader_words = vader
            .iter()
            .filter(|(p, _)| p.chars().any(char::is_alphabetic));
        // Each phrase once, where it first appears, with the weight it was
        // given last.
        let mut index: FxHashMap<&str, usize> = FxHashMap::default();
        index.reserve(vader.len() + domain.len());
        let mut order: Vec<&str> = Vec::with_capacity(vader.len() + domain.len());
        let mut weights: Vec<f64> = Vec::with_capacity(vader.len() + domain.len());
        for (p, w) in vader_words.chain(&domain) {
            match index.entry(p) {
                Entry::Occupied(e) => {
                    if let Some(weight) = weights.get_mut(*e.get()) {
                        *weight = *w;
                    }
                }
                Entry::Vacant(e) => {
                    e.insert(order.len());
                    order.push(p);
                    weights.push(*w);
                }
            }
        }
        let set = PhraseSet::new(&order, &[])?;
        Ok(Lexicon {
            phrases: order.iter().map(|p| p.to_string()).collect(),
            weights,
            set,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_apostrophes_and_spans() {
        let t = "They aren’t taking us seriously.";
        let toks = tokenize(t, Span::new(0, t.len()));
        let words: Vec<&str> = toks.iter().map(|t| toks.norm_of(t)).collect();
        assert_eq!(words, ["they", "aren't", "taking", "us", "seriously", "."]);
        for tok in &toks {
            assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
        }
    }

    #[test]
    fn typographic_marks_are_not_alphanumeric() {
        for c in ['‘', '’', '“', '”', '–', '—', '…'] {
            assert!(!c.is_alphanumeric() && !c.is_whitespace(), "{c}");
        }
        for c in ['a', 'Z', '7', 'é', 'ß', '٣', '’', ' ', '\u{a0}'] {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c}");
        }
    }

    #[test]
    fn tokens_match_a_char_by_char_reading() {
        // Spans and normalized forms for mixed scripts, joiners and marks.
        let t = "Don’t—re-elect ÉLYSÉE's “No. 10”, it's 5-0 'x-' -y \u{a0}ﬁne İ x\u{b}y";
        let toks = tokenize(t, Span::new(0, t.len()));
        let got: Vec<(&str, &str, bool)> = toks
            .iter()
            .map(|k| (k.span.of(t), toks.norm_of(k), k.is_word))
            .collect();
        let want = [
            ("Don’t", "don't", true),
            ("—", "—", false),
            ("re-elect", "re-elect", true),
            ("ÉLYSÉE's", "élysée's", true),
            ("“", "\"", false),
            ("No", "no", true),
            (".", ".", false),
            ("10", "10", true),
            ("”", "\"", false),
            (",", ",", false),
            ("it's", "it's", true),
            ("5-0", "5-0", true),
            ("'", "'", false),
            ("x", "x", true),
            ("-", "-", false),
            ("'", "'", false),
            ("-", "-", false),
            ("y", "y", true),
            ("ﬁne", "ﬁne", true),
            ("İ", "i\u{307}", true),
            ("x", "x", true),
            ("y", "y", true),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn longest_phrase_on_word_boundaries() {
        let lex = Lexicon::new("short\t-0.5\n", "fell well short\t-2.6\nwell\t0\n").unwrap();
        let t = "Talks fell well short; shortbread is fine.";
        let toks = tokenize(t, Span::new(0, t.len()));
        let hits = lex.set.find(t, Span::new(0, t.len()), &toks);
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].span.of(t), "fell well short");
    }

    #[test]
    fn curly_apostrophe_matches_straight_entry() {
        let lex = Lexicon::new("", "aren't\t-1\n").unwrap();
        let t = "we aren’t";
        let toks = tokenize(t, Span::new(0, t.len()));
        assert_eq!(lex.set.find(t, Span::new(0, t.len()), &toks).len(), 1);
    }

    #[test]
    fn token_keys_are_fingerprints_of_their_forms() {
        let t = "Don’t RE-ELECT Élysée 42, x\u{212A}y “No” it's—fine";
        let toks = tokenize(t, Span::new(0, t.len()));
        for tok in &toks {
            let norm = toks.norm_of(tok);
            assert_eq!(tok.key, fingerprint(norm.as_bytes()), "{norm}");
        }
    }

    #[test]
    fn lanes_classify_like_the_table() {
        for b in 0..=255u8 {
            for lane in 0..8 {
                let x = u64::from(b) << (8 * lane)
                    | u64::from_le_bytes([b'a'; 8]) & !(0xff << (8 * lane));
                let set = alphanumeric_lanes(x) >> (8 * lane + 7) & 1 == 1;
                assert_eq!(set, ASCII_WORD[usize::from(b)], "byte {b} lane {lane}");
            }
        }
    }

    #[test]
    fn ascii_words_end_and_hash_like_their_forms() {
        let letters = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789";
        for len in 1..=letters.len() {
            for tail in ["", " ", "-x", "’s", "é", "\u{212A}", ".........."] {
                let text = format!("{}{tail}", &letters[..len]);
                let (end, key, next) = ascii_word(text.as_bytes(), 0);
                assert_eq!(end, len, "{text}");
                assert_eq!(next, text.as_bytes().get(len).copied(), "{text}");
                let lower = letters[..len].to_ascii_lowercase();
                assert_eq!(key, fingerprint(lower.as_bytes()), "{text}");
            }
        }
    }

    #[test]
    fn only_the_kelvin_sign_lowercases_to_ascii() {
        // `may_match` relies on it: no other char outside ASCII has a
        // normalized form made of ASCII letters and digits.
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            let mut norm = String::new();
            push_normalized(&mut norm, c.encode_utf8(&mut [0; 4]));
            if norm.bytes().all(|b| b.is_ascii_alphanumeric()) {
                assert_eq!(c.encode_utf8(&mut [0; 4]).as_bytes(), KELVIN_SIGN, "{c:?}");
            }
        }
    }

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

    #[test]
    fn tab_fields_split_like_split() {
        for line in ["", "a", "a\tb", "\ta\t\tb\t", "é\t£\t"] {
            let ours: Vec<&str> = tab_fields(line).collect();
            let std: Vec<&str> = line.split('\t').collect();
            assert_eq!(ours, std, "{line:?}");
        }
    }

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

    #[test]
    fn bad_line_is_an_error() {
        assert!(Lexicon::new("", "insult\tvery\n").is_err());
    }
}
