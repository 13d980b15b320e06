//! The tokenizer: a text's words and punctuation as [`Tokens`], each token
//! with its normalized form, its [`Punct`] kind and the fingerprint of its
//! form that every phrase set is keyed by; and the byte-level reading behind
//! it (the word tables, ASCII words read and hashed eight bytes at a time,
//! normalization). Nothing here knows about phrases: the phrase sets and the
//! rules build on it.

use crate::span::Span;

/// A word or punctuation token: its byte span, where its normalized form
/// (lowercase, typographic apostrophes made straight) lies in the buffer of
/// its [`Tokens`], and whether it is a word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Token {
    pub span: Span,
    /// Byte range of the normalized form in the owning [`Tokens`]' buffer.
    norm: Span,
    /// The [`fingerprint`] of the normalized form.
    pub(super) key: u64,
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
pub(super) const ASCII_WORD: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The bytes after a run of ASCII letters and digits that may continue its
/// word: an apostrophe or a hyphen (which join two runs) and the bytes of
/// chars that are not ASCII (which may be letters). One look-up rather than
/// three tests.
const MAY_CONTINUE_WORD: [bool; 256] = {
    let mut table = [false; 256];
    table[b'\'' as usize] = true;
    table[b'-' as usize] = true;
    let mut b = 128;
    while b < 256 {
        table[b] = true;
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
pub(super) const KELVIN_SIGN: [u8; 3] = [0xE2, 0x84, 0xAA];

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
                Some(n) if MAY_CONTINUE_WORD[usize::from(n)] => {
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
pub(super) fn fingerprint_step(key: u64, chunk: u64) -> u64 {
    (key.rotate_left(5) ^ chunk).wrapping_mul(SEED)
}

/// A 64-bit hash of a normalized form, eight bytes at a time (zero-padded).
/// Each token's is computed once and is its key in the index of every phrase
/// set it is matched against.
pub(super) fn fingerprint(norm: &[u8]) -> u64 {
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
pub(super) fn ascii_word(bytes: &[u8], mut pos: usize) -> (usize, u64, Option<u8>) {
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
}
