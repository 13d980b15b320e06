//! Roles the text names without a name, matched to the person who holds them.
//! Takes the people and their mentions once every name is read; gives a
//! person the role, organization and government clue of a description that
//! refers to them. Hard cases: the role after the name (`Lord Falconer said.
//! The constitutional affairs secretary outlined …`), before it (`…, the
//! Transport Secretary said. Geoffrey Lattimer told MPs …`), and an
//! organization's role with no name at all (`the Tory leader is …`), given to
//! the person the text is about; a role somebody else was given, or a past
//! one, is nobody's here.

use crate::orgs::OrgMention;
use crate::span::Span;
use std::ops::Range;

use super::government::GovernmentClue;
use super::{is_article, Doc};

impl<'a> Doc<'a> {
    /// `Michael Howard has said a claim by Peter Hain that the Tory leader is
    /// …`: an organization's role named without a name refers to the person
    /// the text is about (see `salient_person`), whose organization it gives
    /// when they have none.
    pub(super) fn learn_from_org_description(&mut self, org: &'a OrgMention) {
        // (The article is looked for before the organization's last token.)
        let first = self.tokens.partition_point(|t| t.start < org.span.start);
        let article = first
            .checked_sub(1)
            .is_some_and(|i| self.token_is(i, "the") || self.token_is(i, "The"));
        if !article {
            return;
        }
        // (Its first token is the one after the article.)
        let toks = self.token_range_from(first, org.span);
        if toks.end >= self.tokens.len() {
            return;
        }
        // The role words after the name, then no name: `the Tory home affairs spokesman said`.
        // They end at a verb: in `the union said staff were tired` the role is the object's.
        let mut head = None;
        let mut lowered = std::mem::take(&mut self.scratch);
        for i in (toks.end..self.tokens.len()).take(4) {
            let word = self.token(i).text;
            if !word.bytes().all(|b| b.is_ascii_lowercase())
                || self.knowledge.is_finite_verb(word)
                || self.is_cue(word, &mut lowered)
            {
                break;
            }
            if self.knowledge.is_role(word) {
                head = Some(i);
            }
        }
        self.scratch = lowered;
        let Some(head) = head else {
            return;
        };
        if self
            .tokens
            .get(head + 1)
            .is_some_and(|_| self.token(head + 1).is_capitalized())
        {
            return;
        }
        let description = Span::new(
            self.token(toks.start - 1).span.start,
            self.token(head).span.end,
        );
        if self.phrase_facts(description).past {
            return;
        }
        if let Some(person) = self.salient_person(description, description, Some(&org.org)) {
            let p = &mut self.people[person];
            p.org = p.org.or(Some(&org.org));
        }
    }

    /// `Lord Falconer said. The constitutional affairs secretary outlined
    /// the plans.`: a sentence whose subject is a definite role description
    /// after a sentence with one person as its subject is about that person,
    /// who takes the role when the text has given them none. A person whose
    /// role is given, or a role somebody else was given, is somebody else.
    pub(super) fn learn_from_description(&mut self, sentence: usize, toks: Range<usize>) {
        let Some(description) = self.subject_description(toks) else {
            return;
        };
        let Some(previous) = sentence
            .checked_sub(1)
            .and_then(|i| self.seg.sentences.get(i))
        else {
            return;
        };
        let mut subjects = self
            .mentions
            .iter()
            .filter(|m| previous.span.contains(m.span) && !self.in_quote(m.span))
            .map(|m| (m.person, m.subject_like));
        let Some((person, true)) = subjects.next() else {
            return;
        };
        if subjects.any(|(other, _)| other != person) || self.people[person].org.is_some() {
            return;
        }
        let given_role = self
            .role_phrases
            .iter()
            .any(|&(holder, phrase)| holder == person && self.phrase_facts(phrase).role)
            || self.role_given_to_other(person, description);
        if given_role || self.phrase_facts(description).past {
            return;
        }
        self.role_phrases.push((person, description));
        if self.give_devolved_role(person, description) {
            return;
        }
        self.give_role_clue(person, description);
        if let Some(o) = self.org_in(description) {
            self.people[person].org = Some(&o.org);
        }
    }

    /// `The constitutional affairs secretary` opening the sentence as its
    /// subject: `The`, lowercase words ending in a role, then a lowercase word
    /// that is neither a role nor a preposition (the verb).
    fn subject_description(&self, toks: Range<usize>) -> Option<Span> {
        if toks.is_empty() || !self.token_is(toks.start, "The") {
            return None;
        }
        let lowercase = |word: &str| word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        let lowercase_word = |i: usize| lowercase(self.token(i).text);
        // The description ends at the first word after a role that is none.
        let mut head = None;
        for i in (toks.start + 1..toks.end).take(6) {
            let word = self.token(i).text;
            // (A word with a capital ends it before it is looked up.)
            if !lowercase(word) {
                break;
            }
            let role = self.knowledge.is_role(word);
            if head.is_some() && !role {
                break;
            }
            if role {
                head = Some(i);
            }
        }
        let head = head?;
        let verb = self.token(head + 1);
        let is_verb = head + 1 < toks.end
            && lowercase_word(head + 1)
            && !self.knowledge.is_role(verb.text)
            && !self.knowledge.is_preposition(verb.text);
        is_verb.then(|| Span::new(self.token(toks.start).span.start, self.token(head).span.end))
    }

