//! Segmentation: paragraphs, sentences and word tokens, all as byte spans.
//!
//! Takes a document's text; gives [`Segmentation`]: its paragraphs (non-blank
//! lines or blocks), its sentences inside each paragraph, and a tokenizer for
//! any span. Nothing is copied.
//!
//! UAX#29 sentence bounds are not enough for news text, so sentences come from
//! a scanner of our own that handles:
//! - titles and abbreviations (`Mr`, `Dr.`, `St.`, `U.S.`, `No.`) and initials;
//! - decimals and money (`1.8 per cent`, `over£5`);
//! - sentences glued without a space (`this year.The NHS Confederation`) and
//!   headlines glued to the body (`next weekUnions`);
//! - sentence ends inside closing marks (`…,” said X.`, `“Why?” he asked.`):
//!   a sentence never ends before a lowercase word.
//!
//! Word tokens come from a char-class scanner (alphanumeric runs joined by
//! `.`, `'`, `’`, `-` between alphanumerics, so `U.S`, `don’t`, `1.8` and
//! `Galbraith-Marten` are one token each); words beyond ASCII are checked
//! against unicode-segmentation's UAX#29 word bounds.

use unicode_segmentation::UnicodeSegmentation;

use crate::knowledge::Knowledge;
use crate::span::Span;

/// A sentence and where it sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index into [`Segmentation::paragraphs`].
    pub paragraph: usize,
    /// The sentence began with no space after the previous one's end
    /// (`year.The`): a sign of lost marks or line breaks.
    pub glued: bool,
}

/// Paragraphs, sentences and word tokens of one text.
#[derive(Debug, Clone, Default)]
pub struct Segmentation {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    /// Every token of every sentence, in order: later stages slice this
    /// instead of tokenizing again.
    pub tokens: Vec<Span>,
}

impl Segmentation {
    /// The tokens lying inside `span` (a sentence, a mention), as text.
    pub fn tokens_in<'t>(
        &self,
        text: &'t str,
        span: Span,
    ) -> impl Iterator<Item = Token<'t>> + use<'_, 't> {
        let first = self.tokens.partition_point(|t| t.start < span.start);
        let last = self
            .tokens
            .partition_point(|t| t.end <= span.end)
            .max(first);
        self.tokens[first..last].iter().map(move |&t| Token {
            span: t,
            text: t.of(text),
        })
    }

    /// The index of the sentence holding byte `pos` (the last one starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        match self.sentences.partition_point(|s| s.span.start <= pos) {
            0 => None,
            i => Some(i - 1),
        }
    }

    /// The sentences around `span`: from the one before the sentence holding its
    /// start to the one after the sentence holding its end (the stance frame of a quote).
    pub fn around(&self, span: Span) -> Span {
        let first = self.sentence_at(span.start).unwrap_or(0);
        let last = self
            .sentence_at(span.end.saturating_sub(1))
            .unwrap_or(first);
        let start = self
            .sentences
            .get(first.saturating_sub(1))
            .map_or(span.start, |s| s.span.start.min(span.start));
        let end = self
            .sentences
            .get(last + 1)
            .or(self.sentences.get(last))
            .map_or(span.end, |s| s.span.end.max(span.end));
        Span::new(start, end)
    }

    /// The index of the paragraph holding byte `pos`.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        match self.paragraphs.partition_point(|p| p.start <= pos) {
            0 => None,
            i => Some(i - 1),
        }
    }
}

/// Chars that may follow a sentence's final stop and still belong to it.
fn is_closing(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»')
}

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '‘' | '"' | '\'' | '(' | '[' | '«' | '„')
}

/// Splits `text` into paragraphs and sentences.
///
/// ```
/// use sayso::{knowledge::Knowledge, segment::segment};
/// let text = "Mr. Smith paid £1.8m. It was this year.The end";
/// let seg = segment(text, &Knowledge::builtin());
/// let sentences: Vec<&str> = seg.sentences.iter().map(|s| s.span.of(text)).collect();
/// assert_eq!(sentences, ["Mr. Smith paid £1.8m.", "It was this year.", "The end"]);
/// ```
pub fn segment(text: &str, knowledge: &Knowledge) -> Segmentation {
    let mut seg = Segmentation::default();
    for paragraph in paragraphs(text) {
        let index = seg.paragraphs.len();
        seg.paragraphs.push(paragraph);
        split_sentences(text, paragraph, index, knowledge, &mut seg.sentences);
    }
    seg.tokens = seg
        .sentences
        .iter()
        .flat_map(|s| tokens(text, s.span).map(|t| t.span))
        .collect();
    seg
}

