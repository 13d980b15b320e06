//! Reporting frames: a cue verb, its subject mention and the clause it reports.
//!
//! A frame is found for every cue word of the speech-verb list that stands in
//! narration (not inside quotation marks) with a subject: before it
//! (`Mr Kline said`, `Kevin Courtney, …, has said`, `the nursing union official
//! said`), after it (`said the Unite official`), or shared with an earlier
//! verb (`…, claiming that`, `… but said`). Passives (`is said to`, `have been
//! described as`) are not frames: they have no speaker.
//!
//! The subject mentions themselves (the noun phrase before or after the
//! cue, past appositions) are read in `subject`.

use super::{lower_is_one_of, WithinWalk};
use crate::knowledge::lower;
use crate::knowledge::{CueFlags, Knowledge};
use crate::segment::{is_article, Segmentation, Token};
use crate::span::Span;

mod after_quote;
mod inverted;
mod nonfinite;
mod report_start;
mod subject;

use inverted::subject_after;
use report_start::clause_start;
use subject::is_determiner;
pub(super) use subject::{noun_phrase_tail, sentence_subject, subject_before};

/// Where the subject of a frame stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectPlace {
    /// `X said`
    Before,
    /// `said X`
    After,
    /// `…, claiming that` or `… and said`: the subject of an earlier verb.
    Shared,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Frame {
    pub cue: Span,
    pub flags: CueFlags,
    pub subject: Span,
    pub place: SubjectPlace,
    pub sentence: usize,
    /// Where the reported clause starts (after the cue, a listener and `that`).
    pub clause_start: usize,
    /// Where the text governed by this frame begins (its subject or connector);
    /// an earlier frame's clause ends here.
    pub boundary: usize,
}

/// Finds the frames of every sentence; `quoted` are the spans inside quotation
/// marks, sorted by start (a single-quoted span may hold a double-quoted one;
/// the last to start rules), whose words are content, not cues.
///
/// Most sentences hold no cue, so one pass over the document's tokens looks
/// for the words that start one, and only the sentences holding such a word
/// are parsed, from those words on.
pub fn find_frames(
    text: &str,
    seg: &Segmentation,
    quoted: &[Span],
    knowledge: &Knowledge,
) -> Vec<Frame> {
    let starts = cue_starts(text, &seg.tokens, quoted, knowledge);
    let mut frames = Vec::with_capacity(starts.len());
    // The sentence of the last cue word: its tokens and where they start in
    // `seg.tokens`; `toks` is filled once a cue word there passes the first tests.
    let mut sentence: Option<SentenceTokens> = None;
    let mut toks: Vec<Token> = Vec::with_capacity(64);
    let mut first_frame = 0;
    // A cue's later words (`according to`) start no other cue.
    let mut free_from = 0;
    // The sentences that start up to the current cue word, counted as they go
    // by: the last of them holds it, if any does (`Segmentation::sentence_at`).
    let mut sentences_started = 0;
    // The same count for the quotes.
    let mut in_quoted = WithinWalk::new(quoted);
    for k in starts {
        let Some(&span) = seg.tokens.get(k) else {
            continue;
        };
        while seg
            .sentences
            .get(sentences_started)
            .is_some_and(|s| s.span.start <= span.start)
        {
            sentences_started += 1;
        }
        let Some(index) = sentences_started.checked_sub(1) else {
            continue;
        };
        if sentence.is_none_or(|s| s.index != index) {
            let Some(s) = SentenceTokens::new(seg, index, k) else {
                continue;
            };
            sentence = Some(s);
            toks.clear();
            first_frame = frames.len();
            free_from = 0;
        }
        let Some(s) = sentence else { continue };
        // The sentence's tokens are those of `Segmentation::tokens_in`.
        if !(s.first..s.end).contains(&k) {
            continue;
        }
        let i = k - s.first;
        // The first tests of a cue, cheaper before the sentence's tokens are
        // made: no cue inside a sentence is capitalized (`cue_at` tests that
        // again for capitals beyond ASCII), and none lies in quotes (tested here only).
        let capitalized = text
            .as_bytes()
            .get(span.start)
            .is_some_and(u8::is_ascii_uppercase);
        let in_quotes = in_quoted.holds(span);
        if i < free_from || (i > 0 && capitalized) || in_quotes {
            continue;
        }
        if toks.is_empty() {
            toks.extend(seg.tokens[s.first..s.end].iter().map(|&span| Token {
                span,
                text: span.of(text),
            }));
        }
        let Some((flags, cue_end_token)) = cue_at(&toks, i, knowledge) else {
            continue;
        };
        let cue = Span::new(toks[i].span.start, toks[cue_end_token].span.end);
        let earlier = frames[first_frame..].last().map(|f: &Frame| f.subject);
        if let Some(frame) = frame_at(
            text,
            &toks,
            i,
            cue_end_token,
            cue,
            flags,
            index,
            earlier,
            knowledge,
        ) {
            frames.push(frame);
        }
        free_from = cue_end_token + 1;
    }
    frames
}

