//! Quote detection: direct, mixed and indirect quotes with their cue and the
//! local mention of their speaker.
//!
//! Takes the text, its [`Segmentation`] and the knowledge; gives
//! [`DetectedQuote`]s in document order. Two sources feed it:
//! - [`marks`] pairs quotation marks into spans;
//! - [`frames`] finds reporting frames (cue, subject, reported clause).
//!
//! A marked span that stands as a clause (at a sentence start, after a colon or
//! `said,`, or before its attribution) is a **direct** quote; it takes the frame
//! right after it (`“…,” said X`) or right before it (`X said: “…”`), and with
//! neither it continues the previous speaker. A marked fragment inside a frame's
//! clause makes the clause a **mixed** quote (`said there was “nothing” offered`),
//! or only the fragment after a naming cue (`described … as “constructive”`). A
//! frame whose clause holds no marks is an **indirect** quote. Fragments with no
//! frame are scare quotes and are left out, as are beliefs.
//!
//! [`detect`] walks the marked spans and the frames together; how a marked
//! span stands in its sentence (a clause, a resumption after its
//! attribution, a dash or colon attribution, a title) is read in `direct`,
//! and the clause a frame reports in `indirect`.

mod direct;
pub mod frames;
mod indirect;
#[cfg(test)]
mod lead_in_tests;
pub mod marks;

use crate::knowledge::Knowledge;
use crate::model::QuoteKind;
use crate::segment::Segmentation;
use crate::span::Span;
use direct::{
    colon_attribution, colon_introduction, dash_attribution, is_clause_position, is_quoted_heading,
    is_title, resumes_after,
};
use frames::find_frames;
use indirect::{
    clause_of, is_reported_clause, leading_frame, reads_as_report, reports_here, trailing_frame,
};
use marks::{pair_marks, MarkQuote};

/// A quote found in the text, before its speaker is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DetectedQuote {
    pub span: Span,
    pub kind: QuoteKind,
    /// The reporting cue; `None` for a quote that continues the previous speaker.
    pub cue: Option<Span>,
    /// The local mention of the speaker (`he`, `Mr Kline`, `the Unite official`).
    pub mention: Option<Span>,
}

/// Options of quote detection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct DetectOptions {
    /// `“A,” said X. “B.”`: report one quote interrupted by its attribution
    /// (the reading of converted corpora such as PolNeAR) instead of two
    /// quotes with the same speaker (the default). The joined quote's text
    /// then holds the attribution.
    pub join_interrupted: bool,
}

