//! Tokens and phrase lexicons: the VADER valences, the domain lexicon and the
//! rule-trigger lists.
//!
//! This file loads the lexicon ([`Lexicon`], [`parse_valences`]) and holds
//! the line and field readers of the data files that the other stance
//! modules share. The rest is in submodules by concern: `tokens` (the
//! tokenizer, normalized forms and their fingerprints), `phrases`
//! ([`PhraseSet`] and its matching against tokens), `starts`
//! ([`PhraseSet::may_match`], where phrases may start in untokenized text),
//! `first_words` (the automaton and search behind it) and `index`
//! (`SetIndex`, several sets matched in one pass).
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

use rustc_hash::FxHashMap;

use super::StanceError;

mod first_words;
mod index;
mod phrases;
mod starts;
mod tokens;

pub(crate) use index::SetIndex;
pub use phrases::{Hit, PhraseSet};
pub use tokens::{normalize, tokenize, tokenize_into, Punct, Token, Tokens};

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

/// `s.to_lowercase()`, borrowed when that changes nothing (the usual case for
/// the lexicon files, which are lowercase already).
fn lowercase(s: &str) -> Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

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
    fn tab_fields_split_like_split() {
        for line in ["", "a", "a\tb", "\ta\t\tb\t", "é\t£\t"] {
            let ours: Vec<&str> = tab_fields(line).collect();
            let std: Vec<&str> = line.split('\t').collect();
            assert_eq!(ours, std, "{line:?}");
        }
    }

    #[test]
    fn bad_line_is_an_error() {
        assert!(Lexicon::new("", "insult\tvery\n").is_err());
    }
}