/// The indices of the `tokens` outside `quoted` that are cue starts: the one
/// test that runs on (nearly) every token.
fn cue_starts(text: &str, tokens: &[Span], quoted: &[Span], knowledge: &Knowledge) -> Vec<usize> {
    // Almost always, the bytes of each word tell whether it starts a cue.
    let bytewise = knowledge.cue_starts_bytewise(text);
    // About one word in 40 of news text starts a cue.
    let mut starts = Vec::with_capacity(tokens.len() / 32);
    let mut k = 0;
    for (j, q) in quoted.iter().enumerate() {
        // The words up to the quote, read in order up to the first at or
        // after its start: no search through the document's tokens.
        let rest = tokens.get(k..).unwrap_or_default();
        k += push_cue_starts(text, k, rest, q.start, knowledge, bytewise, &mut starts);
        // The words inside this quote are content: `within` holds for them
        // (up to where the next quote starts, which then is the last to start).
        let next_start = quoted.get(j + 1).map_or(usize::MAX, |n| n.start);
        let rest = tokens.get(k..).unwrap_or_default();
        k += rest
            .iter()
            .take_while(|t| t.end <= q.end && t.start < next_start)
            .count();
    }
    let rest = tokens.get(k..).unwrap_or_default();
    push_cue_starts(text, k, rest, usize::MAX, knowledge, bytewise, &mut starts);
    starts
}

/// Pushes to `starts` the index of each of `spans` (the tokens from index
/// `first` on) that is a cue start, up to the first span starting at or after
/// `until`, and returns how many spans it read; `bytewise` as
/// [`Knowledge::cue_starts_bytewise`] says for the text. Kept out of line, so
/// that its loop keeps its state in registers.
#[inline(never)]
fn push_cue_starts(
    text: &str,
    first: usize,
    spans: &[Span],
    until: usize,
    knowledge: &Knowledge,
    bytewise: bool,
    starts: &mut Vec<usize>,
) -> usize {
    if bytewise {
        // The common case, as its own loop: one lookup of the bytes per word.
        let bytes = text.as_bytes();
        for (j, span) in spans.iter().enumerate() {
            if span.start >= until {
                return j;
            }
            // Most words are ruled out by their first and last bytes and length.
            let Some(word) = bytes.get(span.start..span.end) else {
                continue;
            };
            let (Some(&a), Some(&z)) = (word.first(), word.last()) else {
                continue;
            };
            if !knowledge.may_start_cue(a, z, word.len()) {
                continue;
            }
            if knowledge.is_cue_start_bytes(word) {
                starts.push(first + j);
            }
        }
        return spans.len();
    }
    for (j, &span) in spans.iter().enumerate() {
        if span.start >= until {
            return j;
        }
        let Some(bytes) = text.as_bytes().get(span.start..span.end) else {
            continue;
        };
        let is_cue_start = if bytes.is_ascii() {
            knowledge.is_cue_start_bytes(bytes)
        } else {
            knowledge.is_cue_start(span.of(text))
        };
        if is_cue_start {
            starts.push(first + j);
        }
    }
    spans.len()
}

/// A sentence and the range of its tokens in [`Segmentation::tokens`].
#[derive(Debug, Clone, Copy)]
struct SentenceTokens {
    index: usize,
    first: usize,
    end: usize,
}

