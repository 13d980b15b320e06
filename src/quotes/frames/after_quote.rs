//! The subject of a cue right after a quote, when it is a plain noun phrase
//! that the name and description readings of `subject` do not take:
//! `“…,” prosecutors said`, `“…,” federal prosecutors wrote`, `“…,” Ryan’s
//! office said`, `“…?” the 43-year-old asked`.

use super::{is_mark, is_word, lower_is_one_of};
use crate::knowledge::{lower, Knowledge};
use crate::segment::Token;
use crate::span::Span;

/// The words between a closing quote mark and the cue at token `j` (after
/// its modifiers), when they read as a noun phrase: one to five words, none
/// a verb, a cue or a function word, not opening with a conjunction or
/// adverb. `None` when no quote mark ends right before them in the sentence.
pub(super) fn subject_after_quote(toks: &[Token], j: usize, knowledge: &Knowledge) -> Option<Span> {
    let head = toks.get(..j)?;
    let mark = head.iter().rposition(|t| is_mark(t.text))?;
    // A closing mark glued to the end punctuation of the quoted words (`,”`,
    // `?”`): a quote standing as a clause, whose attribution follows; not a
    // quoted phrase inside the sentence (`a “chief prosecutor” who reports`).
    let closing = mark > 0
        && head
            .get(mark - 1)
            .is_some_and(|t| t.span.end == head[mark].span.start && !is_word(t));
    let words = head.get(mark + 1..)?;
    if !closing || !(1..=5).contains(&words.len()) {
        return None;
    }
    let first = words.first()?;
    let plain = words.iter().all(|t| {
        is_word(t)
            && !knowledge.is_finite_verb(t.text)
            && knowledge.cue(&lower(t.text)).is_none()
            && (t.is_capitalized() || !knowledge.is_preposition(t.text))
    });
    // Not a conjunction, an adverb or a function word (`and`, `later`, `But`).
    let conjunction = lower_is_one_of(first.text, &["and", "but", "or", "as", "so"]);
    let opens = !(knowledge.is_verb_modifier_in_any_case(first.text)
        || (first.is_capitalized() && knowledge.is_function_word(first.text))
        || conjunction);
    let last = words.last()?;
    (plain && opens).then(|| Span::new(first.span.start, last.span.end))
}
