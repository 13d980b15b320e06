//! The people of a document: who is named, by which names, with which gender,
//! organization and side of the government, learned where they are introduced
//! (pre-modifiers, appositions, the run's own role words) and at later mentions.

use crate::knowledge::Gender;
use crate::knowledge::OrgKind;
use crate::model::SpeakerKind;
use crate::orgs::{OrgMention, OrgName};
use crate::span::Span;
use std::ops::Range;

use super::names::{is_possessive, possessive_suffix, NameRun};
use super::{is_article, lowercase_into, Doc, Source, PEOPLE};

#[derive(Debug, Clone)]
pub(super) struct Person<'a> {
    pub(super) name: &'a str,
    pub(super) gender: Gender,
    pub(super) org: Option<&'a OrgName>,
    /// Whether they speak for the government, once their `GovernmentClue`s
    /// are checked; `None` while some are not.
    pub(super) government: Option<bool>,
    /// Whether the mention that introduced this person was read already.
    pub(super) introduced: bool,
    /// Whether a role made them a minister of a devolved government, whose
    /// side is then settled.
    pub(super) devolved: bool,
}

/// A phrase that may show that a person speaks for the government.
#[derive(Debug, Clone, Copy)]
pub(super) enum GovernmentClue {
    /// The words around a mention (`Health secretary Steve Barclay`), read as
    /// the one string `pre run post`.
    Role { pre: Span, run: Span, post: Span },
    /// The name where it is introduced (an office holder the target names).
    Name(Span),
}

/// What the words of a phrase around a name hold (see `Doc::phrase_facts`).
#[derive(Debug, Clone, Copy, Default)]
struct PhraseFacts {
    past: bool,
    opposition: bool,
    devolved_office: bool,
    role: bool,
    org_noun: bool,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct PersonMention {
    pub(super) span: Span,
    pub(super) person: usize,
    /// Not after a preposition: may be the subject a pronoun refers to.
    pub(super) subject_like: bool,
}

impl<'a> Doc<'a> {
    pub(super) fn add_person(&mut self, name: &'a str, surname: &'a str, at: usize) -> usize {
        let id = self.people.len();
        self.by_name.entry(name).or_insert(id);
        let namesakes = self.by_surname.entry(surname).or_default();
        let place = namesakes.partition_point(|&(pos, _)| pos <= at);
        namesakes.insert(place, (at, id));
        self.people.push(Person {
            name,
            gender: Gender::Unknown,
            org: None,
            government: Some(false),
            introduced: false,
            devolved: false,
        });
        id
    }