impl SentenceTokens {
    /// The tokens of sentence `index`, as [`Segmentation::tokens_in`] gives
    /// them, where token `k` starts inside the sentence.
    ///
    /// The tokens are in order of start and of end: the sentence's first is
    /// found by counting back from `k` over the tokens starting in it, and
    /// its end by counting on over those ending in it. A sentence's length
    /// of steps, each predictable, beats a binary search through all the
    /// document's tokens, whose steps wait on each other's loads.
    fn new(seg: &Segmentation, index: usize, k: usize) -> Option<SentenceTokens> {
        let span = seg.sentences.get(index)?.span;
        let up_to_k = seg.tokens.get(..=k)?;
        let starting_inside = up_to_k
            .iter()
            .rev()
            .take_while(|t| t.start >= span.start)
            .count();
        let first = up_to_k.len() - starting_inside;
        let ends_inside = |t: &Span| t.end <= span.end;
        let last = if up_to_k.last().is_some_and(ends_inside) {
            let after_k = seg.tokens.get(k + 1..).unwrap_or_default();
            k + 1 + after_k.iter().take_while(|t| ends_inside(t)).count()
        } else {
            up_to_k.partition_point(ends_inside)
        }
        .max(first);
        Some(SentenceTokens {
            index,
            first,
            end: last,
        })
    }
}

/// The cue starting at token `i`, with the index of its last token; token `i`
/// is not in quotation marks (the caller tells).
fn cue_at(toks: &[Token], i: usize, knowledge: &Knowledge) -> Option<(CueFlags, usize)> {
    let tok = toks[i];
    // A capitalized cue only opens a sentence as a multi-word cue (`According to X, …`).
    if tok.is_capitalized() && i > 0 {
        return None;
    }
    // What the word starts, asked once: most words start no multi-word cue,
    // the rest one or two.
    let start = knowledge.cue_start(tok.text);
    for (words, flags) in start.multiword {
        // (Beyond ASCII, the list is all of them: most start with another
        // word, which its length tells; words of different lengths differ.)
        if words.first().map(String::len) != Some(tok.text.len()) {
            continue;
        }
        let fits = words.iter().enumerate().all(|(k, w)| {
            toks.get(i + k)
                .is_some_and(|t| t.text.eq_ignore_ascii_case(w))
        });
        if fits && !words.is_empty() {
            return Some((*flags, i + words.len() - 1));
        }
    }
    if tok.is_capitalized() {
        return None;
    }
    let flags = start.cue?;
    // `called for`, `asked for`, `calls on`: requests, not speech.
    let request = flags.naming || start.asks;
    // (`asked for an assurance that …`: a request for words reports them;
    // not a relative `that`, which a verb follows: `asked for the money that
    // was owed`.)
    let for_words_that = || {
        toks.get(i + 1).is_some_and(|t| t.text == "for")
            && toks
                .iter()
                .enumerate()
                .skip(i + 2)
                .take(4)
                .take_while(|(_, t)| is_word(t) && !t.is_capitalized())
                .find(|(_, t)| t.text == "that")
                .and_then(|(k, _)| toks.get(k + 1))
                .is_some_and(|next| {
                    !knowledge.is_finite_verb(next.text) && !next.text.ends_with("ed")
                })
    };
    if request
        && toks.get(i + 1).is_some_and(|next| {
            lower_is_one_of(next.text, &["for", "on", "off", "up", "in", "out", "to"])
        })
        && !for_words_that()
    {
        return None;
    }
    Some((flags, i))
}