/// Finds the quotes of a text.
pub fn detect(
    text: &str,
    seg: &Segmentation,
    knowledge: &Knowledge,
    options: DetectOptions,
) -> Vec<DetectedQuote> {
    let mut marked = pair_marks(text, seg);
    for q in &mut marked {
        direct::close_before_attribution(text, seg, q, knowledge);
    }
    // The walks below that count marks, quotes and sentences as they go by
    // (instead of searching) rely on this order.
    debug_assert!(marked.is_sorted_by_key(|q| q.open.start));
    let quoted: Vec<Span> = marked.iter().map(MarkQuote::outer).collect();
    let frames = find_frames(text, seg, &quoted, knowledge);
    let mut used = vec![false; frames.len()];
    // Each frame's clause, read once: the fragments of a sentence ask for
    // the clauses of the same frames, and the frames left over ask again.
    let mut clauses: Vec<Option<Option<Span>>> = vec![None; frames.len()];
    let mut clause_at = |index: usize| {
        *clauses[index].get_or_insert_with(|| clause_of(text, seg, &frames, index, knowledge))
    };
    // At most one quote per marked span and one per frame: sized once, never grown.
    let mut out: Vec<DetectedQuote> = Vec::with_capacity(marked.len() + frames.len());

    // Whether the document's quotes take double marks (then single ones only nest).
    let doubles = marked.iter().any(|q| !matches!(q.open.of(text), "'" | "‘"));
    let mut fragments = Vec::with_capacity(marked.len());
    // The last direct quote and the frame that trails it, for `“A,” said X. “B.”`.
    let mut interrupted: Option<(usize, usize)> = None;
    // The sentence of the last mark: the marks come in text order, so each
    // one's sentence is found by walking on from the last one's.
    let mut sentence: Option<usize> = None;
    // The direct quotes with no frame of their own: (index in `out`, mark, sentence).
    let mut unframed: Vec<(usize, &MarkQuote, Option<usize>)> = Vec::new();
    for q in &marked {
        sentence = sentence_from(seg, sentence, q.open.start);
        let trailing = trailing_frame(text, seg, q, sentence, &frames, knowledge);
        let clause = is_clause_position(text, seg, q, sentence, &frames, trailing);
        let frame = trailing.or_else(|| leading_frame(text, seg, q, sentence, &frames, knowledge));
        if let Some((last, trailer)) = interrupted.take() {
            // `…,” X said on NBC’s “Meet the Press.” “…”`: a title in the
            // attribution is neither the quote resuming nor a quote.
            let f = &frames[trailer];
            if options.join_interrupted
                && sentence == Some(f.sentence)
                && q.open.start > f.cue.end.max(f.subject.end)
                && is_title(q.content.of(text))
            {
                interrupted = Some((last, trailer));
                continue;
            }
            let resumes = (frame.is_none() || frame == Some(trailer))
                && resumes_after(text, seg, &frames[trailer], q, sentence, knowledge);
            if resumes && options.join_interrupted {
                out[last].span.end = q.content.end;
                interrupted = trailing.map(|t| (last, t));
                continue;
            }
        }
        if !clause {
            fragments.push((*q, sentence));
            continue;
        }
        if frame.is_none() {
            let by_mark = dash_attribution(text, seg, q)
                .or_else(|| colon_attribution(text, seg, q, sentence, knowledge))
                .or_else(|| colon_introduction(text, seg, q, sentence, knowledge));
            if let Some((dash, mention)) = by_mark {
                interrupted = None;
                out.push(DetectedQuote {
                    span: q.content,
                    kind: QuoteKind::Direct,
                    cue: Some(dash),
                    mention: Some(mention),
                });
                continue;
            }
        }
        if frame.is_none() && is_quoted_heading(text, seg, q, doubles) {
            continue;
        }
        if let Some(f) = frame {
            used[f] = true;
        } else {
            unframed.push((out.len(), q, sentence));
        }
        out.push(DetectedQuote {
            span: q.content,
            kind: QuoteKind::Direct,
            cue: frame.map(|f| frames[f].cue),
            mention: frame.map(|f| frames[f].subject),
        });
        interrupted = trailing.map(|t| (out.len() - 1, t));
    }

    // Fragments: inside the clause of a frame before them in the sentence.
    let mut clause_quotes: Vec<(usize, Span)> = Vec::new();
    let mut naming_quotes: Vec<(usize, Span)> = Vec::new();
    for (q, sentence) in &fragments {
        let Some(sentence) = *sentence else {
            continue;
        };
        let before = frames.partition_point(|f| f.cue.end <= q.open.start);
        let frame = frames[..before]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, f)| f.sentence == sentence)
            .find(|(_, f)| !f.flags.belief);
        let Some((mut index, mut f)) = frame else {
            continue;
        };
        // `Rep. Ann Lee said Clinton called on members to be “closely
        // coordinated.”`: a report nested in the clause of another reaches
        // the reader through the outer one, whose speaker is the source.
        let outer = frames[..index]
            .iter()
            .enumerate()
            .rev()
            .take_while(|(_, o)| o.sentence == sentence)
            .filter(|(_, o)| !o.flags.belief && !o.flags.naming)
            .filter(|(i, o)| {
                clause_at(*i).is_some_and(|clause| {
                    clause.contains(f.cue)
                        && clause.contains(q.outer())
                        && reports_here(text, o, clause)
                        && is_complement(text, seg, o.clause_start, f, knowledge)
                })
            })
            .last();
        if let Some((i, o)) = outer {
            (index, f) = (i, o);
        }
        if f.flags.naming {
            // `called the senator a "nasty guy," an "anchor baby" and "sick."`: one quote.
            match naming_quotes.iter_mut().find(|(i, _)| *i == index) {
                Some((_, span)) => span.end = q.content.end,
                None => naming_quotes.push((index, q.content)),
            }
        } else if let Some(clause) = clause_at(index) {
            if (clause.contains(q.outer()) || clause.overlaps(q.outer()))
                && reports_here(text, f, clause)
                && !clause_quotes.iter().any(|&(i, _)| i == index)
            {
                clause_quotes.push((index, clause));
            }
        }
    }
    for (index, span) in clause_quotes.into_iter().chain(naming_quotes) {
        used[index] = true;
        let f = &frames[index];
        out.push(DetectedQuote {
            span,
            kind: QuoteKind::Mixed,
            cue: Some(f.cue),
            mention: Some(f.subject),
        });
    }

    // Frames left over report speech without marks.
    // The direct quotes joined to a mixed quote before them, to drop.
    let mut joined: Vec<usize> = Vec::new();
    for (index, f) in frames.iter().enumerate() {
        if used[index] || f.flags.belief || f.flags.naming {
            continue;
        }
        let Some(clause) = clause_at(index) else {
            continue;
        };
        // A clause holding marks that no frame before them took: the report
        // comes after its content (`Talks were “a farce”, he said.`).
        let kind = if quoted.iter().any(|m| clause.overlaps(*m)) {
            let direct = out
                .iter()
                .any(|q| q.kind == QuoteKind::Direct && q.span.overlaps(clause));
            if direct || clause.start >= f.cue.start {
                continue;
            }
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        // (Before its cue, or after `that`, the words open a clause.)
        let opens_clause = clause.start < f.cue.start
            || text
                .get(..clause.start)
                .is_some_and(|before| before.trim_end().ends_with(" that"));
        if !is_reported_clause(text, clause, f.flags.infinitive, opens_clause, knowledge)
            || !reports_here(text, f, clause)
            || (kind == QuoteKind::Indirect && !reads_as_report(text, f, clause, knowledge))
        {
            continue;
        }
        // `Ann Lee was “sure of it,” said Tom Hale. “We will win.”`: in join
        // mode, the quote that resumes after the attribution is one with this one.
        let resumed = if options.join_interrupted && kind == QuoteKind::Mixed {
            unframed.iter().position(|&(i, q, sentence)| {
                out[i].kind == QuoteKind::Direct
                    && q.open.start >= f.cue.end.max(f.subject.end)
                    && resumes_after(text, seg, f, q, sentence, knowledge)
            })
        } else {
            None
        };
        let mut span = clause;
        if let Some(k) = resumed {
            let (i, _, _) = unframed.swap_remove(k);
            span.end = out[i].span.end;
            joined.push(i);
        }
        out.push(DetectedQuote {
            span,
            kind,
            cue: Some(f.cue),
            mention: Some(f.subject),
        });
    }
    if !joined.is_empty() {
        let mut index = 0;
        out.retain(|_| {
            index += 1;
            !joined.contains(&(index - 1))
        });
    }
    out.sort_by_key(|q| (q.span.start, q.span.end));
    out.dedup_by(|b, a| {
        a.span.overlaps(b.span) && a.kind != QuoteKind::Direct && b.kind != QuoteKind::Direct
    });
    out
}

