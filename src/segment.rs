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
//! Word tokens are alphanumeric runs joined by `.`, `'`, `’`, `-` between
//! alphanumerics (so `U.S`, `don’t`, `1.8` and `Galbraith-Marten` are one
//! token each) and single marks; words beyond ASCII are checked against
//! unicode-segmentation's UAX#29 word bounds.
//!
//! One pass over the bytes finds paragraphs, sentences and tokens together
//! (see `scan`): white space and ASCII words stay on a byte-class fast path,
//! chars are decoded only beyond ASCII, and the sentence rules run only where
//! a sentence can end, at stops and at capitals inside words.

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
    /// The indices in `tokens` of the tokens that begin with an uppercase
    /// letter ([`Token::is_capitalized`]), in order: names and organizations
    /// are looked for among these alone, so a `Segmentation` built or changed
    /// by hand must keep this list true to `tokens`.
    pub capitalized: Vec<usize>,
}

impl Segmentation {
    /// The tokens lying inside `span` (a sentence, a mention), as text.
    pub fn tokens_in<'t>(
        &self,
        text: &'t str,
        span: Span,
    ) -> impl Iterator<Item = Token<'t>> + use<'_, 't> {
        self.tokens[self.token_range(span)]
            .iter()
            .map(move |&t| Token {
                span: t,
                text: t.of(text),
            })
    }

    /// The indices in `tokens` of the tokens lying inside `span`: those
    /// [`Segmentation::tokens_in`] gives, found by two binary searches (so a
    /// count of them costs no walk).
    pub fn token_range(&self, span: Span) -> std::ops::Range<usize> {
        let first = self.tokens.partition_point(|t| t.start < span.start);
        let last = self
            .tokens
            .partition_point(|t| t.end <= span.end)
            .max(first);
        first..last
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

// Byte classes for the scanner's fast path: `class` gives a byte's flags.

/// ASCII white space (as `char::is_whitespace` has it), but for `\n`: it
/// ends a paragraph.
const SPACE: u8 = 1;
/// An ASCII letter or digit.
const ALNUM: u8 = 2;
/// An ASCII capital: inside a word it may start a glued headline.
const CAPITAL: u8 = 4;

/// An ASCII byte that may join two parts of a word (`U.S`, `5,000`; see [`word_end`]).
const JOINER: u8 = 8;

/// The flags of every byte; bytes beyond ASCII have none.
const BYTE_CLASSES: [u8; 256] = {
    let mut table = [0; 256];
    let mut i = 0;
    while i < table.len() {
        table[i] = match i as u8 {
            b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r' => SPACE,
            b'0'..=b'9' | b'a'..=b'z' => ALNUM,
            b'A'..=b'Z' => ALNUM | CAPITAL,
            b'.' | b'\'' | b'-' | b',' => JOINER,
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
    // News text averages about five bytes a token, 120 a sentence and 200 a
    // paragraph: reserve a little more, once, instead of growing the vectors.
    seg.tokens.reserve(text.len() / 4);
    seg.sentences.reserve(text.len() / 64);
    seg.paragraphs.reserve(text.len() / 128);
    // About one token in seven is capitalized.
    seg.capitalized.reserve(text.len() / 32);
    let mut sentences = Sentences {
        text,
        knowledge,
        paragraphs: &mut seg.paragraphs,
        sentences: &mut seg.sentences,
        capitalized: &mut seg.capitalized,
        first_token: 0,
        start: 0,
        glued: false,
        run_end: 0,
    };
    scan(text, 0, &mut seg.tokens, Some(&mut sentences));
    sentences.end_line(&seg.tokens, text.len());
    seg
}

/// Whether the token at `span` of `text` begins with an uppercase letter
/// ([`Token::is_capitalized`]).
fn is_capital(text: &str, span: Span) -> bool {
    Token {
        span,
        text: span.of(text),
    }
    .is_capitalized()
}

/// Paragraphs and sentences, cut as the scanner finds their ends. Offsets
/// are in `text`, which the scanner goes through whole.
struct Sentences<'a> {
    text: &'a str,
    knowledge: &'a Knowledge,
    paragraphs: &'a mut Vec<Span>,
    sentences: &'a mut Vec<Sentence>,
    /// [`Segmentation::capitalized`], filled as the tokens are found: the
    /// scanner knows the first byte of most of them already.
    capitalized: &'a mut Vec<usize>,
    /// The index of the current line's first token (if it has one).
    first_token: usize,
    /// Where the current sentence starts (white space before it included).
    start: usize,
    glued: bool,
    /// Where the last run of stops ended: the stops before it were decided with it.
    run_end: usize,
}

impl Sentences<'_> {
    /// Ends the line whose `\n` is at `at` (or the text, at its end): a line
    /// with tokens is a paragraph, from its first token to its last, and its
    /// end ends a sentence.
    fn end_line(&mut self, tokens: &[Span], at: usize) {
        if let (Some(first), Some(last)) = (tokens.get(self.first_token), tokens.last()) {
            self.cut(last.end, false);
            self.paragraphs.push(Span::new(first.start, last.end));
        }
        self.first_token = tokens.len();
        self.start = at + 1;
        self.glued = false;
    }

    /// Notes which of `tokens` from index `first` on are capitalized, each
    /// read from its text: for the tokens whose first char is not ASCII.
    fn note_capitals(&mut self, tokens: &[Span], first: usize) {
        for (i, &span) in tokens.iter().enumerate().skip(first) {
            if is_capital(self.text, span) {
                self.capitalized.push(i);
            }
        }
    }

    /// Ends the current sentence at `at` (trimmed; dropped if blank) and
    /// starts the next one there.
    fn cut(&mut self, at: usize, glued_next: bool) {
        let (start, end) = trim(self.text, self.start, at);
        if start < end {
            self.sentences.push(Sentence {
                span: Span::new(start, end),
                paragraph: self.paragraphs.len(),
                glued: self.glued,
            });
        }
        self.start = at;
        self.glued = glued_next;
    }

    /// Meets the stop `c`, a token at byte `stop`: unless an earlier run took
    /// it, takes the run of stops and closing marks it starts, and ends the
    /// sentence after the run if it is a sentence end.
    fn stop(&mut self, stop: usize, c: char) {
        if stop < self.run_end {
            return;
        }
        let text = self.text;
        let mut end = stop + c.len_utf8();
        let next = loop {
            match char_at(text, end) {
                Some(mark) if is_stop(mark) || is_closing(mark) => end += mark.len_utf8(),
                next => break next,
            }
        };
        self.run_end = end;
        let Some(next) = next else {
            // The text's end ends the sentence anyway.
            return;
        };
        let ends_here = if next.is_whitespace() {
            // The next char of the paragraph; at its end, the line's end cuts.
            let following = text
                .get(end..)
                .and_then(|rest| rest.chars().find(|&ch| !ch.is_whitespace() || ch == '\n'));
            match following {
                Some(f) if f.is_lowercase() => false,
                Some(f) if f.is_uppercase() || f.is_numeric() || is_opening(f) => {
                    c != '.' || !is_abbreviation_stop(text, stop, f.is_numeric(), self.knowledge)
                }
                _ => false,
            }
        } else {
            c == '.' && end == stop + 1 && glued_stop(text, stop, next)
        };
        if ends_here {
            self.cut(end, !next.is_whitespace());
        }
    }
}

/// Pushes the tokens of `body` onto `tokens` (see [`tokens`]), as spans
/// offset by `base`; given `sentences` (of `body`, the whole text), also
/// finds the paragraphs and sentences.
///
/// A paragraph is a line's first token to its last. A sentence ends only
/// after a run of stops (`.`, `?`, `!`, `…`) or before the capital of a glued
/// headline (`next weekUnions`), and the tokenizer meets both: a stop is a
/// token of its own or a `.` inside a word (`1.8`, `year.The`), and a glued
/// headline's capital lies inside a word. So one pass over the bytes does
/// all three jobs; a char is decoded only beyond ASCII, and the sentence rules
/// run only at line ends, at stops and at capitals inside words. A word never
/// runs across a sentence end: [`word_end`] stops there.
fn scan(body: &str, base: usize, tokens: &mut Vec<Span>, mut sentences: Option<&mut Sentences>) {
    let bytes = body.as_bytes();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        let start = pos;
        // With the spaces after words stepped over, most turns start a word:
        // an ASCII letter or digit is told first, by its class alone.
        // A word's first run of lowercase letters and digits is taken here;
        // `word_start`, where it ends, is where [`word_end`] takes it on from.
        let (c, is_word, word_start) = if class(b) & ALNUM != 0 {
            // Most words are ASCII and end at a space (`said `), where
            // `word_end` would end them too, with no sentence end: such a
            // word is taken here, without the general path's bookkeeping.
            let run_end = lowercase_run_end(bytes, pos + 1);
            if bytes.get(run_end) == Some(&b' ') {
                if let Some(sentences) = sentences.as_deref_mut() {
                    if b.is_ascii_uppercase() {
                        sentences.capitalized.push(tokens.len());
                    }
                }
                tokens.push(Span::new(base + start, base + run_end));
                pos = run_end + 1;
                continue;
            }
            (char::from(b), true, run_end)
        } else if b.is_ascii() {
            if class(b) & SPACE != 0 {
                pos += 1;
                continue;
            }
            if b == b'\n' {
                if let Some(sentences) = sentences.as_deref_mut() {
                    sentences.end_line(tokens, pos);
                }
                pos += 1;
                continue;
            }
            // An ASCII mark (`,`, `.`): a token of its own, as UAX#29 would
            // keep it too, and no capital; a stop may end a sentence.
            pos += 1;
            tokens.push(Span::new(base + start, base + pos));
            if let Some(sentences) = sentences.as_deref_mut() {
                if matches!(b, b'.' | b'?' | b'!') {
                    sentences.stop(start, char::from(b));
                }
            }
            // As after a word, a space that follows is stepped over here.
            pos += usize::from(bytes.get(pos) == Some(&b' '));
            continue;
        } else {
            let Some(c) = char_at(body, pos) else {
                break;
            };
            if c.is_whitespace() {
                pos += c.len_utf8();
                continue;
            }
            let is_word = is_alphanumeric(c);
            let after = pos + c.len_utf8();
            (
                c,
                is_word,
                if is_word {
                    lowercase_run_end(bytes, after)
                } else {
                    after
                },
            )
        };
        if !is_word {
            // A single mark beyond ASCII (`“`, `…`), kept whole as well.
            pos += c.len_utf8();
            tokens.push(Span::new(base + start, base + pos));
            if let Some(sentences) = sentences.as_deref_mut() {
                sentences.note_capitals(tokens, tokens.len() - 1);
                if is_stop(c) {
                    sentences.stop(start, c);
                }
            }
            // As after a word, a space that follows is stepped over here.
            pos += usize::from(bytes.get(pos) == Some(&b' '));
            continue;
        }
        let word = word_end(body, word_start, sentences.is_some());
        pos = word.end;
        let first = tokens.len();
        let whole = !word.beyond_ascii && c.is_ascii();
        // `Which? said`, `Yahoo! announced`: a `?` or `!` glued to a
        // capitalized word and followed by a lowercase one ends no sentence
        // (see `Sentences::stop`), so it is the name's own punctuation and
        // stays in its token; the name then reads as one word to every stage.
        // (ASCII words only: the check is two byte compares on a path most
        // words never take.)
        if whole && word.bound.is_none() && c.is_ascii_uppercase() && is_name_mark(bytes, pos) {
            pos += 1;
        }
        if whole {
            tokens.push(Span::new(base + start, base + pos));
        } else {
            push_word_bounds(body.get(start..pos).unwrap_or(""), base + start, tokens);
        }
        if let Some(sentences) = sentences.as_deref_mut() {
            // An ASCII word is capitalized by its first byte, at hand here.
            if !whole {
                sentences.note_capitals(tokens, first);
            } else if c.is_ascii_uppercase() {
                sentences.capitalized.push(first);
            }
            match word.bound {
                None => {}
                Some(Bound::Headline) => sentences.cut(pos, true),
                Some(Bound::GluedStop) => {
                    tokens.push(Span::new(base + pos, base + pos + 1));
                    pos += 1;
                    sentences.cut(pos, true);
                }
            }
        }
        // Most words are followed by a space: it is stepped over here rather
        // than in a turn of the loop of its own (a space does nothing else).
        pos += usize::from(bytes.get(pos) == Some(&b' '));
    }
}

