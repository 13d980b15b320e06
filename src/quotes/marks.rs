//! Quotation-mark pairing: from the marks of a text to the spans they enclose.
//!
//! Handles `“ ”`, `"`, `‘ ’`, `'` and the typewriter double quote made of two
//! apostrophes (`''Yes,'' she said`); tells apostrophes from single quotes
//! (`don’t`, `Visitors' Association`, `doctors’ committee`, `'90s`); joins
//! quotes that run over several paragraphs (each paragraph reopens with a mark,
//! only the last closes), including paragraphs joined by a space (`"A. "B."`);
//! and recovers quotes whose closing mark is missing, ending them at the most
//! plausible place (a glued sentence start such as `year.The`, the sentence
//! before the next opening mark, or the end of the paragraph) without letting one
//! broken mark swallow the rest of the document.

use super::WithinWalk;
use crate::segment::Segmentation;
use crate::span::Span;

/// A span of text enclosed in quotation marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MarkQuote {
    /// The content, without marks or surrounding white space.
    pub content: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when it was missing and the end was recovered,
    /// an empty span where a missing mark is read before an attribution
    /// (`direct::close_before_attribution`).
    pub close: Option<Span>,
}

impl MarkQuote {
    /// The span from the opening mark to the closing mark (or the recovered end).
    pub fn outer(&self) -> Span {
        Span::new(
            self.open.start,
            self.close.map_or(self.content.end, |c| c.end),
        )
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Family {
    Double,
    Single,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Open,
    Close,
    /// Could open or close (a straight mark between spaces or between words).
    Either,
    /// A mark after a letter that may be an apostrophe (`Visitors' Association`).
    CloseOrApostrophe,
}

/// A quotation mark found in the text: its byte offset and the char (`"` for
/// a double mark written as two apostrophes, `''`, whose length is 2).
type MarkAt = (usize, char);

/// The length in bytes of the mark `c` at `start` of `text`: that of the
/// char, or 2 for `''` read as `"`.
fn mark_len(text: &str, start: usize, c: char) -> usize {
    if c == '"' && text.as_bytes().get(start) == Some(&b'\'') {
        2
    } else {
        c.len_utf8()
    }
}

#[derive(Debug, Clone, Copy)]
struct Mark {
    span: Span,
    role: Role,
    /// Set while telling apostrophes from closing marks (see [`marks_of`]).
    apostrophe: bool,
}

fn family(c: char) -> Option<Family> {
    match c {
        '“' | '”' | '"' | '„' | '«' | '»' => Some(Family::Double),
        '‘' | '’' | '\'' => Some(Family::Single),
        _ => None,
    }
}

/// Chars around which a mark reads as opening (before it) or closing (after it).
fn is_open_side(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | ';' | '“' | '‘' | '"' | '\''
            )
    })
}

fn is_close_side(c: Option<char>) -> bool {
    c.is_none_or(|c| {
        c.is_whitespace()
            || matches!(
                c,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '…'
                    | '—'
                    | '–'
                    | '-'
                    | '”'
                    | '’'
                    | '"'
                    | '\''
            )
    })
}

fn classify(text: &str, span: Span, mark: char) -> Option<Role> {
    let prev = text[..span.start].chars().next_back();
    let next = text[span.end..].chars().next();
    if family(mark) == Some(Family::Single) {
        let after_letter = prev.is_some_and(char::is_alphanumeric);
        if after_letter && next.is_some_and(char::is_alphabetic) {
            return None; // don’t, Kasab’s
        }
        if !after_letter && next.is_some_and(|c| c.is_ascii_digit()) {
            let rest = &text[span.end..];
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if rest[digits..].starts_with('s') {
                return None; // '90s
            }
        }
        if after_letter && is_close_side(next) {
            return Some(Role::CloseOrApostrophe);
        }
    }
    if prev.is_none_or(|c| c == '\n') && next.is_some_and(|c| !c.is_whitespace())
        || prev.is_none_or(|c| c == '\n') && family(mark) == Some(Family::Double)
    {
        return Some(Role::Open); // a mark that starts a paragraph opens it, whatever its shape
    }
    let opens = is_open_side(prev) && !is_close_side(next);
    let closes = !is_open_side(prev) && is_close_side(next);
    Some(match (opens, closes) {
        (true, _) => Role::Open,
        (_, true) => Role::Close,
        _ => match mark {
            '“' | '‘' | '„' | '«' => Role::Open,
            '”' | '’' | '»' => Role::Close,
            _ => Role::Either,
        },
    })
}

