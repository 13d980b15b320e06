//! The clause a reporting frame reports: the frame right after a quote
//! (`“…,” said X`) or right before it (`X said: “…”`), and, for a frame
//! with no marks, the reported clause itself (`said that …`, `said
//! ministers would …`), not an adjunct (`said on Monday`) nor a belief.

use super::frames::{self, Frame, SubjectPlace};
use super::marks::MarkQuote;
use super::{has_words, lower_is_one_of, sentence_from, words_of};
use crate::knowledge::{lower, CueFlags, Knowledge};
use crate::segment::{is_number, Segmentation};
use crate::span::Span;

/// The frame attributing a quote from right after it: `“…,” said X`, `“…” he said`;
/// `sentence` holds its opening mark.
pub(super) fn trailing_frame(
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
    // `“…” ¶ That is how Ann Lee describes the spring.`: a sentence that
    // opens by pointing back at the quote attributes it.
    let recalled = points_back(text, seg, sentence + 1);
    // (`Ann Lee asked: “Why?” ¶ The Tories accused …`: a quote a colon
    // introduces has its attribution before it; the next sentence is not it.)
    let introduced = text[..q.open.start].trim_end().ends_with(':');
    let asks = asks && !introduced;
    let limit_sentence = if asks || recalled.is_some() {
        sentence + 1
    } else {
        sentence
    };
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
            // (The pointing words stand between: `That is how` and the subject.)
            if let Some(subject) = recalled.filter(|_| next_sentence) {
                return f.place == SubjectPlace::Before && f.subject.start == subject;
            }
            if next_sentence {
                let end = seg
                    .sentences
                    .get(f.sentence)
                    .map_or(f.clause_start, |s| s.span.end);
                let attribution_end = f.cue.end.max(f.subject.end).min(end);
                let rest = &text[attribution_end..end];
                let adjunct = || opens_adjunct(rest, f.flags.object, f.flags.infinitive, knowledge);
                if has_words(&text[f.clause_start.min(end)..end], 4) && !adjunct() {
                    return false;
                }
                // (`“Who dreamt this up?” ¶ The Tories accused ministers of
                // meddling.`: in the next paragraph even a short report is
                // the sentence's own; only an attribution with a listener or
                // an adjunct at most is the question's: `¶ Paul Ridley asked
                // the council at a meeting.`)
                let new_paragraph = seg
                    .sentences
                    .get(f.sentence)
                    .zip(seg.sentences.get(sentence))
                    .is_some_and(|(next, this)| next.paragraph != this.paragraph);
                // (An `of` after the listener of `accused` is the report's.)
                let of_report = f.flags.of && rest.split_whitespace().any(|w| w == "of");
                let attribution_only =
                    !of_report && (adjunct() || listener_at_most(rest, f.flags, knowledge));
                if new_paragraph && !attribution_only {
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
            let within = seg.token_range(Span::new(close.end, f.cue.start)).len() <= 16;
            within && (plain || preface())
        });
    found.map(|i| first + i)
}

/// Where the subject starts in sentence `k` when it opens by pointing back
/// at what was just said: after `That is how`, `That was how`, `That's how`,
/// `This is how` (`That is how Ann Lee describes it`).
fn points_back(text: &str, seg: &Segmentation, k: usize) -> Option<usize> {
    let sentence = seg.sentences.get(k)?.span;
    // (Asked once a quote: its first five tokens at most.)
    let words: Vec<_> = seg.tokens_in(text, sentence).take(5).collect();
    let first = words.first()?;
    if !(lower_is_one_of(first.text, &["that", "this"])
        || ["that's", "that’s"]
            .iter()
            .any(|w| first.text.eq_ignore_ascii_case(w)))
    {
        return None;
    }
    // `That is how`, `That's how` (one token or two): `how` within three.
    let how = words
        .iter()
        .take(4)
        .position(|t| t.text.eq_ignore_ascii_case("how"))?;
    let between = &words[1..how];
    let copula = between.iter().all(|t| {
        lower_is_one_of(t.text, &["is", "was", "s"]) || matches!(t.text, "’s" | "'s" | "’" | "'")
    });
    copula.then(|| words.get(how + 1).map(|t| t.span.start))?
}