/// Whether the byte at `at` is a `?` or `!` followed by one space and a
/// lowercase ASCII letter: the mark of a name (`Which? said`) when it comes
/// right after a capitalized word, as a sentence never ends before a
/// lowercase word.
fn is_name_mark(bytes: &[u8], at: usize) -> bool {
    matches!(
        bytes.get(at..at + 3),
        Some([b'?' | b'!', b' ', next]) if next.is_ascii_lowercase()
    )
}

/// A sentence end inside a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    /// Before the capital of a glued headline (`next week|Unions`).
    Headline,
    /// After a full stop with no space (`this year.|The`).
    GluedStop,
}

/// Where a word ends (see [`word_end`]).
struct WordEnd {
    end: usize,
    /// The word took a char beyond ASCII after its first.
    beyond_ascii: bool,
    /// The word ends because a sentence ends there.
    bound: Option<Bound>,
}

/// The end of the word that starts before `end`, where a run of ASCII
/// lowercase letters and digits ends (see [`lowercase_run_end`]; the scanner
/// has found it already): runs of alphanumerics joined
/// by `.`, `'`, `’` or `-` between alphanumerics (`U.S`, `don’t`, `1.8`,
/// `Galbraith-Marten`), and by `,` between digits (`5,000`).
///
/// With `find_sentences`, the word also ends where a sentence does inside it.
/// A glued headline's capital follows a lowercase letter, so it is met here
/// (never as a word's first char, which follows a space or a mark, nor right
/// after a joiner); the only stop inside a word is a `.` joiner, which ends a
/// sentence only when glued to it (`year.The`).
fn word_end(body: &str, mut end: usize, find_sentences: bool) -> WordEnd {
    let bytes = body.as_bytes();
    let mut beyond_ascii = false;
    // Each turn starts where a run of lowercase letters and digits ends,
    // and takes what follows it: a capital, a char beyond ASCII, or a joiner
    // and the char after it, each with the run after them.
    let bound = loop {
        let Some(&b) = bytes.get(end) else {
            break None;
        };
        // A capital or a char beyond ASCII may still belong to the word.
        let c = if b.is_ascii() {
            let flags = class(b);
            if flags & CAPITAL != 0 {
                if find_sentences && is_glued_headline(body, end, char::from(b)) {
                    break Some(Bound::Headline);
                }
                end = lowercase_run_end(bytes, end + 1);
                continue;
            }
            // Most words end at a space: the table rules out every ASCII byte
            // but the joiners.
            if flags & JOINER == 0 {
                break None;
            }
            char::from(b)
        } else {
            let Some(c) = char_at(body, end) else {
                break None;
            };
            if is_alphanumeric(c) {
                if find_sentences && is_glued_headline(body, end, c) {
                    break Some(Bound::Headline);
                }
                beyond_ascii = true;
                end = lowercase_run_end(bytes, end + c.len_utf8());
                continue;
            }
            c
        };
        // A joiner joins only when an alphanumeric follows it; at the end of
        // a clause (`, ` or `. `) an ASCII space or mark does, which one table
        // lookup settles before the joiner itself is looked at.
        if bytes
            .get(end + c.len_utf8())
            .is_none_or(|&a| a.is_ascii() && class(a) & ALNUM == 0)
        {
            break None;
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
            break None;
        }
        match char_at(body, end + c.len_utf8()) {
            Some(a) if is_alphanumeric(a) && (c != ',' || a.is_ascii_digit()) => {
                if find_sentences && c == '.' && glued_stop(body, end, a) {
                    break Some(Bound::GluedStop);
                }
                beyond_ascii |= !c.is_ascii() || !a.is_ascii();
                end = lowercase_run_end(bytes, end + c.len_utf8() + a.len_utf8());
            }
            _ => break None,
        }
    };
    WordEnd {
        end,
        beyond_ascii,
        bound,
    }
}

