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
//! the tokenizer computes once per token: the three or four sets a quote is
//! matched against do not each hash every token. A bitset of the fingerprints
//! (a one-hash Bloom filter) turns most tokens away before the hash table is
//! probed.
//!
//! # Tokens
//!
//! [`Tokens`] keeps the normalized forms of all its tokens in one buffer: the
//! text with ASCII letters lowercased, where an ASCII token's form sits at the
//! token's own offsets, followed by the forms of the other tokens. Tokenizing
//! does not allocate per token, and [`tokenize_into`] reuses the buffers.

use std::collections::HashMap;
use std::hash::Hasher;

use rustc_hash::{FxHashMap, FxHasher};

use super::StanceError;
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
    key: u64,
    pub is_word: bool,
}

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

    /// The normalized form of a token of this list.
    pub fn norm_of(&self, token: &Token) -> &str {
        token.norm.of(&self.norms)
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
    out.norms.reserve(2 * slice.len());
    out.norms.push_str(slice);
    out.norms.make_ascii_lowercase();
    out.list.reserve(slice.len() / 3 + 4);
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let (end, is_word, ascii) = if ASCII_WORD[usize::from(b)] {
            let run_end = pos + 1 + ascii_word_len(bytes, pos + 1);
            // An apostrophe, a hyphen or a non-ASCII letter may continue the word.
            match bytes.get(run_end) {
                Some(&n) if n == b'\'' || n == b'-' || !n.is_ascii() => {
                    let (end, ascii) = word_end(slice, run_end);
                    (end, true, ascii)
                }
                _ => (run_end, true, true),
            }
        } else if is_ascii_space(b) {
            pos += 1;
            continue;
        } else if b.is_ascii() {
            (pos + 1, false, true)
        } else {
            let Some(c) = char_at(slice, pos) else { break };
            let next = pos + c.len_utf8();
            if c.is_whitespace() {
                pos = next;
                continue;
            }
            if is_alphanumeric(c) {
                (word_end(slice, next).0, true, false)
            } else {
                (next, false, false)
            }
        };
        let norm = if ascii {
            Span::new(pos, end)
        } else {
            let start = out.norms.len();
            push_normalized(&mut out.norms, slice.get(pos..end).unwrap_or(""));
            Span::new(start, out.norms.len())
        };
        let key = fingerprint(
            out.norms
                .as_bytes()
                .get(norm.start..norm.end)
                .unwrap_or(&[]),
        );
        out.list.push(Token {
            span: Span::new(base + pos, base + end),
            norm,
            key,
            is_word,
        });
        pos = end;
    }
}

/// `char::is_whitespace` for an ASCII byte.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// A 64-bit hash of a normalized form. Each token's is computed once and is
/// its key in the index of every phrase set it is matched against.
fn fingerprint(norm: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(norm);
    h.finish()
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
        let c = match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            c => c,
        };
        out.extend(c.to_lowercase());
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
#[derive(Debug, Clone)]
struct Pattern {
    entry: usize,
    /// The normalized form of the first token (fingerprints may collide).
    first: String,
    /// A one-token phrase matches any token with the same normalized form.
    one_token: bool,
    /// The spelling must match exactly, not just up to ASCII case.
    exact: bool,
    /// The fingerprint of the second token of a longer phrase: the document's
    /// token after the first must have it, which rules out most candidates
    /// before any text is compared.
    second: Option<u64>,
    /// The text to compare with: the phrase lowercased (unless exact), with
    /// `'` or `’`. Unused for a one-token phrase that is not exact.
    text: String,
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
    /// Fingerprint of the first token → the patterns starting with it, in
    /// entry order.
    by_first: FxHashMap<u64, Vec<Pattern>>,
    /// The same fingerprints as a filter: most tokens start no phrase, and a
    /// bit test says so more cheaply than a hash probe.
    filter: KeyFilter,
}

/// A bitset indexed by the top bits of a fingerprint (a Bloom filter with
/// one hash). A clear bit proves a key absent; a set bit may be a neighbour's.
#[derive(Debug, Clone, Default)]
struct KeyFilter {
    words: Vec<u64>,
    /// 64 minus the number of index bits.
    shift: u32,
}

impl KeyFilter {
    fn new(keys: &[u64]) -> KeyFilter {
        // About eight bits per key: one absent key in eight gets through.
        let bits = (keys.len() * 8).next_power_of_two().max(64);
        let mut filter = KeyFilter {
            words: vec![0; bits / 64],
            shift: 64 - bits.trailing_zeros(),
        };
        for &key in keys {
            let bit = filter.bit(key);
            if let Some(word) = filter.words.get_mut(bit / 64) {
                *word |= 1 << (bit % 64);
            }
        }
        filter
    }

    fn bit(&self, key: u64) -> usize {
        // `shift` is at most 58, and the result fits in `bits`.
        (key >> self.shift) as usize
    }

    fn may_contain(&self, key: u64) -> bool {
        let bit = self.bit(key);
        self.words
            .get(bit / 64)
            .is_some_and(|word| word & (1 << (bit % 64)) != 0)
    }
}

