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

/// Byte classes for the scanners' fast paths: [`class`] gives a byte's flags.
/// ASCII white space (as `char::is_whitespace` has it).
const SPACE: u8 = 1;
/// An ASCII letter or digit.
const ALNUM: u8 = 2;
/// A byte the sentence scanner must look at: a stop (`.`, `?`, `!`), a
/// capital (a glued headline starts with one) or a byte beyond ASCII (`…`,
/// capitals such as `É`).
const SENTENCE_CANDIDATE: u8 = 4;

const BYTE_CLASSES: [u8; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < table.len() {
        table[i] = match i as u8 {
            b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r' => SPACE,
            b'0'..=b'9' | b'a'..=b'z' => ALNUM,
            b'A'..=b'Z' => ALNUM | SENTENCE_CANDIDATE,
            b'.' | b'?' | b'!' | 0x80..=0xFF => SENTENCE_CANDIDATE,
            _ => 0,
        };
        i += 1;
    }
    table
};

fn class(b: u8) -> u8 {
    BYTE_CLASSES[usize::from(b)]
}

/// Chars that end a sentence.
fn is_stop(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
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
    // News text averages a little over five bytes a token: reserve once
    // instead of growing the vector a dozen times.
    seg.tokens.reserve(text.len() / 5);
    for sentence in &seg.sentences {
        push_tokens(text, sentence.span, &mut seg.tokens);
    }
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

/// Collects the sentences of one paragraph as the scanner cuts it.
struct Cuts<'a> {
    body: &'a str,
    /// Where `body` starts in the text.
    base: usize,
    paragraph: usize,
    out: &'a mut Vec<Sentence>,
    /// Where the current sentence starts in `body`.
    start: usize,
    glued: bool,
}

impl Cuts<'_> {
    /// Ends the current sentence at `at` (trimmed; dropped if blank) and
    /// starts the next one there.
    fn cut(&mut self, at: usize, glued_next: bool) {
        let piece = self.body.get(self.start..at).unwrap_or("");
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            let start = self.base + self.start + lead;
            self.out.push(Sentence {
                span: Span::new(start, start + trimmed.len()),
                paragraph: self.paragraph,
                glued: self.glued,
            });
        }
        self.start = at;
        self.glued = glued_next;
    }
}

/// Cuts one paragraph into sentences.
///
/// Only two kinds of places can end a sentence: a run of stops (`.`, `?`,
/// `!`, `…`) and a capital that starts a glued headline. So the scan looks at
/// bytes, decodes a char only beyond ASCII, and leaves the char-level
/// decisions to the rare candidates.
fn split_sentences(
    text: &str,
    paragraph: Span,
    index: usize,
    knowledge: &Knowledge,
    out: &mut Vec<Sentence>,
) {
    let body = paragraph.of(text);
    let bytes = body.as_bytes();
    let mut cuts = Cuts {
        body,
        base: paragraph.start,
        paragraph: index,
        out,
        start: 0,
        glued: false,
    };
    let mut pos = 0;
    loop {
        while bytes
            .get(pos)
            .is_some_and(|&b| class(b) & SENTENCE_CANDIDATE == 0)
        {
            pos += 1;
        }
        let Some(&b) = bytes.get(pos) else {
            break;
        };
        let c = match b {
            b'.' | b'?' | b'!' => char::from(b),
            b'A'..=b'Z' => {
                // Cheap test first: a glued headline has a lowercase letter on
                // both sides of its capital; only ASCII can be ruled out here.
                let maybe_lower =
                    |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_lowercase() || !b.is_ascii());
                if maybe_lower(pos.checked_sub(1).and_then(|p| bytes.get(p)))
                    && maybe_lower(bytes.get(pos + 1))
                    && glued_headline(body, pos, char::from(b))
                {
                    cuts.cut(pos, true);
                }
                pos += 1;
                continue;
            }
            _ => {
                let Some(c) = body.get(pos..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                if c != '…' {
                    if glued_headline(body, pos, c) {
                        cuts.cut(pos, true);
                    }
                    pos += c.len_utf8();
                    continue;
                }
                c
            }
        };
        // Take the run of stops and closing marks that ends the sentence.
        let stop = pos;
        let mut end = stop + c.len_utf8();
        let next = loop {
            match body.get(end..).and_then(|rest| rest.chars().next()) {
                Some(mark) if is_stop(mark) || is_closing(mark) => end += mark.len_utf8(),
                next => break next,
            }
        };
        let Some(next) = next else {
            break;
        };
        let ends_here = if next.is_whitespace() {
            let following = body
                .get(end..)
                .and_then(|rest| rest.chars().find(|ch| !ch.is_whitespace()));
            match following {
                Some(f) if f.is_lowercase() => false,
                Some(f) if f.is_uppercase() || f.is_numeric() || is_opening(f) => {
                    c != '.' || !is_abbreviation_stop(body, stop, f.is_numeric(), knowledge)
                }
                _ => false,
            }
        } else {
            // No space: `year.The` is a glued sentence, `1.8` and `U.S.` are not.
            c == '.'
                && end == stop + 1
                && next.is_uppercase()
                && lowercase_run_before(body, stop) >= 2
        };
        if ends_here {
            cuts.cut(end, !next.is_whitespace());
        }
        pos = end;
    }
    cuts.cut(body.len(), false);
}