/// Whether the report `inner`, inside the clause of another report that
/// starts at `clause_start`, is what that one reports (`said Clinton called
/// on members to …`, `said that he expected Americans would say …`), not a
/// clause hung on it: an adverbial or relative clause (`…, when he claimed`,
/// `…, although he tweeted`, `Trump, who he blasted as …`) or one joined to it
/// (`…, and it says`), whose report is its own, nor the object of a
/// preposition (`hit back at Labour claims he …`). A capitalized pronoun inside
/// the sentence (`… in the U.S. He says`) is a sentence start the stop of an
/// abbreviation hid.
fn is_complement(
    text: &str,
    seg: &Segmentation,
    clause_start: usize,
    inner: &frames::Frame,
    knowledge: &Knowledge,
) -> bool {
    let until = inner.boundary.min(inner.subject.start).min(inner.cue.start);
    if until < clause_start {
        return false;
    }
    // (`hit back at Labour claims he had …`: a preposition opens no clause.)
    let object = seg
        .tokens_in(text, Span::new(clause_start, until))
        .next()
        .is_some_and(|t| knowledge.is_preposition(t.text));
    let hung = seg
        .tokens_in(text, Span::new(clause_start, until))
        .any(|t| {
            lower_is_one_of(
                t.text,
                &[
                    "after", "before", "when", "whenever", "while", "whereas", "although",
                    "though", "because", "since", "as", "if", "unless", "until", "who", "whom",
                    "whose", "which", ";",
                ],
            )
        });
    let before = text[clause_start..until].trim_end();
    let joined = ["and", "but", "or"].iter().any(|w| {
        before
            .strip_suffix(w)
            .is_some_and(|b| b.trim_end().ends_with(','))
    });
    let subject = inner.subject.of(text);
    let new_sentence = inner.subject.start > clause_start
        && subject.starts_with(char::is_uppercase)
        && knowledge.pronoun(subject).is_some();
    !(object || hung || joined || new_sentence)
}