    /// First pass: full names; second pass: every mention, full or surname.
    pub(super) fn register_people(&mut self) {
        let text = self.text;
        // Each sentence's tokens, and its capitalized ones as a range of
        // `self.capitalized`: both lists are in text order like the
        // sentences, and are walked along with them, not searched.
        let (mut next_token, mut next_capital) = (0, 0);
        let sentences: Vec<(Range<usize>, Range<usize>)> = self
            .seg
            .sentences
            .iter()
            .map(|s| {
                let toks = self.sentence_tokens(s.span, next_token);
                next_token = toks.end;
                let capitals = self.capitalized.get(next_capital..).unwrap_or(&[]);
                let first = next_capital + capitals.iter().take_while(|&&i| i < toks.start).count();
                let capitals = self.capitalized.get(first..).unwrap_or(&[]);
                next_capital = first + capitals.iter().take_while(|&&i| i < toks.end).count();
                (toks, first..next_capital)
            })
            .collect();
        // Each run with its sentence, the person it was read for in the
        // first pass (a full name), and whether that person is the one its
        // name is (`by_name` holds it for good: `person_for` would find them).
        let mut sentence_runs: Vec<(usize, NameRun, Option<usize>, bool)> =
            Vec::with_capacity(2 * PEOPLE);
        // (The buffers are the ones each quote's mention reuses later.)
        let (mut runs, mut words) = (
            std::mem::take(&mut self.mention_runs),
            std::mem::take(&mut self.name_words),
        );
        for (index, (toks, capitals)) in sentences.iter().enumerate() {
            self.name_runs(toks.clone(), capitals.clone(), &mut runs, &mut words);
            for run in runs.drain(..) {
                // The person a full name is (`learned`), and whether it is
                // their own name rather than the end of a longer one (then
                // the second pass need not look it up again).
                let (mut learned, mut own_name) = (None, false);
                if run.name_tokens >= 2 {
                    let name = run.name.of(text);
                    // `Baez Silva` after `Carlos Baez Silva`: the end of a longer name.
                    let longer = || {
                        self.people.iter().rposition(|p| {
                            p.name.len() > name.len()
                                && p.name.ends_with(name)
                                && p.name[..p.name.len() - name.len()].ends_with(' ')
                        })
                    };
                    let (id, own) = match self.by_name.get(name).copied() {
                        Some(id) => (id, true),
                        None => match longer() {
                            Some(id) => (id, false),
                            None => {
                                let surname = last_word(name).unwrap_or("");
                                (self.add_person(name, surname, run.span.start), true)
                            }
                        },
                    };
                    self.learn(id, &run, index, toks.clone(), false);
                    (learned, own_name) = (Some(id), own);
                }
                sentence_runs.push((index, run, learned, own_name));
            }
        }
        // `Lord Goldsmith`, `President Obama`: a titled surname the text never
        // spells out in full is a person too, so that their surname alone (a
        // headline's `Goldsmith`) is a mention of them; a titled given name
        // (`Sir Digby` for `Digby Jones`) is not.
        for (_, run, ..) in &sentence_runs {
            let name = run.name.of(text);
            let given_name = || {
                self.people
                    .iter()
                    .any(|p| p.name.split_whitespace().next() == Some(name))
            };
            if run.name_tokens == 1
                && run.span != run.name
                && !self.by_surname.contains_key(name)
                && !given_name()
            {
                let titled = Span::new(self.title_start(run), run.name.end).of(text);
                self.add_person(titled, name, run.span.start);
            }
        }
        // Surnames alone (`Barclay did not make …`) are mentions too, once
        // every full name is known (a headline's `Howard` before the text's
        // `Michael Howard`), but not the last word of a capitalized run that
        // is no name (`The Peter Hain attack`).
        let full_runs = sentence_runs.len();
        // The surnames' lengths and first bytes rule out most capitalized
        // words before they are looked up.
        let (mut lengths, mut firsts) = (0u64, 0u128);
        for surname in self.by_surname.keys() {
            lengths |= 1 << surname.len().min(63);
            firsts |= 1 << surname.as_bytes().first().map_or(0, |&b| b.min(127));
        }
        let may_be_surname = |t: Span| {
            let first = self.text.as_bytes().get(t.start).map_or(0, |&b| b.min(127));
            (lengths >> t.len().min(63)) & 1 != 0 && (firsts >> first) & 1 != 0
        };
        for (index, (toks, capitals)) in sentences.iter().enumerate() {
            for c in capitals.clone() {
                let Some(&i) = self.capitalized.get(c) else {
                    continue;
                };
                // The capitalized tokens are in order: token `i - 1` is one
                // when it is the one listed before `i`.
                let after_capital = i > toks.start
                    && c.checked_sub(1).and_then(|p| self.capitalized.get(p)) == Some(&(i - 1));
                if after_capital || !self.tokens.get(i).is_some_and(|&t| may_be_surname(t)) {
                    continue;
                }
                let t = self.token(i);
                // The full runs are in text order and do not overlap: only the
                // last one starting before the token may hold it.
                let in_run = || {
                    let after = sentence_runs[..full_runs]
                        .partition_point(|(_, r, ..)| r.span.start <= t.span.start);
                    after.checked_sub(1).is_some_and(|last| {
                        let (s, r, ..) = &sentence_runs[last];
                        *s == index && r.span.contains(t.span)
                    })
                };
                if self.by_surname.contains_key(t.text) && !in_run() {
                    let single = NameRun {
                        span: t.span,
                        tokens: i..i + 1,
                        name: t.span,
                        name_tokens: 1,
                        gender: Gender::Unknown,
                        possessive: is_possessive(t.text),
                    };
                    sentence_runs.push((index, single, None, false));
                }
            }
        }
        sentence_runs.sort_by_key(|(_, run, ..)| run.span.start);
        (self.mention_runs, self.name_words) = (runs, words);
        self.mentions.reserve_exact(sentence_runs.len());
        for (index, run, learned, own_name) in sentence_runs {
            let Some((toks, _)) = sentences.get(index) else {
                continue;
            };
            let found = match learned {
                Some(id) if own_name => Some(id),
                _ => self.person_for(&run),
            };
            let person = match found {
                Some(person) => person,
                // `President Obama`, `Mr. Clarke`: a titled surname the text never spells out in full.
                None if run.span != run.name => {
                    let name = Span::new(self.title_start(&run), run.name.end).of(text);
                    self.add_person(name, run.name.of(text), run.span.start)
                }
                None => continue,
            };
            if run.gender != Gender::Unknown {
                self.people[person].gender = run.gender;
            }
            // Full names were read in the first pass; a titled surname is read
            // once, and again while its person has no organization (`Mr Balls,
            // a prospective Labour MP,`). A full name read for the same person
            // in the first pass and still without one would be read to the
            // same end again: everything it reads but its government role,
            // which a second reading skips, is fixed by the text.
            let introduced = self.people[person].introduced;
            if (!introduced || self.people[person].org.is_none()) && learned != Some(person) {
                self.learn(person, &run, index, toks.clone(), introduced);
            }
            if self.in_quote(run.span) {
                continue;
            }
            // A name after a preposition (`talks with Barclay`), a possessor
            // (`Lord Goldsmith’s admission`) or a modifier (`the Peter Hain
            // attack`) is not what a later pronoun refers to.
            let before = (run.tokens.start > toks.start).then(|| self.token(run.tokens.start - 1));
            let bare_name = run.span.start == run.name.start;
            let subject_like = !run.possessive
                && !before.is_some_and(|t| {
                    self.knowledge.is_preposition(t.text) || (bare_name && is_article(t.text))
                });
            self.mentions.push(PersonMention {
                span: run.span,
                person,
                subject_like,
            });
        }
        self.mentions.sort_by_key(|m| m.span.start);
        for (index, (toks, _)) in sentences.iter().enumerate().skip(1) {
            self.learn_from_description(index, toks.clone());
        }
        for org in self.orgs {
            self.learn_from_org_description(org);
        }
    }

