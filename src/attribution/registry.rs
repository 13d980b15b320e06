//! The people of a document and their lookup. Takes the sentences' name runs
//! (see `names`); gives each person an id with their name and gender, the
//! mentions of them in text order, and the person a name run, a surname or a
//! mention refers to (as a `Source`). Hard cases: the end of a longer name
//! (`Baez Silva` after `Carlos Baez Silva`); a titled surname the text never
//! spells out in full (`Lord Goldsmith`), but not a titled given name (`Sir
//! Digby` for `Digby Jones`); a headline's surname before the full name
//! (`Howard` … `Michael Howard`); namesakes (the latest before the mention, of
//! a compatible gender); names after a preposition, a possessor or inside a
//! quote, which no later pronoun refers to.

use crate::knowledge::Gender;
use crate::model::SpeakerKind;
use crate::orgs::OrgName;
use crate::span::Span;
use std::ops::Range;

use super::learning::PhraseFacts;
use super::names::{is_possessive, NameRun};
use super::{is_article, lowercase_is_one_of, Doc, Source, PEOPLE};

#[derive(Debug, Clone)]
pub(super) struct Person<'a> {
    pub(super) name: &'a str,
    pub(super) gender: Gender,
    /// Whether `gender` is only what the given name suggests.
    pub(super) gender_guessed: bool,
    pub(super) org: Option<&'a OrgName>,
    /// Whether they speak for the government, once their `GovernmentClue`s
    /// are checked; `None` while some are not.
    pub(super) government: Option<bool>,
    /// Whether the mention that introduced this person was read already.
    pub(super) introduced: bool,
    /// Whether a role made them a minister of a devolved government, whose
    /// side is then settled.
    pub(super) devolved: bool,
    /// Whether `org` came only from the sentences around their introduction,
    /// not from words about them: a role the text gives them afterwards
    /// says more.
    pub(super) org_from_context: bool,
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
            gender_guessed: false,
            org: None,
            government: Some(false),
            introduced: false,
            devolved: false,
            org_from_context: false,
        });
        id
    }

    /// `Hilary Benn said he would …`: the `he` or `she` opening what a
    /// person reports is that person when no one else named before could
    /// be, and tells their gender where only their given name suggested one
    /// (a given name is a woman's in one country and a man's in another).
    pub(super) fn learn_gender_from_report(&mut self, person: usize, report: Span) {
        if !self
            .people
            .get(person)
            .is_some_and(|p| p.gender_guessed || p.gender == Gender::Unknown)
        {
            return;
        }
        let mut words = report.of(self.text).split_whitespace();
        let first = match words.next() {
            Some("that") => words.next(),
            first => first,
        };
        let gender = match first {
            Some("he") => Gender::Male,
            Some("she") => Gender::Female,
            _ => return,
        };
        // (`Ann Lee said he should resign`: someone else may be `he`.)
        let someone_else = self
            .mentions
            .iter()
            .take_while(|m| m.span.start < report.start)
            .any(|m| m.person != person && self.people[m.person].gender.compatible(gender));
        if someone_else {
            return;
        }
        let p = &mut self.people[person];
        p.gender = gender;
        p.gender_guessed = false;
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
            let given_name = || self.people.iter().any(|p| first_word_is(p.name, name));
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
                        title_facts: PhraseFacts::default(),
                        gender: Gender::Unknown,
                        gender_guessed: false,
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
                self.people[person].gender_guessed = run.gender_guessed;
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
            // (`Work and Pensions Secretary Andrew Lyle`: the word before the
            // whole title, not the `and` inside it.)
            let start = if run.span.start < run.name.start {
                self.joined_title_start(run.tokens.start, toks.start)
            } else {
                run.tokens.start
            };
            let before = (start > toks.start).then(|| self.token(start - 1));
            let bare_name = run.span.start == run.name.start;
            // `According to Tom Hale, …` names the source of what follows, as
            // a subject does: a later `he said` may be Tom Hale.
            let according = start >= toks.start + 2
                && self.token(start - 2).text.eq_ignore_ascii_case("according");
            // `His claims were denied by Jack Straw`: a passive's agent is
            // who acted, as a subject is (not a participle's alone: `the
            // deal negotiated by Ann Lee, who`).
            let agent = start >= toks.start + 3 && self.token(start - 1).text == "by" && {
                let verb = self.token(start - 2).text;
                let participle = verb.len() > 4 && (verb.ends_with("ed") || verb.ends_with("en"));
                let be = &["is", "are", "was", "were", "been", "being"];
                participle && lowercase_is_one_of(self.token(start - 3).text, be)
            };
            // `a bill introduced by Ann Lee, who said she was delighted`: a
            // name that a relative clause makes a speaker's is who a later
            // `she said` may be, whatever came before it (not the object of
            // another's words: `Ann Lee, who he said was`, nor the last of
            // several: `Tom Hale and Ann Lee, who say`).
            // (Past an apposition: `Ann Lee, general secretary of the
            // union, who said`.)
            let end = run.tokens.end;
            let comma_at = |k: usize| k < toks.end && self.token(k).text == ",";
            let apposition_end = || {
                let lowercase = end + 1 < toks.end
                    && self
                        .token(end + 1)
                        .text
                        .starts_with(|c: char| c.is_lowercase());
                let next_comma = (end + 1..(end + 14).min(toks.end))
                    .take_while(|&k| {
                        let t = self.token(k);
                        t.is_word() || matches!(t.text, "," | "(" | ")")
                    })
                    .find(|&k| comma_at(k))?;
                lowercase.then_some(next_comma)
            };
            let who = comma_at(end)
                .then(|| {
                    let comma = if end + 1 < toks.end && self.token(end + 1).text == "who" {
                        end
                    } else {
                        apposition_end()?
                    };
                    (comma + 1 < toks.end && self.token(comma + 1).text == "who")
                        .then_some(comma + 1)
                })
                .flatten();
            let speaks_after = before.is_none_or(|t| t.text != "and")
                && who.is_some_and(|who| {
                    (who + 1..(who + 3).min(toks.end))
                        .map(|k| self.token(k).text)
                        .take_while(|word| self.knowledge.pronoun(word).is_none())
                        .any(|word| self.knowledge.is_cue_word(word))
                });
            // `Ruth Allen, whose son attends Westgate Primary, said`: a name
            // inside a relative clause is none of the sentence's subjects;
            // `Ann Price (LD, Wyre Vale) said`: nor is a name in brackets.
            let k = self.knowledge;
            let sentence_start = self.token(toks.start).span.start;
            let lead = text
                .get(sentence_start..run.span.start)
                .unwrap_or_default()
                .as_bytes();
            // An opening bracket after the last closing one (brackets do not
            // nest in news): the last bracket of either kind an opening one.
            let bracketed =
                || memchr::memrchr2(b'(', b')', lead).is_some_and(|at| lead.get(at) == Some(&b'('));
            let relative = || {
                memchr::memrchr(b',', lead).is_some_and(|comma| {
                    let clause = lead.get(comma..).unwrap_or_default();
                    // (Each of the words holds a `w`: a clause without one
                    // is told by one search.)
                    memchr::memchr(b'w', clause).is_some()
                        && clause
                            .split(u8::is_ascii_whitespace)
                            .any(|w| matches!(w, b"who" | b"whose" | b"whom" | b"which"))
                })
            };
            // (The word before is read first: the searches of the sentence's
            // text are then left out for a name after a preposition.)
            let subject_like = !run.possessive
                && !before.is_some_and(|t| {
                    (k.is_preposition(t.text) && !according && !agent && !speaks_after)
                        || (bare_name && is_article(t.text))
                })
                && !bracketed()
                && !relative();
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
        // Each person's first mention, in text order, for the roles given before a name.
        let mut first_mentions = vec![usize::MAX; self.people.len()];
        for (k, m) in self.mentions.iter().enumerate() {
            if let Some(first) = first_mentions.get_mut(m.person) {
                *first = (*first).min(k);
            }
        }
        first_mentions.sort_unstable();
        for first in first_mentions.into_iter().take_while(|&k| k != usize::MAX) {
            let Some(sentence) = self
                .mentions
                .get(first)
                .and_then(|m| self.seg.sentence_at(m.span.start))
            else {
                continue;
            };
            if let (Some((toks, _)), Some((previous, _))) = (
                sentences.get(sentence),
                sentence.checked_sub(1).and_then(|k| sentences.get(k)),
            ) {
                self.learn_role_before_name(first, sentence, toks.clone(), previous.clone());
            }
        }
        for org in self.orgs {
            self.learn_from_org_description(org);
        }
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
                    .rposition(|p| first_word_is(p.name, name))
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

    /// The person named before `at` latest whose given name is `given`
    /// (`Hannah said`, after `Hannah Leckie finished first`): news calls
    /// children and members of the public by their given name.
    pub(super) fn latest_with_given_name(&self, given: &str, at: usize) -> Option<usize> {
        let before = self.mentions.partition_point(|m| m.span.start < at);
        self.mentions[..before]
            .iter()
            .rev()
            .map(|m| m.person)
            .find(|&id| {
                self.people
                    .get(id)
                    .is_some_and(|p| p.name.len() > given.len() && first_word_is(p.name, given))
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

/// Whether the first word of `name` is `word` (`Digby` of `Digby Jones`),
/// as `name.split_whitespace().next()` gives it; most names are told by
/// their first bytes, without splitting.
fn first_word_is(name: &str, word: &str) -> bool {
    (name.starts_with(word) || name.starts_with(char::is_whitespace))
        && name.split_whitespace().next() == Some(word)
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