/// Non-blank lines, trimmed of surrounding white space.
fn paragraphs(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut offset = 0;
    text.split_inclusive('\n').filter_map(move |line| {
        let start = offset;
        offset += line.len();
        let trimmed_start = line.len() - line.trim_start().len();
        let body = line.trim();
        (!body.is_empty())
            .then(|| Span::new(start + trimmed_start, start + trimmed_start + body.len()))
    })
}

fn split_sentences(
    text: &str,
    paragraph: Span,
    index: usize,
    knowledge: &Knowledge,
    out: &mut Vec<Sentence>,
) {
    let body = paragraph.of(text);
    let base = paragraph.start;
    let mut start = 0;
    let mut glued = false;
    let mut push = |start: usize, end: usize, glued: bool| {
        let piece = &body[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(Sentence {
                span: Span::new(base + start + lead, base + start + lead + trimmed.len()),
                paragraph: index,
                glued,
            });
        }
    };
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if let Some(split) = glued_headline(body, &chars, i) {
            push(start, split, glued);
            start = split;
            glued = true;
            i += 1;
            continue;
        }
        if !matches!(c, '.' | '?' | '!' | '…') {
            i += 1;
            continue;
        }
        // Take the run of stops and closing marks that ends the sentence.
        let mut j = i + 1;
        while j < chars.len()
            && (is_closing(chars[j].1) || matches!(chars[j].1, '.' | '?' | '!' | '…'))
        {
            j += 1;
        }
        let end = chars.get(j).map_or(body.len(), |&(p, _)| p);
        let Some(&(_, next)) = chars.get(j) else {
            break;
        };
        let ends_here = if next.is_whitespace() {
            let following = chars[j..]
                .iter()
                .find(|(_, ch)| !ch.is_whitespace())
                .map(|&(_, ch)| ch);
            match following {
                Some(f) if f.is_lowercase() => false,
                Some(f) if f.is_uppercase() || f.is_numeric() || is_opening(f) => {
                    c != '.' || !is_abbreviation_stop(body, pos, f.is_numeric(), knowledge)
                }
                _ => false,
            }
        } else {
            // No space: `year.The` is a glued sentence, `1.8` and `U.S.` are not.
            c == '.' && j == i + 1 && next.is_uppercase() && lowercase_run_before(body, pos) >= 2
        };
        if ends_here {
            push(start, end, glued);
            glued = !next.is_whitespace();
            start = end;
        }
        i = j;
    }
    push(start, body.len(), glued);
}

/// A headline glued to the next sentence inside one token (`next weekUnions`):
/// a lowercase token part of three or more letters followed by a capitalized
/// word. Returns the split position (a byte offset in the paragraph).
fn glued_headline(body: &str, chars: &[(usize, char)], i: usize) -> Option<usize> {
    let (pos, c) = chars[i];
    let next = chars.get(i + 1)?.1;
    if !(c.is_uppercase() && next.is_lowercase()) {
        return None;
    }
    let token_start = start_of_run(body, pos, char::is_alphabetic);
    let before = &body[token_start..pos];
    let all_lower = before.chars().all(char::is_lowercase);
    (all_lower && before.chars().count() >= 3).then_some(pos)
}

/// The start of the run of chars satisfying `keep` that ends at byte `pos`.
pub(crate) fn start_of_run(text: &str, pos: usize, keep: impl Fn(char) -> bool) -> usize {
    text[..pos]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| keep(c))
        .last()
        .map_or(pos, |(i, _)| i)
}

/// How many lowercase letters come right before byte `pos`.
fn lowercase_run_before(body: &str, pos: usize) -> usize {
    body[..pos]
        .chars()
        .rev()
        .take_while(|c| c.is_lowercase())
        .count()
}

