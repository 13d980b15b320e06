//! How a pair of quotation marks stands in its sentence: as a clause (at a
//! sentence start, after a colon or `said,`, before its attribution) or
//! inside one; resumed after its attribution (`“A,” said X. “B.”`);
//! attributed after a dash or introduced by a colon; or a title or a
//! heading in quotation marks, which quotes no one. A quote whose closing
//! mark is missing is closed before an attribution inside it.

use super::frames::{self, Frame};
use super::marks::MarkQuote;
use super::{has_words, lower_is_one_of, sentence_from, words_of};
use crate::knowledge::{lower, Knowledge};
use crate::segment::{Segmentation, Token};
use crate::span::Span;

/// True when `q` picks up right after the attribution `trailer` in the same
/// paragraph: `“A,” said X. “B.”` or `“A,” X said, “b.”`; `sentence` holds
/// its opening mark.
pub(super) fn resumes_after(
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
            !t.is_capitalized() && since_article.is_none() && knowledge.is_cue_word(t.text)
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
pub(super) fn is_title(piece: &str) -> bool {
    let words = words_of(piece).map(|w| w.trim_end_matches(['.', ',']));
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
    let first = words.clone().next().unwrap_or("");
    let pronoun = ["I", "We", "You", "He", "She", "It", "They"].contains(&first);
    capital(first)
        && !pronoun
        && words.clone().count() <= 6
        && words.clone().filter(|w| capital(w)).count() >= 2
        && words.clone().all(|w| capital(w) || w.len() <= 4)
}

/// `“The numbers are a fantasy, Ann Lee said. The plan …`: a quote whose
/// closing mark is missing ends before an attribution inside it, where the
/// writer left the mark out: in its first sentence, a comma, then a name or
/// a pronoun and a cue (or a cue and a name) ending the sentence; in a later
/// one, a sentence that opens with a name or title and a bare cue (`Mr.
/// Biden said, clutching the lectern.`). The quote then closes there, at an
/// empty mark, so that the attribution is read as any other one.
pub(super) fn close_before_attribution(
    text: &str,
    seg: &Segmentation,
    q: &mut MarkQuote,
    knowledge: &Knowledge,
) {
    if q.close.is_some() {
        return;
    }
    let tokens: Vec<Token> = seg.tokens_in(text, q.content).collect();
    let cue = |t: &Token| !t.is_capitalized() && knowledge.is_cue_word(t.text);
    // (Not `I` or `we`: a first person inside a quote tells a story of its
    // own: `It is too far, I said.`)
    let name = |t: &Token| {
        (t.is_capitalized() && t.is_word() && t.text != "I")
            || (knowledge.pronoun(t.text).is_some() && !lower_is_one_of(t.text, &["i", "we"]))
    };
    let attribution_at = |i: usize| {
        let rest = tokens.get(i + 1..).unwrap_or_default();
        // The attribution ends the sentence: a stop, or the end of the quote.
        let ends = |k: usize| {
            rest.get(k)
                .is_none_or(|t| matches!(t.text, "." | "!" | "?"))
        };
        let names = |from: usize| {
            rest.iter()
                .skip(from)
                .take(3)
                .take_while(|t| name(t))
                .count()
        };
        let named_first = names(0);
        let said_after_name =
            named_first > 0 && rest.get(named_first).is_some_and(&cue) && ends(named_first + 1);
        let said_first = rest.first().is_some_and(&cue) && {
            let n = names(1);
            n > 0 && ends(n + 1)
        };
        said_after_name || said_first
    };
    // The comma attribution only in the quote's first sentence, where the
    // mark was left out: later sentences may tell a story (`My mother never
    // gave up. Keep going, Mum said.`).
    let first_sentence = tokens
        .iter()
        .position(|t| matches!(t.text, "." | "!" | "?"))
        .unwrap_or(tokens.len());
    if let Some(comma) = (1..first_sentence).find(|&i| tokens[i].text == "," && attribution_at(i)) {
        let end = tokens[comma].span.end;
        q.content = Span::new(q.content.start, end);
        q.close = Some(Span::new(end, end));
        return;
    }
    // A later sentence that opens with an attribution of its own is
    // narration: the quote ended before it.
    let opens_attribution = |i: usize| {
        let rest = tokens.get(i..).unwrap_or_default();
        // A title and its stop (`Mr.`) belong to the name.
        let title = |t: &Token| knowledge.title(t.text).is_some();
        let named = rest
            .iter()
            .take(4)
            .take_while(|t| name(t) || title(t) || t.text == ".")
            .count();
        // A name or a title opens it: not a pronoun, which may tell a story
        // inside the quote, nor `But they insisted.`.
        named > 0
            && rest
                .first()
                .is_some_and(|t| title(t) || name(t) && !knowledge.is_function_word(t.text))
            && rest.get(named).is_some_and(&cue)
            && rest
                .get(named + 1)
                .is_none_or(|t| matches!(t.text, "," | "." | "!" | "?"))
    };
    // A sentence starts after a stop, and any closing marks after it
    // (`that?'” Mr. Biden said`); a stop after an abbreviation (`Mr.`)
    // ends none.
    let is_mark = |t: &Token| {
        t.text
            .chars()
            .all(|c| matches!(c, '\'' | '"' | '’' | '”' | '‘' | '“'))
    };
    let sentence_starts = (first_sentence + 1..tokens.len()).filter(|&i| {
        let Some(stop) = tokens[..i].iter().rposition(|t| !is_mark(t)) else {
            return false;
        };
        let abbreviation = stop >= 1
            && tokens[stop].text == "."
            && knowledge.is_abbreviation(tokens[stop - 1].text, false);
        matches!(tokens[stop].text, "." | "!" | "?") && !abbreviation && tokens[i].is_capitalized()
    });
    for start in sentence_starts {
        if opens_attribution(start) {
            let end = tokens[start - 1].span.end;
            q.content = Span::new(q.content.start, end);
            q.close = Some(Span::new(end, end));
            return;
        }
    }
}

/// True when the marked span stands as a clause rather than a fragment of
/// narration; `sentence` holds its opening mark, `trailing` is its [`trailing_frame`](super::indirect::trailing_frame).
pub(super) fn is_clause_position(
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
    let (words, capitalized) = words_of(text)
        .filter(|w| w.chars().next().is_some_and(char::is_alphanumeric))
        .fold((0, 0), |(words, capitalized), w| {
            let upper = w.chars().next().is_some_and(char::is_uppercase);
            (words + 1, capitalized + usize::from(upper))
        });
    words > 0 && capitalized * 4 >= words * 3
}

/// `“…” ― Esther Tapia` at the end of a paragraph: the dash is the cue and the
/// name after it the speaker. Returns (dash, mention).
pub(super) fn dash_attribution(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
) -> Option<(Span, Span)> {
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
    let words = words_of(name).count();
    // On a line of its own, only a name (not a list item: `- Parenting plans`).
    let name_only = || words <= 5 && words_of(name).all(|w| w.starts_with(char::is_uppercase));
    let plausible = (1..=8).contains(&words)
        && name.chars().next().is_some_and(char::is_uppercase)
        && !name.contains(['“', '"', '!', '?', ':', ';'])
        && (!ends_paragraph || name_only());
    let start = dash_span.end + name_lead;
    plausible.then(|| (dash_span, Span::new(start, start + name.len())))
}

/// The part of the quote's sentence (`sentence`, holding its opening mark)
/// before the quote when it ends in a colon: where the sentence starts, the
/// colon, and the tokens before it.
///
/// A quote that opens its sentence may be introduced by the sentence before
/// it when that one ends in the colon (`Ann Lee echoed:` ¶ `“…”`): a colon
/// ends no sentence, so only a line break comes between them.
fn before_colon<'t>(
    text: &'t str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
) -> Option<(usize, Span, Vec<Token<'t>>)> {
    let sentence = sentence?;
    let mut start = seg.sentences.get(sentence)?.span.start;
    let mut before = text.get(start..q.open.start)?.trim_end();
    if before.is_empty() {
        let previous = seg.sentences.get(sentence.checked_sub(1)?)?.span;
        let lead_in = text.get(previous.start..q.open.start)?.trim_end();
        if lead_in.ends_with(':') {
            (start, before) = (previous.start, lead_in);
        }
    }
    let head = before.strip_suffix(':')?.trim_end();
    let colon = Span::new(start + head.len(), start + before.len());
    let toks = seg
        .tokens_in(text, Span::new(start, start + head.len()))
        .collect();
    Some((start, colon, toks))
}