/// Pairs the quotation marks of `text` into quotes, double marks first, then
/// single marks outside the double-quoted spans.
pub fn pair_marks(text: &str, seg: &Segmentation) -> Vec<MarkQuote> {
    let (double_marks, single_marks) = find_marks(text);
    // Two marks make a quote: room for all of them, made once. `marks` holds
    // one paragraph's classified marks at a time, for both families.
    let mut quotes = Vec::with_capacity((double_marks.len() + single_marks.len()) / 2);
    let mut marks = Vec::with_capacity(double_marks.len().max(single_marks.len()));
    pair_family(
        text,
        seg,
        &double_marks,
        Family::Double,
        &[],
        &mut marks,
        &mut quotes,
    );
    let doubles: Vec<Span> = quotes.iter().map(MarkQuote::outer).collect();
    pair_family(
        text,
        seg,
        &single_marks,
        Family::Single,
        &doubles,
        &mut marks,
        &mut quotes,
    );
    quotes.sort_by_key(|q| q.open.start);
    quotes
}

/// The quotation marks of `text` with their byte offsets, in text order:
/// the double marks, then the single marks.
///
/// A mark is `"`, `'`, or a char whose UTF-8 starts with 0xE2 (‘ ’ “ ” „) or
/// 0xC2 (« »), so a byte search for those four lead bytes finds them all
/// without decoding the text; the few hits are then decoded and checked.
fn find_marks(text: &str) -> (Vec<MarkAt>, Vec<MarkAt>) {
    let bytes = text.as_bytes();
    // News text has a mark every 100 to 200 bytes or so: room for most texts' marks.
    let mut doubles = Vec::with_capacity(text.len() / 128);
    let mut singles = Vec::with_capacity(text.len() / 128);
    let mark_at = |i: usize| text.get(i..).and_then(|rest| rest.chars().next());
    let mut after_pair = 0;
    for i in memchr::memchr3_iter(b'"', b'\'', 0xE2, bytes) {
        let Some(c) = mark_at(i) else { continue };
        if i < after_pair {
            continue;
        }
        // `''` between a space and a word, or a word and a space: one double
        // mark in two apostrophes (never three, and never inside a word).
        if c == '\'' && bytes.get(i + 1) == Some(&b'\'') {
            let lone = bytes.get(i + 2) != Some(&b'\'') && (i == 0 || bytes[i - 1] != b'\'');
            if lone {
                doubles.push((i, '"'));
                after_pair = i + 2;
                continue;
            }
        }
        match family(c) {
            Some(Family::Double) => doubles.push((i, c)),
            Some(Family::Single) => singles.push((i, c)),
            None => {}
        }
    }
    // « and », the marks led by 0xC2, are double marks, found by a second search.
    let found = doubles.len();
    for i in memchr::memchr_iter(0xC2, bytes) {
        if let Some(c) = mark_at(i).filter(|&c| family(c) == Some(Family::Double)) {
            doubles.push((i, c));
        }
    }
    if doubles.len() > found {
        doubles.sort_unstable_by_key(|&(i, _)| i);
    }
    (doubles, singles)
}

/// The marks of one paragraph (`candidates`, of one family), classified, in
/// `marks` (cleared first); marks inside `excluded` (walked through in text
/// order, here and in the paragraphs before) and apostrophes are left out.
fn marks_of(text: &str, candidates: &[MarkAt], excluded: &mut WithinWalk, marks: &mut Vec<Mark>) {
    marks.clear();
    for &(start, c) in candidates {
        let span = Span::new(start, start + mark_len(text, start, c));
        if excluded.holds(span) {
            continue;
        }
        if let Some(role) = classify(text, span, c) {
            marks.push(Mark {
                span,
                role,
                apostrophe: false,
            });
        }
    }
    // `doctors' pay cut'`: a mark after a plural `s` is an apostrophe when
    // another closing mark follows in the same paragraph. Walking backwards
    // tells whether one follows without looking ahead from every mark.
    let mut closing_follows = false;
    for m in marks.iter_mut().rev() {
        m.apostrophe = m.role == Role::CloseOrApostrophe
            && closing_follows
            && text[..m.span.start].ends_with('s')
            && text[m.span.end..]
                .trim_start_matches(' ')
                .starts_with(char::is_alphanumeric);
        closing_follows |= matches!(m.role, Role::Close | Role::Either | Role::CloseOrApostrophe);
    }
    marks.retain(|m| !m.apostrophe);
}

struct Open {
    mark: Span,
}

