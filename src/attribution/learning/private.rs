//! Whether a person is introduced as a private person, a member of the
//! public, who speaks for no organization whatever the sentences before
//! named. Takes the tokens around a name's first mention; tells an age, a
//! home town or a count of children after the name (`Carol Beckwith, 71,`,
//! `Jo Harland from Leeds`, `a mother of three`), a `whose` clause about a
//! private life (`whose children go to the school`; not `whose firm works
//! for the council`), and what the person does or is, opening the sentence
//! before the name (`Hill farmer Ted Armitage`, `Pensioner Doris Whitfield`,
//! `Mother-of-two Carys Lewis`, a relation: `Her son, Tom Bryce,`). Hard cases: a capitalized word alone before
//! a name is a calling only as a public role (`Yesterday Ann Lee` is none)
//! or a count of children, the name's own titles are no calling (`Art
//! historian Dr Ann Lee`), and a home town no list knows is one capitalized
//! word naming no organization (`from Llanelli`, not `from Numis`).

use crate::segment::is_number;
use crate::span::Span;

use crate::attribution::names::possessive_suffix;
use crate::attribution::{lowercase_is_one_of, Doc};

impl<'a> Doc<'a> {
    /// Whether the words right after a name, up to token `end`, introduce a
    /// private person: an age (`Carol Beckwith, 71,`), a home town (`Jo
    /// Harland from Leeds`, `Tom Hale, 34, from Hull,`, `Ann Lee, a nurse
    /// from Leeds,`) or a count of children (`Sue Carey, a mother of
    /// three,`). News introduces members of the public so, and they speak
    /// for no organization, whatever the sentences before them named.
    pub(super) fn introduced_as_private(&self, after: usize, end: usize) -> bool {
        let word = |i: usize| (i < end).then(|| self.token(i).text);
        let mut i = after;
        if word(i) == Some(",") {
            i += 1;
        }
        let age = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        if word(i).is_some_and(age) {
            return word(i + 1) == Some(",");
        }
        if i > after && word(i) == Some("whose") {
            return self.relative_clause_is_private(i + 1, end);
        }
        // (`Carol Dunning, a care worker from Basingstoke,`: after the
        // comma, a few lowercase words may say what they do first.)
        // (`Sue Carey, a mother of three,`: or one noun, no role, of a
        // number, as news counts a parent's children.)
        if i > after && lowercase_is_one_of(word(i).unwrap_or_default(), &["a", "an"]) {
            let from = (i + 1..i + 6)
                .take_while(|&k| word(k).is_some_and(|w| w.starts_with(char::is_lowercase)))
                .find(|&k| word(k) == Some("from"));
            let counted = word(i + 2) == Some("of")
                && word(i + 1).is_some_and(|w| {
                    w.starts_with(char::is_lowercase) && !self.knowledge.is_role(w)
                })
                && word(i + 3).is_some_and(is_number);
            return counted || from.is_some_and(|k| self.home_town_at(k + 1, end));
        }
        word(i) == Some("from") && self.home_town_at(i + 1, end)
    }

    /// Whether token `at` (before `end`) names a home town after `from`: a
    /// known place, or one capitalized word that ends the phrase and names
    /// no organization (`from Llanelli,`; not `from Numis Securities`, `from
    /// the GMB`).
    fn home_town_at(&self, at: usize, end: usize) -> bool {
        // (`from near Llanidloes`, `from outside Leeds`: where, roughly.)
        let near = self.token(at);
        let roughly =
            at < end && !near.is_capitalized() && self.knowledge.is_preposition(near.text);
        let at = at + usize::from(roughly);
        if at >= end {
            return false;
        }
        let t = self.token(at);
        if self.knowledge.is_place(t.text) {
            return true;
        }
        let ends = at + 1 >= end || matches!(self.token(at + 1).text, "," | "." | ";");
        let acronym = t.text.len() > 1 && t.text.bytes().all(|b| b.is_ascii_uppercase());
        t.is_capitalized()
            && ends
            && !acronym
            && self.knowledge.first_name(t.text).is_none()
            && self.org_in(t.span).is_none()
    }

    /// `Jo Hale, whose children go to the school,`: whether the `whose`
    /// clause from token `start` (to its comma, or `end`) describes a
    /// private life: it names no organization, holds no role, and has no
    /// body it is for, at or with (`whose firm works for the council`) or
    /// owns a part of (`whose union's branch`). (A `who` clause as often
    /// tells the person's work as their life: `who led the research`.)
    fn relative_clause_is_private(&self, start: usize, end: usize) -> bool {
        let close = (start..end)
            .find(|&k| matches!(self.token(k).text, "," | "." | ";" | ":"))
            .unwrap_or(end);
        if close <= start
            || self
                .org_in(Span::new(
                    self.token(start).span.start,
                    self.token(close - 1).span.end,
                ))
                .is_some()
        {
            return false;
        }
        (start..close).all(|k| {
            let t = self.token(k).text;
            let bare = t.get(..t.len() - possessive_suffix(t)).unwrap_or(t);
            let kind_noun = self.knowledge.org_noun(bare).is_some();
            // (`whose father had an operation at a hospital`: a body not
            // named, after `a`, is none they are for or at.)
            let employer = kind_noun
                && (bare.len() < t.len()
                    || (start..k).rev().take(2).any(|j| {
                        lowercase_is_one_of(self.token(j).text, &["for", "at", "with", "of"])
                    }) && !(k > start
                        && lowercase_is_one_of(self.token(k - 1).text, &["a", "an"])));
            !self.knowledge.is_role(t) && !employer
        })
    }