/// Whether `span` lies inside the last of `spans` (sorted by start) to start at
/// or before it: inside one of them, when they do not overlap. (A single-quoted
/// span can hold a double-quoted one; the rule stays the last to start.) The
/// scans count the spans as they go by instead; this search is what debug
/// builds check them against.
fn within(span: Span, spans: &[Span]) -> bool {
    let i = spans.partition_point(|s| s.start <= span.start);
    i > 0 && spans[i - 1].contains(span)
}

/// [`within`] for spans asked about in text order: the spans that start by
/// each are counted as it goes by rather than searched for.
struct WithinWalk<'s> {
    spans: &'s [Span],
    started: usize,
}

impl<'s> WithinWalk<'s> {
    /// `spans` sorted by start.
    fn new(spans: &'s [Span]) -> WithinWalk<'s> {
        debug_assert!(spans.is_sorted_by_key(|s| s.start));
        WithinWalk { spans, started: 0 }
    }

    /// [`within`]`(span, spans)`, for a `span` starting at or after every
    /// span asked about before.
    fn holds(&mut self, span: Span) -> bool {
        while self
            .spans
            .get(self.started)
            .is_some_and(|s| s.start <= span.start)
        {
            self.started += 1;
        }
        let inside = self
            .started
            .checked_sub(1)
            .and_then(|i| self.spans.get(i))
            .is_some_and(|s| s.contains(span));
        debug_assert_eq!(inside, within(span, self.spans));
        inside
    }
}

/// [`Segmentation::sentence_at`] for `pos`, which usually lies at or after the
/// start of sentence `from`: walked to from there, seldom more than a step or
/// two, rather than searched for (and searched for when it lies before).
fn sentence_from(seg: &Segmentation, from: Option<usize>, pos: usize) -> Option<usize> {
    let starts_by_pos = |s: &usize| seg.sentences.get(*s).is_some_and(|x| x.span.start <= pos);
    let Some(mut s) = from.filter(starts_by_pos) else {
        return seg.sentence_at(pos);
    };
    while seg
        .sentences
        .get(s + 1)
        .is_some_and(|n| n.span.start <= pos)
    {
        s += 1;
    }
    Some(s)
}

/// True when `text` has `n` words or more, as [`str::split_whitespace`]
/// counts them.
fn has_words(text: &str, n: usize) -> bool {
    // With `n` of 0 the answer would be true for any text; no caller asks it.
    debug_assert!(n > 0);
    words_of(text).nth(n.saturating_sub(1)).is_some()
}

/// The words of `text`, as [`str::split_whitespace`] gives them, found byte
/// by byte: the clause tests read the same clauses word by word many times,
/// and decoding each char to ask whether it is whitespace costs more than
/// looking its first byte up in a table.
pub(crate) fn words_of(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// The iterator of [`words_of`].
#[derive(Debug, Clone)]
pub(crate) struct Words<'t> {
    text: &'t str,
    pos: usize,
}

/// For each byte, whether it starts whitespace: 1 for ASCII whitespace (a
/// space, `\t` to `\r`), 2 for the first byte of a char beyond ASCII that may
/// be whitespace (U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029,
/// U+202F, U+205F, U+3000: those `char::is_whitespace` accepts), else 0.
const SPACE_START: [u8; 256] = {
    let mut table = [0u8; 256];
    table[b' ' as usize] = 1;
    let mut b = b'\t';
    while b <= b'\r' {
        table[b as usize] = 1;
        b += 1;
    }
    table[0xC2] = 2;
    table[0xE1] = 2;
    table[0xE2] = 2;
    table[0xE3] = 2;
    table
};

/// The length of the whitespace char starting at byte `at` of `bytes` (the
/// bytes of a `str`), or 0 when none starts there.
#[inline(always)]
fn space_len(bytes: &[u8], at: usize) -> usize {
    let Some(&b) = bytes.get(at) else {
        return 0;
    };
    match SPACE_START[usize::from(b)] {
        0 => 0,
        1 => 1,
        _ => wide_space_len(bytes, at),
    }
}

/// [`space_len`] for a char beyond ASCII: asked of few bytes, kept out of line.
#[inline(never)]
fn wide_space_len(bytes: &[u8], at: usize) -> usize {
    let byte = |k: usize| bytes.get(at + k).copied().unwrap_or(0);
    match (byte(0), byte(1), byte(2)) {
        (0xC2, 0x85 | 0xA0, _) => 2,
        (0xE1, 0x9A, 0x80)
        | (0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF)
        | (0xE2, 0x81, 0x9F)
        | (0xE3, 0x80, 0x80) => 3,
        _ => 0,
    }
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let bytes = self.text.as_bytes();
        let mut pos = self.pos;
        loop {
            let n = space_len(bytes, pos);
            if n == 0 {
                break;
            }
            pos += n;
        }
        if pos >= bytes.len() {
            self.pos = pos;
            return None;
        }
        let start = pos;
        // (A byte that starts no char, inside one beyond ASCII, is no lead
        // byte of whitespace either: the table rules it out.)
        while pos < bytes.len() && space_len(bytes, pos) == 0 {
            pos += 1;
        }
        self.pos = pos;
        let word = self.text.get(start..pos);
        debug_assert!(word.is_some());
        word
    }
}