/// True when the full stop at `pos` closes an abbreviation, a title or an initial.
fn is_abbreviation_stop(
    body: &str,
    pos: usize,
    before_number: bool,
    knowledge: &Knowledge,
) -> bool {
    let word_start = start_of_run(body, pos, |c| c.is_alphanumeric() || c == '.');
    let word = &body[word_start..pos];
    if word.is_empty() {
        return false;
    }
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.'); // U.S., a.m.
    single_initial || dotted || knowledge.is_abbreviation(word, before_number)
}

/// A word token of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    pub span: Span,
    pub text: &'t str,
}

impl Token<'_> {
    pub fn is_word(&self) -> bool {
        self.text.chars().any(char::is_alphanumeric)
    }

    pub fn is_capitalized(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// The non-space tokens of `text[span]`: words (hyphenated compounds joined) and
/// single punctuation marks, with spans in `text`.
///
/// ```
/// use sayso::{segment::tokens, span::Span};
/// let text = "Joanne Galbraith-Marten, of the RCN";
/// let words: Vec<&str> = tokens(text, Span::new(0, text.len())).map(|t| t.text).collect();
/// assert_eq!(words, ["Joanne", "Galbraith-Marten", ",", "of", "the", "RCN"]);
/// ```
pub fn tokens(text: &str, span: Span) -> impl Iterator<Item = Token<'_>> + '_ {
    let body = span.of(text);
    let mut pos = 0;
    let mut pending: Vec<Span> = Vec::new();
    std::iter::from_fn(move || {
        if let Some(piece) = pending.pop() {
            return Some(Token {
                span: piece,
                text: piece.of(text),
            });
        }
        let skipped = body.as_bytes()[pos..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\n' | b'\t' | b'\r'))
            .count();
        let start = pos + skipped + body[pos + skipped..].find(|c: char| !c.is_whitespace())?;
        let first = body[start..].chars().next()?;
        let mut end = start + first.len_utf8();
        if first.is_alphanumeric() {
            end = word_end(body, end);
        }
        pos = end;
        let token = Span::new(span.start + start, span.start + end);
        let word = token.of(text);
        if word.is_ascii() {
            return Some(Token {
                span: token,
                text: word,
            });
        }
        // Beyond ASCII, UAX#29 knows where words end (scripts without spaces, for one).
        pending = word
            .split_word_bound_indices()
            .map(|(i, w)| Span::new(token.start + i, token.start + i + w.len()))
            .collect();
        // Keep joined compounds and apostrophes that UAX#29 would split (`Galbraith-Marten`).
        if pending.len() > 1 && word.contains(['-', '\'', '’']) && !has_unspaced_script(word) {
            pending.clear();
            return Some(Token {
                span: token,
                text: word,
            });
        }
        pending.reverse();
        let piece = pending.pop()?;
        Some(Token {
            span: piece,
            text: piece.of(text),
        })
    })
}

/// The end of the word that starts before `from`: runs of alphanumerics joined
/// by `.`, `'`, `’` or `-` between alphanumerics (`U.S`, `don’t`, `1.8`,
/// `Galbraith-Marten`), and by `,` between digits (`5,000`).
fn word_end(body: &str, mut end: usize) -> usize {
    let bytes = body.as_bytes();
    let mut previous_digit = end > 0 && bytes[end - 1].is_ascii_digit();
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_alphanumeric() {
            previous_digit = b.is_ascii_digit();
            end += 1;
            continue;
        }
        // Beyond ASCII (letters such as `é`, the joiner `’`), decode the char.
        let Some(c) = body[end..].chars().next() else {
            break;
        };
        if c.is_alphanumeric() {
            previous_digit = false;
            end += c.len_utf8();
            continue;
        }
        let joiner = matches!(c, '.' | '\'' | '’' | '-') || (c == ',' && previous_digit);
        let after = body[end + c.len_utf8()..].chars().next();
        match after {
            Some(a) if joiner && a.is_alphanumeric() && (c != ',' || a.is_ascii_digit()) => {
                end += c.len_utf8() + a.len_utf8();
                previous_digit = a.is_ascii_digit();
            }
            _ => break,
        }
    }
    end
}

/// Scripts written without spaces between words, where UAX#29 must decide.
fn has_unspaced_script(word: &str) -> bool {
    word.chars().any(|c| matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let seg = segment(text, &Knowledge::builtin());
        seg.sentences.iter().map(|s| s.span.of(text)).collect()
    }

    #[test]
    fn hard_cases() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Mr Marks said so. He left.",
                &["Mr Marks said so.", "He left."],
            ),
            (
                "Dr. Jones spoke. Then he left.",
                &["Dr. Jones spoke.", "Then he left."],
            ),
            (
                "They met on St. Mary's Road. It rained.",
                &["They met on St. Mary's Road.", "It rained."],
            ),
            (
                "The U.S. Senate voted. It passed.",
                &["The U.S. Senate voted.", "It passed."],
            ),
            (
                "He lives at No. 10 Downing Street. Yes.",
                &["He lives at No. 10 Downing Street.", "Yes."],
            ),
            (
                "Another 1.8 per cent in December. Next.",
                &["Another 1.8 per cent in December.", "Next."],
            ),
            (
                "Nurses will lose over£5 a week. Next.",
                &["Nurses will lose over£5 a week.", "Next."],
            ),
            (
                "J. K. Rowling wrote it. Fine.",
                &["J. K. Rowling wrote it.", "Fine."],
            ),
            (
                "inflation this year.The NHS Confederation agreed.",
                &["inflation this year.", "The NHS Confederation agreed."],
            ),
            (
                "strikes next weekUnions representing staff agreed.",
                &["strikes next week", "Unions representing staff agreed."],
            ),
            (
                "“We are angry,” said Mr Kasab. He left.",
                &["“We are angry,” said Mr Kasab.", "He left."],
            ),
            (
                "“Is it wrong?” he asked. Nobody knew.",
                &["“Is it wrong?” he asked.", "Nobody knew."],
            ),
            (
                "“It is over.” The union agreed.",
                &["“It is over.”", "The union agreed."],
            ),
            (
                "He said: “No. Never.” Then left.",
                &["He said: “No.", "Never.”", "Then left."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(sentences(text), *expected, "segmenting {text:?}");
        }
    }

    #[test]
    fn paragraphs_and_glue_flag() {
        let text = "First para.\n\n  Second para. Still.\nThird.The end";
        let seg = segment(text, &Knowledge::builtin());
        let paras: Vec<&str> = seg.paragraphs.iter().map(|p| p.of(text)).collect();
        assert_eq!(
            paras,
            ["First para.", "Second para. Still.", "Third.The end"]
        );
        assert_eq!(seg.sentences.len(), 5);
        assert!(seg.sentences[4].glued);
        assert!(!seg.sentences[3].glued);
        assert_eq!(seg.sentences[2].paragraph, 1);
    }

    #[test]
    fn tokens_join_what_belongs_together() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Joanne Galbraith-Marten, of the RCN",
                &["Joanne", "Galbraith-Marten", ",", "of", "the", "RCN"],
            ),
            (
                "The U.S. won’t pay £5,000.",
                &["The", "U.S", ".", "won’t", "pay", "£", "5,000", "."],
            ),
            (
                "Visitors' Association, 1.8 per cent",
                &["Visitors", "'", "Association", ",", "1.8", "per", "cent"],
            ),
            (
                "“No – never,” he said.",
                &["“", "No", "–", "never", ",", "”", "he", "said", "."],
            ),
            (
                "Café Müller-Lüdenscheid 東京都庁",
                &["Café", "Müller-Lüdenscheid", "東", "京", "都", "庁"],
            ),
        ];
        for (text, expected) in cases {
            let words: Vec<&str> = tokens(text, Span::new(0, text.len()))
                .map(|t| t.text)
                .collect();
            assert_eq!(words, *expected, "tokens of {text:?}");
        }
    }

    #[test]
    fn camel_case_names_are_not_split() {
        assert_eq!(
            sentences("McDonald met iPhone users at LaGuardia."),
            ["McDonald met iPhone users at LaGuardia."]
        );
    }

    #[test]
    fn never_panics_on_odd_input() {
        for text in ["", ".", "“", "”.”", "...", "a.B", "\n\n\n", "é.É", "?!?!"] {
            let seg = segment(text, &Knowledge::builtin());
            for s in &seg.sentences {
                assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
            }
        }
    }
}