    /// `Her son, Peter, said`: whether the tokens right before the name at
    /// token `name` are a person's possessive and one word it owns, set off
    /// by a comma, that is no role (`Her spokesman, Tom Hale,` holds one),
    /// kind of organization or title: a relation, a member of the public.
    pub(in crate::attribution) fn relation_before(&self, name: usize) -> bool {
        let k = self.knowledge;
        let Some(owner) = name.checked_sub(3) else {
            return false;
        };
        let relation = self.token(owner + 1);
        self.token(name - 1).text == ","
            && lowercase_is_one_of(self.token(owner).text, &["her", "his", "their"])
            && relation.is_word()
            && !relation.is_capitalized()
            && !k.is_role(relation.text)
            && k.org_noun(relation.text).is_none()
            && k.title(relation.text).is_none()
    }

    /// `A great-grandson of the man who left it to the city, Tom Hale,
    /// said`: whether the sentence opens, at token `opening`, with an
    /// indefinite noun that is no role, kind of organization or title (a
    /// relation, a friend, a neighbour), apposed to the name at token `name`
    /// by a comma, with no cue between: a member of the public.
    fn relation_opening(&self, opening: usize, name: usize, scratch: &mut String) -> bool {
        let k = self.knowledge;
        if name < opening + 3
            || name > opening + 16
            || !matches!(self.token(opening).text, "A" | "An")
            || self.token(name - 1).text != ","
        {
            return false;
        }
        // The noun's phrase ends before `of` or the comma (`great-grandson`
        // may be three tokens).
        let Some(end) = (opening + 2..(opening + 6).min(name))
            .find(|&i| matches!(self.token(i).text, "of" | ","))
        else {
            return false;
        };
        // (One word, or one hyphened: `A worker at the plant` is no
        // relation, and its noun is before `at`.)
        let noun = self.token(end - 1);
        let plain = (opening + 1..end).all(|i| {
            let t = self.token(i);
            ((t.is_word() && !t.is_capitalized()) || t.text == "-")
                && (i == opening + 1 || self.token(i - 1).span.end == t.span.start)
        });
        // (Of a person, not of a body: `A trustee of the charity` is its.)
        let of_body = (end..name - 1).any(|i| {
            let t = self.token(i);
            k.org_noun(t.text).is_some() || self.org_in(t.span).is_some()
        });
        plain
            && !of_body
            && !k.is_role(noun.text)
            && k.org_noun(noun.text).is_none()
            && k.title(noun.text).is_none()
            && (self.token(end).text == "of" || end == name - 1)
            && !(end..name - 1).any(|i| self.is_cue(self.token(i).text, scratch))
    }

    /// Whether the words opening a sentence before a name, tokens
    /// `opening..name`, introduce a private person by what they do or are
    /// (`Hill farmer Ted Armitage said`, `Cumbrian shopkeeper Ann Lee`):
    /// words (the first may be capitalized, opening the sentence) none of
    /// them a title, a role (but a member of the public's, `Pensioner Doris
    /// Whitfield`), a kind of organization, a function word or a cue. News
    /// introduces members of the public so, and they speak for no
    /// organization.
    pub(super) fn introduced_by_calling(
        &self,
        opening: usize,
        name: usize,
        scratch: &mut String,
    ) -> bool {
        if self.relation_opening(opening, name, scratch) {
            return true;
        }
        let k = self.knowledge;
        // (`Art historian Dr Ann Lee`: the name's titles are no calling.)
        let name = (opening + 1..name)
            .rev()
            .take_while(|&i| k.title(self.token(i).text).is_some())
            .last()
            .unwrap_or(name);
        if !(opening + 1..=opening + 3).contains(&name) {
            return false;
        }
        // (One capitalized word alone is a calling only as a role:
        // `Yesterday Ann Lee`, `Mohammed Ali Khan` are not.)
        let alone = name == opening + 1;
        // (`Mother-of-two Carys Lewis`: a calling that counts children.)
        if alone && self.token(opening).text.contains("-of-") {
            return true;
        }
        if name == opening + 3 && self.relation_before(name) {
            return true;
        }
        (opening..name).all(|i| {
            let t = self.token(i);
            let facts = k.word_facts(t.text);
            let public = k.is_public_role(t.text);
            t.is_word()
                && (i == opening || !t.is_capitalized())
                && (!alone || public)
                && facts.title.is_none()
                && (!facts.role || public)
                && !facts.function_word
                && !facts.org_noun
                && !k.is_preposition(t.text)
                && !self.is_cue(t.text, scratch)
        })
    }
}
