//! Tokens and phrase lexicons: the VADER valences, the domain lexicon and the
//! rule-trigger lists, all matched with one compiled automaton each.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::StanceError;
use crate::span::Span;

/// A word or punctuation token: its byte span and its normalized form
/// (lowercase, typographic apostrophes made straight).
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub span: Span,
    pub norm: String,
    pub is_word: bool,
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text[range]` into word and punctuation tokens. Words are runs of
/// alphanumerics with inner apostrophes and hyphens (`aren’t`, `real-terms`).
pub fn tokenize(text: &str, range: Span) -> Vec<Token> {
    let mut out = Vec::new();
    let slice = range.of(text);
    let base = range.start;
    let chars: Vec<(usize, char)> = slice.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (off, c) = chars[i];
        if c.is_alphanumeric() {
            let mut j = i + 1;
            while j < chars.len() {
                let cj = chars[j].1;
                if cj.is_alphanumeric() {
                    j += 1;
                } else if (is_apostrophe(cj) || cj == '-')
                    && chars.get(j + 1).is_some_and(|(_, n)| n.is_alphanumeric())
                {
                    j += 2;
                } else {
                    break;
                }
            }
            let end = chars.get(j).map_or(slice.len(), |(o, _)| *o);
            let raw = slice.get(off..end).unwrap_or("");
            out.push(Token {
                span: Span::new(base + off, base + end),
                norm: normalize(raw),
                is_word: true,
            });
            i = j;
        } else if c.is_whitespace() {
            i += 1;
        } else {
            let end = off + c.len_utf8();
            out.push(Token {
                span: Span::new(base + off, base + end),
                norm: normalize(&slice[off..end]),
                is_word: false,
            });
            i += 1;
        }
    }
    out
}

/// Lowercase with straight apostrophes and quote marks.
pub fn normalize(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '’' | '‘' => '\'',
            '“' | '”' => '"',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
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

/// A set of phrases matched on word boundaries, case-insensitively, longest
/// first, with `'` and `’` interchangeable.
#[derive(Debug, Clone)]
pub struct PhraseSet {
    /// Phrases of several tokens; one-token phrases are looked up in `words`,
    /// which is much cheaper than reporting every overlapping match of
    /// thousands of short words.
    automaton: Option<AhoCorasick>,
    /// Pattern id → entry index (a phrase with an apostrophe has two patterns).
    pattern_entry: Vec<usize>,
    /// Pattern id → the pattern must match case-sensitively (see target files).
    case_sensitive: Vec<Option<String>>,
    /// A one-token phrase in its normalized form → its entry, and the exact
    /// text it must have when it is case-sensitive.
    words: HashMap<String, Vec<(usize, Option<String>)>>,
}

impl PhraseSet {
    /// Compiles `phrases`; `case_sensitive[i]` asks for an exact-case match of entry `i`.
    pub fn new(phrases: &[String], case_sensitive: &[bool]) -> Result<PhraseSet, StanceError> {
        let mut patterns = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut cs = Vec::new();
        let mut words: HashMap<String, Vec<(usize, Option<String>)>> = HashMap::new();
        for (i, p) in phrases.iter().enumerate() {
            let exact = case_sensitive.get(i).copied().unwrap_or(false);
            let toks = tokenize(p, Span::new(0, p.len()));
            if let [only] = toks.as_slice() {
                if only.span == Span::new(0, p.len()) {
                    let exact_text = exact.then(|| p.clone());
                    words
                        .entry(only.norm.clone())
                        .or_default()
                        .push((i, exact_text));
                    continue;
                }
            }
            let lower = if exact { p.clone() } else { p.to_lowercase() };
            let mut variants = vec![lower.clone()];
            if lower.contains('\'') {
                variants.push(lower.replace('\'', "’"));
            }
            if lower.contains('’') {
                variants.push(lower.replace('’', "'"));
            }
            for v in variants {
                if v.is_empty() {
                    continue;
                }
                patterns.push(v.clone());
                pattern_entry.push(i);
                cs.push(if exact { Some(v) } else { None });
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
                    .map_err(|e| StanceError::Data(format!("cannot compile phrases: {e}")))?,
            )
        };
        Ok(PhraseSet {
            automaton,
            pattern_entry,
            case_sensitive: cs,
            words,
        })
    }

    /// Non-overlapping matches in `text[range]` that start and end on token
    /// boundaries, longest first, in text order.
    pub fn find(&self, text: &str, range: Span, tokens: &[Token]) -> Vec<Hit> {
        let slice = range.of(text);
        let mut cands: Vec<(usize, Span, usize, usize)> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            if !range.contains(t.span) {
                continue;
            }
            for (entry, exact) in self.words.get(&t.norm).into_iter().flatten() {
                if exact.as_deref().is_none_or(|e| t.span.of(text) == e) {
                    cands.push((*entry, t.span, i, i + 1));
                }
            }
        }
        let matches = self
            .automaton
            .as_ref()
            .map(|ac| ac.find_overlapping_iter(slice));
        for m in matches.into_iter().flatten() {
            let span = Span::new(range.start + m.start(), range.start + m.end());
            let pid = m.pattern().as_usize();
            if let Some(Some(exact)) = self.case_sensitive.get(pid) {
                if span.of(text) != exact {
                    continue;
                }
            }
            // Both ends must be token boundaries.
            let Ok(first) = tokens.binary_search_by(|t| t.span.start.cmp(&span.start)) else {
                continue;
            };
            let Ok(last) = tokens.binary_search_by(|t| t.span.end.cmp(&span.end)) else {
                continue;
            };
            if last < first {
                continue;
            }
            let entry = self.pattern_entry.get(pid).copied().unwrap_or(0);
            cands.push((entry, span, first, last + 1));
        }
        cands.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.1.start.cmp(&b.1.start)));
        let mut taken: Vec<Hit> = Vec::new();
        for (entry, span, first, last) in cands {
            if taken.iter().any(|h| h.span.overlaps(span)) {
                continue;
            }
            taken.push(Hit {
                entry,
                span,
                first,
                last,
            });
        }
        taken.sort_by_key(|h| h.span.start);
        taken
    }

    /// Whether any phrase occurs in `s` (on word boundaries).
    pub fn occurs_in(&self, s: &str) -> bool {
        let range = Span::new(0, s.len());
        let toks = tokenize(s, range);
        !self.find(s, range, &toks).is_empty()
    }
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
        let words: Vec<&str> = toks.iter().map(|t| t.norm.as_str()).collect();
        assert_eq!(words, ["they", "aren't", "taking", "us", "seriously", "."]);
        for tok in &toks {
            assert!(t.is_char_boundary(tok.span.start) && t.is_char_boundary(tok.span.end));
        }
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