#[allow(clippy::too_many_arguments)]
fn frame_at(
    text: &str,
    toks: &[Token],
    i: usize,
    last: usize,
    cue: Span,
    flags: CueFlags,
    sentence: usize,
    earlier: Option<Span>,
    knowledge: &Knowledge,
) -> Option<Frame> {
    if cue.of(text).eq_ignore_ascii_case("according to") {
        return according_frame(toks, last, cue, flags, sentence, knowledge);
    }
    // Walk back over `has also`, `later`, `publicly` to the subject.
    let mut j = i;
    let mut passive = false;
    while j > 0 {
        // `Warren on Tuesday accused …`: skip a day or date between subject and verb.
        if j >= 2
            && toks[j - 2].text == "on"
            && toks[j - 1].is_capitalized()
            && knowledge.is_function_word(toks[j - 1].text)
        {
            j -= 2;
            continue;
        }
        let word = toks[j - 1];
        // `the former monopoly said`: a word in -ly after a determiner phrase
        // is its noun, not an adverb.
        let after_determiner = || {
            toks[..j - 1]
                .iter()
                .rev()
                .take(3)
                .take_while(|t| is_word(t) && (!t.is_capitalized() || is_determiner(t.text)))
                .any(|t| is_determiner(t.text))
        };
        // Between a subject and its verb the modifiers are lowercase: a
        // capitalized `May` is a name (`Theresa May said`).
        let modifier = knowledge.is_verb_modifier_in_any_case(word.text)
            && !(word.is_capitalized()
                && j >= 2
                && knowledge.first_name(toks[j - 2].text).is_some());
        // (`The firm quickly said`: after a noun that heads such a phrase, it is an adverb.)
        let after_head_noun = || {
            j.checked_sub(2)
                .and_then(|k| toks.get(k))
                .is_some_and(|head| {
                    knowledge.is_role(head.text) || knowledge.org_noun(head.text).is_some()
                })
        };
        // (`The council has repeatedly said`: after an auxiliary too.)
        let after_auxiliary = || {
            j.checked_sub(2)
                .and_then(|k| toks.get(k))
                .is_some_and(|aux| knowledge.is_finite_verb(aux.text))
        };
        if modifier
            || (!word.is_capitalized()
                && is_ly_adverb(word.text)
                && (!after_determiner() || after_head_noun() || after_auxiliary()))
        {
            passive |= lower_is_one_of(word.text, &["is", "are", "was", "were"])
                && !toks[i].text.ends_with("ing");
            j -= 1;
        } else {
            break;
        }
    }
    let before_word = j.checked_sub(1).and_then(|k| toks.get(k)).map(|t| t.text);
    if passive || before_word.is_some_and(|w| lower_is_one_of(w, &["be", "been", "being"])) {
        return None;
    }
    if nonfinite::is_elliptical(before_word, flags) || nonfinite::is_noun_after_indefinite(toks, i)
    {
        return None;
    }
    // `a campaign threatened by the alliance`, `a warning issued by`: a
    // participle of the passive, not a report.
    if toks.get(last + 1).is_some_and(|t| t.text == "by") {
        return None;
    }
    // `a profit warning following …`: an -ing form just after an article is a
    // noun, not a report; not after a text that speaks (`issued a statement
    // saying …`, `filed a lawsuit alleging …`), whose words it reports.
    let after_document = i >= 1 && knowledge.is_document(toks[i - 1].text);
    if flags.participle
        && !after_document
        && toks[i.saturating_sub(2)..i]
            .iter()
            .any(|t| lower_is_one_of(t.text, &["a", "an", "the"]))
    {
        return None;
    }
    // `the real cost of maintaining the lines`: a participle after a
    // preposition names an act, except in `by saying`, `while adding`.
    if flags.participle
        && before_word.is_some_and(|w| {
            knowledge.is_preposition(w)
                && !lower_is_one_of(w, &["by", "while", "when", "after", "before", "without"])
        })
    {
        return None;
    }
    // An infinitive inside an earlier report is part of what that one reports.
    let infinitive = nonfinite::is_infinitive_after_noun(toks, j, knowledge);
    if infinitive && earlier.is_some() {
        return None;
    }
    let shared = flags.participle
        || (earlier.is_some()
            && subject_before(toks, j, noun_like(toks[i].text), knowledge)
                .is_some_and(|s| nonfinite::is_prepositional_object(toks, s)))
        || before_word.is_some_and(|w| lower_is_one_of(w, &["and", "but", "–", "—", "-"]))
        || (before_word == Some(",") && j >= 2 && matches!(toks[j - 2].text, "but" | "and"));
    // `the state’s 20 pledged delegates`, `the stated aim`: after an article
    // or a number, a cue modifies a noun.
    let modifies_noun = i >= 1 && {
        let prev = toks[i - 1].text;
        lower_is_one_of(prev, &["a", "an", "the"]) || prev.starts_with(|c: char| c.is_ascii_digit())
    };
    if modifies_noun {
        return None;
    }
    // `Editor’s note:`, `Clinton’s claim`: a cue after a possessive is a noun.
    // (`He’s said` is `he has said`.)
    // (`Sainsbury’s said it would`, `Moody’s warned that`: a past form before
    // what opens a clause is the verb of a name that ends in `’s`; not
    // `Clinton’s stated aim`.)
    let after_possessive = i >= 1 && {
        let prev = toks[i - 1].text;
        let owner = prev.strip_suffix("’s").or_else(|| prev.strip_suffix("'s"));
        owner.is_some_and(|o| !o.is_empty() && knowledge.pronoun(o).is_none())
            && !(toks[i - 1].is_capitalized()
                && is_past_form(toks[i].text)
                && toks.get(i + 1).is_some_and(|n| opens_report(n, knowledge)))
    };
    if after_possessive {
        return None;
    }
    // `The race will be tight, said Ann Lee, an analyst.`: after a comma, a
    // name or role that the sentence or an apposition ends is the inverted
    // subject, not the subject of a report (`…, said Mr Barclay had failed`).
    // `Acme, the pub group, reported a rise in profits.`: after a comma, a
    // cue with another sense taking an object (`reported`, `announced`) is
    // inverted only by a subject that can speak: a name, a role or a kind of
    // organization (`…, reported the BBC`, `…, announced the firm`). Right
    // after a quote any subject can (`“…,” added the 46-year-old`).
    let speaks = |subject: Span| {
        !flags.clause
            || toks[last + 1..]
                .iter()
                .take_while(|t| t.span.end <= subject.end)
                .any(|t| {
                    t.is_capitalized()
                        || knowledge.is_role(t.text)
                        || knowledge.org_noun(t.text).is_some()
                })
    };
    let inverted = || {
        let subject = subject_after(toks, last + 1, knowledge)?;
        let mut words = toks[last + 1..].iter();
        // A verb in it makes it a report (`…, said the plans could work`).
        let verb = words
            .by_ref()
            .take_while(|t| t.span.end <= subject.end)
            .any(|t| {
                knowledge.is_finite_verb(t.text) || (t.text.len() > 4 && t.text.ends_with("ed"))
            });
        let ends = toks[last + 1..]
            .iter()
            .find(|t| t.span.start >= subject.end)
            .is_none_or(|t| matches!(t.text, "," | "." | ";"));
        (ends && !verb && speaks(subject)).then_some(subject)
    };
    // `Acme, which represents growers, said its members …`: the comma that
    // closes a relative clause set off after a noun phrase leads to that
    // phrase's verb (after a clause, `The plan will fail, which is a shame,
    // said Ann Lee`, the verb may still be inverted).
    // So does the comma closing a name apposed to the opening noun phrase
    // (`The chairman of the committee, Conservative MP Ann Lee, said the
    // budget, drawn up in 2004, had been …`): no verb in either, no quote
    // before.
    let closes_set_off = || {
        let close = i.saturating_sub(1);
        let opening = toks[..close].iter().rposition(|t| t.text == ",");
        opening.is_some_and(|c| {
            let set_off = &toks[c + 1..close];
            // (A name's acronym in brackets ends it: `…, general secretary
            // of the Secondary Heads Association (SHA), said`.)
            let set_off = without_acronym(set_off);
            let relative = set_off
                .first()
                .is_some_and(|t| lower_is_one_of(t.text, &["which", "who"]));
            let apposed_name = || {
                set_off.last().is_some_and(|t| t.is_capitalized())
                    && set_off.iter().all(|t| {
                        is_word(t)
                            && !knowledge.is_finite_verb(t.text)
                            && !knowledge.is_cue_word(t.text)
                    })
                    && toks[..c].iter().all(is_word)
            };
            (relative || apposed_name())
                && !toks[..c].iter().any(|t| knowledge.is_finite_verb(t.text))
        })
    };
    // (A cue naming its object, `…, praised the scheme,`, is never inverted.)
    let comma_inverted = j == i
        && before_word == Some(",")
        && !flags.object
        && !flags.participle
        && !flags.naming
        && !closes_set_off();
    let inverted_subject = if comma_inverted { inverted() } else { None };
    let (subject, place, boundary) = if let Some(subject) = inverted_subject {
        (subject, SubjectPlace::After, cue.start)
    } else if shared && !(flags.participle && j == 0) {
        let connector_start = toks[..j]
            .iter()
            .rev()
            .take_while(|t| lower_is_one_of(t.text, &["and", "but", ",", "–", "—", "-"]))
            .last()
            .map_or(cue.start, |t| t.span.start);
        let absolute = flags
            .participle
            .then(|| nonfinite::absolute_subject(toks, i, knowledge))
            .flatten();
        if let Some(subject) = absolute {
            (subject, SubjectPlace::Before, subject.start)
        } else {
            let subject = earlier.or_else(|| sentence_subject(toks, knowledge))?;
            (subject, SubjectPlace::Shared, connector_start)
        }
    } else if flags.participle {
        return None; // a sentence-initial `Saying …` modifies the main clause
    } else if infinitive {
        let subject = sentence_subject(toks, knowledge)?;
        (subject, SubjectPlace::Before, subject.start)
    } else if let Some(subject) = subject_before(toks, j, noun_like(toks[i].text), knowledge)
        .or_else(|| after_quote::subject_after_quote(toks, j, knowledge))
    {
        (subject, SubjectPlace::Before, subject.start)
    } else {
        // `“…,” said X` and `…, said X`: an inverted subject follows a quote or a
        // comma; after `told`, `accused` the noun phrase is the listener, not the speaker.
        let after_quote_or_comma =
            i == 0 || matches!(toks[i - 1].text, "," | "”" | "\"" | "’" | "'" | "—" | "–");
        let after_quote = i > 0 && matches!(toks[i - 1].text, "”" | "\"" | "’" | "'");
        // (`“How big is it?” asked the boy, who …`: right after a quote, an
        // inverted subject with nothing after it but an apposition or the
        // sentence's end; a listener is never the last word of a report.)
        let subject = if flags.object {
            if !after_quote {
                return None;
            }
            inverted()?
        } else {
            if !after_quote_or_comma {
                return None;
            }
            // Right after a quote, a bare phrase too (`“…,” said shoppers.`).
            subject_after(toks, last + 1, knowledge)
                .filter(|&s| after_quote || speaks(s))
                .or_else(|| {
                    after_quote
                        .then(|| bare_phrase(toks.get(last + 1..)?, knowledge))
                        .flatten()
                })?
        };
        (subject, SubjectPlace::After, cue.start)
    };
    let clause_start = clause_start(toks, last + 1, flags, place, subject, knowledge);
    Some(Frame {
        cue,
        flags,
        subject,
        place,
        sentence,
        clause_start,
        boundary,
    })
}