/// The end of the run of ASCII lowercase letters and digits starting at byte
/// `pos`: the part of a word the scanner takes without a second look.
///
/// Words end at unpredictable lengths, so a byte-at-a-time loop mispredicts
/// its exit at nearly every word. Eight bytes at a time (see
/// [`lowercase_run_in`]) the loop exits predictably after one block for most
/// words.
fn lowercase_run_end(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(block) = bytes.get(pos..pos + 8) {
        let mut eight = [0; 8];
        eight.copy_from_slice(block);
        let run = lowercase_run_in(eight);
        pos += run;
        if run < 8 {
            return pos;
        }
    }
    while bytes
        .get(pos)
        .is_some_and(|&b| class(b) & (ALNUM | CAPITAL) == ALNUM)
    {
        pos += 1;
    }
    pos
}

/// How many of the first bytes of `block` are ASCII lowercase letters or
/// digits (0 to 8), with no branch per byte: the bytes are compared with the
/// bounds of both ranges all at once, as the eight lanes of a `u64`.
fn lowercase_run_in(block: [u8; 8]) -> usize {
    const fn lanes(b: u8) -> u64 {
        u64::from_le_bytes([b; 8])
    }
    const HIGH: u64 = lanes(0x80);
    let x = u64::from_le_bytes(block);
    // Each lane's low seven bits: adding at most 0x80 to one carries into no
    // other lane, and the sum's high bit says whether the lane reached a bound.
    let low = x & lanes(0x7f);
    let at_least = |lo: u8| low + lanes(0x80 - lo);
    let above = |hi: u8| low + lanes(0x7f - hi);
    let lowercase = at_least(b'a') & !above(b'z');
    let digit = at_least(b'0') & !above(b'9');
    // A lane continues the run when it is in either range and ASCII (its own
    // high bit clear); the first lane that does not ends it.
    let continues = (lowercase | digit) & !x & HIGH;
    (!continues & HIGH).trailing_zeros() as usize / 8
}

