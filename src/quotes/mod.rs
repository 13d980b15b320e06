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

pub mod frames;
pub mod marks;

use crate::knowledge::lower;
use crate::knowledge::Knowledge;
use crate::model::QuoteKind;
use crate::segment::{Segmentation, Token};
use crate::span::Span;
use frames::{find_frames, Frame, SubjectPlace};
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
    let marked = pair_marks(text, seg);
    // The walks below that count marks, quotes and sentences as they go by
    // (instead of searching) rely on this order.
    debug_assert!(marked.is_sorted_by_key(|q| q.open.start));
    let quoted: Vec<Span> = marked.iter().map(MarkQuote::outer).collect();
    let frames = find_frames(text, seg, &quoted, knowledge);
    let mut used = vec![false; frames.len()];
    // At most one quote per marked span and one per frame: sized once, never grown.
    let mut out: Vec<DetectedQuote> = Vec::with_capacity(marked.len() + frames.len());

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
        let frame = trailing.or_else(|| leading_frame(text, seg, q, sentence, &frames));
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
        if frame.is_none() && is_quoted_heading(text, seg, q) {
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
        let Some((index, f)) = frame else { continue };
        if f.flags.naming {
            // `called the senator a "nasty guy," an "anchor baby" and "sick."`: one quote.
            match naming_quotes.iter_mut().find(|(i, _)| *i == index) {
                Some((_, span)) => span.end = q.content.end,
                None => naming_quotes.push((index, q.content)),
            }
        } else if let Some(clause) = clause_of(text, seg, &frames, index, knowledge) {
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
        let Some(clause) = clause_of(text, seg, &frames, index, knowledge) else {
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
        if !is_reported_clause(text, clause, f.flags.infinitive, knowledge)
            || !reports_here(text, f, clause)
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

/// True when `q` picks up right after the attribution `trailer` in the same
/// paragraph: `“A,” said X. “B.”` or `“A,” X said, “b.”`; `sentence` holds
/// its opening mark.
fn resumes_after(
    text: &str,
    seg: &Segmentation,
    trailer: &Frame,
    q: &MarkQuote,
    sentence: Option<usize>,
    knowledge: &Knowledge,
) -> bool {
    let end = trailer.cue.end.max(trailer.subject.end);
    let opens_next_sentence = sentence
        .is_some_and(|s| s == trailer.sentence + 1 && seg.sentences[s].span.start == q.open.start);
    // The quote resumes in the attribution's paragraph, or opens the next one
    // right after an attribution that ends its own (`“…,” Carson continued.` ¶
    // `“Even under …`).
    let (here, there) = (seg.paragraph_at(end), seg.paragraph_at(q.open.start));
    let next_paragraph = opens_next_sentence
        && here.zip(there).is_some_and(|(a, b)| b == a + 1)
        && seg
            .paragraphs
            .get(there.unwrap_or(0))
            .is_some_and(|p| p.start == q.open.start);
    if end > q.open.start
        || (here != there && !next_paragraph)
        || !only_titles_quoted(&text[end..q.open.start])
    {
        return false;
    }
    // `…,” said X, who told reporters the offer was “an insult”`: another report
    // between them makes the second marks a fragment of it, not the quote
    // resuming, unless they open a sentence of their own.
    let gap = Span::new(end, q.open.start);
    // (A cue after an article and its modifiers is a noun: `in an early
    // morning tweet`.)
    let mut since_article: Option<usize> = None;
    if !opens_next_sentence
        && seg.tokens_in(text, gap).any(|t| {
            since_article = if lower_is_one_of(t.text, &["a", "an", "the"]) {
                Some(0)
            } else {
                since_article
                    .map(|n| n + 1)
                    .filter(|&n| n <= 3 && t.is_word())
            };
            // A one-word cue is a cue start: most words are ruled out without a
            // lowercase copy.
            !t.is_capitalized()
                && since_article.is_none()
                && knowledge.is_cue_start(t.text)
                && knowledge.cue(&lower(t.text)).is_some()
        })
    {
        return false;
    }
    // The quote goes on in the attribution's sentence, or opens the next one.
    sentence == Some(trailer.sentence) || opens_next_sentence
}

/// True when the marks in `gap` (between an attribution and the quote it
/// may resume) only enclose titles: `said on NBC’s “Meet the Press.” “…”`.
fn only_titles_quoted(gap: &str) -> bool {
    if !gap.contains(['“', '"', '‘']) {
        return true;
    }
    // Split at the marks, the quoted pieces are every other one.
    let pieces: Vec<&str> = gap.split(['“', '”', '"']).collect();
    pieces.len() % 2 == 1
        && !gap.contains('‘')
        && pieces
            .iter()
            .skip(1)
            .step_by(2)
            .all(|title| is_title(title))
}

/// `Meet the Press.`, `This Week`: up to six words, capitalized but for short
/// ones, two at least, and not a sentence that opens with a pronoun (`I hope to.`).
fn is_title(piece: &str) -> bool {
    let words = piece
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']));
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let first = words.clone().next().unwrap_or("");
    let pronoun = ["I", "We", "You", "He", "She", "It", "They"].contains(&first);
    capital(first)
        && !pronoun
        && words.clone().count() <= 6
        && words.clone().filter(|w| capital(w)).count() >= 2
        && words.clone().all(|w| capital(w) || w.len() <= 4)
}

/// True when the marked span stands as a clause rather than a fragment of
/// narration; `sentence` holds its opening mark, `trailing` is its [`trailing_frame`].
fn is_clause_position(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    frames: &[Frame],
    trailing: Option<usize>,
) -> bool {
    let Some(sentence) = sentence else {
        return true;
    };
    let start = seg.sentences[sentence].span.start;
    let before = text[start..q.open.start].trim_end();
    let opens_clause = before.is_empty()
        || before.ends_with(':')
        || before.ends_with(['—', '–'])
        || before.strip_suffix(',').is_some_and(|head| {
            // `X said, “…”`: the comma follows a frame's cue or subject. The
            // frames ending before the mark start before it: a prefix of them.
            let head_end = start + head.trim_end().len();
            let earlier = frames.partition_point(|f| f.cue.start < q.open.start);
            frames[..earlier]
                .iter()
                .rev()
                .any(|f| f.cue.end <= q.open.start && f.cue.end.max(f.subject.end) == head_end)
        });
    let content = q.content.of(text);
    let has_words = |n: usize| has_words(content, n);
    let starts_upper = content.chars().next().is_some_and(char::is_uppercase);
    let after_end = q.close.map_or(q.content.end, |c| c.end);
    let sentence_end = sentence_from(seg, Some(sentence), after_end)
        .map_or(text.len(), |i| seg.sentences[i].span.end);
    let after = text[after_end..sentence_end.max(after_end)].trim();
    let ends_clause = || {
        after.chars().all(|c| !c.is_alphanumeric())
            || trailing.is_some()
            || dash_attribution(text, seg, q).is_some()
    };
    let inner_sentence = content
        .trim_end_matches(['"', '”', '’', '\''])
        .ends_with(['.', '?', '!']);
    // A clause opens the sentence and ends it (or is long), or fills the rest of
    // a sentence as a capitalized stretch of words (`… said “We will strike.”`)
    // that is not a title in title case (`the founder of “Americans for Reform.”`).
    (opens_clause && (inner_sentence || has_words(8) || ends_clause()))
        || (starts_upper && after.is_empty() && has_words(3) && !is_title_case(content))
}

/// `Good Morning America.`: most words of `text` begin with a capital.
fn is_title_case(text: &str) -> bool {
    let (words, capitalized) = text
        .split_whitespace()
        .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
        .fold((0, 0), |(words, capitalized), w| {
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            (words + 1, capitalized + usize::from(upper))
        });
    words > 0 && capitalized * 4 >= words * 3
}

/// True when `text` has `n` words or more, as [`str::split_whitespace`]
/// counts them; counted byte by byte while the text is ASCII.
fn has_words(text: &str, n: usize) -> bool {
    // With `n` of 0 the two paths below would disagree; no caller asks it.
    debug_assert!(n > 0);
    let mut words = 0;
    let mut in_word = false;
    for &b in text.as_bytes() {
        if !b.is_ascii() {
            return text.split_whitespace().nth(n.saturating_sub(1)).is_some();
        }
        // The ASCII chars that `char::is_whitespace` accepts: space, \t to \r.
        let space = matches!(b, b' ' | b'\t'..=b'\r');
        words += usize::from(!space && !in_word);
        in_word = !space;
        if words >= n {
            return true;
        }
    }
    words >= n
}

/// `“…” ― Esther Tapia` at the end of a paragraph: the dash is the cue and the
/// name after it the speaker. Returns (dash, mention).
fn dash_attribution(text: &str, seg: &Segmentation, q: &MarkQuote) -> Option<(Span, Span)> {
    let close = q.close?;
    let index = seg.paragraph_at(close.start)?;
    let mut para = *seg.paragraphs.get(index)?;
    // `“…”` ¶ `— Ann Lee.`: a signature line of its own after a quote that
    // ends its paragraph.
    let ends_paragraph = text[close.end..para.end.max(close.end)]
        .trim_matches(|c: char| c.is_whitespace() || c == '.')
        .is_empty();
    if ends_paragraph {
        para = *seg.paragraphs.get(index + 1)?;
    }
    let from = if ends_paragraph {
        para.start
    } else {
        close.end
    };
    let after = &text[from..para.end.max(from)];
    let lead = after.len() - after.trim_start().len();
    let dash = after[lead..]
        .chars()
        .next()
        .filter(|c| matches!(c, '―' | '—' | '–' | '-'))?;
    let dash_span = Span::new(from + lead, from + lead + dash.len_utf8());
    let rest = &text[dash_span.end..para.end];
    let name_lead = rest.len() - rest.trim_start().len();
    // `— Ann Lee, speaking in May.`: the name is what comes before a comma.
    let name = rest.trim().trim_end_matches('.');
    let name = name.split(',').next().unwrap_or(name).trim_end();
    let words = name.split_whitespace().count();
    // On a line of its own, only a name (not a list item: `- Parenting plans`).
    let name_only = || {
        words <= 5
            && name
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
    };
    let plausible = (1..=8).contains(&words)
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.contains(['“', '"', '!', '?', ':', ';'])
        && (!ends_paragraph || name_only());
    let start = dash_span.end + name_lead;
    plausible.then(|| (dash_span, Span::new(start, start + name.len())))
}

/// `Band member Flea: “…”`, `Donald Trump: "…"`: a sentence that is only a
/// speaker's name or description and a colon before the quote. Returns
/// (colon, mention); `sentence` holds the opening mark.
fn colon_attribution(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    knowledge: &Knowledge,
) -> Option<(Span, Span)> {
    let start = seg.sentences.get(sentence?)?.span.start;
    let before = text.get(start..q.open.start)?.trim_end();
    let head = before.strip_suffix(':')?.trim_end();
    if head.is_empty() {
        return None;
    }
    let colon = Span::new(start + head.len(), start + before.len());
    let toks: Vec<_> = seg
        .tokens_in(text, Span::new(start, start + head.len()))
        .collect();
    let cue_inside = toks
        .iter()
        .any(|t| !t.is_capitalized() && knowledge.cue(&lower(t.text)).is_some());
    if toks.len() > 8 || cue_inside {
        return None;
    }
    let mention = frames::noun_phrase_tail(&toks, true, knowledge)?;
    (mention.start == start).then_some((colon, mention))
}

/// `She then turned to the crowd: “…”`, `The board was blunt in its
/// findings: “…”`: a sentence whose subject acts, ending in a colon right
/// before the quote, introduces it, and its subject is the speaker. Returns
/// (colon, mention); `sentence` holds the opening mark.
fn colon_introduction(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    knowledge: &Knowledge,
) -> Option<(Span, Span)> {
    let start = seg.sentences.get(sentence?)?.span.start;
    let before = text.get(start..q.open.start)?.trim_end();
    let head = before.strip_suffix(':')?.trim_end();
    let colon = Span::new(start + head.len(), start + before.len());
    let toks: Vec<_> = seg
        .tokens_in(text, Span::new(start, start + head.len()))
        .collect();
    let subject = frames::sentence_subject(&toks, knowledge)?;
    // The subject's verb comes next, after any modifiers (`then`, `later`):
    // a finite verb or a past form, not a noun (`Breaking news:`).
    let finite = |t: &Token| knowledge.is_finite_verb(t.text);
    let verb = toks
        .iter()
        .skip_while(|t| t.span.start < subject.end)
        .find(|t| finite(t) || !knowledge.is_verb_modifier_in_any_case(t.text))?;
    let acts = !verb.is_capitalized()
        && (finite(verb) || (verb.text.len() > 4 && verb.text.ends_with("ed")));
    acts.then_some((colon, subject))
}

/// `'All Bets Are Off.'` alone on a line: a section heading in quotation marks,
/// not somebody's words continuing the previous quote.
fn is_quoted_heading(text: &str, seg: &Segmentation, q: &MarkQuote) -> bool {
    let Some(para) = seg
        .paragraph_at(q.open.start)
        .and_then(|i| seg.paragraphs.get(i))
    else {
        return false;
    };
    let whole_paragraph = para.start == q.open.start && q.close.is_some_and(|c| c.end == para.end);
    if !whole_paragraph {
        return false;
    }
    // A heading has at most 8 words: count up to 9.
    let (words, capitalized) =
        q.content
            .of(text)
            .split_whitespace()
            .take(9)
            .fold((0, 0), |(words, capitalized), w| {
                let upper = w.chars().next().is_some_and(char::is_uppercase);
                (words + 1, capitalized + usize::from(upper))
            });
    words <= 8 && capitalized * 4 >= words * 3 && words >= 2
}

/// The frame attributing a quote from right after it: `“…,” said X`, `“…” he said`;
/// `sentence` holds its opening mark.
fn trailing_frame(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    frames: &[Frame],
    knowledge: &Knowledge,
) -> Option<usize> {
    let close = q.close?;
    let sentence = sentence_from(seg, sentence, close.start)?;
    // `“Why?” Obama asked.`: a question or exclamation ends its sentence at
    // the mark, and the attribution makes the next one.
    let asks = q
        .content
        .of(text)
        .trim_end_matches(['’', '\'', '"', '”', ' '])
        .ends_with(['?', '!']);
    let limit_sentence = if asks { sentence + 1 } else { sentence };
    let limit = seg
        .sentences
        .get(limit_sentence)
        .unwrap_or(&seg.sentences[sentence])
        .span
        .end
        .max(close.end);
    let first = frames.partition_point(|f| f.cue.start < close.end);
    let found = frames[first..]
        .iter()
        .take_while(|f| f.cue.start <= limit)
        .position(|f| {
            if f.place == SubjectPlace::Shared {
                return false;
            }
            let attribution_start = if f.place == SubjectPlace::Before {
                f.subject.start.min(f.cue.start)
            } else {
                f.cue.start
            };
            // In the next sentence, the attribution must be the whole of it
            // (`Obama asked reporters.`) or go on with an adjunct (`Obama
            // asked in a speech on Monday, …`), not a report of its own.
            let next_sentence = f.sentence != sentence;
            if next_sentence {
                let end = seg
                    .sentences
                    .get(f.sentence)
                    .map_or(f.clause_start, |s| s.span.end);
                let attribution_end = f.cue.end.max(f.subject.end).min(end);
                if has_words(&text[f.clause_start.min(end)..end], 4)
                    && !opens_adjunct(
                        &text[attribution_end..end],
                        f.flags.object,
                        f.flags.infinitive,
                        knowledge,
                    )
                {
                    return false;
                }
            }
            let gap = Span::new(close.end, attribution_start.max(close.end));
            let plain = gap
                .of(text)
                .chars()
                .all(|c| c.is_whitespace() || c == ',' || c == '—' || c == '–');
            // Words between the quote and the subject may belong to the subject
            // (`…,” California Rep. Duncan Hunter’s chief of staff, Joe Kasper,
            // told`) or the quote (`…” before discussing specifics, he said`),
            // but hold no verb of their own, no marks and no sentence end.
            let preface = || {
                let mut words = seg.tokens_in(text, gap).peekable();
                let mut previous: Option<&str> = None;
                words.peek().is_some()
                    && words.all(|t| {
                        // `James A. Baker`, `Rep.`: a stop after an initial or a title.
                        let abbreviation = t.text == "."
                            && previous.is_some_and(|p| {
                                (p.len() == 1 && p.starts_with(char::is_uppercase))
                                    || knowledge.title(p).is_some()
                            });
                        previous = Some(t.text);
                        !frames::is_mark(t.text)
                            && (abbreviation || !matches!(t.text, "." | "?" | "!" | ";" | ":"))
                            && !knowledge.is_finite_verb(t.text)
                            && (t.is_capitalized() || knowledge.cue(&lower(t.text)).is_none())
                    })
            };
            let within = seg
                .tokens_in(text, Span::new(close.end, f.cue.start))
                .count()
                <= 16;
            within && (plain || preface())
        });
    found.map(|i| first + i)
}

/// True when the words after an attribution add to it rather than report:
/// a comma (`asked the boy, who …`) or a preposition (`said of Apple`, `asked
/// in a video`, `said to a crowd`), but not the `to` of a cue that reports
/// with an infinitive; `whether`, `that` or a noun phrase report.
fn opens_adjunct(rest: &str, object: bool, infinitive: bool, knowledge: &Knowledge) -> bool {
    let rest = rest.trim_start();
    if rest.starts_with(',') {
        return true;
    }
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .filter(|w| !w.is_empty())
        .peekable();
    // `asked reporters rhetorically during …`: a listener (of a cue that
    // takes one) and adverbs in -ly come before the adjunct.
    let mut skipped = 0;
    while let Some(w) = words.peek() {
        let listener = object
            && skipped < 4
            && !knowledge.is_preposition(w)
            && !knowledge.is_finite_verb(w)
            && !lower_is_one_of(w, &["that", "whether", "if", "how", "why", "what"]);
        let adverb = frames::is_ly_adverb(w) && w.starts_with(char::is_lowercase);
        if !(listener || adverb) {
            break;
        }
        skipped += 1;
        words.next();
    }
    words.next().is_some_and(|first| {
        knowledge.is_preposition(first) && (!first.eq_ignore_ascii_case("to") || !infinitive)
    })
}

/// The frame attributing a quote from right before it: `X said: “…”`, `he told reporters, “…”`,
/// or a paragraph ending `X continued:` before a paragraph-long quote; `sentence`
/// holds its opening mark.
fn leading_frame(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    frames: &[Frame],
) -> Option<usize> {
    let open = q.open.start;
    let sentence = sentence?;
    let sentence_start = seg.sentences[sentence].span.start;
    // Frames before the mark, latest first, in this sentence or the one before.
    let before = frames.partition_point(|f| f.cue.start < open);
    let mut candidates = frames[..before]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, f)| f.sentence + 1 >= sentence)
        .filter(|(_, f)| f.cue.end <= open && f.subject.end <= open);
    let lead_in = |f: &Frame| {
        let gap = text[f.cue.end.max(f.subject.end)..open].trim();
        gap.is_empty()
            || gap.ends_with([':', ','])
                && seg.tokens_in(text, Span::new(f.cue.end, open)).count() <= 6
    };
    if let Some((i, _)) = candidates
        .clone()
        .find(|(_, f)| f.sentence == sentence && lead_in(f))
    {
        return Some(i);
    }
    // A lead-in sentence ending with a colon just before the quote.
    let previous = text[..sentence_start.min(open)].trim_end();
    if previous.ends_with(':') && sentence > 0 {
        return candidates
            .find(|(_, f)| f.sentence == sentence - 1)
            .map(|(i, _)| i);
    }
    // `Powell has said he reviewed the messages and “…”`: a quote later in
    // the sentence of a report is part of it.
    candidates
        .find(|(_, f)| f.sentence == sentence && !f.flags.belief && !f.flags.naming)
        .map(|(i, _)| i)
}

/// The clause a frame reports: from its start to the sentence end or to the
/// next frame in the sentence, without end punctuation.
fn clause_of(
    text: &str,
    seg: &Segmentation,
    frames: &[Frame],
    index: usize,
    knowledge: &Knowledge,
) -> Option<Span> {
    let f = &frames[index];
    let sentence = seg.sentences.get(f.sentence)?;
    let mut end = sentence.span.end;
    // A later frame ends the clause when it starts a new report (`…, claiming that`,
    // `– but added`, `; Y said`), not when it is reported inside it (`said he thought that …`).
    let starts_report = |n: &&Frame| {
        let before = text[f.clause_start.min(n.boundary)..n.boundary].trim_end();
        n.place == SubjectPlace::Shared || before.ends_with([',', ';', '–', '—'])
    };
    // Frames come in sentence order: the later ones of this sentence follow it.
    if let Some(next) = frames[index + 1..]
        .iter()
        .take_while(|n| n.sentence == f.sentence)
        .filter(|n| n.boundary > f.clause_start)
        .find(starts_report)
    {
        end = end.min(next.boundary);
    }
    // `The Tory leader, who argues he is ensuring honesty, said: …`: the main
    // verb of the sentence, after a comma, ends a report in a relative clause.
    if let Some(next) = frames[index + 1..]
        .iter()
        .take_while(|n| n.sentence == f.sentence)
        .find(|n| n.cue.start > f.clause_start && n.boundary <= f.clause_start)
    {
        let before_cue = text[f.clause_start..next.cue.start].trim_end();
        if before_cue.ends_with(',') {
            end = end.min(f.clause_start + before_cue.len() - 1);
        }
    }
    let mut start = f.clause_start.min(end);
    // The attribution may follow its content: `X, according to Y`, `X, said Y.`,
    // `X, Y said on Tuesday.` The content is then the sentence up to the comma.
    let attribution_start = f.subject.start.min(f.cue.start);
    let before = text[sentence.span.start..attribution_start].trim_end();
    // What follows the attribution adds to it, not reports (`…, she said in a
    // video message`, `…, he told the BBC`, `…, said Black, who has …`).
    let adjunct_after = || {
        let after = &text[f.clause_start.min(end)..end];
        let mut words = after.split_whitespace();
        let first = words
            .next()
            .unwrap_or("")
            .trim_matches(|c: char| !c.is_alphanumeric());
        let short = words.clone().nth(2).is_none();
        // `promised to act`: an infinitive is the report, not an adjunct.
        let infinitive = f.flags.infinitive && first.eq_ignore_ascii_case("to");
        first.is_empty()
            || short
            || f.place == SubjectPlace::After
            || (knowledge.is_preposition(first) && !infinitive)
            // `told reporters that …` reports, wherever its clause starts.
            || (f.flags.object && !text[f.cue.end.min(end)..end].contains(" that "))
    };
    let trailing = f.place != SubjectPlace::Shared
        // (`…,” said X`, `…,'' said X` in typewriter marks, `…,’ said X`.)
        && before
            .trim_end_matches(['"', '”', '’', '\''])
            .ends_with(',')
        && adjunct_after()
        && f.cue.of(text) != "according to"
        // `After the vote, the union said it would strike`: what comes before
        // is an adverbial, not the content, so the report is after the cue.
        && !is_adverbial(before, knowledge);
    let according = f.cue.of(text).eq_ignore_ascii_case("according to")
        && before.split_whitespace().nth(2).is_some();
    // `South Carolina, he said, was “where …”`: an attribution set off by
    // commas inside the sentence reports all of it.
    // (Not when another report follows: `…, the union said, adding that …`.)
    // (`Sooner or later, the governor told reporters, “it …”`: with its listener.)
    let mut attribution_end = f.cue.end.max(f.subject.end);
    if f.flags.object && text[f.clause_start..].starts_with(',') {
        attribution_end = attribution_end.max(f.clause_start);
    }
    let rest = &text[attribution_end.min(end)..end];
    let parenthetical = f.place != SubjectPlace::Shared
        && before.len() > 1
        && before.ends_with(',')
        && text[attribution_end..].starts_with(',')
        && has_words(rest, 2)
        // (Not an apposition: `…, said Ann Lee, the union leader.`)
        && (f.place == SubjectPlace::Before
            || rest.split_whitespace().any(|w| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.eq_ignore_ascii_case("that")
                    || knowledge.is_finite_verb(w)
                    || (w.len() > 4 && w.ends_with("ed"))
            }));
    if parenthetical {
        start = sentence.span.start;
    } else if trailing || according {
        start = sentence.span.start;
        end = sentence.span.start + before.len();
    }
    let body = &text[start..end];
    let lead = body.len()
        - body
            .trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ':')
            .len();
    let trimmed = body[lead..].trim_end_matches(|c: char| {
        c.is_whitespace() || matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | '–' | '—' | '-')
    });
    (!trimmed.is_empty()).then(|| Span::new(start + lead, start + lead + trimmed.len()))
}