impl PhraseSet {
    /// Compiles `phrases`; `case_sensitive[i]` asks for an exact-case match of entry `i`.
    pub fn new(phrases: &[String], case_sensitive: &[bool]) -> Result<PhraseSet, StanceError> {
        let mut by_first: FxHashMap<u64, Vec<Pattern>> = FxHashMap::default();
        for (i, p) in phrases.iter().enumerate() {
            let exact = case_sensitive.get(i).copied().unwrap_or(false);
            let toks = tokenize(p, Span::new(0, p.len()));
            if let [only] = toks.as_slice() {
                if only.span == Span::new(0, p.len()) {
                    let first = toks.norm(0);
                    by_first
                        .entry(fingerprint(first.as_bytes()))
                        .or_default()
                        .push(Pattern {
                            entry: i,
                            first: first.to_string(),
                            one_token: true,
                            exact,
                            second: None,
                            text: if exact { p.clone() } else { String::new() },
                        });
                    continue;
                }
            }
            let lower = if exact { p.clone() } else { p.to_lowercase() };
            // The document's token where a match starts spells the pattern's
            // first token (up to ASCII case), so it has the same normalized form.
            let toks = tokenize(&lower, Span::new(0, lower.len()));
            if toks.get(0).is_none_or(|t| t.span.start != 0) {
                // A match starts where a token starts; this one never can.
                continue;
            }
            let first = toks.norm(0);
            let second = (toks.len() > 1).then(|| fingerprint(toks.norm(1).as_bytes()));
            let mut variants = vec![lower.clone()];
            if lower.contains('\'') {
                variants.push(lower.replace('\'', "’"));
            }
            if lower.contains('’') {
                variants.push(lower.replace('’', "'"));
            }
            let patterns = by_first.entry(fingerprint(first.as_bytes())).or_default();
            for text in variants {
                patterns.push(Pattern {
                    entry: i,
                    first: first.to_string(),
                    one_token: false,
                    exact,
                    second,
                    text,
                });
            }
        }
        let keys: Vec<u64> = by_first.keys().copied().collect();
        Ok(PhraseSet {
            filter: KeyFilter::new(&keys),
            by_first,
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
        let list = tokens.as_slice();
        for (i, t) in list.iter().enumerate() {
            if !self.filter.may_contain(t.key) || !range.contains(t.span) {
                continue;
            }
            let Some(patterns) = self.by_first.get(&t.key) else {
                continue;
            };
            let norm = tokens.norm_of(t);
            for p in patterns {
                let hit = if p.one_token {
                    (p.first == norm && (!p.exact || t.span.of(text) == p.text)).then_some(Hit {
                        entry: p.entry,
                        span: t.span,
                        first: i,
                        last: i + 1,
                    })
                } else if p.second.is_some() && list.get(i + 1).map(|u| u.key) != p.second
                    || p.first != norm
                {
                    None
                } else {
                    match_at(text, range, list, i, p)
                };
                if let Some(h) = hit {
                    if !found(h) {
                        return;
                    }
                }
            }
        }
    }

    /// Non-overlapping matches in `text[range]` that start and end on token
    /// boundaries, longest first, in text order.
    pub fn find(&self, text: &str, range: Span, tokens: &Tokens) -> Vec<Hit> {
        let mut hits = Vec::new();
        self.each_match(text, range, tokens, |h| {
            hits.push(h);
            true
        });
        if hits.len() < 2 {
            return hits;
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
        hits
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

    /// Whether any phrase occurs in `s` (on word boundaries).
    pub fn occurs_in(&self, s: &str) -> bool {
        let range = Span::new(0, s.len());
        self.matches(s, range, &tokenize(s, range))
    }
}

/// The match of the several-token pattern `p` at token `i`, if a token ends
/// where it would end and the text there spells it.
fn match_at(text: &str, range: Span, tokens: &[Token], i: usize, p: &Pattern) -> Option<Hit> {
    let start = tokens.get(i)?.span.start;
    let end = start + p.text.len();
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
        found == p.text.as_bytes()
    } else {
        found.eq_ignore_ascii_case(p.text.as_bytes())
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

/// Parses `WORD<TAB>VALENCE[<TAB>…]` lines (VADER) or `PHRASE<TAB>WEIGHT` lines
/// (domain); `#` comments and blank lines are skipped.
pub fn parse_valences(text: &str, what: &str) -> Result<Vec<(String, f64)>, StanceError> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let mut parts = line.split('\t');
        let phrase = parts.next().unwrap_or("").trim();
        let weight = parts.next().unwrap_or("").trim();
        let w: f64 = weight.parse().map_err(|_| {
            StanceError::Data(format!("{what} line {}: expected PHRASE<TAB>WEIGHT", n + 1))
        })?;
        if phrase.is_empty() || !w.is_finite() {
            return Err(StanceError::Data(format!(
                "{what} line {}: empty phrase",
                n + 1
            )));
        }
        out.push((phrase.to_lowercase(), w));
    }
    Ok(out)
}

impl Lexicon {
    /// Builds the lexicon from VADER's file and the domain file; domain wins.
    pub fn new(vader: &str, domain: &str) -> Result<Lexicon, StanceError> {
        let mut map: HashMap<String, f64> = HashMap::new();
        let mut order: Vec<String> = Vec::new();
        for (p, w) in parse_valences(vader, "vader lexicon")? {
            // Emoticons and tokens without letters do not occur in news quotes
            // and would only produce spurious matches on punctuation.
            if !p.chars().any(char::is_alphabetic) {
                continue;
            }
            if map.insert(p.clone(), w).is_none() {
                order.push(p);
            }
        }
        for (p, w) in parse_valences(domain, "domain lexicon")? {
            if map.insert(p.clone(), w).is_none() {
                order.push(p);
            }
        }
        let weights: Vec<f64> = order
            .iter()
            .map(|p| map.get(p).copied().unwrap_or(0.0))
            .collect();
        let set = PhraseSet::new(&order, &[])?;
        Ok(Lexicon {
            phrases: order,
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
    fn bad_line_is_an_error() {
        assert!(Lexicon::new("", "insult\tvery\n").is_err());
    }
}