/// Pairs the marks of one family (`candidates`, in text order) into quotes,
/// pushed to `out`; `marks` is a buffer for one paragraph's marks.
fn pair_family(
    text: &str,
    seg: &Segmentation,
    candidates: &[MarkAt],
    fam: Family,
    excluded: &[Span],
    marks: &mut Vec<Mark>,
    out: &mut Vec<MarkQuote>,
) {
    let mut open: Option<Open> = None;
    let mut prev_para: Option<Span> = None;
    let mut excluded = WithinWalk::new(excluded);
    // Paragraphs come in text order, as do the candidates: each paragraph's
    // marks are the next run of candidates.
    let mut rest_of_text = candidates;
    for &para in &seg.paragraphs {
        if rest_of_text.is_empty() && open.is_none() {
            break; // nothing left to open or to close
        }
        let skip = rest_of_text
            .iter()
            .take_while(|&&(i, _)| i < para.start)
            .count();
        let inside = rest_of_text[skip..]
            .iter()
            .take_while(|&&(i, _)| i < para.end)
            .count();
        let in_para = &rest_of_text[skip..skip + inside];
        rest_of_text = &rest_of_text[skip + inside..];
        if in_para.is_empty() && open.is_none() {
            // Nothing to pair here, and nothing open to carry over or recover.
            prev_para = Some(para);
            continue;
        }
        marks_of(text, in_para, &mut excluded, marks);
        let mut rest = &marks[..];
        if let Some(o) = open.take() {
            match marks.first() {
                // The quote goes on in this paragraph, which reopens it.
                Some(first) if first.span.start == para.start && first.role != Role::Close => {
                    open = Some(o);
                    rest = &marks[1..];
                }
                _ => {
                    let end = prev_para.map_or(o.mark.end, |p| p.end);
                    if fam == Family::Double {
                        push_recovered(text, seg, o.mark, Limit::ParagraphEnd(end), out);
                    }
                }
            }
        }
        let is_straight = |m: Span| matches!(text[m.start..].chars().next(), Some('"' | '\''));
        let last_curly_close = rest.iter().rposition(|m| {
            m.role != Role::Open
                && matches!(text[m.span.start..].chars().next(), Some('”' | '’' | '»'))
        });
        // A straight mark opened inside the curly quote, not yet closed.
        let mut nested_open = false;
        for (k, mark) in rest.iter().enumerate() {
            // `“The "offer" is dead.”`: straight marks inside a curly quote that a
            // curly mark closes later in the paragraph are quotes within the quote.
            // A straight mark that can only close, with none opened inside,
            // closes the curly quote itself (`“A," he said. "B.”`, broken pages).
            let nested = open.as_ref().is_some_and(|o| !is_straight(o.mark))
                && is_straight(mark.span)
                && last_curly_close.is_some_and(|last| last > k)
                && (nested_open || mark.role != Role::Close);
            if nested {
                nested_open = !nested_open;
                continue;
            }
            nested_open = false;
            open = match (open.take(), mark.role) {
                (None, Role::Open | Role::Either) => Some(Open { mark: mark.span }),
                (None, _) => None,
                (Some(o), Role::Close | Role::Either | Role::CloseOrApostrophe) => {
                    push_quote(text, o.mark, mark.span.start, Some(mark.span), out);
                    None
                }
                (Some(o), Role::Open) => {
                    if follows_sentence_end(text, o.mark.end, mark.span.start) {
                        Some(o) // `"A. "B.`: paragraphs joined by a space
                    } else {
                        if fam == Family::Double {
                            push_recovered(text, seg, o.mark, Limit::Mark(mark.span.start), out);
                        }
                        Some(Open { mark: mark.span })
                    }
                }
            };
        }
        prev_para = Some(para);
    }
    if let (Some(o), Some(p)) = (open, prev_para) {
        if fam == Family::Double {
            push_recovered(text, seg, o.mark, Limit::ParagraphEnd(p.end), out);
        }
    }
}

/// True when the mark at `pos` comes right after a sentence end (and a space)
/// inside the open quote.
fn follows_sentence_end(text: &str, open_end: usize, pos: usize) -> bool {
    let before = &text[open_end..pos];
    let trimmed = before.trim_end();
    trimmed.len() < before.len() && trimmed.ends_with(['.', '?', '!', '…'])
}

fn push_quote(text: &str, open: Span, end: usize, close: Option<Span>, out: &mut Vec<MarkQuote>) {
    let start = open.end;
    if end <= start {
        return;
    }
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let body = inner.trim();
    if body.is_empty() || !body.chars().any(char::is_alphanumeric) {
        return;
    }
    let content = Span::new(start + lead, start + lead + body.len());
    out.push(MarkQuote {
        content,
        open,
        close,
    });
}

