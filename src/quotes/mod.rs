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
                clause_of(text, seg, &frames, *i, knowledge).is_some_and(|clause| {
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
            // A short line in single marks is a heading where quotes take double marks …
            ("“It is over,” he said.\n\n'A long fight.'\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
            ("“It is over,” he said.\n\n– ‘Who cares?’ –\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
            // A short label before a link is no quote.
            ("“It is over,” he said.\n\n\"See also:\"\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
            // … not where they take single marks (British style): there it goes on quoting.
            (
                "'It is over,' he said.\n\n'We fight on.'\n\nMr Blair ran again.",
                &[(Direct, "It is over,", "he"), (Direct, "We fight on.", "")],
            ),
            (
                "“The public expects better,” said Rachel Harrison, who told reporters the offer was “an insult”.",
                &[(Direct, "The public expects better,", "Rachel Harrison"), (Mixed, "the offer was “an insult”", "Rachel Harrison")],
            ),
            ("According to the IFS, teacher pay has fallen in real terms.", &[(Indirect, "teacher pay has fallen in real terms", "the IFS")]),
            // The source's apposition, with or without an article, is no part of
            // what it says (fire); a clause after the comma is (must not).
            (
                "According to Tom Hale, head of research at Acme Capital, the market will fall.",
                &[(Indirect, "the market will fall", "Tom Hale")],
            ),
            (
                "According to Tom Hale, prices will rise, and wages will fall.",
                &[(Indirect, "prices will rise, and wages will fall", "Tom Hale")],
            ),
            // After a listener, a word a finite verb follows is the report's
            // subject (fire); a listener's own lowercase head is not (must not).
            ("Ann Lee told the BBC prices would fall.", &[(Indirect, "prices would fall", "Ann Lee")]),
            (
                "Ann Lee told the BBC's Today programme it was wrong.",
                &[(Indirect, "it was wrong", "Ann Lee")],
            ),
            // After a comma, a cue with an object sense is inverted only by a
            // subject that can speak (must not: `reported a rise`; fire: `reported the BBC`).
            ("Halden Crowe, the bank, reported a rise in profits.", &[]),
            ("The plan will fail, reported the BBC.", &[(Indirect, "The plan will fail", "the BBC")]),
            // A listener before `that` is none of the report (fire); a verb
            // makes the words before `that` a clause, an infinitive a report
            // whose `that` is a determiner (must not).
            ("Ann Lee warned ministers that the plan would fail.", &[(Indirect, "the plan would fail", "Ann Lee")]),
            (
                "Ann Lee told a meeting of party activists that the plan was working.",
                &[(Indirect, "the plan was working", "Ann Lee")],
            ),
            (
                "Ann Lee warned the plan would mean that rents rise.",
                &[(Indirect, "the plan would mean that rents rise", "Ann Lee")],
            ),
            (
                "Ann Lee asked him not to make that speech.",
                &[(Indirect, "him not to make that speech", "Ann Lee")],
            ),
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
            // After a comma, a conjunction opening another speaker's report
            // ends the first (fire); inside a report it does not (must not).
            (
                "Ann Lee said the reforms were overdue, while Tom Hale warned that they were rushed.",
                &[(Indirect, "the reforms were overdue", "Ann Lee"), (Indirect, "they were rushed", "Tom Hale")],
            ),
            (
                "Ann Lee said the reforms were overdue, but she thought they were rushed.",
                &[(Indirect, "the reforms were overdue, but she thought they were rushed", "Ann Lee")],
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
            // … but after a text that speaks, the participle reports its words.
            (
                "The council issued a statement saying the road would reopen in May.",
                &[(Indirect, "the road would reopen in May", "The council")],
            ),
            (
                "Two residents filed a lawsuit alleging the council had ignored “every warning.”",
                &[(Mixed, "the council had ignored “every warning.”", "Two residents")],
            ),
            ("The council issued a new warning following the storm in May.", &[]),
            // A participle shares the subject named before an apposition, not after an adverbial.
            (
                "Ann Lee, a former mayor, endorsed Tom Hale on Monday, saying he “will fix the roads.”",
                &[(Mixed, "he “will fix the roads.”", "Ann Lee")],
            ),
            (
                "In Leeds, Ann Lee endorsed Tom Hale on Monday, saying he “will fix the roads.”",
                &[(Mixed, "he “will fix the roads.”", "Ann Lee")],
            ),
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
            // A cue with a noun-phrase sense reports only a clause when no `that` follows it.
            ("The mayor posted a picture of the flooded square on Sunday.", &[]),
            ("The mayor posted she would not seek a second term.", &[(Indirect, "she would not seek a second term", "The mayor")]),
            ("Mr Reyes claimed the prize for the fastest lap in the race.", &[]),
            ("Mr Reyes claimed the timing system had failed twice.", &[(Indirect, "the timing system had failed twice", "Mr Reyes")]),
            ("The club added two new coaches to its staff this summer.", &[]),
            ("The club added that two new coaches would start in June.", &[(Indirect, "two new coaches would start in June", "The club")]),
            ("Ann Lee wrote a long letter to the head of the council.", &[]),
            ("Ann Lee claimed Tom Hale and his deputy were never told.", &[(Indirect, "Tom Hale and his deputy were never told", "Ann Lee")]),
            // A subordinate clause after a cue is an adjunct, not what was said.
            ("“We are ready,” Ann Lee said as she left the stage in Leeds.", &[(Direct, "We are ready,", "Ann Lee")]),
            ("The mayor said when the storm hit the town hall was closed.", &[]),
            (
                "The mayor said while the town was safe they still had work to do.",
                &[(Indirect, "while the town was safe they still had work to do", "The mayor")],
            ),
            // Verbs that judge or present their object name it with a quoted fragment.
            (
                "Ann Lee credited the coach with holding “the whole squad together” all season.",
                &[(Mixed, "the whole squad together", "Ann Lee")],
            ),
            ("The mayor blamed the delays on “a broken system” in a speech.", &[(Mixed, "a broken system", "The mayor")]),
            ("Ann Lee thanked the volunteers for their work over the summer.", &[]),
            // Speaking of a topic names it with a quoted fragment in the speaker's words.
            ("The senator talked about a “fresh start” for the city.", &[(Mixed, "fresh start", "The senator")]),
            ("The senator talked about the weather for an hour.", &[]),
            // A demand names what it demands with a quoted fragment; unmarked, it reports no clause.
            ("The MPs called for “a fresh start” on school funding.", &[(Mixed, "a fresh start", "The MPs")]),
            ("The MPs called for a fresh start on school funding in the spring.", &[]),
            // A subordinate clause or a time phrase opening the sentence is no content of the
            // attribution after it, unless a comma ends it before a main clause.
            ("As the crowd cheered in the square, the mayor announced his resignation.", &[]),
            ("Later in the day, the council said it would reopen the road.", &[(Indirect, "it would reopen the road", "the council")]),
            ("Last week, the council said it would act.", &[(Indirect, "it would act", "the council")]),
            ("This makes it hard to act, the mayor said.", &[(Indirect, "This makes it hard to act", "the mayor")]),
            (
                "As costs rise, jobs will go, the mayor said on Monday.",
                &[(Indirect, "As costs rise, jobs will go", "the mayor")],
            ),
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
