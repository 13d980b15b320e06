//! Where the words of a role lie around a name. Takes token positions in a
//! name's sentence; gives the bounds `learn` reads a role within: a title
//! whose capitalized words `and` or commas join (`Work and Pensions
//! Secretary`, `Culture, Media and Sport Secretary`; not `Ann Lee and Health
//! Secretary Tom Hale`, two people), a portfolio's lowercase areas (`shadow
//! environment, food and rural affairs secretary`), a portfolio or employer
//! closing a role (`to the Treasury`, `of Unite`), the office `as` gives a
//! sentence's subject (`faces his first test as home secretary`, but not
//! `criticised Mr Blunkett's record as home secretary`), the noun owning a
//! role set off before a name (`the authority's director of enforcement, Ann
//! Lee`) and a role held in a university (`Final-year student Tom Hale`; not
//! `a student loan expert`). Also whether the words after a name's comma are
//! the sentence's verb with its object (`, handed a petition to`), not an
//! apposition.

use crate::segment::Token;
use crate::span::Span;
use std::ops::Range;

use crate::attribution::names::possessive_suffix;
use crate::attribution::{is_article, lowercase_is_one_of, Doc};

impl<'a> Doc<'a> {
    /// The office `as` gives the subject of a sentence whose name ends at
    /// token `after` (`… faces his first test as home secretary`): the
    /// words after `as` up to a role word, in the subject's own clause,
    /// with no other name on the way (`criticised Mr Blunkett's record as
    /// home secretary` is Mr Blunkett's). `end` ends the sentence.
    pub(super) fn office_as(&self, after: usize, end: usize) -> Option<Span> {
        let clause_end = end.min(after + 12);
        let at = (after..clause_end)
            .take_while(|&i| {
                let t = self.token(i);
                !t.is_capitalized() && !matches!(t.text, "," | ";" | ":" | "who" | "which" | "that")
            })
            .find(|&i| self.token(i).text == "as")?;
        let first = at + 1;
        let role = (first..end.min(first + 4))
            .take_while(|&i| self.token(i).is_word())
            .find(|&i| self.knowledge.is_role(self.token(i).text))?;
        Some(Span::new(
            self.token(first).span.start,
            self.token(role).span.end,
        ))
    }

    /// Whether token `at` is a past form (`handed`, `told`) with an object
    /// opening after it (`a`, `the`, `his` …): a verb, in a sentence whose
    /// subject ends before it.
    pub(super) fn verb_with_object(&self, at: usize) -> bool {
        let word = self.token(at).text;
        let past = word.len() > 3
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && word.ends_with("ed")
            && !self.knowledge.is_past_marker(word);
        past && at + 1 < self.tokens.len()
            && lowercase_is_one_of(
                self.token(at + 1).text,
                &[
                    "a", "an", "the", "his", "her", "their", "its", "this", "these",
                ],
            )
    }

    /// The token of `the`'s possessive noun (`the authority's`) owning a
    /// role set off by a comma right before the name at `name` (`the
    /// authority's director of enforcement, Ann Lee`): only the role's
    /// lowercase words lie between, and `the` opens the phrase; not before
    /// token `from`.
    pub(super) fn owner_of_role_before(&self, from: usize, name: usize) -> Option<usize> {
        let comma = name
            .checked_sub(1)
            .filter(|&c| c > from && self.token(c).text == ",")?;
        let mut k = comma;
        while k > from + 1 && k + 6 > comma {
            k -= 1;
            let t = self.token(k);
            if possessive_suffix(t.text) > 0 {
                let owned = k + 1 < comma && is_article(self.token(k - 1).text);
                return (owned && self.knowledge.is_role(self.token(k + 1).text)).then_some(k);
            }
            if !t.is_word() || t.is_capitalized() && k > from + 1 {
                return None;
            }
        }
        None
    }

    /// `Dr Ann Lee, the lecturer who set up the project`, `Final-year student
    /// Tom Hale`: whether `phrase` is headed by a role held in a university,
    /// owned by nobody named (the role is the head: not `a student loan
    /// expert`, where a noun follows it) and held nowhere the phrase names
    /// (`a professor at The New School`, a name not known as an
    /// organization's).
    pub(super) fn academic_role_in(&self, phrase: Span) -> bool {
        let k = self.knowledge;
        let words: Vec<Token> = self.seg.tokens_in(self.text, phrase).collect();
        let owned = words.iter().any(|t| possessive_suffix(t.text) > 0)
            || words
                .windows(2)
                .any(|w| matches!(w[0].text, "at" | "of" | "from") && w[1].is_capitalized());
        let headed = words.iter().enumerate().any(|(i, t)| {
            k.is_academic_role(t.text)
                && words.get(i + 1).is_none_or(|next| {
                    !next.is_word()
                        || next.is_capitalized()
                        || k.is_function_word(next.text)
                        || k.is_preposition(next.text)
                })
        });
        headed && !owned
    }

