//! The people of a document: who is named, by which names, with which gender,
//! organization and side of the government, learned where they are introduced
//! (pre-modifiers, appositions, the run's own role words) and at later mentions.

use crate::knowledge::Gender;
use crate::model::SpeakerKind;
use crate::orgs::OrgName;
use crate::span::Span;
use std::ops::Range;

use super::names::{is_possessive, possessive_suffix, NameRun};
use super::{is_article, Doc, Source};

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
        });
        id
    }

    /// First pass: full names; second pass: every mention, full or surname.
    pub(super) fn register_people(&mut self) {
        let text = self.text;
        // Each sentence's tokens, and its capitalized ones as a range of
        // `self.capitalized`, which is in text order like the sentences.
        let mut next_capital = 0;
        let sentences: Vec<(Range<usize>, Range<usize>)> = self
            .seg
            .sentences
            .iter()
            .map(|s| {
                let toks = self.token_range(s.span);
                let capitals = self.capitalized.get(next_capital..).unwrap_or(&[]);
                let first = next_capital + capitals.iter().take_while(|&&i| i < toks.start).count();
                let capitals = self.capitalized.get(first..).unwrap_or(&[]);
                next_capital = first + capitals.iter().take_while(|&&i| i < toks.end).count();
                (toks, first..next_capital)
            })
            .collect();
        // Each run with its sentence, and the person it was read for in the
        // first pass (a full name).
        let mut sentence_runs: Vec<(usize, NameRun, Option<usize>)> = Vec::new();
        let mut runs = Vec::new();
        let mut words = Vec::new();
        for (index, (toks, capitals)) in sentences.iter().enumerate() {
            self.name_runs(toks.clone(), capitals.clone(), &mut runs, &mut words);
            for run in runs.drain(..) {
                let mut learned = None;
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
                    let id = match self.by_name.get(name).copied().or_else(longer) {
                        Some(id) => id,
                        None => {
                            let surname = name.split_whitespace().last().unwrap_or("");
                            self.add_person(name, surname, run.span.start)
                        }
                    };
                    self.learn(id, &run, index, toks.clone(), false);
                    learned = Some(id);
                }
                sentence_runs.push((index, run, learned));
            }
        }
        // Surnames alone (`Barclay did not make …`) are mentions too, once
        // every full name is known (a headline's `Howard` before the text's
        // `Michael Howard`), but not the last word of a capitalized run that
        // is no name (`The Peter Hain attack`).
        let full_runs = sentence_runs.len();
        for (index, (toks, capitals)) in sentences.iter().enumerate() {
            for c in capitals.clone() {
                let Some(&i) = self.capitalized.get(c) else {
                    continue;
                };
                let t = self.token(i);
                // The capitalized tokens are in order: token `i - 1` is one
                // when it is the one listed before `i`.
                let after_capital = i > toks.start
                    && c.checked_sub(1).and_then(|p| self.capitalized.get(p)) == Some(&(i - 1));
                let in_run = || {
                    sentence_runs[..full_runs]
                        .iter()
                        .any(|(s, r, _)| *s == index && r.span.contains(t.span))
                };
                if !after_capital && self.by_surname.contains_key(t.text) && !in_run() {
                    let single = NameRun {
                        span: t.span,
                        tokens: i..i + 1,
                        name: t.span,
                        name_tokens: 1,
                        gender: Gender::Unknown,
                        possessive: is_possessive(t.text),
                    };
                    sentence_runs.push((index, single, None));
                }
            }
        }
        sentence_runs.sort_by_key(|(_, run, _)| run.span.start);
        for (index, run, learned) in sentence_runs {
            let Some((toks, _)) = sentences.get(index) else {
                continue;
            };
            let person = match self.person_for(&run) {
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
    }

    pub(super) fn person_for(&self, run: &NameRun) -> Option<usize> {
        let name = run.name.of(self.text);
        if let Some(&id) = self.by_name.get(name) {
            return Some(id);
        }
        let surname = name.split_whitespace().last()?;
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
            let role = self.knowledge.is_role(t.text);
            let mut role_modifier = || {
                role_seen
                    && t.is_word()
                    && !self.knowledge.is_function_word(t.text)
                    && !self.knowledge.is_preposition(t.text)
                    && !self.is_cue(t.text, &mut scratch)
            };
            if matches!(t.text, "," | ":" | ";" | "–" | "—" | "-" | "“" | "”" | "\"")
                || (!t.is_capitalized()
                    && !role
                    && !t.text.ends_with("’s")
                    && !matches!(t.text, "’" | "'" | "s" | "the" | "The" | "of")
                    && !role_modifier())
            {
                break;
            }
            role_seen |= role;
            pre_start -= 1;
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
                let close = rest.clone().find(|&i| {
                    matches!(
                        self.token(i).text,
                        "," | "." | ";" | ":" | "“" | "\"" | "–" | "—"
                    )
                });
                // `Dr Vivek Trevedi, called Mr Barclay …` is the sentence going on, not an apposition.
                let has_verb = (rest.start..close.unwrap_or(rest.end))
                    .any(|i| self.is_cue(self.token(i).text, &mut scratch));
                if !has_verb {
                    post_end = close.map_or(s.span.end, |i| self.token(i).span.start);
                }
            }
        }
        let post = Span::new(run.span.end, post_end.max(run.span.end));
        // The roles the text gives: the words before the name and after the run.
        self.role_phrases.extend([
            (person, Span::new(pre.start, run.name.start)),
            (person, post),
        ]);
        // A past role's organization (`ex-chief economic adviser to the
        // Treasury`) is not the person's now, nor is a past office's government.
        let before_name = Span::new(pre.start, run.name.start);
        let (before_facts, post_facts) = (
            self.phrase_facts(before_name, toks.clone()),
            self.phrase_facts(post, toks.clone()),
        );
        let current = |phrase: Span| {
            let facts = if phrase == post {
                post_facts
            } else {
                before_facts
            };
            !facts.past
        };
        if self.people[person].government != Some(true) && !org_only {
            // The role may be in the words before the name, after it, or in
            // the run itself (`Home Secretary Charles Clarke`).
            let has_context =
                (!pre.is_empty() || post.start < post.end || run.span.start < run.name.start)
                    && current(before_name)
                    && current(post);
            let clues = [
                has_context.then_some(GovernmentClue::Role {
                    pre,
                    run: run.span,
                    post,
                }),
                introduction.then_some(GovernmentClue::Name(run.name)),
            ];
            for clue in clues.into_iter().flatten() {
                self.government_clues.push((person, clue));
                self.people[person].government = None;
            }
        }
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
        let named = self
            .org_in(before_name)
            .filter(|_| current(before_name))
            .or_else(|| affiliation(post).filter(|_| current(post)));
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
                // Where a person is introduced with no organization of their own, the
                // text around says which one (`a guarded welcome from the CPHVA. Labour
                // relations director Roger Kline said`), unless they speak for the
                // government.
                .or_else(|| {
                    // (Tested first: the search is wasted on a later mention.)
                    if !introduction {
                        return None;
                    }
                    let around = self.surrounding_org(run.span.start)?;
                    (!self.speaks_for_government(person, &mut scratch)).then_some(around)
                });
            self.people[person].org = org;
        }
        self.scratch = scratch;
    }

    /// What the words of `phrase` hold: a past marker (`former`, `ex-chief`),
    /// a role, a noun naming a kind of organization; one lookup per word.
    /// `sentence` are the tokens of the sentence holding the phrase.
    fn phrase_facts(&self, phrase: Span, sentence: Range<usize>) -> PhraseFacts {
        let mut facts = PhraseFacts::default();
        // Most names have nothing after them, many nothing before: no token to search for.
        if phrase.is_empty() {
            return facts;
        }
        for t in self
            .token_range_within(sentence, phrase)
            .map(|k| self.token(k))
        {
            let word = self.knowledge.word_facts(t.text);
            facts.past |=
                word.past_marker || (t.text.contains('-') && self.knowledge.is_past_marker(t.text));
            facts.role |= word.role;
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
                self.surrounding_org(mention.start)
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