/// The char starting at byte `pos`, decoded only beyond ASCII.
fn char_at(text: &str, pos: usize) -> Option<char> {
    match text.as_bytes().get(pos) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(pos..)?.chars().next(),
    }
}

/// The char ending at byte `pos`, decoded only beyond ASCII.
fn char_before(text: &str, pos: usize) -> Option<char> {
    match pos.checked_sub(1).and_then(|p| text.as_bytes().get(p)) {
        Some(&b) if b.is_ascii() => Some(char::from(b)),
        _ => text.get(..pos)?.chars().next_back(),
    }
}

/// `start..end` of `text` without white space at either end.
fn trim(text: &str, mut start: usize, mut end: usize) -> (usize, usize) {
    while let Some(c) = char_at(text, start).filter(|c| start < end && c.is_whitespace()) {
        start += c.len_utf8();
    }
    while let Some(c) = char_before(text, end).filter(|c| start < end && c.is_whitespace()) {
        end -= c.len_utf8();
    }
    (start, end)
}

/// `c.is_alphanumeric()`, answered without Unicode tables for ASCII and for
/// the quotes and dashes of General Punctuation (U+2000 to U+206F, where no
/// char is a letter or a digit), the marks news text is full of.
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
    }
}

/// A full stop at byte `stop` glued to the next sentence (`this year.The`):
/// `next`, right after it, is a capital, and at least two lowercase letters
/// come before it.
fn glued_stop(body: &str, stop: usize, next: char) -> bool {
    next.is_uppercase() && lowercase_run_before(body, stop) >= 2
}