/// The frame of `according to X` (cue `cue`, whose last token is `last`):
/// the source follows; the content is the rest of the sentence. Few cues
/// are this one: kept out of [`frame_at`], whose code runs for every cue.
#[cold]
#[inline(never)]
fn according_frame(
    toks: &[Token],
    last: usize,
    cue: Span,
    flags: CueFlags,
    sentence: usize,
    knowledge: &Knowledge,
) -> Option<Frame> {
    // `according to X`: the source follows; the content is the rest of the sentence.
    let subject = subject_after(toks, last + 1, knowledge)?;
    // (`According to the party's spokesman, Ann Lee, the …`: the name
    // apposed to a description is the source, and the comma after it
    // ends the attribution.)
    let comma =
        (last + 1..toks.len()).find(|&k| toks[k].text == "," && toks[k].span.start >= subject.end);
    // `According to Tom Hale, an analyst at Numis, the market …`: the
    // source's apposition is no part of what it says.
    // (`, head of research at Acme,`: a role's phrase needs no article.)
    let apposition_end = comma.and_then(|c| {
        let opens = toks
            .get(c + 1)
            .is_some_and(|t| is_article(t.text) || (is_word(t) && !t.is_capitalized()));
        let close = (c + 2..toks.len().min(c + 12)).find(|&k| toks[k].text == ",")?;
        // A noun phrase with a role or a kind of organization (`, a
        // think tank,`; `an email was sent from its director,` has a
        // verb: it is what was said).
        let words = toks.get(c + 1..close)?;
        let described = words
            .iter()
            .any(|t| knowledge.is_role(t.text) || knowledge.org_noun(t.text).is_some())
            && !words.iter().any(|t| knowledge.is_finite_verb(t.text));
        (opens && described).then_some(close)
    });
    let clause_start = apposition_end
        .or(comma)
        .map_or(subject.end, |k| toks[k].span.end);
    Some(Frame {
        cue,
        flags,
        subject,
        place: SubjectPlace::After,
        sentence,
        clause_start,
        boundary: cue.start,
    })
}

