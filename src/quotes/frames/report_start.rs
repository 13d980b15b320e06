//! Where a frame's reported clause starts: after the cue, its inverted
//! subject, a time adjunct (`said on Tuesday`), a listener (`told
//! reporters`, `warned ministers that`) and `that`.

use super::subject::{is_determiner, is_possessive_determiner};
use super::{is_ly_adverb, is_mark, is_word, SubjectPlace};
use crate::knowledge::{CueFlags, Knowledge};
use crate::segment::Token;
use crate::span::Span;

/// Where the reported clause of a frame starts: after the cue, a listener
/// (`told broadcasters`) and `that`.
pub(super) fn clause_start(
    toks: &[Token],
    from: usize,
    flags: CueFlags,
    place: SubjectPlace,
    subject: Span,
    knowledge: &Knowledge,
) -> usize {
    let mut k = from;
    if place == SubjectPlace::After {
        while k < toks.len() && toks[k].span.start < subject.end {
            k += 1;
        }
    }
    let k = after_time_adjunct(toks, k, knowledge);
    let Some(start_tok) = toks.get(k) else {
        return toks.last().map_or(0, |t| t.span.end);
    };
    // `said after a meeting of … that the offer`: skip an adverbial to `that` when
    // no quote comes first. `claimed Mr Barclay used the talks to say that …` has
    // a clause before its `that`, which stays in the report, and so does
    // `vowed to fight on after the council said that …` (a report is no
    // adverbial's).
    let window = &toks[k..toks.len().min(k + 14)];
    if let Some(t) = window
        .iter()
        .take_while(|t| !is_mark(t.text))
        .find(|t| t.text.eq_ignore_ascii_case("that"))
    {
        let n = window.iter().position(|w| w.span == t.span).unwrap_or(0);
        // A report of its own before the `that`: a cue, but not a cue's
        // infinitive (`continued to warn that`) or noun (`refute a story
        // about his claim that`); a verb of an adverbial clause is none
        // (`said on Tuesday, after the vote was held, that`).
        let reports = |m: usize| {
            let before = m.checked_sub(1).map(|k| window[k].text);
            knowledge.is_cue_word(window[m].text)
                && !before
                    .is_some_and(|b| b == "to" || is_determiner(b) || is_possessive_determiner(b))
        };
        let adverbial = n > 0
            && !window[0].is_capitalized()
            && knowledge.is_preposition(window[0].text)
            && (0..n).all(|m| (is_word(&window[m]) || window[m].text == ",") && !reports(m));
        // `said privately that …`, `said repeatedly that …`: adverbs in -ly.
        let adverbs = n > 0 && n <= 2 && window[..n].iter().all(|w| is_ly_adverb(w.text));
        // `warned ministers that …`, `told a meeting of party activists
        // that …`: a listener, a short phrase of words with no verb, before
        // the `that` (a verb makes it a clause: `warned the plan would mean
        // that …`; an infinitive reports, its `that` a determiner: `told me
        // not to make that speech`; so does a preposition right before it:
        // `warned the cost of that scheme would double`).
        let listener = (flags.listener || flags.object)
            && (1..=6).contains(&n)
            && !knowledge.is_preposition(window[n - 1].text)
            && window[..n]
                .iter()
                .all(|w| is_word(w) && w.text != "to" && !knowledge.is_finite_verb(w.text));
        // `Charities said that was not enough`: a `that` a finite verb
        // follows is the clause's subject, not the word that opens it.
        let demonstrative = window
            .get(n + 1)
            .is_some_and(|v| knowledge.is_finite_verb(v.text));
        if (n == 0 || adverbial || adverbs || listener) && !demonstrative {
            return t.span.end;
        }
        if n == 0 {
            return t.span.start;
        }
    }
    if flags.object {
        // `told broadcasters it was …`: skip the listener, but keep it with
        // an infinitive (`asked the watchdog to stop the calls`).
        let mut m = k;
        if toks.get(m).is_some_and(|t| is_determiner(t.text)) {
            m += 1;
        }
        while m < toks.len() && m < k + 4 {
            let t = toks[m];
            // A pronoun or a determiner after the listener opens the clause.
            // So does a word a finite verb follows: its subject (`told the
            // BBC prices would fall`).
            let subject = m > k
                && !t.is_capitalized()
                && toks
                    .get(m + 1)
                    .is_some_and(|n| knowledge.is_finite_verb(n.text));
            if (knowledge.pronoun(t.text).is_some() || is_determiner(t.text)) && m > k
                || !is_word(&t)
                || subject
            {
                break;
            }
            m += 1;
            if !t.is_capitalized() {
                // `told assembly members the grant …`: a noun before the
                // listener's role, when a clause's opener follows that.
                let role =
                    |n: &Token| is_word(n) && !n.is_capitalized() && knowledge.is_role(n.text);
                let opener =
                    |o: &Token| is_determiner(o.text) || knowledge.pronoun(o.text).is_some();
                if is_word(&t)
                    && toks.get(m).is_some_and(role)
                    && toks.get(m + 1).is_some_and(opener)
                {
                    m += 1;
                }
                break;
            }
        }
        // `told reporters on Tuesday that …`: a time adjunct after the listener.
        let m = after_time_adjunct(toks, m, knowledge);
        if let Some(t) = toks.get(m) {
            if t.text.eq_ignore_ascii_case("that") {
                return t.span.end;
            }
            // `accused ministers of “sitting on their hands”`: what the
            // listener is accused of is what was said, without the `of`.
            if flags.of && t.text == "of" && m > k {
                if let Some(next) = toks.get(m + 1) {
                    return next.span.start;
                }
            }
            let infinitive_follows = toks[m..]
                .iter()
                .take(6)
                .take_while(|t| is_word(t))
                .any(|t| t.text == "to");
            if flags.infinitive && infinitive_follows {
                return start_tok.span.start;
            }
            return t.span.start;
        }
    }
    start_tok.span.start
}