/// A headline glued to the next sentence inside one token (`next weekUnions`):
/// the capital `c` at byte `pos` follows a lowercase token part of three or
/// more letters and is followed by a lowercase letter.
fn is_glued_headline(body: &str, pos: usize, c: char) -> bool {
    if !c.is_uppercase() {
        return false;
    }
    // The cheap test first: the chars on both sides must be lowercase letters.
    let maybe_lowercase =
        |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_lowercase() || !b.is_ascii());
    if !maybe_lowercase(pos.checked_sub(1).and_then(|p| body.as_bytes().get(p)))
        || !char_at(body, pos + c.len_utf8()).is_some_and(char::is_lowercase)
    {
        return false;
    }
    let token_start = start_of_run(body, pos, char::is_alphabetic);
    let before = body.get(token_start..pos).unwrap_or("");
    before.chars().all(char::is_lowercase) && before.chars().count() >= 3
}

/// The start of the run of chars satisfying `keep` that ends at byte `pos`.
pub(crate) fn start_of_run(text: &str, mut pos: usize, keep: impl Fn(char) -> bool) -> usize {
    while let Some(c) = char_before(text, pos).filter(|&c| keep(c)) {
        pos -= c.len_utf8();
    }
    pos
}

/// How many lowercase letters come right before byte `pos`.
fn lowercase_run_before(body: &str, pos: usize) -> usize {
    let start = start_of_run(body, pos, char::is_lowercase);
    body.get(start..pos).map_or(0, |run| run.chars().count())
}

