//! Cue words that are no finite verb with the noun phrase before them as
//! subject: a cue after a subordinating conjunction (`if asked`), a noun
//! after an indefinite article (`a snappy retort`), an infinitive after a
//! noun (`pointed to a previous case to say`), a participle whose subject
//! follows `with` (`with Sen. Ann Lee calling it …`), and a verb whose noun
//! phrase before it is a preposition's object (`in a later interview said`).

use super::lower_is_one_of;
use super::subject::subject_before;
use crate::knowledge::{CueFlags, Knowledge};
use crate::segment::Token;
use crate::span::Span;

/// `… to the administration if asked.`, `when pressed`, `as noted`: a cue
/// right after a subordinating conjunction (`before_word`) is an elliptical
/// passive with no subject of its own, not a report by the words before it.
/// (A participle shares the sentence's subject: `quoted the plan as saying`.)
pub(super) fn is_elliptical(before_word: Option<&str>, flags: CueFlags) -> bool {
    !flags.participle
        && before_word.is_some_and(|w| {
            lower_is_one_of(
                w,
                &[
                    "if", "when", "unless", "once", "as", "until", "though", "although",
                ],
            )
        })
}

/// `a snappy retort`, `an unprompted call for`: a cue form that is neither
/// past nor `-s` nor `-ing`, two words after `a`/`an`, is a noun: a singular
/// subject `a …` takes `calls` or `called`, never `call`. (`a spokesman said`,
/// `a spokeswoman says` report.)
pub(super) fn is_noun_after_indefinite(toks: &[Token], i: usize) -> bool {
    let (Some(article), Some(word)) = (
        i.checked_sub(2).and_then(|k| toks.get(k)),
        i.checked_sub(1).and_then(|k| toks.get(k)),
    ) else {
        return false;
    };
    let cue = toks[i].text;
    let finite_form = cue.ends_with('s')
        || cue.ends_with("ed")
        || cue.ends_with("ing")
        || matches!(
            cue,
            "said" | "told" | "wrote" | "spoke" | "swore" | "thought"
        );
    lower_is_one_of(article.text, &["a", "an"])
        && !word.is_capitalized()
        && word.text.chars().all(|c| c.is_alphabetic() || c == '-')
        && !finite_form
}

/// `The judge pointed to a previous case to say that …`, `the only pollster
/// to correctly predict …`: a cue after `to` that follows a noun phrase of
/// lowercase words opened by a determiner is an infinitive, whose subject is
/// not that noun phrase. (`refused to say`, `urged Ann Lee to say`, `asked
/// him to say` are left as they were.) `j` is the index after `to`.
pub(super) fn is_infinitive_after_noun(toks: &[Token], j: usize, knowledge: &Knowledge) -> bool {
    let Some(to) = j.checked_sub(1) else {
        return false;
    };
    if toks.get(to).is_none_or(|t| t.text != "to") {
        return false;
    }
    // The words back to the determiner: lowercase, and no verb among them.
    for t in toks[to.saturating_sub(4)..to].iter().rev() {
        if is_determiner_word(t.text) {
            return true;
        }
        let verb = knowledge.is_finite_verb(t.text) || (t.text.len() > 3 && t.text.ends_with("ed"));
        if t.is_capitalized() || verb || !t.text.chars().all(|c| c.is_alphabetic() || c == '-') {
            return false;
        }
    }
    false
}

fn is_determiner_word(word: &str) -> bool {
    lower_is_one_of(
        word,
        &[
            "a", "an", "the", "his", "her", "its", "their", "our", "my", "your",
        ],
    )
}

/// `…, with Sen. Ann Lee calling it a “Chinese menu.”`: in an absolute
/// phrase, the noun phrase after `with` is the participle's own subject.
/// (Not across a comma: `agree with Mr Lakhani, arguing that` shares the
/// sentence's subject.)
pub(super) fn absolute_subject(toks: &[Token], i: usize, knowledge: &Knowledge) -> Option<Span> {
    let subject = subject_before(toks, i, false, knowledge)?;
    let next_to_cue = i
        .checked_sub(1)
        .and_then(|k| toks.get(k))
        .is_some_and(|t| t.span.end == subject.end);
    if !next_to_cue {
        return None;
    }
    let k = toks.iter().position(|t| t.span.start == subject.start)?;
    let with = k.checked_sub(1).and_then(|w| toks.get(w))?;
    with.text.eq_ignore_ascii_case("with").then_some(subject)
}

/// `The employee first said …, but in a later interview said he …`: a noun
/// phrase opened by an article right after `in`, `during` or `on` is the
/// preposition's object, not the subject of the cue after it; the caller
/// asks only where an earlier report of the sentence has the subject. (A
/// name there may start the subject: `Speaking in Harrogate Mr Kennedy said`.)
pub(super) fn is_prepositional_object(toks: &[Token], subject: Span) -> bool {
    let Some(k) = toks.iter().position(|t| t.span.start == subject.start) else {
        return false;
    };
    let preposition = k
        .checked_sub(1)
        .and_then(|p| toks.get(p))
        .is_some_and(|t| lower_is_one_of(t.text, &["in", "during", "on"]));
    preposition && lower_is_one_of(toks[k].text, &["a", "an", "the"])
}