/// How far a quote whose closing mark is missing may reach.
#[derive(Clone, Copy)]
enum Limit {
    /// The end of its paragraph, the next not opening with a mark: what
    /// the quote holds is all it could say.
    ParagraphEnd(usize),
    /// Another opening mark in its paragraph: the sentence holding it is
    /// narration that introduces the next quote.
    Mark(usize),
}

/// A quote whose closing mark is missing: it ends at the first glued sentence
/// start after it (`year.The`), else before the sentence holding a new
/// opening mark, else at its paragraph's end.
fn push_recovered(
    text: &str,
    seg: &Segmentation,
    open: Span,
    limit: Limit,
    out: &mut Vec<MarkQuote>,
) {
    let (limit, at_mark) = match limit {
        Limit::ParagraphEnd(end) => (end, false),
        Limit::Mark(start) => (start, true),
    };
    let first = seg.sentence_at(open.end).map_or(0, |i| i + 1);
    let mut end = limit;
    for s in seg.sentences[first.min(seg.sentences.len())..]
        .iter()
        .take_while(|s| s.span.start < limit)
    {
        if s.glued {
            end = s.span.start;
            break;
        }
        if at_mark && s.span.end >= limit && s.span.start > open.end {
            end = s.span.start;
            break;
        }
    }
    // An opening mark left at the end opens nothing (`They see that. “`).
    let kept = text
        .get(open.end..end)
        .unwrap_or_default()
        .trim_end()
        .trim_end_matches(['“', '‘']);
    push_quote(text, open, open.end + kept.len(), None, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::Knowledge;
    use crate::segment::segment;

    fn quotes(text: &str) -> Vec<&str> {
        let seg = segment(text, &Knowledge::builtin());
        pair_marks(text, &seg)
            .iter()
            .map(|q| q.content.of(text))
            .collect()
    }

    #[test]
    fn hard_cases() {
        let cases: &[(&str, &[&str])] = &[
            ("He said: “We are angry.” Then left.", &["We are angry."]),
            ("He said: \"We are angry,\" and left.", &["We are angry,"]),
            ("He said: 'We are angry.' Then left.", &["We are angry."]),
            ("He said: ‘We are angry.’ Then left.", &["We are angry."]),
            (
                "The Visitors' Association said the doctors’ committee don’t agree.",
                &[],
            ),
            ("In the '90s they said 'no' to it.", &["no"]),
            (
                "'We really do hope so, ' Mr Kline said.",
                &["We really do hope so,"],
            ),
            ("He said: “A.\n“B.\n“C.”\nNext.", &["A.\n“B.\n“C."]),
            ("He said: \"A. \"B. \"C.\" Next.", &["A. \"B. \"C."]),
            ("“A,” said X. “B.”", &["A,", "B."]),
            (
                "He said “no concrete progress” was made.",
                &["no concrete progress"],
            ),
            (
                "Obama said so.\n\n” … what I learned is that,” he said.",
                &["… what I learned is that,"],
            ),
            (
                "“You say you ‘accept it,’” he said.",
                &["You say you ‘accept it,’"],
            ),
            (
                "'We will fight the doctors' pay cut', she said.",
                &["We will fight the doctors' pay cut"],
            ),
            (
                "'Raise pay to end strikes', says a peer who says we need to 'get real'.",
                &["Raise pay to end strikes", "get real"],
            ),
            // Straight marks in a curly quote: a pair is a quote within it; one
            // that can only close closes it (curly and straight marks mixed).
            (
                "“The \"offer\" is dead, and he said \"no,\" too,” Ann Lee said.",
                &["The \"offer\" is dead, and he said \"no,\" too,"],
            ),
            (
                "“We will build it,\" he said. \"It will be built.”",
                &["We will build it,", "It will be built."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(quotes(text), *expected, "pairing {text:?}");
        }
    }

    #[test]
    fn missing_closing_mark_is_recovered() {
        // Seed 004: `said:"We`, a lost closing mark and a glued sentence.
        let text = "A spokesperson said:\"We are happy to talk.\n\"Any deal needs balance this year.The NHS Confederation welcomed it.Its chief, Matthew Taylor, said:\"We have been calling for talks.\nOn Thursday, others met.";
        assert_eq!(
            quotes(text),
            [
                "We are happy to talk.\n\"Any deal needs balance this year.",
                "We have been calling for talks."
            ]
        );
    }

    #[test]
    fn unbalanced_marks_do_not_swallow_the_document() {
        let text = "He said: “It is over.\n\nThe minister disagreed.\n\n“Fine,” she said.";
        assert_eq!(quotes(text), ["It is over.", "Fine,"]);
        for text in ["“", "”", "\"\"\"", "'''", "“”“”", "‘’’‘"] {
            assert!(quotes(text).is_empty(), "{text:?}");
        }
    }
}