/// True when the full stop at `pos` closes an abbreviation, a title or an initial.
fn is_abbreviation_stop(
    body: &str,
    pos: usize,
    before_number: bool,
    knowledge: &Knowledge,
) -> bool {
    // Most words before a stop are ASCII: their bytes are walked back over
    // without decoding chars, unless a byte beyond ASCII (which may be a
    // letter of the word) stops the walk.
    let bytes = body.as_bytes();
    let ascii_start = pos
        - bytes
            .get(..pos)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'.')
            .count();
    let word_start = if ascii_start
        .checked_sub(1)
        .and_then(|b| bytes.get(b))
        .is_some_and(|b| !b.is_ascii())
    {
        start_of_run(body, pos, |c| is_alphanumeric(c) || c == '.')
    } else {
        ascii_start
    };
    let word = body.get(word_start..pos).unwrap_or("");
    let mut chars = word.chars();
    let single_initial = match (chars.next(), chars.next()) {
        (None, _) => return false,
        (Some(c), None) => c.is_uppercase(),
        _ => false,
    };
    // U.S., a.m.; the word is short: a plain loop beats a call to memchr.
    let dotted =
        word.bytes().any(|b| b == b'.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
    single_initial || dotted || knowledge.is_abbreviation(word, before_number)
}

/// A word token of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token<'t> {
    pub span: Span,
    pub text: &'t str,
}

impl Token<'_> {
    /// Whether the token holds a letter or digit; most tokens are told by
    /// their first byte, without decoding.
    #[inline]
    pub fn is_word(&self) -> bool {
        match self.text.as_bytes() {
            [b, ..] if b.is_ascii_alphanumeric() => true,
            // One byte is one ASCII char, here not alphanumeric.
            [_] => false,
            _ => self.text.chars().any(char::is_alphanumeric),
        }
    }

    /// Whether the token begins with an uppercase letter; told by the first
    /// byte when it is ASCII.
    pub fn is_capitalized(&self) -> bool {
        match self.text.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => self.text.chars().next().is_some_and(char::is_uppercase),
        }
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
    scan(span.of(text), span.start, &mut spans, None);
    spans.into_iter().map(move |t| Token {
        span: t,
        text: t.of(text),
    })
}

/// Pushes `word`, found at `start`, as UAX#29 splits it (it knows scripts without
/// spaces, for one), but keeps compounds and apostrophes whole
/// (`Müller-Lüdenscheid`, `Britain’s`) where it would split them.
#[inline(never)] // rare: keeps the scanner's loop small
fn push_word_bounds(word: &str, start: usize, out: &mut Vec<Span>) {
    // Such a word comes out whole whether UAX#29 splits it or not.
    if word.contains(['-', '\'', '’']) && !has_unspaced_script(word) {
        out.push(Span::new(start, start + word.len()));
        return;
    }
    out.extend(
        word.split_word_bound_indices()
            .map(|(i, w)| Span::new(start + i, start + i + w.len())),
    );
}

/// Scripts written without spaces between words, where UAX#29 must decide.
fn has_unspaced_script(word: &str) -> bool {
    word.chars().any(|c| matches!(c as u32, 0x0E00..=0x0EFF | 0x1000..=0x109F | 0x3040..=0x30FF | 0x3400..=0x9FFF | 0xAC00..=0xD7AF))
}

/// Whether `word` is an article (`the`, `a`, `an`, in any case): stages
/// after this one ask it of the words before names and descriptions.
pub(crate) fn is_article(word: &str) -> bool {
    ["the", "a", "an"]
        .iter()
        .any(|a| word.eq_ignore_ascii_case(a))
}

/// Whether `word` is a number, in digits (`1,000` opens with one) or a
/// small number's word (`three`, `half`, `hundred`), in any case: stages
/// after this one ask it of counts and rounded amounts.
pub(crate) fn is_number(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit())
        || [
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "half",
            "dozen",
            "dozens",
        ]
        .iter()
        .any(|n| word.eq_ignore_ascii_case(n))
}