    /// `Michael Howard has said a claim by Peter Hain that the Tory leader is
    /// …`: an organization's role named without a name refers to the person
    /// the text is about (see `salient_person`), whose organization it gives
    /// when they have none.
    fn learn_from_org_description(&mut self, org: &'a OrgMention) {
        // (The article is looked for before the organization's last token.)
        let first = self.tokens.partition_point(|t| t.start < org.span.start);
        let article = first
            .checked_sub(1)
            .is_some_and(|i| self.token_is(i, "the") || self.token_is(i, "The"));
        if !article {
            return;
        }
        let toks = self.token_range(org.span);
        if toks.end >= self.tokens.len() {
            return;
        }
        // The role words after the name, then no name: `the Tory home affairs spokesman said`.
        let mut head = None;
        for i in (toks.end..self.tokens.len()).take(4) {
            let word = self.token(i).text;
            if !word.bytes().all(|b| b.is_ascii_lowercase()) {
                break;
            }
            if self.knowledge.is_role(word) {
                head = Some(i);
            }
        }
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
    fn learn_from_description(&mut self, sentence: usize, toks: Range<usize>) {
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
        let text = self.text;
        let described = description.of(text).to_lowercase();
        let words: Vec<&str> = described.split_whitespace().skip(1).collect();
        let given_role = self.role_phrases.iter().any(|&(holder, phrase)| {
            if holder == person {
                return self.phrase_facts(phrase).role;
            }
            let given = phrase.of(text).to_lowercase();
            words
                .iter()
                .all(|w| given.split_whitespace().any(|g| g == *w))
        });
        if given_role || self.phrase_facts(description).past {
            return;
        }
        self.role_phrases.push((person, description));
        if self.people[person].government != Some(true) {
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
        let lowercase_word = |i: usize| {
            let t = self.token(i).text;
            t.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        };
        // The description ends at the first word after a role that is none.
        let mut head = None;
        for i in (toks.start + 1..toks.end).take(6) {
            let role = self.knowledge.is_role(self.token(i).text);
            if !lowercase_word(i) || (head.is_some() && !role) {
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

    pub(super) fn person_for(&self, run: &NameRun) -> Option<usize> {
        let name = run.name.of(self.text);
        if let Some(&id) = self.by_name.get(name) {
            return Some(id);
        }
        let surname = last_word(name)?;
        self.latest_with_surname(surname, run.span.start, run.gender)
            .or_else(|| {
                // `Sir Digby` for `Digby Jones`: a title with a given name.
                let titled = run.span != run.name && run.name_tokens == 1;
                if !titled {
                    return None;
                }
                self.people
                    .iter()
                    .rposition(|p| p.name.split_whitespace().next() == Some(name))
            })
    }

    /// The person of that surname and a compatible gender introduced latest
    /// before `at`, else the first introduced after it (a headline's
    /// `Kennedy` before the text's `Charles Kennedy`).
    pub(super) fn latest_with_surname(
        &self,
        surname: &str,
        at: usize,
        gender: Gender,
    ) -> Option<usize> {
        let namesakes = self.by_surname.get(surname)?;
        let fits = |&&(_, id): &&(usize, usize)| {
            self.people
                .get(id)
                .is_some_and(|p| p.gender.compatible(gender))
        };
        let before = namesakes.partition_point(|&(pos, _)| pos <= at);
        namesakes[..before]
            .iter()
            .rev()
            .find(fits)
            .or_else(|| namesakes[before..].iter().find(fits))
            .map(|&(_, id)| id)
    }

    /// Records what a mention of `person` says about them: organization and
    /// government role. `toks` are the tokens of sentence `sentence`, which holds the run.
    /// With `org_only`, only an organization is read (a later mention of
    /// somebody still without one), not their government role.
    pub(super) fn learn(
        &mut self,
        person: usize,
        run: &NameRun,
        sentence: usize,
        toks: Range<usize>,
        org_only: bool,
    ) {
        let text = self.text;
        let introduction = !self.people[person].introduced;
        self.people[person].introduced = true;
        let Some(s) = self.seg.sentences.get(sentence) else {
            return;
        };
        let mut scratch = std::mem::take(&mut self.scratch);
        let (run_start, run_end) = (run.tokens.start, run.tokens.end);
        // Pre-modifiers back to the previous comma or clause word, at most 8 tokens.
        // Lowercase words modify a role to their right (`Liberal Democrat shadow
        // chancellor`, `home affairs spokesman`), so once a role is passed they
        // belong to the pre-modifiers too, up to a function word or a verb.
        let mut pre_start = run_start;
        let mut role_seen = run.span.start < run.name.start;
        while pre_start > toks.start && run_start - pre_start < 8 {
            let t = self.token(pre_start - 1);
            if matches!(t.text, "," | ":" | ";" | "–" | "—" | "-" | "“" | "”" | "\"") {
                break;
            }
            // One lookup tells whether the word is a role, a function word or a past marker.
            let facts = self.knowledge.word_facts(t.text);
            let role = facts.role;
            let mut role_modifier = || {
                role_seen
                    && t.is_word()
                    && !facts.function_word
                    && !self.knowledge.is_preposition(t.text)
                    && !self.is_cue(t.text, &mut scratch)
            };
            // `The then chancellor`: a past marker belongs to the role it modifies.
            let past_marker = || {
                role_seen
                    && (facts.past_marker
                        || (t.text.bytes().any(|b| b == b'-')
                            && self.knowledge.is_past_marker(t.text)))
            };
            if !t.is_capitalized()
                && !role
                && !t.text.ends_with("’s")
                && !matches!(t.text, "’" | "'" | "s" | "the" | "The" | "of")
                && !role_modifier()
                && !past_marker()
            {
                break;
            }
            role_seen |= role;
            pre_start -= 1;
        }
        // `Scottish Finance Minister, Tom Hale MSP, said`: a role opening the
        // sentence before a comma is a pre-modifier too.
        if pre_start == run_start && run_start >= toks.start + 2 && run_start - toks.start <= 6 {
            let opening = toks.start..run_start - 1;
            let is_role_phrase = self.token(run_start - 1).text == ","
                && opening.clone().all(|i| {
                    let t = self.token(i);
                    t.is_word()
                        && !self.knowledge.is_function_word(t.text)
                        && !self.knowledge.is_preposition(t.text)
                        && !self.is_cue(t.text, &mut scratch)
                })
                && self.knowledge.is_role(self.token(run_start - 2).text)
                && !self.knowledge.is_document(self.token(run_start - 2).text);
            if is_role_phrase {
                pre_start = toks.start;
            }
        }
        let pre_first = if pre_start < toks.end {
            self.token(pre_start).span.start
        } else {
            run.span.start
        };
        let pre = Span::new(pre_first, run.span.start);
        // Apposition after: `, role of ORG,` or `of ORG`.
        let mut post_end = run.span.end;
        if run_end < toks.end {
            let next = self.token(run_end).text;
            if next == "," || next.eq_ignore_ascii_case("of") || next == "(" {
                let rest = run_end + 1..toks.end;
                // Where the apposition closes, and whether a cue comes before:
                // `Dr Vivek Trevedi, called Mr Barclay …` is the sentence going on, not an
                // apposition, and neither is a relative clause unless it says what the
                // person is (`, who met Labour MPs,` but `, who is a Labour MP,`).
                let (mut close, mut has_verb) = (None, false);
                for i in rest.clone() {
                    let word = self.token(i).text;
                    if matches!(word, "," | "." | ";" | ":" | "“" | "\"" | "–" | "—") {
                        close = Some(i);
                        break;
                    }
                    has_verb = has_verb || self.is_cue(word, &mut scratch);
                }
                let clause_end = close.map_or(s.span.end, |i| self.token(i).span.start);
                // A relative clause tells what the person is only when an
                // organization is its end (`, who chairs the Ardmore Council,`),
                // not when it is about some of its people (`, who met Labour MPs,`).
                let relative_clause = next == ","
                    && rest.len() >= 2
                    && matches!(self.token(rest.start).text, "who" | "which")
                    && !matches!(
                        self.token(rest.start + 1).text,
                        "is" | "was" | "are" | "were"
                    );
                let clause_org = self.org_in(Span::new(run.span.end, clause_end));
                let about_members =
                    relative_clause && clause_org.is_some_and(|o| o.span.end < clause_end);
                if about_members {
                    // Nobody's organization, this person's or another's.
                    if let Some(o) = clause_org {
                        self.claimed_orgs.insert(o.span);
                    }
                } else if !has_verb {
                    post_end = clause_end;
                }
            }
        }
        let post = Span::new(run.span.end, post_end.max(run.span.end));
        // The roles the text gives: the words before the name and after the run.
        let before_name = Span::new(pre.start, run.name.start);
        self.role_phrases
            .extend([(person, before_name), (person, post)]);
        // A past role's organization (`ex-chief economic adviser to the
        // Treasury`) is not the person's now, nor is a past office's government.
        let (before_facts, post_facts) = (
            self.phrase_facts_within(before_name, toks.clone()),
            self.phrase_facts_within(post, toks.clone()),
        );
        let current = |phrase: Span| {
            let facts = if phrase == post {
                post_facts
            } else {
                before_facts
            };
            !facts.past
        };
        // The organization named before the name, in the pre-modifiers or among
        // the run's own role words (`Labour MP Barry Sheerman`), else after it.
        // An apposition names the person's organization through a role
        // (`head of health at Unison`) or straight away (`from Families Need
        // Fathers`), not in passing (`one of the men lampooned in the Labour
        // poster`).
        let affiliation = |phrase: Span| {
            let org = self.org_in(phrase)?;
            let near_start = || {
                self.seg
                    .tokens_in(text, phrase)
                    .take(3)
                    .any(|t| org.span.contains(t.span))
            };
            (post_facts.role || near_start()).then_some(org)
        };
        // A past role's organization is not the person's (`ex-adviser to the
        // Treasury`), nor the context of anybody else's; a party stays theirs
        // (`Former Conservative leader`).
        let party = |o: &&OrgMention| o.org.kind == OrgKind::Party;
        let org_before = self.org_in(before_name);
        let named = org_before
            .filter(|o| current(before_name) || party(o))
            .or_else(|| affiliation(post).filter(|o| current(post) || party(o)));
        if let Some(o) = org_before.filter(|_| !current(before_name)) {
            self.claimed_orgs.insert(o.span);
        }
        // `Scottish finance minister Tom Hale`, `Ann Dale, health minister for
        // Wales`: a minister of a devolved government, not of the state's.
        let devolved = (before_facts.devolved_office || post_facts.devolved_office)
            && current(before_name)
            && current(post);
        if devolved && !org_only {
            let government = [before_name, post]
                .into_iter()
                .filter(|phrase| !phrase.of(text).contains("Office"))
                .find_map(|phrase| self.knowledge.devolved_government(phrase.of(text)))
                .or_else(|| {
                    // `First Minister Tom Hale`: of the place the text names.
                    lowercase_into(Span::new(pre.start, post.end).of(text), &mut scratch);
                    self.knowledge
                        .is_devolved_office(&scratch)
                        .then(|| self.knowledge.devolved_government(text))?
                });
            if let Some(government) = government {
                let p = &mut self.people[person];
                p.org = Some(government);
                p.government = Some(false);
                p.devolved = true;
                self.government_clues.retain(|&(p, _)| p != person);
            }
        }
        if self.people[person].government != Some(true)
            && !self.people[person].devolved
            && !org_only
        {
            // The role may be in the words before the name, after it, or in
            // the run itself (`Home Secretary Charles Clarke`); the name is
            // left out, so that the text's own description decides.
            let run_role = Span::new(run.span.start, run.name.start);
            let has_context = (!pre.is_empty() || post.start < post.end || !run_role.is_empty())
                && current(before_name)
                && current(post);
            // A name list (the target's office holders) is time-bound: it
            // counts only where the text gives the person no role or
            // organization of its own (`Tory MP Boris Johnson`, `Theresa
            // May, shadow secretary for the family`).
            let described = before_facts.role || post_facts.role || named.is_some();
            let clues = [
                has_context.then_some(GovernmentClue::Role {
                    pre,
                    run: run_role,
                    post,
                }),
                (introduction && !described).then_some(GovernmentClue::Name(run.name)),
            ];
            for clue in clues.into_iter().flatten() {
                self.government_clues.push((person, clue));
                self.people[person].government = None;
            }
        }
        if let Some(o) = named {
            self.claimed_orgs.insert(o.span);
        }
        if self.people[person].org.is_none() {
            let org = named
                .map(|o| &o.org)
                .or_else(|| {
                    before_facts
                        .org_noun
                        .then(|| self.generic_reference(before_name, pre.start, &mut scratch))?
                })
                .or_else(|| {
                    post_facts
                        .org_noun
                        .then(|| self.generic_reference(post, pre.start, &mut scratch))?
                })
                // `Assistant information commissioner Phil Jones`: a role the
                // name of an organization describes.
                .or_else(|| {
                    if !before_facts.role {
                        return None;
                    }
                    lowercase_into(before_name.of(text), &mut scratch);
                    self.knowledge.org_of_holders(&scratch)
                })
                // Where a person is introduced with no organization of their own, the
                // text around says which one (`a guarded welcome from the CPHVA. Labour
                // relations director Roger Kline said`), unless they speak for the
                // government.
                .or_else(|| {
                    // (Tested first: the search is wasted on a later mention.)
                    if !introduction {
                        return None;
                    }
                    let around =
                        self.surrounding_org(run.span.start, super::affiliation::AT_INTRODUCTION)?;
                    (!self.speaks_for_government(person, &mut scratch)).then_some(around)
                })
                // `Shadow home secretary Ann Dale`: the opposition's, whose party
                // stays theirs when the role is past.
                .or_else(|| {
                    (before_facts.opposition || post_facts.opposition)
                        .then(|| self.opposition_party())?
                });
            self.people[person].org = org;
        }
        self.scratch = scratch;
    }

    /// The party in opposition in this document: the one named before an
    /// opposition role (`Tory shadow chancellor`), else the party named most
    /// often, of those the text never puts in government (`the Labour
    /// government`, `Labour ministers`), if no other is named as often.
    fn opposition_party(&self) -> Option<&'a OrgName> {
        *self.opposition_party.get_or_init(|| {
            let parties = || self.orgs.iter().filter(|o| o.org.kind == OrgKind::Party);
            let next_word = |o: &OrgMention| {
                let end = self.token_range(o.span).end;
                (end < self.tokens.len()).then(|| self.knowledge.word_facts(self.token(end).text))
            };
            if let Some(o) = parties().find(|o| next_word(o).is_some_and(|w| w.opposition_marker)) {
                return Some(&o.org);
            }
            // `the Labour government`, `Labour ministers`; not `a Conservative government would`.
            let governing: Vec<&str> = parties()
                .filter(|o| {
                    let toks = self.token_range(o.span);
                    let indefinite = toks
                        .start
                        .checked_sub(1)
                        .is_some_and(|i| matches!(self.token(i).text, "a" | "an" | "A" | "An"));
                    toks.end < self.tokens.len()
                        && !indefinite
                        && self.knowledge.is_government(self.token(toks.end).text)
                })
                .map(|o| o.org.name.as_str())
                .collect();
            let mut counts: Vec<(&'a OrgName, usize)> = Vec::new();
            for o in parties().filter(|o| !governing.contains(&o.org.name.as_str())) {
                match counts.iter_mut().find(|(org, _)| org.name == o.org.name) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((&o.org, 1)),
                }
            }
            // The one named most often; none of equals.
            let most = counts.iter().map(|(_, n)| *n).max()?;
            let mut named_most = counts.iter().filter(|(_, n)| *n == most);
            match (named_most.next(), named_most.next()) {
                (Some((org, _)), None) => Some(*org),
                _ => None,
            }
        })
    }

    /// What the words of `phrase` hold: a past marker (`former`, `ex-chief`),
    /// a role, a noun naming a kind of organization; one lookup per word.
    fn phrase_facts(&self, phrase: Span) -> PhraseFacts {
        self.facts_of(self.token_range(phrase))
    }

    /// [`Doc::phrase_facts`] of a phrase inside the tokens `sentence` (its
    /// sentence's), searched for there rather than in the whole document.
    fn phrase_facts_within(&self, phrase: Span, sentence: Range<usize>) -> PhraseFacts {
        // Most names have nothing after them, many nothing before: no token to search for.
        if phrase.is_empty() {
            return PhraseFacts::default();
        }
        self.facts_of(self.token_range_within(sentence, phrase))
    }

    /// What the words of the tokens `range` hold (see [`Doc::phrase_facts`]).
    fn facts_of(&self, range: Range<usize>) -> PhraseFacts {
        let mut facts = PhraseFacts::default();
        for t in range.map(|k| self.token(k)) {
            let word = self.knowledge.word_facts(t.text);
            facts.past |= word.past_marker
                || (t.text.bytes().any(|b| b == b'-') && self.knowledge.is_past_marker(t.text));
            facts.role |= word.role;
            facts.opposition |= word.opposition_marker;
            facts.devolved_office |= word.devolved_office;
            // `The union’s`: the noun before its possessive ending.
            let owner = t
                .text
                .get(..t.text.len() - possessive_suffix(t.text))
                .unwrap_or("");
            facts.org_noun |= word.org_noun
                || (owner.len() < t.text.len() && self.knowledge.org_noun(owner).is_some());
        }
        facts
    }

    /// Whether `person` speaks for the government: whether one of their
    /// government clues names it. `role_text` is scratch space.
    pub(super) fn speaks_for_government(&mut self, person: usize, role_text: &mut String) -> bool {
        let Some(p) = self.people.get(person) else {
            return false;
        };
        if let Some(known) = p.government {
            return known;
        }
        let government = self
            .government_clues
            .iter()
            .filter(|(p, _)| *p == person)
            .any(|&(_, clue)| self.names_government(clue, role_text));
        if let Some(p) = self.people.get_mut(person) {
            p.government = Some(government);
        }
        government
    }

    pub(super) fn names_government(&self, clue: GovernmentClue, role_text: &mut String) -> bool {
        match clue {
            GovernmentClue::Role { pre, run, post } => {
                role_text.clear();
                for (n, phrase) in [pre, run, post].into_iter().enumerate() {
                    if n > 0 {
                        role_text.push(' ');
                    }
                    role_text.push_str(phrase.of(self.text));
                }
                self.knowledge.is_government(role_text)
            }
            GovernmentClue::Name(name) => self.knowledge.is_government(name.of(self.text)),
        }
    }

    /// The lowercase words of each person's role phrases, function words left out.
    pub(super) fn role_words(&self) -> &[Vec<String>] {
        self.role_words.get_or_init(|| {
            let mut role_words: Vec<Vec<String>> = vec![Vec::new(); self.people.len()];
            for &(person, phrase) in &self.role_phrases {
                let Some(words) = role_words.get_mut(person) else {
                    continue;
                };
                for word in phrase
                    .of(self.text)
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.len() > 2)
                {
                    let word = word.to_lowercase();
                    if !self.knowledge.is_function_word(&word) && !words.contains(&word) {
                        words.push(word);
                    }
                }
            }
            role_words
        })
    }

    pub(super) fn person_source(&mut self, person: usize, mention: Span) -> Source<'a> {
        let mut role_text = std::mem::take(&mut self.scratch);
        let government = self.speaks_for_government(person, &mut role_text);
        self.scratch = role_text;
        let p = &self.people[person];
        let org = p.org.or_else(|| {
            if government {
                None
            } else {
                self.surrounding_org(mention.start, super::affiliation::AT_LATER_MENTION)
            }
        });
        Source {
            name: p.name,
            kind: SpeakerKind::Person,
            person: Some(person),
            org,
            government,
        }
    }
}

/// The last word of a name (`Barclay` in `Steve Barclay`), as
/// `name.split_whitespace().last()` gives it, read from the end: a name ends
/// in a word, not a space.
fn last_word(name: &str) -> Option<&str> {
    // Read byte by byte back to the last ASCII white space (as
    // `char::is_whitespace` has it); a byte beyond ASCII on the way may
    // belong to white space of its own, and then the chars tell.
    let bytes = name.as_bytes();
    let word = match bytes
        .iter()
        .rposition(|&b| matches!(b, b'\t'..=b'\r' | b' ') || !b.is_ascii())
    {
        None => name,
        Some(at) if bytes.get(at).is_some_and(u8::is_ascii) => name.get(at + 1..)?,
        Some(_) => name.rsplit(char::is_whitespace).next()?,
    };
    (!word.is_empty()).then_some(word)
}