/// Words that open a reported clause after a cue and its listener.
const REPORT_OPENERS: [&str; 6] = ["that", "whether", "if", "how", "why", "what"];

/// True when the words after an attribution, to the sentence's end, are
/// at most a listener of a cue that takes one (`asked the council.`): a few
/// words, none a preposition or a verb (`accused ministers of meddling`,
/// `said he did not` report).
fn listener_at_most(rest: &str, flags: CueFlags, knowledge: &Knowledge) -> bool {
    let mut words = rest
        .split(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
        .filter(|w| !w.is_empty())
        .peekable();
    if words.peek().is_none() {
        return true;
    }
    (flags.object || flags.listener)
        && words.clone().count() <= 4
        && words.all(|w| {
            !knowledge.is_preposition(w)
                && !knowledge.is_finite_verb(w)
                && knowledge.pronoun(w).is_none()
                && !lower_is_one_of(w, &REPORT_OPENERS)
        })
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
            && !lower_is_one_of(w, &REPORT_OPENERS);
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
pub(super) fn leading_frame(
    text: &str,
    seg: &Segmentation,
    q: &MarkQuote,
    sentence: Option<usize>,
    frames: &[Frame],
    knowledge: &Knowledge,
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
            || gap.ends_with([':', ',']) && seg.token_range(Span::new(f.cue.end, open)).len() <= 6
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
    // `Ann Lee, the group's director, said in a statement. “…”`, `Tom Hale
    // agreed.` ¶ `“…”`: a report whose sentence ends with no clause of its
    // own (an adjunct at most) introduces the quote that opens the next one.
    // Not the attribution of another quote (`“A,” he said. “B.”` continues).
    if text[sentence_start..open].trim().is_empty() && sentence > 0 {
        let previous = seg.sentences[sentence - 1].span;
        let introduces = |f: &Frame| {
            let rest = &text[f.cue.end.max(f.subject.end).min(previous.end)..previous.end];
            let bare = rest
                .trim()
                .trim_end_matches(['.', '!'])
                .trim_end()
                .is_empty();
            let adjunct = || {
                opens_adjunct(rest, f.flags.object, f.flags.infinitive, knowledge)
                    && seg.token_range(Span::new(f.cue.end, previous.end)).len() <= 7
            };
            // (A quote before the attribution in its sentence, or ending the sentence before.)
            const MARKS: [char; 6] = ['“', '”', '"', '‘', '’', '\''];
            let attribution = f.subject.start.min(f.cue.start).max(previous.start);
            let marked = text[previous.start..attribution].contains(MARKS)
                || text[..previous.start].trim_end().ends_with(MARKS);
            f.sentence + 1 == sentence && !f.flags.belief && !marked && (bare || adjunct())
        };
        if let Some((i, _)) = candidates.clone().find(|(_, f)| introduces(f)) {
            return Some(i);
        }
    }
    // `Powell has said he reviewed the messages and “…”`: a quote later in
    // the sentence of a report is part of it.
    candidates
        .find(|(_, f)| f.sentence == sentence && !f.flags.belief && !f.flags.naming)
        .map(|(i, _)| i)
}

/// Whether a naming cue names a thing in apposition (`says the device,
/// called Parla, works`): set off by commas, with a name of capitalized
/// words for its object. It names something inside a report and starts no
/// report of its own.
fn names_in_apposition(text: &str, cue: Span) -> bool {
    let before = text.get(..cue.start).unwrap_or_default().trim_end();
    let after = text.get(cue.end..).unwrap_or_default();
    let Some(comma) = after.find(',') else {
        return false;
    };
    let name = after.get(..comma).unwrap_or_default();
    before.ends_with(',')
        && !name.trim().is_empty()
        && name
            .split_whitespace()
            .all(|word| word.starts_with(char::is_uppercase))
}

/// The clause a frame reports: from its start to the sentence end or to the
/// next frame in the sentence, without end punctuation.
pub(super) fn clause_of(
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
    // `…, while Y warned that`, `…, but Y said`: after a comma, a conjunction
    // opening the next frame's clause starts the new report.
    let report_start = |n: &Frame| {
        if n.flags.naming && names_in_apposition(text, n.cue) {
            return None;
        }
        let from = f.clause_start.min(n.boundary);
        let before = text[from..n.boundary].trim_end();
        if n.place == SubjectPlace::Shared || before.ends_with([',', ';', '–', '—']) {
            return Some(n.boundary);
        }
        let word_start = before.rfind(' ').map_or(0, |at| at + 1);
        let conjunction = super::CLAUSE_CONJUNCTIONS.contains(&&before[word_start..]);
        // (A belief there is no report: `…, but she thought they were rushed`
        // goes on reporting.)
        (conjunction && !n.flags.belief && before[..word_start].trim_end().ends_with(','))
            .then_some(from + word_start)
    };
    // Frames come in sentence order: the later ones of this sentence follow it.
    if let Some(next_start) = frames[index + 1..]
        .iter()
        .take_while(|n| n.sentence == f.sentence)
        .filter(|n| n.boundary > f.clause_start)
        .find_map(report_start)
    {
        end = end.min(next_start);
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
        let mut words = words_of(after);
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
        // `The council leader, Ann Lee, told reporters …`: a subject set off
        // by commas is in apposition to what comes before, no content.
        && !(f.place == SubjectPlace::Before
            && text
                .get(f.subject.end..f.cue.start)
                .is_some_and(closes_apposition))
        && f.cue.of(text) != "according to"
        // `After the vote, the union said it would strike`, `Speaking to
        // students, X responded to …`: what comes before is an adverbial,
        // not the content, so the report is after the cue.
        && !is_adverbial(before, knowledge)
        && !is_fronted_adverbial(before, knowledge)
        // (A participle only when the cue goes on: `…, the strategist said.`
        // reports `Talking to voters matters more`.)
        && !(text[f.cue.end.max(f.subject.end).min(end)..end]
            .contains(char::is_alphanumeric)
            && is_participle_phrase(before, knowledge));
    let according =
        f.cue.of(text).eq_ignore_ascii_case("according to") && words_of(before).nth(2).is_some();
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
            || words_of(rest).any(|w| {
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
    // (`the rise that critics predicted, according to figures`: what
    // follows a cue with an attribution of its own is not its report.)
    let attributed_elsewhere = trimmed
        .get(..13)
        .is_some_and(|w| w.eq_ignore_ascii_case("according to "));
    (!trimmed.is_empty() && !attributed_elsewhere)
        .then(|| Span::new(start + lead, start + lead + trimmed.len()))
}

/// Whether the words between a subject and its cue only close the subject's
/// apposition: a comma, after the bracketed acronym of a name too (`The
/// governing body, the Rowing Federation (RF), said`).
fn closes_apposition(gap: &str) -> bool {
    gap.trim().strip_suffix(',').is_some_and(|rest| {
        let rest = rest.trim_end();
        rest.is_empty()
            || rest.len() <= 16
                && rest.starts_with('(')
                && rest.ends_with(')')
                && !rest[1..rest.len() - 1].contains(['(', ')', ',', ' '])
    })
}

/// False for a clause after a cue that reports only with `that` (`continued
/// his tour`) when no `that` comes between them; a clause that starts before
/// its cue (`…, he continued.`) is reported.
pub(super) fn reports_here(text: &str, f: &Frame, clause: Span) -> bool {
    !f.flags.that
        || clause.start < f.cue.start
        || text
            .get(f.cue.end..clause.start)
            .is_some_and(|between| words_of(between).any(|w| w.eq_ignore_ascii_case("that")))
}

/// Whether the unmarked `clause` a frame reports after its cue reads as a
/// report, not an object or an adjunct of the cue's other senses:
/// - after a cue that also takes a noun phrase (`clause` in
///   data/speech_verbs.txt) with no `that` between them, it must read as a
///   clause ([`reads_as_clause`]: `posted she would run`, not `posted a photo
///   of the rally`);
/// - after any cue, words opening with a subordinator (`said as he left`,
///   `said when Boyle asked`) are an adjunct of time or manner; a comma, or
///   `then` or a subject pronoun after the subordinate clause's start, shows
///   the report after it (`said while everyone had rights they also had
///   duties`).
///
/// A clause before its cue (`…, he added.`) is not judged here.
pub(super) fn reads_as_report(text: &str, f: &Frame, clause: Span, knowledge: &Knowledge) -> bool {
    if clause.start < f.cue.start {
        return true;
    }
    let after_that = text
        .get(f.cue.end..clause.start)
        .is_some_and(|between| words_of(between).any(|w| w.eq_ignore_ascii_case("that")));
    if after_that {
        return true;
    }
    let body = clause.of(text);
    let words = || words_of(body).map(trim_word);
    let Some(first) = words().next() else {
        return false;
    };
    // A main clause after the subordinate one opens with `then` or a subject pronoun.
    let main_clause = || {
        words()
            .skip(2)
            .any(|w| lower_is_one_of(w, &["then", "he", "she", "they", "we", "i", "you"]))
    };
    let subordinate = lower_is_one_of(first, &["as", "when", "while", "once", "until"]);
    if subordinate && !body.contains(',') && !main_clause() {
        return false;
    }
    if !f.flags.clause || (f.flags.infinitive && first.eq_ignore_ascii_case("to")) {
        return true;
    }
    reads_as_clause(body, knowledge)
}

/// Whether the words after a cue read as a clause rather than a noun phrase
/// object: a subject first (a pronoun, `it` only before a verb, being an
/// object too; a pronoun with a contracted verb, `she’s`; a name), a past
/// form in -ed among the first six words (not after a determiner: `the
/// flooded square`), or an auxiliary in its first
/// part (up to `, and`, `, but`, a semicolon, colon or dash, where a clause
/// coordinated with the cue's own may begin: `added a promise to the list,
/// and have even managed …`).
fn reads_as_clause(body: &str, knowledge: &Knowledge) -> bool {
    let mut words = words_of(body);
    let Some(first) = words.next().map(trim_word) else {
        return false;
    };
    let second = words.next().map(trim_word);
    let pronoun = knowledge.pronoun(first).is_some();
    let it = first.eq_ignore_ascii_case("it");
    let contracted = first
        .split_once(['’', '\''])
        .is_some_and(|(p, _)| knowledge.pronoun(p).is_some());
    let named = first.starts_with(char::is_uppercase)
        && (!knowledge.is_function_word(first) || knowledge.title(first).is_some());
    let verb_next = second.is_some_and(|w| knowledge.is_finite_verb(w) || w.ends_with("ed"));
    if (pronoun && (!it || verb_next)) || contracted || named {
        return true;
    }
    // After a determiner opening a noun phrase, its verb comes before any
    // relative pronoun or comma: `agreed a merger that will create`,
    // `reported a doubling in profits, helped by demand` have none.
    // (An owner's noun phrase may list its items, verb after the commas:
    // `added his party's priorities of free care, abolishing fees and …
    // would be funded`.)
    let determiner = lower_is_one_of(first, &["a", "an", "the", "this", "these"]);
    let body = determiner
        .then(|| {
            [",", " that ", " which ", " who "]
                .iter()
                .filter_map(|mark| body.find(mark))
                .min()
        })
        .flatten()
        .and_then(|cut| body.get(..cut))
        .unwrap_or(body);
    // (Not after a determiner, where it is an adjective: `the flooded square`.)
    let mut previous = first;
    let past = words_of(body).skip(1).take(5).map(trim_word).any(|w| {
        let adjective =
            lower_is_one_of(previous, &["a", "an", "the", "his", "her", "its", "their"]);
        previous = w;
        w.len() > 4 && w.ends_with("ed") && !adjective
    });
    if past {
        return true;
    }
    // (`do not`, `hasn’t`: a negation shows a verb too.)
    let first_part = body.get(..first_part_end(body)).unwrap_or(body);
    words_of(first_part).map(trim_word).any(|w| {
        knowledge.is_finite_verb(w)
            || w.eq_ignore_ascii_case("not")
            || w.ends_with("n’t")
            || w.ends_with("n't")
    })
}

/// Where the first part of a clause ends: at the first `, and `, `, but `,
/// semicolon, colon or spaced dash (` — `, ` – `), or at its end. One pass
/// over the bytes rather than a search for each of them.
fn first_part_end(body: &str) -> usize {
    let bytes = body.as_bytes();
    let at = |i: usize, sep: &str| {
        bytes
            .get(i..)
            .is_some_and(|b| b.starts_with(sep.as_bytes()))
    };
    bytes
        .iter()
        .enumerate()
        .position(|(i, &b)| match b {
            b';' | b':' => true,
            b',' => at(i, ", and ") || at(i, ", but "),
            b' ' => at(i, " — ") || at(i, " – "),
            _ => false,
        })
        .unwrap_or(bytes.len())
}

/// A word without the punctuation around it (an apostrophe inside stays).
fn trim_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '’' && c != '\'')
}

/// `In an interview with CNN`: a prepositional phrase with no verb in sight
/// is an adverbial, not a clause. (A verb is seen as an auxiliary or a past
/// form in -ed among the first ten words.)
fn is_adverbial(body: &str, knowledge: &Knowledge) -> bool {
    let mut words = words_of(body);
    let opens_phrase = words.next().is_some_and(|w| {
        let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
        knowledge.is_preposition(w) && !w.eq_ignore_ascii_case("to")
    });
    opens_phrase && !verb_in_sight(body, knowledge)
}

/// Whether a verb (an auxiliary, or a past form in -ed) is among the words
/// of `body`, however far on.
fn verb_anywhere(body: &str, knowledge: &Knowledge) -> bool {
    words_of(body)
        .map(trim_word)
        .any(|w| knowledge.is_finite_verb(w) || (w.len() > 4 && w.ends_with("ed")))
}

/// Whether `body` opens with a preposition that rounds the number after it
/// (`about 1,000`, `around six million`, `over 40`).
fn rounds_number(body: &str) -> bool {
    let mut words = words_of(body).map(trim_word);
    let rounding = words.next().is_some_and(|w| {
        lower_is_one_of(w, &["about", "around", "over", "under", "almost", "nearly"])
    });
    // (`about a third`.)
    rounding
        && words
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("a") || is_number(w))
}

/// `As the crowd cheered,`, `But when the vote came,`, `Later in the day,`:
/// what opens a sentence before its attribution's comma is an adverbial,
/// not the content, when it is a subordinate clause (a subordinator among
/// its first three words, after adverbs or connectives only) with no comma
/// of its own to end it before a main clause (`As costs rise, jobs go, he
/// said.`), or a time phrase with no verb in sight.
fn is_fronted_adverbial(before: &str, knowledge: &Knowledge) -> bool {
    let body = before.trim_end().trim_end_matches(',');
    if body.contains(',') {
        return false;
    }
    let mut words = words_of(body).map(trim_word);
    let Some(first) = words.next() else {
        return false;
    };
    let subordinator = |w: &str| {
        lower_is_one_of(
            w,
            &[
                "as", "when", "while", "after", "before", "once", "until", "since", "because",
                "although", "though", "whenever",
            ],
        )
    };
    // `But when`, `Back when`, `Not long after`, `Shortly after`, `Even as`.
    let opening = std::iter::once(first).chain(words.take(2));
    for w in opening {
        if subordinator(w) {
            return true;
        }
        // (`back` apart: `lower_is_one_of` takes no `k`.)
        let lead = frames::is_ly_adverb(w)
            || w.eq_ignore_ascii_case("back")
            || lower_is_one_of(
                w,
                &[
                    "but", "and", "yet", "so", "even", "just", "only", "not", "long", "soon",
                    "right",
                ],
            );
        if !lead {
            break;
        }
    }
    // (A sentence opens with a capital: `Later in the day,`, `Friday morning,`;
    // a word that only opens a time phrase, before a time word: `Last week,`,
    // not `This makes it …`.)
    let time_word = |w: &str| {
        knowledge
            .time_word(w)
            .or_else(|| knowledge.time_word(&lower(w)))
    };
    let time = match time_word(first) {
        Some(false) => true,
        Some(true) => words_of(body)
            .nth(1)
            .is_some_and(|w| time_word(trim_word(w)) == Some(false)),
        None => false,
    };
    time && !verb_in_sight(body, knowledge)
}

/// Whether an auxiliary or a past form in -ed is among the first ten words,
/// an aside set off by two commas counting as none of them: `about 48,000
/// of its heaters, sold in the UK last year, were affected` interrupts its
/// subject before the verb, which the aside does not put out of sight. (A
/// stretch after a comma is an aside only when a second comma closes it
/// within [`ASIDE_WORDS`] words; else its words count as any others do:
/// `In a long interview with the paper on Sunday, its owner` …)
fn verb_in_sight(body: &str, knowledge: &Knowledge) -> bool {
    const SIGHT: usize = 10;
    let is_verb = |w: &str| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        knowledge.is_finite_verb(w) || (w.len() > 4 && w.ends_with("ed"))
    };
    // Words counted so far; in an open aside, its words so far and where
    // the first verb in it is.
    let mut counted = 0;
    let mut aside: Option<(usize, Option<usize>)> = None;
    for w in words_of(body) {
        match aside {
            None => {
                if is_verb(w) {
                    return true;
                }
                counted += 1;
                if w.ends_with(',') {
                    aside = Some((0, None));
                }
            }
            Some((len, verb)) => {
                let verb = verb.or_else(|| is_verb(w).then_some(len));
                let len = len + 1;
                if w.ends_with(',') && len <= ASIDE_WORDS {
                    // Closed: a verb in the aside is in sight, and its
                    // words take no room.
                    if verb.is_some() {
                        return true;
                    }
                    aside = None;
                } else if len > ASIDE_WORDS {
                    // No aside: its words count from where it opened.
                    if verb.is_some_and(|at| counted + at < SIGHT) {
                        return true;
                    }
                    counted += len;
                    aside = None;
                } else {
                    aside = Some((len, verb));
                }
            }
        }
        if counted >= SIGHT {
            return false;
        }
    }
    // An aside the text ends in: its words count from where it opened.
    aside.is_some_and(|(_, verb)| verb.is_some_and(|at| counted + at < SIGHT))
}

/// The most words an aside set off by commas holds (`, sold in the UK last
/// year,`): longer stretches between commas are parts of a list or clauses.
const ASIDE_WORDS: usize = 8;

/// `Speaking to students at Drexel this week`: a participle opening a
/// sentence, before a preposition, with no verb in sight, is an adverbial.
/// (Not as a report of its own: `accused X of trying to …` reports
/// `trying to …`.)
fn is_participle_phrase(body: &str, knowledge: &Knowledge) -> bool {
    let mut words = words_of(body);
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    first.len() > 4
        && first.starts_with(|c: char| c.is_uppercase())
        && first.ends_with("ing")
        && knowledge.is_preposition(second)
        && !verb_in_sight(body, knowledge)
}

/// A reported clause has a few words and is not an infinitive (`agreed to look
/// at …`) unless its cue reports with one (`pledged to cut …`, `infinitive`).
/// Where the words must open a clause (`opens_clause`: before the cue, or
/// after `that`), a preposition rounding a number opens its subject, not an
/// adverbial (`About six million people suffer from it, according to …`);
/// right after the cue, only with a verb further on (`said about half of
/// the rise in its projections reflected …`), as it may be an adjunct
/// (`said about 2,000 of its vans on Monday`).
pub(super) fn is_reported_clause(
    text: &str,
    clause: Span,
    infinitive: bool,
    opens_clause: bool,
    knowledge: &Knowledge,
) -> bool {
    let body = clause.of(text);
    // Only the first four words matter: how many there are up to four, and
    // whether they hold a verb.
    let mut words = words_of(body);
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
    // `declared itself bankrupt`: a reflexive object, not a clause's subject.
    let reflexive = first.is_some_and(|w| {
        lower_is_one_of(
            w,
            &[
                "itself",
                "himself",
                "herself",
                "themselves",
                "myself",
                "ourselves",
                "yourself",
            ],
        )
    });
    // `asked not to be named`, `asked to be excused`: a passive infinitive
    // alone asks something of the speaker's own treatment and reports nothing.
    let own_treatment = || {
        let mut words = words_of(body).map(trim_word);
        let mut word = words.next();
        if word.is_some_and(|w| w.eq_ignore_ascii_case("not")) {
            word = words.next();
        }
        word.is_some_and(|w| w.eq_ignore_ascii_case("to"))
            && words.next().is_some_and(|w| w.eq_ignore_ascii_case("be"))
            && words
                .next()
                .is_some_and(|w| w.ends_with("ed") || w.ends_with("en"))
            && words.next().is_none()
    };
    // `suppliers needed profits`, `the plan worked`: a regular past form
    // after a word that can end a subject is a finite verb too.
    let past = || {
        first_four.windows(2).any(|pair| match pair {
            [Some(before), Some(word)] => {
                is_past_verb(trim_word(before), trim_word(word), knowledge)
            }
            _ => false,
        })
    };
    (count >= 4 || (count == 3 && (finite() || past())))
        && !opens_with_verb
        && !reflexive
        && !(infinitive && own_treatment())
        && !(is_adverbial(body, knowledge)
            && !(rounds_number(body) && (opens_clause || verb_anywhere(body, knowledge))))
        && (infinitive || !body.starts_with("to "))
        && match opening(body) {
            Opening::Word => true,
            // `reported $2bn in revenue` is the verb's object, not a clause.
            Opening::Amount => finite(),
            Opening::Other => false,
        }
}

/// Whether `word` reads as a past tense verb after `before`: a lowercase
/// form in -ed (`needed`, `collapsed`) after a word that can end a subject
/// (a noun or name, a subject pronoun, a verb's modifier: `sides agreed`,
/// `they also voted`), not after a determiner, a possessive, a number or an
/// adverb in -ly, where it is a participle modifying a noun (`the revised
/// plan`, `Labour's revised plan`, `two hundred cases`, `newly designed homes`).
fn is_past_verb(before: &str, word: &str, knowledge: &Knowledge) -> bool {
    let past = word.len() > 4
        && word.ends_with("ed")
        && word.starts_with(|c: char| c.is_ascii_lowercase());
    if !past {
        return false;
    }
    let subject_end = knowledge.pronoun(before).is_some() || knowledge.is_verb_modifier(before);
    let modifier = knowledge.is_function_word(before)
        || crate::segment::possessive_suffix(before) > 0
        || before.starts_with(|c: char| c.is_ascii_digit())
        || frames::is_ly_adverb(before);
    subject_end || !modifier
}

enum Opening {
    Word,
    Amount,
    Other,
}

/// How a clause opens: with a letter or digit, with an amount of money (`£1.4bn
/// a year was invested`, `$5m had been spent`), or otherwise.
fn opening(body: &str) -> Opening {
    let mut chars = body.chars();
    match chars.next() {
        Some(c) if c.is_alphanumeric() => Opening::Word,
        Some('£' | '$' | '€' | '¥') if chars.next().is_some_and(|c| c.is_ascii_digit()) => {
            Opening::Amount
        }
        _ => Opening::Other,
    }
}