    /// `The Home Secretary has promised to close the hotels. Speaking in the
    /// Commons, Priya Castell said …`: a news story gives a role in one
    /// sentence and the holder's name in the next. A person introduced there
    /// by a bare name as its subject, with no role or organization of their
    /// own, after a sentence whose subject is a definite role description
    /// (opening it, or after its report: `…, the Transport Secretary said`),
    /// holds that role, when nobody else in the text was given it.
    /// `first` is the person's first mention (an index of `self.mentions`),
    /// `sentence` its sentence, whose tokens start at `sentence_start`;
    /// `previous` are the tokens of the sentence before.
    pub(super) fn learn_role_before_name(
        &mut self,
        first: usize,
        sentence: usize,
        sentence_tokens: Range<usize>,
        previous: Range<usize>,
    ) {
        let sentence_start = sentence_tokens.start;
        let Some(&mention) = self.mentions.get(first) else {
            return;
        };
        let person = mention.person;
        // The first name of its sentence, a subject, with no organization yet.
        let here = self
            .seg
            .sentences
            .get(sentence)
            .map_or(mention.span, |s| s.span);
        let earlier_here = first
            .checked_sub(1)
            .and_then(|k| self.mentions.get(k))
            .is_some_and(|m| m.span.start >= here.start);
        // (An organization only the sentences around gave them is no role:
        // the description says more, `The Chancellor promised … Malcolm
        // Ashby told a meeting of Tory backbenchers`.)
        let own_org = self.people[person].org.is_some() && !self.people[person].org_from_context;
        if earlier_here || !mention.subject_like || own_org || self.in_quote(mention.span) {
            return;
        }
        // A bare name opening its clause, its verb right after it.
        let run = self.token_range(mention.span);
        // (`Dr Ann Lee admitted …`: titles before the name.)
        let name_start = (sentence_start..run.start)
            .rev()
            .take_while(|&k| self.knowledge.title(self.token(k).text).is_some())
            .last()
            .unwrap_or(run.start);
        let opens_clause = name_start == sentence_start
            || name_start
                .checked_sub(1)
                .is_some_and(|k| self.token_is(k, ","));
        // (`Dr Ann Lee, on her first day in the job, admitted …`: the verb
        // may follow a phrase set off by commas.)
        let sentence_end = sentence_tokens.end;
        let verb_at = if self.token_is(run.end, ",") {
            (run.end + 1..sentence_end.min(run.end + 25))
                .find(|&k| self.token_is(k, ","))
                .map_or(run.end, |k| k + 1)
        } else {
            run.end
        };
        let verb = self.token(verb_at).text;
        if !opens_clause || !verb.bytes().all(|b| b.is_ascii_lowercase()) {
            return;
        }
        let mut lowered = std::mem::take(&mut self.scratch);
        let is_verb = self.is_cue(verb, &mut lowered) || self.knowledge.is_finite_verb(verb);
        self.scratch = lowered;
        if !is_verb || sentence == 0 || self.is_headline(sentence - 1) {
            return;
        }
        let Some(description) = self.role_description_subject(previous) else {
            return;
        };
        if self.person_has_role(person)
            || self.role_given_to_other(person, description)
            || self.phrase_facts(description).past
        {
            return;
        }
        self.role_phrases.push((person, description));
        if self.give_devolved_role(person, description) {
            return;
        }
        self.give_role_clue(person, description);
        let org = self.org_in(description).map(|o| &o.org).or_else(|| {
            let mut lowered = std::mem::take(&mut self.scratch);
            let org = self
                .phrase_facts(description)
                .org_noun
                .then(|| self.generic_reference(description, description.start, &mut lowered))
                .flatten();
            self.scratch = lowered;
            org
        });
        if let Some(org) = org {
            self.people[person].org = Some(org);
            self.people[person].org_from_context = false;
        } else if self.people[person].org_from_context {
            // The organization around a government speaker is none of theirs
            // (as where they are introduced, see `learn`).
            let mut lowered = std::mem::take(&mut self.scratch);
            if self.speaks_for_government(person, &mut lowered) {
                self.people[person].org = None;
                self.people[person].org_from_context = false;
            }
            self.scratch = lowered;
        }
    }

    /// Whether the text gave `person` a role or an organization where it named them.
    fn person_has_role(&self, person: usize) -> bool {
        self.role_phrases.iter().any(|&(holder, phrase)| {
            holder == person
                && !phrase.is_empty()
                && (self.phrase_facts(phrase).role || self.org_in(phrase).is_some())
        })
    }