/// False for a clause after a cue that reports only with `that` (`continued
/// his tour`) when no `that` comes between them; a clause that starts before
/// its cue (`…, he continued.`) is reported.
fn reports_here(text: &str, f: &Frame, clause: Span) -> bool {
    !f.flags.that
        || clause.start < f.cue.start
        || text.get(f.cue.end..clause.start).is_some_and(|between| {
            between
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("that"))
        })
}

/// `In an interview with CNN`: a prepositional phrase with no verb in sight
/// is an adverbial, not a clause. (A verb is seen as an auxiliary or a past
/// form in -ed among the first ten words.)
fn is_adverbial(body: &str, knowledge: &Knowledge) -> bool {
    let mut words = body.split_whitespace();
    let opens_phrase = words.next().is_some_and(|w| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        knowledge.is_preposition(w) && !w.eq_ignore_ascii_case("to")
    });
    let verb_in_sight = || {
        body.split_whitespace().take(10).any(|w| {
            let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
            knowledge.is_finite_verb(w) || (w.len() > 4 && w.ends_with("ed"))
        })
    };
    opens_phrase && !verb_in_sight()
}

/// A reported clause has a few words and is not an infinitive (`agreed to look
/// at …`) unless its cue reports with one (`pledged to cut …`, `infinitive`).
fn is_reported_clause(text: &str, clause: Span, infinitive: bool, knowledge: &Knowledge) -> bool {
    let body = clause.of(text);
    // Only the first four words matter: how many there are up to four, and
    // whether they hold a verb.
    let mut words = body.split_whitespace();
    let first = words.next();
    let first_four = [first, words.next(), words.next(), words.next()];
    let count = first_four.iter().flatten().count();
    // A short clause needs a finite verb we can see (`he would resign`), not a headline (`London Underground strikes`).
    let finite = || {
        first_four
            .iter()
            .flatten()
            .any(|w| knowledge.is_finite_verb(w.trim_end_matches([',', '.'])))
    };
    // `Everything Trump says is a lie`: a clause does not open with its verb.
    // (A first word among these is a finite verb itself.)
    let opens_with_verb = first.is_some_and(|w| knowledge.is_opening_verb(w));
    (count >= 4 || (count == 3 && finite()))
        && !opens_with_verb
        && !is_adverbial(body, knowledge)
        && (infinitive || !body.starts_with("to "))
        && body.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// True when `word` in lowercase is one of `words`, without making a `String`.
///
/// `words` are lowercase, and each of their chars is either ASCII other than
/// `k` or without case (`–`). Comparing ASCII case-insensitively then gives the
/// same answer as lowercasing `word` first: beyond ASCII, only the Kelvin sign
/// lowercases to ASCII (to `k`).
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
mod tests {
    use super::*;
    use crate::segment::segment;

    fn detect_text(text: &str) -> Vec<(QuoteKind, String, String)> {
        let k = Knowledge::builtin();
        let seg = segment(text, &k);
        detect(text, &seg, &k, DetectOptions::default())
            .iter()
            .map(|q| {
                (
                    q.kind,
                    q.span.of(text).to_string(),
                    q.mention.map_or(String::new(), |m| m.of(text).to_string()),
                )
            })
            .collect()
    }

    use QuoteKind::{Direct, Indirect, Mixed};

    type Case = (
        &'static str,
        &'static [(QuoteKind, &'static str, &'static str)],
    );

    #[test]
    fn kinds_and_mentions() {
        let cases: &[Case] = &[
            ("Mr Marks said there was less room for manoeuvre.", &[(Indirect, "there was less room for manoeuvre", "Mr Marks")]),
            (
                "Joanne Galbraith-Marten, director at the RCN, said there was “nothing” offered on pay.",
                &[(Mixed, "there was “nothing” offered on pay", "Joanne Galbraith-Marten")],
            ),
            ("The source described the talks as “constructive”, but he left.", &[(Mixed, "constructive", "The source")]),
            ("“We’re just going to have talks,” he told reporters.", &[(Direct, "We’re just going to have talks,", "he")]),
            (
                "“This is bad,” said the Unite official. “When you have staff working shifts, it hurts.”",
                &[(Direct, "This is bad,", "the Unite official"), (Direct, "When you have staff working shifts, it hurts.", "")],
            ),
            ("A DHSC spokesperson said:\"We have been clear we are happy to talk.", &[(Direct, "We have been clear we are happy to talk.", "A DHSC spokesperson")]),
            (
                "Staff side secretary Paul Marks said after a meeting of the Whitley Council that the offer had not 'formed the basis of an agreement'.",
                &[(Mixed, "the offer had not 'formed the basis of an agreement'", "Staff side secretary Paul Marks")],
            ),
            ("Health secretary Steve Barclay has also agreed to look at making a payment.", &[]),
            ("Its first ad could start this week, said Brian Baker, a longtime adviser.", &[(Indirect, "Its first ad could start this week", "Brian Baker")]),
            ("The talks had failed, the union said on Tuesday.", &[(Indirect, "The talks had failed", "the union")]),
            ("The race will be tight, said Ann Lee, an analyst.", &[(Indirect, "The race will be tight", "Ann Lee")]),
            (
                "Pay should rise ''as fast as it can,'' said Ann Lee, a member of the board.",
                &[(Mixed, "Pay should rise ''as fast as it can,''", "Ann Lee")],
            ),
            // An attribution set off by commas inside the sentence reports all of it,
            // not when an apposition follows it.
            (
                "South Carolina, she said, was “where we can win.”",
                &[(Mixed, "South Carolina, she said, was “where we can win.”", "she")],
            ),
            (
                "Most importantly, say analysts, the talks have failed.",
                &[(Indirect, "Most importantly, say analysts, the talks have failed", "analysts")],
            ),
            ("The talks have failed badly, said Ann Lee, the union leader.", &[(Indirect, "The talks have failed badly", "Ann Lee")]),
            // … with the listener of its cue.
            (
                "Sooner or later, the governor told reporters, “it starts to pay off.”",
                &[(Mixed, "Sooner or later, the governor told reporters, “it starts to pay off.”", "the governor")],
            ),
            ("Sooner or later, the governor told reporters about it.", &[]),
            // An opening adverbial is no report when the cue's own clause follows `that`.
            (
                "Shortly before the vote, Ann Lee told reporters that she would resign in May.",
                &[(Indirect, "she would resign in May", "Ann Lee")],
            ),
            ("The offer was fair, Ann Lee told reporters.", &[(Indirect, "The offer was fair", "Ann Lee")]),
            ("Everything Trump says is a lie unless proven otherwise.", &[]),
            ("“It is over,” he said.\n\n'All Bets Are Off.'\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
            (
                "“The public expects better,” said Rachel Harrison, who told reporters the offer was “an insult”.",
                &[(Direct, "The public expects better,", "Rachel Harrison"), (Mixed, "the offer was “an insult”", "Rachel Harrison")],
            ),
            ("According to the IFS, teacher pay has fallen in real terms.", &[(Indirect, "teacher pay has fallen in real terms", "the IFS")]),
            ("Teacher pay has fallen in real terms, according to the IFS.", &[(Indirect, "Teacher pay has fallen in real terms", "the IFS")]),
            ("“He can’t even answer a question.” ― Esther Tapia\n", &[(Direct, "He can’t even answer a question.", "Esther Tapia")]),
            // … or on a line of its own after it, when it holds only a name.
            (
                "“We will look into it.”\n\n- Ann Lee, speaking in May.\n",
                &[(Direct, "We will look into it.", "Ann Lee")],
            ),
            ("“We will look into it.”\n\n- Parenting plans.\n", &[(Direct, "We will look into it.", "")]),
            ("Talks have been described as an “insult”, in a blow to hopes.", &[]),
            (
                "Kevin Courtney has said “no concrete progress” was made in talks – but added that there would be more talks.",
                &[(Mixed, "“no concrete progress” was made in talks", "Kevin Courtney"), (Indirect, "there would be more talks", "Kevin Courtney")],
            ),
            // A reported clause holding a second `that` clause is one report.
            (
                "Jo Reid said the offer was fair and that talks remained open.",
                &[(Indirect, "the offer was fair and that talks remained open", "Jo Reid")],
            ),
            // A participle after a preposition names an act, not a report.
            (
                "The firm said the charges reflected the cost of maintaining the lines.",
                &[(Indirect, "the charges reflected the cost of maintaining the lines", "The firm")],
            ),
            ("The council hit back by saying the figures were wrong.", &[(Indirect, "the figures were wrong", "The council")]),
            // Content before its attribution, with or without marks.
            ("Talks were “a farce” from the start, he said.", &[(Mixed, "Talks were “a farce” from the start", "he")]),
            ("The plan would cost jobs, the union said in a statement.", &[(Indirect, "The plan would cost jobs", "the union")]),
            // A question's attribution is the next sentence when it is only that.
            ("“Why now?” Ann Lee asked reporters.", &[(Direct, "Why now?", "Ann Lee")]),
            (
                "“Why now?” Ann Lee asked reporters whether the plan had failed.",
                &[(Direct, "Why now?", ""), (Indirect, "whether the plan had failed", "Ann Lee")],
            ),
            // … or when what follows it adds to the attribution, not reports.
            ("“Why now?” Ann Lee asked at a rally on Monday, to cheers.", &[(Direct, "Why now?", "Ann Lee")]),
            ("“Who are they?” Ann Lee said of the donors at a rally in May.", &[(Direct, "Who are they?", "Ann Lee")]),
            ("“Why now?” Ann Lee said to a crowd of 500.", &[(Direct, "Why now?", "Ann Lee")]),
            // … after a listener and an adverb in -ly.
            ("“Why now?” Ann Lee asked reporters angrily during a visit.", &[(Direct, "Why now?", "Ann Lee")]),
            ("“Why now?” Ann Lee said quietly into the phone.", &[(Direct, "Why now?", "Ann Lee")]),
            (
                "“Why now?” Ann Lee pledged to cut waiting lists by half.",
                &[(Direct, "Why now?", ""), (Indirect, "to cut waiting lists by half", "Ann Lee")],
            ),
            // A question inside the quote's own closing marks.
            ("“She asked, ‘Why now?’” Ann Lee said.", &[(Direct, "She asked, ‘Why now?’", "Ann Lee")]),
            // The stop after an initial is no sentence end between quote and cue.
            ("“We will act,” FBI counsel James A. Baker wrote in a letter.", &[(Direct, "We will act,", "Baker")]),
            ("“We will act.” He left. Baker wrote in a letter.", &[(Direct, "We will act.", "")]),
            // A report in a relative clause ends at the sentence's own verb.
            (
                "The party leader, who argues he is ensuring honesty, said: “We will not change.”",
                &[(Indirect, "he is ensuring honesty", "The party leader"), (Direct, "We will not change.", "The party leader")],
            ),
            // A title in title case at a sentence end is no quote.
            ("Ann Lee was the founder of “Parents For Better Schools.”", &[]),
            // Cues that report with an infinitive, with its object.
            ("The minister pledged to cut waiting lists by half.", &[(Indirect, "to cut waiting lists by half", "The minister")]),
            ("The minister urged councils to limit their tax rises.", &[(Indirect, "councils to limit their tax rises", "The minister")]),
            ("Ann Lee called on ministers to publish the advice in full.", &[(Indirect, "ministers to publish the advice in full", "Ann Lee")]),
            ("The union agreed to look at the offer again.", &[]),
            // Cues with other senses report a clause only after `that`.
            ("Ann Lee maintained her lead over the rest of the field.", &[]),
            ("Ann Lee maintained that her lead was safe.", &[(Indirect, "her lead was safe", "Ann Lee")]),
            ("Her lead was safe, Ann Lee maintained.", &[(Indirect, "Her lead was safe", "Ann Lee")]),
            // A passive participle and an -ing noun are no reports.
            ("A campaign threatened by the alliance has fizzled out.", &[]),
            ("The firm issued a profit warning following poor sales over the summer.", &[]),
            // A name and a colon attribute the quote after them.
            ("Band member Flea: “We are proud of this.”", &[(Direct, "We are proud of this.", "Band member Flea")]),
            // A quote later in the sentence of a report is part of it.
            (
                "Ann Lee has said she read the messages and found one line to quote: “Nothing here worries me.”",
                &[(Direct, "Nothing here worries me.", "Ann Lee")],
            ),
            (
                "Ann Lee believes she read the messages and found one line to quote: “Nothing here worries me.”",
                &[(Direct, "Nothing here worries me.", "")],
            ),
            // A sentence whose subject acts, ending in a colon, introduces the quote.
            ("Ann Lee then turned to the crowd: “We are proud of this.”", &[(Direct, "We are proud of this.", "Ann Lee")]),
            ("The board was blunt in its findings: “The plan is dead.”", &[(Direct, "The plan is dead.", "The board")]),
            ("Breaking news tonight: “The plan is dead.”", &[(Direct, "The plan is dead.", "")]),
        ];
        for (text, expected) in cases {
            let want: Vec<(QuoteKind, String, String)> = expected
                .iter()
                .map(|(k, a, b)| (*k, a.to_string(), b.to_string()))
                .collect();
            assert_eq!(detect_text(text), want, "detecting in {text:?}");
        }
    }

    /// `“A,” said X. “B.”` joined, as converted corpora annotate it (the
    /// `join_interrupted` option): the quotes it joins and those it leaves apart.
    #[test]
    fn interrupted_quotes_joined() {
        let joined = |text: &str| {
            let k = Knowledge::builtin();
            let seg = segment(text, &k);
            let options = DetectOptions {
                join_interrupted: true,
            };
            detect(text, &seg, &k, options)
                .iter()
                .map(|q| q.span.of(text).to_string())
                .collect::<Vec<_>>()
        };
        let cases: &[(&str, &[&str])] = &[
            (
                "“We will win,” said Ann Lee. “The voters are with us.”",
                &["We will win,” said Ann Lee. “The voters are with us."],
            ),
            // Across a paragraph break right after the attribution.
            (
                "“We will win,” Ann Lee said.\n“The voters are with us.”",
                &["We will win,” Ann Lee said.\n“The voters are with us."],
            ),
            // A short sentence is no title.
            (
                "“We are not ready,” Ann Lee said on Monday, though she said, “I hope to.”",
                &["We are not ready,", "I hope to."],
            ),
            // A cue word after an article is a noun, not another report.
            (
                "“We will win,” Ann Lee wrote in an early morning tweet, “and the voters are with us.”",
                &["We will win,” Ann Lee wrote in an early morning tweet, “and the voters are with us."],
            ),
            (
                "“We will win,” Ann Lee wrote, and then she tweeted, “and the voters are with us.”",
                &["We will win,", "and the voters are with us."],
            ),
            // A title in the attribution is passed over; other quoted words are not.
            (
                "“We will win,” Ann Lee said on the show “Meet the Press.” “The voters are with us.”",
                &["We will win,” Ann Lee said on the show “Meet the Press.” “The voters are with us."],
            ),
            (
                "“We will win,” Ann Lee said of the “sad and tired old guard.” “The voters are with us.”",
                &["We will win,” Ann Lee said of the “sad and tired old guard.", "The voters are with us."],
            ),
            // A mixed quote before its attribution resumes the same way.
            (
                "Ann Lee was “sure of a win,” said Tom Hale. “The voters are with us.”",
                &["Ann Lee was “sure of a win,” said Tom Hale. “The voters are with us."],
            ),
            (
                "Ann Lee was “sure of a win,” said Tom Hale. The rally ended early.\n“The voters are with us.”",
                &["Ann Lee was “sure of a win,”", "The voters are with us."],
            ),
            // Not when another sentence of narration comes between.
            (
                "“We will win,” Ann Lee said. The rally ended early.\n“The voters are with us.”",
                &["We will win,", "The voters are with us."],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(joined(text), *expected, "joining in {text:?}");
        }
    }
}
