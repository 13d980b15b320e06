//! What the words of a phrase around a name hold, and the role words each
//! person is given. Takes a phrase (a span, or a span searched for in its
//! sentence's tokens) and gives its [`PhraseFacts`], one word-list lookup per
//! word: a past marker (`former`, `ex-chief`), a role, an opposition or a
//! devolved office, a noun naming a kind of organization (also one before its
//! possessive ending, `The union’s`). Takes the role phrases `learn` recorded
//! and gives each person their words, which descriptions (`the Unite
//! official`) are matched against later: an ASCII word kept as written, any
//! other lowercased, so that either equals a lowercase word under
//! `eq_ignore_ascii_case` without a string made for it.

use crate::knowledge::WordFacts;
use crate::segment::Token;
use crate::span::Span;
use std::borrow::Cow;
use std::ops::Range;

use crate::attribution::names::possessive_suffix;
use crate::attribution::Doc;

/// What the words of a phrase around a name hold (see `Doc::phrase_facts`).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct PhraseFacts {
    pub(crate) past: bool,
    pub(crate) opposition: bool,
    pub(super) devolved_office: bool,
    pub(crate) role: bool,
    pub(crate) org_noun: bool,
}

impl PhraseFacts {
    /// Adds what word `t` of the phrase holds, of which the word lists say `word`.
    pub(crate) fn add(&mut self, doc: &Doc, t: Token, word: WordFacts) {
        self.past |= word.past_marker
            || (t.text.bytes().any(|b| b == b'-') && doc.knowledge.is_past_marker(t.text));
        self.role |= word.role;
        self.opposition |= word.opposition_marker;
        self.devolved_office |= word.devolved_office;
        // `The union’s`: the noun before its possessive ending.
        let owner = t
            .text
            .get(..t.text.len() - possessive_suffix(t.text))
            .unwrap_or("");
        self.org_noun |= word.org_noun
            || (owner.len() < t.text.len() && doc.knowledge.org_noun(owner).is_some());
    }

    /// What the words of two phrases hold together.
    pub(crate) fn or(self, other: PhraseFacts) -> PhraseFacts {
        PhraseFacts {
            past: self.past || other.past,
            opposition: self.opposition || other.opposition,
            devolved_office: self.devolved_office || other.devolved_office,
            role: self.role || other.role,
            org_noun: self.org_noun || other.org_noun,
        }
    }
}

impl<'a> Doc<'a> {
    /// What the words of `phrase` hold: a past marker (`former`, `ex-chief`),
    /// a role, a noun naming a kind of organization; one lookup per word.
    pub(crate) fn phrase_facts(&self, phrase: Span) -> PhraseFacts {
        self.facts_of(self.token_range(phrase))
    }

    /// [`Doc::phrase_facts`] of a phrase inside the tokens `sentence` (its
    /// sentence's), searched for there rather than in the whole document.
    pub(super) fn phrase_facts_within(&self, phrase: Span, sentence: Range<usize>) -> PhraseFacts {
        // Most names have nothing after them, many nothing before: no token to search for.
        if phrase.is_empty() {
            return PhraseFacts::default();
        }
        self.facts_of(self.token_range_within(sentence, phrase))
    }

    /// What the words of the tokens `range` hold (see [`Doc::phrase_facts`]).
    pub(super) fn facts_of(&self, range: Range<usize>) -> PhraseFacts {
        let mut facts = PhraseFacts::default();
        for t in range.map(|k| self.token(k)) {
            facts.add(self, t, self.knowledge.word_facts(t.text));
        }
        facts
    }

    /// The words of each person's role phrases, function words left out.
    /// An ASCII word is kept as written, any other lowercased: either is
    /// equal to a lowercase word `w` when `eq_ignore_ascii_case(w)` (see
    /// [`has_role_word`]).
    pub(crate) fn role_words(&self) -> &[Vec<Cow<'a, str>>] {
        self.role_words.get_or_init(|| {
            let text: &'a str = self.text;
            let mut role_words: Vec<Vec<Cow<'a, str>>> = vec![Vec::new(); self.people.len()];
            for &(person, phrase) in &self.role_phrases {
                let Some(words) = role_words.get_mut(person) else {
                    continue;
                };
                for word in phrase
                    .of(text)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 2)
                {
                    // (The word lists are asked in any case.)
                    let word = if word.is_ascii() {
                        Cow::Borrowed(word)
                    } else {
                        Cow::Owned(word.to_lowercase())
                    };
                    if !self.knowledge.is_function_word(&word) && !has_role_word(words, &word) {
                        words.push(word);
                    }
                }
            }
            role_words
        })
    }
}

/// Whether `given` (role words, see [`Doc::role_words`]) holds `word`, a
/// lowercase word or another role word.
pub(crate) fn has_role_word(given: &[Cow<str>], word: &str) -> bool {
    given
        .iter()
        .any(|g| g.len() == word.len() && g.eq_ignore_ascii_case(word))
}