    /// Whether the words of `description` (after its article) are all in a
    /// role the text gave somebody other than `person` (the shadow of an
    /// office is another role: `the Education Secretary` is not `Shadow
    /// education secretary Anne Colville`'s).
    fn role_given_to_other(&self, person: usize, description: Span) -> bool {
        let text = self.text;
        let described = description.of(text).to_lowercase();
        let words: Vec<&str> = described.split_whitespace().skip(1).collect();
        let opposition = self.phrase_facts(description).opposition;
        // A word of the phrase in lowercase is `w` (lowercase): an ASCII
        // word is compared ignoring ASCII case, any other lowered.
        let lowers_to = |g: &str, w: &str| {
            if g.is_ascii() {
                g.len() == w.len() && g.eq_ignore_ascii_case(w)
            } else {
                g.to_lowercase() == w
            }
        };
        // (The words are compared first: most phrases lack one, and their
        // facts are then not read.)
        self.role_phrases.iter().any(|&(holder, phrase)| {
            holder != person
                && !phrase.is_empty()
                && words
                    .iter()
                    .all(|w| phrase.of(text).split_whitespace().any(|g| lowers_to(g, w)))
                && self.phrase_facts(phrase).opposition == opposition
        })
    }

    /// `The health minister for Wales`: when `description` is a devolved
    /// government's office, makes `person` that government's minister, and
    /// says so.
    fn give_devolved_role(&mut self, person: usize, description: Span) -> bool {
        let government = self.devolved_office_government(description);
        let (Some(government), Some(p)) = (government, self.people.get_mut(person)) else {
            return false;
        };
        p.org = Some(government);
        p.org_from_context = false;
        p.government = Some(false);
        p.devolved = true;
        true
    }

    /// Records `description` as a role that may make `person` a government speaker.
    fn give_role_clue(&mut self, person: usize, description: Span) {
        if self.people[person].government == Some(true) {
            return;
        }
        let after = Span::new(description.end, description.end);
        self.government_clues.push((
            person,
            GovernmentClue::Role {
                pre: description,
                run: after,
                post: after,
            },
        ));
        self.people[person].government = None;
    }

    /// The subject of the tokens `toks` (a sentence) when it is a definite
    /// role description that names nobody: `The Home Secretary has promised`
    /// opening it, or `…, the Transport Secretary said` after a comma (and
    /// `as` or `while`) and before a cue. A capitalized word after the role
    /// is a name it introduces (`The Home Secretary Priya Castell`), and a
    /// possessive owns something else (`the Chancellor's plan`).
    fn role_description_subject(&self, toks: Range<usize>) -> Option<Span> {
        let mut lowered = String::new();
        toks.clone().find_map(|i| {
            let t = self.token(i);
            if !matches!(t.text, "the" | "The") || self.in_quote(t.span) {
                return None;
            }
            let opening = i == toks.start;
            // (`…, as the Education Secretary insisted …`: a clause opened
            // by `as` or `while` after the comma.)
            let after_comma = i > toks.start
                && (self.token_is(i - 1, ",")
                    || (i > toks.start + 1
                        && (self.token_is(i - 1, "as") || self.token_is(i - 1, "while"))
                        && self.token_is(i - 2, ",")));
            if !(opening || after_comma) {
                return None;
            }
            // The description: words, none a function word, ending in a role.
            let mut head = None;
            for k in (i + 1..toks.end).take(5) {
                let w = self.token(k).text;
                let plain = w
                    .chars()
                    .all(|c| c.is_alphabetic() || c == '-' || c == '’' || c == '\'');
                // (`The new health minister`: an adjective listed as a
                // function word, as no name's, may follow `The`.)
                let adjective = k == i + 1 && !is_article(w);
                if !plain
                    || (self.knowledge.is_function_word(w) && !adjective)
                    || self.knowledge.is_preposition(w)
                    || self.is_cue(w, &mut lowered)
                {
                    break;
                }
                if self.knowledge.is_role(w) {
                    head = Some(k);
                }
            }
            let mut head = head?;
            // `The new health minister for Wales says`: a place or portfolio
            // after `for` is the role's.
            if self.token_is(head + 1, "for") {
                let names = (head + 2..toks.end)
                    .take_while(|&k| self.token(k).is_capitalized())
                    .count();
                if names > 0 {
                    head += 1 + names;
                }
            }
            let next = self.token(head + 1);
            if head + 1 >= toks.end || next.is_capitalized() || next.text == "," {
                return None;
            }
            let verb = next.text.bytes().all(|b| b.is_ascii_lowercase())
                && !self.knowledge.is_preposition(next.text)
                && !self.knowledge.is_role(next.text);
            // (`…, the Home Secretary has said`: an auxiliary may come first.)
            let cue_after = |at: usize, lowered: &mut String| {
                let word = self.token(at).text;
                self.is_cue(word, lowered)
                    || (self.knowledge.is_finite_verb(word)
                        && at + 1 < toks.end
                        && self.is_cue(self.token(at + 1).text, lowered))
            };
            let subject = if opening {
                verb
            } else {
                cue_after(head + 1, &mut lowered)
            };
            subject.then(|| Span::new(t.span.start, self.token(head).span.end))
        })
    }
}