/// A headline glued to the next sentence inside one token (`next weekUnions`):
/// the capital `c` at byte `pos` follows a lowercase token part of three or
/// more letters and is followed by a lowercase letter.
fn glued_headline(body: &str, pos: usize, c: char) -> bool {
    if !c.is_uppercase() {
        return false;
    }
    let next = body
        .get(pos + c.len_utf8()..)
        .and_then(|rest| rest.chars().next());
    if !next.is_some_and(char::is_lowercase) {
        return false;
    }
    let token_start = start_of_run(body, pos, char::is_alphabetic);
    let before = body.get(token_start..pos).unwrap_or("");
    before.chars().all(char::is_lowercase) && before.chars().count() >= 3
}

/// The start of the run of chars satisfying `keep` that ends at byte `pos`.
pub(crate) fn start_of_run(text: &str, pos: usize, keep: impl Fn(char) -> bool) -> usize {
    text.get(..pos)
        .unwrap_or("")
        .char_indices()
        .rev()
        .take_while(|&(_, c)| keep(c))
        .last()
        .map_or(pos, |(i, _)| i)
}

/// How many lowercase letters come right before byte `pos`.
fn lowercase_run_before(body: &str, pos: usize) -> usize {
    body.get(..pos)
        .unwrap_or("")
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
    let word = body.get(word_start..pos).unwrap_or("");
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
    let mut spans = Vec::new();
    push_tokens(text, span, &mut spans);
    spans.into_iter().map(move |t| Token {
        span: t,
        text: t.of(text),
    })
}

/// Pushes the tokens of `text[span]` (see [`tokens`]) onto `out`.
///
/// One pass over the bytes: white space and ASCII words never leave the
/// fast path; a char is decoded only beyond ASCII.
fn push_tokens(text: &str, span: Span, out: &mut Vec<Span>) {
    let Some(body) = text.get(span.start..span.end) else {
        return;
    };
    let bytes = body.as_bytes();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let start = pos;
        // Where the token ends, and whether UAX#29 may split it.
        let (end, beyond_ascii) = if class(b) & SPACE != 0 {
            pos += 1;
            continue;
        } else if class(b) & ALNUM != 0 {
            word_end(body, pos + 1)
        } else if b.is_ascii() {
            (pos + 1, false)
        } else {
            let Some(c) = body.get(pos..).and_then(|rest| rest.chars().next()) else {
                break;
            };
            let after = pos + c.len_utf8();
            if c.is_whitespace() {
                pos = after;
                continue;
            }
            if c.is_alphanumeric() {
                (word_end(body, after).0, true)
            } else {
                // A single mark: UAX#29 would keep it whole anyway.
                (after, false)
            }
        };
        pos = end;
        let token = Span::new(span.start + start, span.start + end);
        if beyond_ascii {
            push_word_bounds(text, token, out);
        } else {
            out.push(token);
        }
    }
}

/// Pushes a word beyond ASCII as UAX#29 splits it (it knows scripts without
/// spaces, for one), but keeps compounds and apostrophes whole
/// (`Müller-Lüdenscheid`, `Britain’s`) where it would split them.
fn push_word_bounds(text: &str, token: Span, out: &mut Vec<Span>) {
    let word = token.of(text);
    // Such a word comes out whole whether UAX#29 splits it or not.
    if word.contains(['-', '\'', '’']) && !has_unspaced_script(word) {
        out.push(token);
        return;
    }
    out.extend(
        word.split_word_bound_indices()
            .map(|(i, w)| Span::new(token.start + i, token.start + i + w.len())),
    );
}

/// The end of the word that starts before `end`: runs of alphanumerics joined
/// by `.`, `'`, `’` or `-` between alphanumerics (`U.S`, `don’t`, `1.8`,
/// `Galbraith-Marten`), and by `,` between digits (`5,000`). Also says whether
/// the word took any char beyond ASCII from `end` on.
fn word_end(body: &str, mut end: usize) -> (usize, bool) {
    let bytes = body.as_bytes();
    let mut beyond_ascii = false;
    loop {
        while bytes.get(end).is_some_and(|&b| class(b) & ALNUM != 0) {
            end += 1;
        }
        // Beyond ASCII (letters such as `é`, the joiner `’`), decode the char.
        let Some(c) = char_at(body, end) else {
            break;
        };
        if !c.is_ascii() && c.is_alphanumeric() {
            beyond_ascii = true;
            end += c.len_utf8();
            continue;
        }
        let joiner = match c {
            '.' | '\'' | '’' | '-' => true,
            // The last char taken is an ASCII digit exactly when its last byte is.
            ',' => end
                .checked_sub(1)
                .and_then(|p| bytes.get(p))
                .is_some_and(u8::is_ascii_digit),
            _ => false,
        };
        if !joiner {
            break;
        }
        match char_at(body, end + c.len_utf8()) {
            Some(a) if a.is_alphanumeric() && (c != ',' || a.is_ascii_digit()) => {
                beyond_ascii |= !c.is_ascii() || !a.is_ascii();
                end += c.len_utf8() + a.len_utf8();
            }
            _ => break,
        }
    }
    (end, beyond_ascii)
}

/// The char starting at byte `pos`, decoded only beyond ASCII.
fn char_at(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(pos..)?.chars().next(),
    }
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