    /// The tokens of a portfolio or employer that close the tokens `from..end`
    /// after a role: `to`, `of` or `for`, an optional `the`, then capitalized
    /// words (`to the Treasury`, `of Unite`, `for Schools and Families`).
    pub(super) fn portfolio_after_role(&self, from: usize, end: usize) -> Option<Range<usize>> {
        let mut start = end;
        while start > from {
            let t = self.token(start - 1);
            let joined = t.text == "and" && start < end;
            if !(joined || (t.is_capitalized() && t.is_word())) {
                break;
            }
            start -= 1;
        }
        if start == end || self.token(start).text == "and" {
            return None;
        }
        if start > from && self.token(start - 1).text == "the" {
            start -= 1;
        }
        let preposition = start.checked_sub(1).filter(|&k| k > from)?;
        lowercase_is_one_of(self.token(preposition).text, &["to", "of", "for"])
            .then_some(preposition..end)
    }

    /// Whether token `at` joins the capitalized words of a title on both
    /// sides (`Work and Pensions Secretary`, `Culture, Media and Sport
    /// Secretary`), the sentence starting at token `sentence_start`: `and` or
    /// `&` does, a comma only before such an `and` (read right to left,
    /// `listed` says whether one was met; an `and` sets it).
    pub(crate) fn joins_title(&self, at: usize, sentence_start: usize, listed: &mut bool) -> bool {
        let Some(joiner) = self.list_joiner(at, sentence_start, *listed, &["and", "&"]) else {
            return false;
        };
        let word = |i: usize| {
            let w = self.token(i);
            w.is_word() && w.is_capitalized() && !self.knowledge.is_function_word(w.text)
        };
        // Not a person's name before it (`Ann Lee and Health Secretary Tom
        // Hale`, `Mr Lee and …`, a surname already met): two people, not one title.
        let before = self.token(at - 1).text;
        let name_before = self.by_surname.contains_key(before)
            || self.knowledge.first_name(before).is_some()
            || (at >= sentence_start + 2 && {
                let w = self.token(at - 2).text;
                self.knowledge.first_name(w).is_some() || self.knowledge.title(w).is_some()
            });
        let joins = word(at - 1) && word(at + 1) && !name_before;
        *listed |= joins && joiner;
        joins
    }

    /// Whether token `at` joins the lowercase areas of a role's portfolio
    /// (`shadow work and pensions secretary`, `shadow environment, food and
    /// rural affairs secretary`): `and`, or a comma before it in the list
    /// (`listed`, set here), between lowercase content words.
    pub(super) fn joins_portfolio(
        &self,
        at: usize,
        sentence_start: usize,
        listed: &mut bool,
    ) -> bool {
        let Some(joiner) = self.list_joiner(at, sentence_start, *listed, &["and"]) else {
            return false;
        };
        // (The first area may open the sentence: `Work and pensions
        // secretary Ann Lee said`.)
        let area = |i: usize| {
            let w = self.token(i);
            w.is_word()
                && (!w.is_capitalized() || i == sentence_start)
                && !self.knowledge.is_function_word(w.text)
                && !self.knowledge.is_preposition(w.text)
        };
        let joins = area(at - 1) && area(at + 1);
        *listed |= joins && joiner;
        joins
    }

    /// What token `at` is in a list read right to left from a role, the
    /// sentence starting at token `sentence_start`: `Some(true)` for one of
    /// `joiners`, `Some(false)` for a comma once one was met (`listed`),
    /// `None` for anything else and for the sentence's first token.
    fn list_joiner(
        &self,
        at: usize,
        sentence_start: usize,
        listed: bool,
        joiners: &[&str],
    ) -> Option<bool> {
        if at <= sentence_start {
            return None;
        }
        let t = self.token(at).text;
        let joiner = joiners.contains(&t);
        (joiner || (listed && t == ",")).then_some(joiner)
    }

    /// Where a title joined by `and` (see [`Doc::joins_title`]) that ends
    /// at the run starting at token `run_start` begins: `Work` for the run
    /// `Pensions Secretary Andrew Lyle`; `run_start` when there is none.
    pub(crate) fn joined_title_start(&self, run_start: usize, sentence_start: usize) -> usize {
        let mut start = run_start;
        let mut listed = false;
        while start > sentence_start {
            let k = start - 1;
            let t = self.token(k);
            let listed_word = listed && t.is_word() && t.is_capitalized();
            if !(listed_word || self.joins_title(k, sentence_start, &mut listed)) {
                break;
            }
            start = k;
        }
        start
    }
}