/// `“…,” said shoppers.`, `said staff at the depot.`: lowercase words with no
/// verb up to the end of the sentence, not opening with a function word or an
/// adverb (`said on Tuesday`, `said quietly`), are an inverted subject.
/// (Out of line: asked of few cues, after a quote with no other subject.)
#[inline(never)]
fn bare_phrase(rest: &[Token], knowledge: &Knowledge) -> Option<Span> {
    let first = rest.first()?;
    if !is_word(first)
        || first.is_capitalized()
        || knowledge.is_function_word(first.text)
        || knowledge.is_verb_modifier_in_any_case(first.text)
        || is_ly_adverb(first.text)
    {
        return None;
    }
    let n = rest
        .iter()
        .position(|t| matches!(t.text, "." | ";" | "!" | "?"))
        .unwrap_or(rest.len());
    let words = rest.get(..n).filter(|w| (1..=6).contains(&w.len()))?;
    let clause = words.iter().any(|t| {
        !is_word(t)
            || t.text.eq_ignore_ascii_case("that")
            || knowledge.is_finite_verb(t.text)
            || knowledge.cue(&lower(t.text)).is_some()
    });
    let last = words.last()?;
    (!clause).then(|| Span::new(first.span.start, last.span.end))
}

/// `said`, `told`, `warned`: a cue's past form (which, unlike `claim` or
/// `statement`, is no noun).
fn is_past_form(cue: &str) -> bool {
    matches!(cue, "said" | "told" | "wrote") || cue.len() > 4 && cue.ends_with("ed")
}