/// True when `word` in lowercase is one of `words`, without making a `String`.
///
/// `words` are lowercase, and each of their chars is either ASCII other than
/// `k` or without case (`–`). Comparing ASCII case-insensitively then gives the
/// same answer as lowercasing `word` first: beyond ASCII, only the Kelvin sign
/// lowercases to ASCII (to `k`).
///
/// Inlined: each call site's list is then a constant, its loop unrolled into
/// compares with the lengths and bytes of its words, branches that the
/// processor learns per site rather than for one shared loop.
/// The conjunctions that, after a comma, open a clause with a report of its
/// own (`…, while Ann Lee said`, `…, but the union warned`).
pub(crate) const CLAUSE_CONJUNCTIONS: [&str; 5] = ["while", "but", "whereas", "although", "though"];

#[inline(always)]
pub(crate) fn lower_is_one_of(word: &str, words: &[&str]) -> bool {
    debug_assert!(words.iter().all(|w| w.chars().all(|c| {
        let caseless = c.to_lowercase().eq([c]) && c.to_uppercase().eq([c]);
        if c.is_ascii() {
            c != 'k' && !c.is_ascii_uppercase()
        } else {
            caseless
        }
    })));
    words.iter().any(|w| word.eq_ignore_ascii_case(w))
}

#[cfg(test)]
mod tests;