/// `said Wednesday the plan …`, `said on Tuesday morning that …`, `said
/// later that day that …`: the index after a time adjunct at `k`
/// (data/time_words.txt), when a word that opens the report follows it; else
/// `k`. (Not before a verb, whose subject it is: `said Sunday was the
/// deadline`; nor before a preposition, which a report does not open (`called
/// on Thursday for changes`), unless an infinitive's `to` or a `that` after an
/// adverbial opens it: `said Sunday on CNN that …`.)
fn after_time_adjunct(toks: &[Token], k: usize, knowledge: &Knowledge) -> usize {
    let on = toks
        .get(k)
        .is_some_and(|t| t.text.eq_ignore_ascii_case("on"));
    let start = k + usize::from(on);
    let mut end = start;
    // The last word read only opens a time phrase (`last`, `this`).
    let mut open = false;
    while let Some(t) = toks.get(end) {
        let time = knowledge.time_word(t.text);
        // (`later that day`: `that` before a time word is the phrase's.)
        let that_time = t.text.eq_ignore_ascii_case("that")
            && toks.get(end + 1).and_then(|n| knowledge.time_word(n.text)) == Some(false);
        if let Some(opens) = time {
            open = opens;
        } else if that_time {
            open = true;
        } else {
            break;
        }
        end += 1;
    }
    if end == start || open {
        return k;
    }
    let that_after = || {
        toks[end..toks.len().min(end + 14)]
            .iter()
            .take_while(|t| !is_mark(t.text))
            .any(|t| t.text.eq_ignore_ascii_case("that"))
    };
    // The report opens after it with a word that opens a clause (`that`, a
    // determiner, a pronoun, a number, a name), not a noun the time word
    // modifies (`said evening classes would end`, `said night shifts …`).
    let reported = toks.get(end).is_some_and(|t| {
        let opens_clause = t.text.eq_ignore_ascii_case("that")
            || is_determiner(t.text)
            || knowledge.pronoun(t.text).is_some()
            || t.text.starts_with(|c: char| c.is_ascii_digit())
            || (t.is_capitalized() && !knowledge.is_finite_verb(t.text));
        let infinitive_or_adverbial =
            knowledge.is_preposition(t.text) && (t.text == "to" || that_after());
        opens_clause || infinitive_or_adverbial
    });
    if reported {
        end
    } else {
        k
    }
}