/// `Band member Flea: “…”`, `Donald Trump: "…"`: a sentence that is only a
/// speaker's name or description and a colon before the quote. Returns
/// (colon, mention); `sentence` holds the opening mark.
pub(super) fn colon_attribution(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    knowledge: &Knowledge,
) -> Option<(Span, Span)> {
    let (start, colon, toks) = before_colon(text, seg, q, sentence)?;
    // `NEW POLL SHOWS A LEAD - Tom Hale: “…”`: in a digest, the source
    // follows the item's heading after a spaced dash; `More from Hale:`,
    // `From the report:` name it after `from`.
    let after_dash = toks
        .iter()
        .rposition(|t| matches!(t.text, "-" | "–" | "—"))
        .map_or(0, |k| k + 1);
    let mut toks = toks.get(after_dash..).unwrap_or_default();
    let from = match toks {
        [more, from, ..] if more.text == "More" && from.text == "from" => 2,
        [from, ..] if from.text == "From" => 1,
        _ => 0,
    };
    toks = toks.get(from..).unwrap_or_default();
    // `Stated Stone:`, `Said the mayor:`: a cue opening the line goes before its subject.
    let said = match toks {
        [cue, _, ..] if cue.is_capitalized() && knowledge.cue(&lower(cue.text)).is_some() => 1,
        _ => 0,
    };
    toks = toks.get(said..).unwrap_or_default();
    let from = from + said;
    let first = toks.first()?;
    let start = if after_dash + from > 0 {
        first.span.start
    } else {
        start
    };
    let cue_inside = toks
        .iter()
        .any(|t| !t.is_capitalized() && knowledge.cue(&lower(t.text)).is_some());
    if toks.len() > 8 || cue_inside {
        return None;
    }
    let mention = frames::noun_phrase_tail(toks, true, knowledge)?;
    (mention.start == start).then_some((colon, mention))
}