/// Whether `word` is a lowercase past participle by its ending (`based`,
/// `founded`, `owned`), told by its bytes.
pub(crate) fn is_participle(word: &[u8]) -> bool {
    word.len() > 3 && word.ends_with(b"ed") && word.iter().all(u8::is_ascii_lowercase)
}

/// The length in bytes of the possessive ending of `word` (`’s`, `'s`), or 0.
pub(crate) fn possessive_suffix(word: &str) -> usize {
    ["’s", "'s"]
        .iter()
        .find(|p| word.len() > p.len() && word.ends_with(*p))
        .map_or(0, |p| p.len())
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

    /// A `?` or `!` glued to a capitalized word and followed by a lowercase
    /// word is a name's (`Which?`, `Yahoo!`): the sentence goes on and the
    /// mark stays in the name's token. A question still ends its sentence
    /// before a capital, and a mark after a lowercase word or before a
    /// closing mark is a token of its own.
    #[test]
    fn name_marks_end_no_sentence() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            (
                "Campaign group Fairplay? said fees rose. It agreed.",
                &["Campaign group Fairplay? said fees rose.", "It agreed."],
                &[
                    "Campaign",
                    "group",
                    "Fairplay?",
                    "said",
                    "fees",
                    "rose",
                    ".",
                    "It",
                    "agreed",
                    ".",
                ],
            ),
            (
                "The app Zingo! reported a loss.",
                &["The app Zingo! reported a loss."],
                &["The", "app", "Zingo!", "reported", "a", "loss", "."],
            ),
            (
                "Why? Nobody knows.",
                &["Why?", "Nobody knows."],
                &["Why", "?", "Nobody", "knows", "."],
            ),
            (
                "Is it fair? The minister thinks so.",
                &["Is it fair?", "The minister thinks so."],
                &[
                    "Is", "it", "fair", "?", "The", "minister", "thinks", "so", ".",
                ],
            ),
            (
                "“Is it Fair?” she asked.",
                &["“Is it Fair?” she asked."],
                &["“", "Is", "it", "Fair", "?", "”", "she", "asked", "."],
            ),
            (
                "Was it fair? not quite.",
                &["Was it fair? not quite."],
                &["Was", "it", "fair", "?", "not", "quite", "."],
            ),
            (
                "Stop! Police.",
                &["Stop!", "Police."],
                &["Stop", "!", "Police", "."],
            ),
        ];
        for (text, sentences_expected, tokens_expected) in cases {
            assert_eq!(sentences(text), *sentences_expected, "segmenting {text:?}");
            let seg = segment(text, &Knowledge::builtin());
            let words: Vec<&str> = seg.tokens.iter().map(|t| t.of(text)).collect();
            assert_eq!(words, *tokens_expected, "tokens of {text:?}");
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
    fn paragraphs_are_trimmed_lines() {
        let text = "  One.\u{a0}\r\n\n\t\u{2003}\n“Two”\u{b}three.\u{3000}";
        let seg = segment(text, &Knowledge::builtin());
        let paras: Vec<&str> = seg.paragraphs.iter().map(|p| p.of(text)).collect();
        assert_eq!(paras, ["One.", "“Two”\u{b}three."]);
        let sentences: Vec<(&str, usize)> = seg
            .sentences
            .iter()
            .map(|s| (s.span.of(text), s.paragraph))
            .collect();
        assert_eq!(sentences, [("One.", 0), ("“Two”\u{b}three.", 1)]);
    }

    #[test]
    fn line_ends_end_sentences() {
        let text = "He said so.\nThe end\nMr.\nSmith met Mr.\n\nJones.";
        let seg = segment(text, &Knowledge::builtin());
        let sentences: Vec<(&str, usize, bool)> = seg
            .sentences
            .iter()
            .map(|s| (s.span.of(text), s.paragraph, s.glued))
            .collect();
        assert_eq!(
            sentences,
            [
                ("He said so.", 0, false),
                ("The end", 1, false),
                ("Mr.", 2, false),
                ("Smith met Mr.", 3, false),
                ("Jones.", 4, false),
            ]
        );
    }

    #[test]
    fn glued_sentences_beyond_ascii() {
        let cases: &[(&str, &[(&str, bool)])] = &[
            (
                "the café.The end",
                &[("the café.", false), ("The end", true)],
            ),
            (
                "mañanaUnions agreed",
                &[("mañana", false), ("Unions agreed", true)],
            ),
            (
                "a weekÉtienne said",
                &[("a week", false), ("Étienne said", true)],
            ),
            ("Ça.Va and ÉtéUn", &[("Ça.Va and ÉtéUn", false)]),
        ];
        for (text, expected) in cases {
            let seg = segment(text, &Knowledge::builtin());
            let got: Vec<(&str, bool)> = seg
                .sentences
                .iter()
                .map(|s| (s.span.of(text), s.glued))
                .collect();
            assert_eq!(got, *expected, "segmenting {text:?}");
        }
    }

    #[test]
    fn words_end_where_sentences_do() {
        let text = "this year.The NHS weekUnions said “No.” The U.S. Senate paid 1.8, 5,000.";
        let seg = segment(text, &Knowledge::builtin());
        let words: Vec<&str> = seg.tokens.iter().map(|t| t.of(text)).collect();
        assert_eq!(
            words,
            [
                "this", "year", ".", "The", "NHS", "week", "Unions", "said", "“", "No", ".", "”",
                "The", "U.S", ".", "Senate", "paid", "1.8", ",", "5,000", "."
            ]
        );
        // Tokenizing the whole span knows nothing of sentences.
        let whole: Vec<&str> = tokens(text, Span::new(0, 28)).map(|t| t.text).collect();
        assert_eq!(whole, ["this", "year.The", "NHS", "weekUnions"]);
    }

    #[test]
    fn lowercase_runs_of_eight_bytes_agree_with_the_byte_classes() {
        let continues = |b: u8| class(b) & (ALNUM | CAPITAL) == ALNUM;
        for b in 0..=u8::MAX {
            for at in 0..8 {
                let mut block = *b"ab3zq09y";
                block[at] = b;
                let expected = if continues(b) { 8 } else { at };
                assert_eq!(lowercase_run_in(block), expected, "{block:?}");
            }
            assert_eq!(lowercase_run_in([b; 8]), if continues(b) { 8 } else { 0 });
        }
    }

    #[test]
    fn general_punctuation_has_no_letters_or_digits() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    /// Text made of the pieces the scanner decides on.
    fn soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let pieces = prop::sample::select(vec![
            "a", "x", "A", "Z", "É", "é", "ß", "ǅ", "東", "1", "9", "٣", ".", "?", "!", "…", ",",
            "'", "’", "\"", "“", "”", "(", ")", "-", "–", "£", " ", " ", "\n", "\r", "\t",
            "\u{a0}", "\u{2009}", "\u{b}", "\u{301}", "Mr", "St", "No", "U.S", "week", "year",
            "The", "Unions", "the", "abc",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest::proptest! {
        /// The one-pass scanner gives what its definitions say: paragraphs are
        /// the trimmed non-blank lines, and the tokens are those of each sentence.
        #[test]
        fn scan_keeps_the_definitions(text in soup()) {
            let seg = segment(&text, &Knowledge::builtin());
            let mut paragraphs = Vec::new();
            let mut offset = 0;
            for line in text.split_inclusive('\n') {
                let lead = line.len() - line.trim_start().len();
                let body = line.trim();
                if !body.is_empty() {
                    paragraphs.push(Span::new(offset + lead, offset + lead + body.len()));
                }
                offset += line.len();
            }
            proptest::prop_assert_eq!(&seg.paragraphs, &paragraphs);
            let per_sentence: Vec<Span> = seg
                .sentences
                .iter()
                .flat_map(|s| tokens(&text, s.span).map(|t| t.span))
                .collect();
            proptest::prop_assert_eq!(&seg.tokens, &per_sentence);
            let capitalized: Vec<usize> = (0..seg.tokens.len())
                .filter(|&i| is_capital(&text, seg.tokens[i]))
                .collect();
            proptest::prop_assert_eq!(&seg.capitalized, &capitalized);
            for s in &seg.sentences {
                let paragraph = seg.paragraphs[s.paragraph];
                proptest::prop_assert!(paragraph.contains(s.span) && !s.span.is_empty());
            }
        }
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
