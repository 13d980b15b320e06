//! The structure of a tokenized text that the rules read: the sentence
//! and clause of each token (a contrast or concession word opens a clause
//! of its own), and the quotations embedded in it, short ones being scare
//! quotes.

use super::{Hit, Kind, Punct, Rules, Tokens};

/// Fills `sentence` and `clause` with the sentence and clause index of each
/// token of `tokens`, and `marks` with the indices of its quotation marks;
/// `room` is the length the buffers are given at least.
pub(super) fn sentences_and_clauses(
    rules: &Rules,
    tokens: &Tokens,
    rule_hits: &[Hit],
    room: usize,
    sentence: &mut Vec<usize>,
    clause: &mut Vec<usize>,
    marks: &mut Vec<usize>,
) {
    let tokens = tokens.as_slice();
    let n = tokens.len();
    sentence.clear();
    sentence.reserve(room);
    sentence.resize(n, 0);
    clause.clear();
    clause.reserve(room);
    clause.resize(n, 0);
    marks.clear();
    let (mut s, mut c) = (0, 0);
    let slots = sentence.iter_mut().zip(clause.iter_mut());
    for (i, (t, (sentence_of, clause_of))) in tokens.iter().zip(slots).enumerate() {
        *sentence_of = s;
        *clause_of = c;
        // Counted without branching on the kind: words and punctuation
        // alternate in no pattern a branch predictor could learn.
        let ends = t.punct == Punct::SentenceEnd;
        s += usize::from(ends);
        c += usize::from(ends || t.punct == Punct::ClauseBreak);
        if t.punct == Punct::QuoteMark {
            marks.push(i);
        }
    }
    // Contrast and concession words open a new clause.
    for h in rule_hits.iter() {
        if matches!(
            rules.kinds.get(h.entry),
            Some(Kind::Contrast | Kind::Concession)
        ) {
            let base = clause.get(h.first).copied().unwrap_or(0);
            for (j, cl) in clause.iter_mut().enumerate().skip(h.first) {
                if sentence.get(j) != sentence.get(h.first) || *cl != base {
                    break;
                }
                *cl = usize::MAX - h.first;
            }
        }
    }
}

/// Marks in `quoted` the tokens inside the embedded quotations (a pair of
/// `marks` in one sentence, or at most four tokens apart), and in `scare`
/// those of the short ones (three words at most).
pub(super) fn quotations(
    tokens: &Tokens,
    sentence: &[usize],
    marks: &[usize],
    room: usize,
    quoted: &mut Vec<bool>,
    scare: &mut Vec<bool>,
) {
    let tokens_norm = |i: usize| tokens.norm(i);
    let tokens = tokens.as_slice();
    let n = tokens.len();
    quoted.clear();
    quoted.reserve(room);
    quoted.resize(n, false);
    scare.clear();
    scare.reserve(room);
    scare.resize(n, false);
    let mut k = 0;
    while let (Some(&a), Some(&b)) = (marks.get(k), marks.get(k + 1)) {
        if sentence.get(a) == sentence.get(b) || b - a <= 4 {
            let inner = a + 1..b;
            let words = tokens
                .get(inner.clone())
                .map_or(0, |inside| inside.iter().filter(|t| t.is_word).count());
            if let Some(inside) = quoted.get_mut(inner.clone()) {
                inside.fill(true);
            }
            // (`she was "overjoyed"`: a speaker's own feeling, quoted in
            // their words, is held at no distance: the reported clause opens
            // with the speaker's pronoun.)
            let own_feeling = a == 2
                && matches!(
                    tokens_norm(a - 1),
                    "was" | "is" | "were" | "am" | "felt" | "feels"
                )
                && matches!(tokens_norm(a - 2), "he" | "she" | "i" | "we" | "they");
            if words <= 3 && !own_feeling {
                if let Some(inside) = scare.get_mut(inner) {
                    inside.fill(true);
                }
            }
            k += 2;
        } else {
            k += 1;
        }
    }
}