/// `She then turned to the crowd: “…”`, `The board was blunt in its
/// findings: “…”`: a sentence whose subject acts, ending in a colon right
/// before the quote, introduces it, and its subject is the speaker. Returns
/// (colon, mention); `sentence` holds the opening mark.
pub(super) fn colon_introduction(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    knowledge: &Knowledge,
) -> Option<(Span, Span)> {
    let (_, colon, toks) = before_colon(text, seg, q, sentence)?;
    let finite = |t: &Token| knowledge.is_finite_verb(t.text);
    let past = |t: &Token| t.text.len() > 4 && t.text.ends_with("ed");
    // (`When Ann Lee retired, Tom Hale said:`: the subject of a clause that
    // opens the sentence is not the sentence's.)
    let subordinate = toks.first().is_some_and(|t| {
        lower_is_one_of(
            t.text,
            &[
                "when", "after", "before", "while", "as", "if", "although", "because", "since",
                "once", "until",
            ],
        )
    });
    let sentence_subject = (!subordinate)
        .then(|| frames::sentence_subject(&toks, knowledge))
        .flatten();
    let subject = sentence_subject.filter(|subject| {
        // The subject's verb comes next, after any modifiers (`then`, `later`):
        // a finite verb or a past form, not a noun (`Breaking news:`).
        toks.iter()
            .skip_while(|t| t.span.start < subject.end)
            .find(|t| finite(t) || !knowledge.is_verb_modifier_in_any_case(t.text))
            .is_some_and(|verb| !verb.is_capitalized() && (finite(verb) || past(verb)))
    });
    // `When Wallace died in 1998, President Clinton released the following
    // statement:`: else the last verb before the colon and the subject
    // standing right before it (ending in a name, role or organization
    // noun); not a preposition's object (`His message to the chancellor
    // was:`), nor words holding another verb.
    let subject = subject.or_else(|| {
        let verb = toks
            .iter()
            .rposition(|t| !t.is_capitalized() && (finite(t) || past(t)))?;
        let subject = frames::subject_before(&toks, verb, true, knowledge)?;
        let first = toks.iter().position(|t| t.span.start == subject.start)?;
        let after_preposition = first
            .checked_sub(1)
            .is_some_and(|k| knowledge.is_preposition(toks[k].text));
        let verb_inside = toks[first..verb]
            .iter()
            .any(|t| !t.is_capitalized() && (finite(t) || past(t)));
        (!after_preposition && !verb_inside).then_some(subject)
    })?;
    Some((colon, subject))
}

/// `'All Bets Are Off.'` alone on a line: a section heading in quotation marks,
/// not somebody's words continuing the previous quote. So is a short phrase
/// alone on a line in single marks (`'A change warrior.'`, set between
/// dashes too: `– ‘Who cares?’ –`) in a document whose quotes take double
/// marks (`doubles`), where single marks only nest inside a quote.
pub(super) fn is_quoted_heading(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    doubles: bool,
) -> bool {
    let Some(para) = seg
        .paragraph_at(q.open.start)
        .and_then(|i| seg.paragraphs.get(i))
    else {
        return false;
    };
    let Some(close) = q.close else {
        return false;
    };
    let whole_paragraph = para.start == q.open.start && close.end == para.end;
    let single = matches!(q.open.of(text), "'" | "‘");
    // Only dashes, spaces and a stop around the marks.
    let framed = |s: &str| s.chars().all(|c| matches!(c, '–' | '—' | '-' | ' ' | '.'));
    let alone = whole_paragraph
        || (single
            && para.start <= q.open.start
            && close.end <= para.end
            && text.get(para.start..q.open.start).is_some_and(framed)
            && text.get(close.end..para.end).is_some_and(framed));
    if !alone {
        return false;
    }
    // A heading has at most 8 words: count up to 9.
    let (words, capitalized) =
        words_of(q.content.of(text))
            .take(9)
            .fold((0, 0), |(words, capitalized), w| {
                let upper = w.chars().next().is_some_and(char::is_uppercase);
                (words + 1, capitalized + usize::from(upper))
            });
    let title_case = capitalized * 4 >= words * 3 && words >= 2;
    // (`"Related:"`, `"See also:"`: a label of up to three words before a link.)
    let label = words <= 3 && q.content.of(text).ends_with(':');
    words <= 8 && (title_case || label || (single && doubles && words >= 1))
}