/// Whether `t`, right after a cue, opens what it reports: `that`, a
/// determiner or a pronoun (`said it would`, `warned that`, `said the
/// outlook`), a quote mark or a colon; not a noun the cue form modifies
/// (`stated aim`).
fn opens_report(t: &Token, knowledge: &Knowledge) -> bool {
    matches!(t.text, "“" | "\"" | ":" | ",")
        || lower_is_one_of(t.text, &["that"])
        || is_determiner(t.text)
        || knowledge.pronoun(t.text).is_some()
}

/// `reports`, `claims`, `notes`: cue forms that are also plural nouns
/// (`the spate of recent reports`), whose subject must look like a source.
fn noun_like(cue: &str) -> bool {
    cue.ends_with('s') && !matches!(cue, "says" | "tells" | "adds" | "asks")
}

/// `toks` without the acronym in brackets that ends it (`the Amateur Rowing
/// Federation (ARF)`): the acronym is the name's, which ends before it.
pub(super) fn without_acronym<'a, 't>(toks: &'a [Token<'t>]) -> &'a [Token<'t>] {
    match toks {
        [name @ .., open, acronym, close]
            if open.text == "(" && close.text == ")" && acronym.is_capitalized() =>
        {
            name
        }
        _ => toks,
    }
}

/// [`Token::is_word`], telling quotation marks and dashes without Unicode tables.
pub(super) fn is_word(t: &Token) -> bool {
    // Most words begin with an ASCII letter or digit, which no mark or dash does.
    t.text
        .as_bytes()
        .first()
        .is_some_and(u8::is_ascii_alphanumeric)
        || (!(is_mark(t.text) || matches!(t.text, "—" | "–")) && t.is_word())
}

/// `publicly`, `reportedly`: a word ending in `ly`, of more than 4 bytes, in lowercase.
pub(super) fn is_ly_adverb(word: &str) -> bool {
    if word.is_ascii() {
        // An ASCII word keeps its length in lowercase.
        let end = word.len().saturating_sub(2);
        word.len() > 4
            && word
                .get(end..)
                .is_some_and(|e| e.eq_ignore_ascii_case("ly"))
    } else {
        let w = lower(word);
        w.ends_with("ly") && w.len() > 4
    }
}

pub(crate) fn is_mark(s: &str) -> bool {
    // Each mark is `"`, `'` or starts with byte 0xE2 or 0xC2 (`«`, `»`): most
    // words are told by their first byte.
    matches!(s.as_bytes().first(), Some(b'"' | b'\'' | 0xE2 | 0xC2))
        && matches!(s, "“" | "”" | "\"" | "‘" | "’" | "'" | "„" | "«" | "»")
}

#[cfg(test)]
mod tests;
