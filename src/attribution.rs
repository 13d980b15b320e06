//! Attribution: who said each quote, and for which organization.
//!
//! Takes the text, its segmentation, the organization mentions and the detected
//! quotes (each with the local mention its cue attaches to); gives each quote a
//! canonical [`Speaker`] and an [`Organization`].
//!
//! A per-document registry of people is built first from capitalized names in
//! the narration (`Health secretary Steve Barclay`, `Mr Kline`), with the title's
//! gender and the organization given where the person is introduced: a
//! pre-modifier (`GMB national secretary Rachel Harrison`), an apposition
//! (`Sara Gorton, head of health at Unison,`), `of ORG`, a possessive
//! (`The RMT’s Mick Lynch`), a generic reference (`The union’s general
//! secretary …`), or the sentences just before. Mentions are then resolved in
//! document order:
//! - names and surnames (`Mr Kline` → `Roger Kline`);
//! - pronouns to the latest compatible person who is a subject, skipping names
//!   after prepositions (`talks with Barclay`) and names inside quotes;
//! - role descriptions (`the Unite official`, `the nursing union official`,
//!   `The source`) to the person or source they refer back to;
//! - organizations, unnamed sources and groups as themselves;
//! - a quote with no cue continues the previous quote's speaker.
//!
//! Sentences and mentions are ranges of the segmentation's tokens. Names are
//! read from the capitalized tokens, and the word lists are asked only about
//! tokens that may be part of a name of two tokens or more. People, sources and
//! organizations borrow their names from the text and the organization
//! mentions; strings are made only for the output. Whether a person speaks for
//! the government is a phrase match, made only when somebody asks.

use std::cell::OnceCell;
use std::ops::Range;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::knowledge::{lower, Gender, Knowledge, OrgKind, PronounNumber, WordFacts};
use crate::model::{Organization, Resolution, Speaker, SpeakerKind};
use crate::orgs::{OrgMention, OrgName};
use crate::quotes::DetectedQuote;
use crate::segment::{Segmentation, Token};
use crate::span::{CharMap, Span};

#[derive(Debug, Clone)]
struct Person<'a> {
    name: &'a str,
    gender: Gender,
    org: Option<&'a OrgName>,
    /// Whether they speak for the government, once their `GovernmentClue`s
    /// are checked; `None` while some are not.
    government: Option<bool>,
    /// Whether the mention that introduced this person was read already.
    introduced: bool,
}

/// A phrase that may show that a person speaks for the government.
#[derive(Debug, Clone, Copy)]
enum GovernmentClue {
    /// The words around a mention (`Health secretary Steve Barclay`), read as
    /// the one string `pre run post`.
    Role { pre: Span, run: Span, post: Span },
    /// The name where it is introduced (an office holder the target names).
    Name(Span),
}

#[derive(Debug, Clone, Copy)]
struct PersonMention {
    span: Span,
    person: usize,
    /// Not after a preposition: may be the subject a pronoun refers to.
    subject_like: bool,
}

/// A resolved speaker, before it is written out.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Source<'a> {
    name: &'a str,
    kind: SpeakerKind,
    person: Option<usize>,
    org: Option<&'a OrgName>,
    government: bool,
}

/// The speaker and organization of one quote.
#[derive(Debug, Clone, PartialEq)]
pub struct Attribution {
    pub speaker: Option<Speaker>,
    pub organization: Option<Organization>,
}

/// What reading a name run needs to know of a token.
#[derive(Debug, Clone, Copy)]
struct NameWord {
    lists: WordFacts,
    /// A capitalized word that may be part of a name: no function word, unless a title (`Mr`).
    in_name: bool,
    word: bool,
    dot: bool,
    acronym: bool,
    possessive: bool,
}

impl NameWord {
    fn of(t: Token, capitalized: bool, knowledge: &Knowledge) -> NameWord {
        let lists = knowledge.word_facts(t.text);
        let word = t.is_word();
        NameWord {
            lists,
            in_name: capitalized && word && (!lists.function_word || lists.title.is_some()),
            word,
            dot: t.text == ".",
            acronym: is_acronym(t.text),
            possessive: is_possessive(t.text),
        }
    }
}

struct Doc<'a> {
    text: &'a str,
    seg: &'a Segmentation,
    /// The organization mentions, in text order.
    orgs: &'a [OrgMention],
    /// `org_end_max[i]` is the furthest end of `orgs[..=i]`: whether a span
    /// overlaps an organization is then one binary search.
    org_end_max: Vec<usize>,
    knowledge: &'a Knowledge,
    /// The document's tokens; sentences and mentions are ranges of them.
    tokens: &'a [Span],
    /// The indices of the capitalized tokens, in order: names are looked for
    /// among them rather than among all tokens.
    capitalized: &'a [usize],
    people: Vec<Person<'a>>,
    mentions: Vec<PersonMention>,
    /// Organization mentions that introduce some person (`Patrick Roach, general
    /// secretary of the NASUWT`): not context for anybody else.
    claimed_orgs: FxHashSet<Span>,
    /// The quotes' spans: what is said there is no context for who says it.
    quoted: Vec<Span>,
    /// Person ids by full name, and the latest introduced by each surname:
    /// the lookups run once per capitalized token.
    by_name: FxHashMap<&'a str, usize>,
    /// People by surname with where each was introduced, in text order: a
    /// surname refers to the latest person of that name before it.
    by_surname: FxHashMap<&'a str, Vec<(usize, usize)>>,
    /// Where the text gives people their roles (the words before a name and
    /// the apposition after it), by person: read only if a description is
    /// matched against people (see `role_words`).
    role_phrases: Vec<(usize, Span)>,
    /// The government clues of each person: checking one is a phrase match,
    /// so they are checked only when somebody asks (most people never speak).
    government_clues: Vec<(usize, GovernmentClue)>,
    /// The lowercase words of each person's role phrases (`democratic`,
    /// `presidential`, `nominee`), function words left out; made the first
    /// time a description needs them.
    role_words: OnceCell<Vec<Vec<String>>>,
    /// Reused for lowercased words and the phrases government roles are read from.
    scratch: String,
}

/// Resolves the speaker and organization of every quote.
///
/// `orgs` are the organization mentions in text order, as
/// [`find_orgs`](crate::orgs::find_orgs) gives them.
pub fn attribute(
    text: &str,
    seg: &Segmentation,
    orgs: &[OrgMention],
    quotes: &[DetectedQuote],
    knowledge: &Knowledge,
    chars: &CharMap,
) -> Vec<Attribution> {
    let quoted = union_of(quotes.iter().map(|q| q.span));
    let org_end_max = orgs
        .iter()
        .scan(0, |max, o| {
            *max = o.span.end.max(*max);
            Some(*max)
        })
        .collect();
    let mut doc = Doc {
        text,
        seg,
        orgs,
        org_end_max,
        knowledge,
        tokens: &seg.tokens,
        capitalized: &seg.capitalized,
        people: Vec::new(),
        mentions: Vec::new(),
        claimed_orgs: FxHashSet::default(),
        quoted,
        by_name: FxHashMap::default(),
        by_surname: FxHashMap::default(),
        role_phrases: Vec::new(),
        government_clues: Vec::new(),
        role_words: OnceCell::new(),
        scratch: String::new(),
    };
    doc.register_people();
    let mut resolved_all: Vec<Option<(Source, Span, Resolution)>> =
        Vec::with_capacity(quotes.len());
    let mut previous: Option<(Source, Span)> = None;
    let mut resolved_pronouns: Vec<PersonMention> = Vec::new();
    let mut descriptions: Vec<(String, Source)> = Vec::new();
    for q in quotes {
        let resolved = match q.mention {
            None => previous.map(|(source, span)| (source, span, Resolution::Continuation)),
            Some(mention) => doc
                .resolve(
                    mention,
                    previous.as_ref(),
                    &resolved_pronouns,
                    &descriptions,
                )
                .map(|(s, how)| (s, mention, how)),
        };
        resolved_all.push(resolved);
        let Some((source, span, how)) = resolved else {
            continue;
        };
        if let (Resolution::Pronoun, Some(person)) = (how, source.person) {
            resolved_pronouns.push(PersonMention {
                span,
                person,
                subject_like: true,
            });
        }
        if source.kind == SpeakerKind::Description {
            descriptions.push((span.of(text).to_lowercase(), source));
        }
        previous = Some((source, span));
    }
    // A person's organization may be learned after their first quote (`Michael
    // Howard said … the Tory leader argued`): it is read once all are resolved.
    resolved_all
        .into_iter()
        .map(|resolved| {
            let Some((source, span, how)) = resolved else {
                return Attribution {
                    speaker: None,
                    organization: None,
                };
            };
            let org = source
                .person
                .and_then(|p| doc.people.get(p))
                .and_then(|p| p.org)
                .or(source.org);
            let organization = if source.government {
                Some(match org {
                    Some(o)
                        if o.kind == OrgKind::Government || knowledge.is_government(&o.name) =>
                    {
                        organization(o, true)
                    }
                    _ => Organization {
                        name: "Government".into(),
                        acronym: None,
                        government: true,
                    },
                })
            } else {
                org.map(|o| organization(o, o.kind == OrgKind::Government))
            };
            Attribution {
                speaker: Some(Speaker {
                    name: source.name.to_string(),
                    mention: span.of(text).to_string(),
                    span: span.to_array(),
                    char_span: chars.char_span(span),
                    kind: source.kind,
                    resolved_by: how,
                }),
                organization,
            }
        })
        .collect()
}

fn organization(o: &OrgName, government: bool) -> Organization {
    Organization {
        name: o.name.clone(),
        acronym: o.acronym.clone(),
        government,
    }
}

/// A capitalized run that names a person, split into title and name tokens.
struct NameRun {
    span: Span,
    /// The run's tokens, as indices of the document's tokens.
    tokens: Range<usize>,
    /// The name without titles or roles (`Steve Barclay`).
    name: Span,
    name_tokens: usize,
    gender: Gender,
    /// The name ends in a possessive (`Gordon Brown’s Budget`).
    possessive: bool,
}

impl<'a> Doc<'a> {
    fn org_in(&self, span: Span) -> Option<&'a OrgMention> {
        // The organizations are in text order: only those starting inside `span` can lie in it.
        let first = self.orgs.partition_point(|o| o.span.start < span.start);
        let end = self.orgs.partition_point(|o| o.span.start <= span.end);
        self.orgs
            .get(first..end.max(first))?
            .iter()
            .rfind(|o| span.contains(o.span))
    }

    fn org_overlapping(&self, span: Span) -> bool {
        // Of the organizations starting before `span` ends, one overlaps it
        // when the furthest end among them lies after its start.
        let starting_before = self.orgs.partition_point(|o| o.span.start < span.end);
        starting_before
            .checked_sub(1)
            .and_then(|last| self.org_end_max.get(last))
            .is_some_and(|&end| end > span.start)
    }

    fn token(&self, i: usize) -> Token<'a> {
        let span = self.tokens.get(i).copied().unwrap_or_default();
        Token {
            span,
            text: span.of(self.text),
        }
    }

    /// Whether token `i` is `.`: one byte, so no `&str` need be made of it.
    /// (A one-byte span holding `.` is always on char boundaries.)
    fn is_dot(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.end == t.start + 1 && self.text.as_bytes().get(t.start) == Some(&b'.')
        })
    }

    /// The tokens inside `span`, as a range of indices (those of
    /// [`Segmentation::tokens_in`]).
    fn token_range(&self, span: Span) -> Range<usize> {
        let first = self.tokens.partition_point(|t| t.start < span.start);
        let last = self
            .tokens
            .partition_point(|t| t.end <= span.end)
            .max(first);
        first..last
    }

    /// The capitalized tokens among the tokens `range`, as a range of `self.capitalized`.
    fn capitalized_in(&self, range: Range<usize>) -> Range<usize> {
        let first = self.capitalized.partition_point(|&i| i < range.start);
        let end = self.capitalized.partition_point(|&i| i < range.end);
        first..end.max(first)
    }

    /// Appends the person-name runs among the tokens `range` to `runs`;
    /// `capitals` are the capitalized ones among them (a range of
    /// `self.capitalized`), `words` is scratch space.
    fn name_runs(
        &self,
        range: Range<usize>,
        capitals: Range<usize>,
        runs: &mut Vec<NameRun>,
        words: &mut Vec<NameWord>,
    ) {
        let capitals = self.capitalized.get(capitals).unwrap_or(&[]);
        let mut run_end = range.start;
        for (c, &start) in capitals.iter().enumerate() {
            if start < run_end {
                continue;
            }
            // A run starts at a name token and goes on over name tokens, and over
            // the `.` after an initial or title (`Mr. Obama`). One token alone is
            // a title or role (no name), or a name without title, which needs two
            // words: the word lists are asked only where a second token may follow.
            let next_may_join = start + 1 < range.end
                && (capitals.get(c + 1) == Some(&(start + 1)) || self.is_dot(start + 1));
            if !next_may_join {
                continue;
            }
            let first = NameWord::of(self.token(start), true, self.knowledge);
            if !first.in_name {
                continue;
            }
            words.clear();
            words.push(first);
            let mut i = start + 1;
            let mut next_capital = c + 1;
            while i < range.end {
                let t = self.token(i);
                let capitalized = capitals.get(next_capital) == Some(&i);
                if capitalized {
                    next_capital += 1;
                }
                // `Pierre de Vos`: a particle between two capitalized words.
                let particle = !capitalized
                    && capitals.get(next_capital) == Some(&(i + 1))
                    && self.knowledge.is_name_particle(t.text);
                if particle {
                    words.push(NameWord {
                        in_name: true,
                        ..NameWord::of(t, false, self.knowledge)
                    });
                    i += 1;
                    continue;
                }
                if !capitalized && t.text != "." {
                    break;
                }
                let word = NameWord::of(t, capitalized, self.knowledge);
                let after_initial_or_title = || {
                    let previous = self.token(i - 1).text;
                    (previous.chars().count() == 1 && previous.chars().all(char::is_uppercase))
                        || words.last().is_some_and(|w| w.lists.title.is_some())
                };
                // `Theresa May`: a capitalized function word after a given name is a surname.
                let surname_after_given = || {
                    capitalized
                        && word.word
                        && words.len() == 1
                        && self.knowledge.first_name(self.token(i - 1).text).is_some()
                };
                if !(word.in_name
                    || (word.dot && after_initial_or_title())
                    || surname_after_given())
                {
                    break;
                }
                let word = NameWord {
                    in_name: true,
                    ..word
                };
                words.push(word);
                i += 1;
            }
            run_end = i;
            if words.len() < 2 {
                continue;
            }
            // Split off titles and role words (`Health Secretary`, `Mr`, `Lord`)
            // before the name, and post-nominals after it (`Tom Hale MSP`).
            let mut gender = Gender::Unknown;
            let mut name_start = 0;
            let mut name_end = words.len();
            let mut possessive_end = false;
            for (n, word) in words.iter().enumerate() {
                if let Some(g) = word.lists.title {
                    if g != Gender::Unknown {
                        gender = g;
                    }
                    name_start = n + 1;
                } else if word.possessive && self.person_name_ends_at(words, name_start, n, start) {
                    // `Gordon Brown’s Budget`: the name ends at the possessive.
                    name_end = n + 1;
                    possessive_end = true;
                    break;
                } else if word.lists.role
                    && n > name_start
                    && words[n..].iter().all(|w| w.lists.role)
                {
                    // Post-nominals (`Ian Gray MSP`) end the name.
                    name_end = n;
                    break;
                } else if word.lists.role
                    || word.dot
                    || (word.lists.function_word && n + 1 < words.len())
                    || word.possessive
                    || (word.acronym && n + 1 < words.len())
                {
                    name_start = n + 1;
                }
            }
            if possessive_end {
                run_end = start + name_end;
            }
            let name_words = words.get(name_start..name_end).unwrap_or(&[]);
            let count = name_words.iter().filter(|w| w.word).count();
            if count == 0 {
                continue;
            }
            let acronym = name_words.iter().any(|w| w.word && w.acronym);
            let titled = words
                .get(..name_start)
                .is_some_and(|titles| titles.iter().any(|w| w.lists.title.is_some()));
            let span_of = |n: usize| self.tokens.get(n).copied().unwrap_or_default();
            let last = span_of(start + name_end - 1);
            let last_end = if possessive_end {
                last.end - possessive_suffix(last.of(self.text))
            } else {
                last.end
            };
            let name = Span::new(span_of(start + name_start).start, last_end);
            if gender == Gender::Unknown {
                gender = self
                    .knowledge
                    .first_name(span_of(start + name_start).of(self.text))
                    .unwrap_or(Gender::Unknown);
            }
            let i = start + name_end;
            let preceded_by_article =
                || start > range.start && is_article(self.token(start - 1).text);
            let ok = count <= 4
                && (count >= 2 || titled)
                && !acronym
                && !(name_start == 0 && preceded_by_article())
                && !self.org_overlapping(name);
            if ok {
                runs.push(NameRun {
                    span: Span::new(span_of(start).start, name.end),
                    tokens: start..i,
                    name,
                    name_tokens: count,
                    gender,
                    possessive: possessive_end,
                });
            }
        }
    }

    /// Whether the words `from..=at` of a run (`words[k]` is token `first + k`)
    /// are a person's name ending in a possessive: a title before them, or a
    /// given name and a surname (`Gordon Brown’s`, not `The RMT’s`).
    fn person_name_ends_at(
        &self,
        words: &[NameWord],
        from: usize,
        at: usize,
        first: usize,
    ) -> bool {
        let titled = from > 0 && words[from - 1].lists.title.is_some();
        let given = at > from
            && self
                .knowledge
                .first_name(self.token(first + from).text)
                .is_some();
        titled || given
    }

    fn add_person(&mut self, name: &'a str, surname: &'a str, at: usize) -> usize {
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
    fn register_people(&mut self) {
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
        let mut sentence_runs: Vec<(usize, NameRun)> = Vec::new();
        let mut runs = Vec::new();
        let mut words = Vec::new();
        for (index, (toks, capitals)) in sentences.iter().enumerate() {
            self.name_runs(toks.clone(), capitals.clone(), &mut runs, &mut words);
            for run in runs.drain(..) {
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
                    self.learn(id, &run, index, toks.clone());
                }
                sentence_runs.push((index, run));
            }
        }
        // Surnames alone (`Barclay did not make …`) are mentions too, once
        // every full name is known (a headline's `Howard` before the text's
        // `Michael Howard`), but not the last word of a capitalized run that
        // is no name (`The Peter Hain attack`).
        let full_runs = sentence_runs.len();
        for (index, (toks, capitals)) in sentences.iter().enumerate() {
            for &i in self.capitalized.get(capitals.clone()).unwrap_or(&[]) {
                let t = self.token(i);
                let after_capital =
                    i > toks.start && self.capitalized.binary_search(&(i - 1)).is_ok();
                let in_run = || {
                    sentence_runs[..full_runs]
                        .iter()
                        .any(|(s, r)| *s == index && r.span.contains(t.span))
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
                    sentence_runs.push((index, single));
                }
            }
        }
        sentence_runs.sort_by_key(|(_, run)| run.span.start);
        for (index, run) in sentence_runs {
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
            // Full names were read in the first pass; a titled surname is read once.
            if !self.people[person].introduced {
                self.learn(person, &run, index, toks.clone());
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

    fn person_for(&self, run: &NameRun) -> Option<usize> {
        let name = run.name.of(self.text);
        if let Some(&id) = self.by_name.get(name) {
            return Some(id);
        }
        let surname = name.split_whitespace().last()?;
        self.latest_with_surname(surname, run.span.start, run.gender)
    }

    /// The person of that surname and a compatible gender introduced latest
    /// before `at`, else the first introduced after it (a headline's
    /// `Kennedy` before the text's `Charles Kennedy`).
    fn latest_with_surname(&self, surname: &str, at: usize, gender: Gender) -> Option<usize> {
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

    /// Where the title before a run's name starts (`Mr` in `Mr Courtney`), else the name's start.
    fn title_start(&self, run: &NameRun) -> usize {
        run.tokens
            .clone()
            .filter(|&i| {
                let t = self.token(i);
                t.span.start >= run.span.start && t.span.end <= run.name.start
            })
            .rfind(|&i| self.knowledge.title(self.token(i).text).is_some())
            .map_or(run.name.start, |i| self.token(i).span.start)
    }

    /// Records what a mention of `person` says about them: organization and
    /// government role. `toks` are the tokens of sentence `sentence`, which holds the run.
    fn learn(&mut self, person: usize, run: &NameRun, sentence: usize, toks: Range<usize>) {
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
        let current = |phrase: Span| {
            !self
                .seg
                .tokens_in(text, phrase)
                .any(|t| self.knowledge.is_past_marker(t.text))
        };
        let before_name = Span::new(pre.start, run.name.start);
        if self.people[person].government != Some(true) {
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
        let named = self
            .org_in(before_name)
            .filter(|_| current(before_name))
            .or_else(|| self.org_in(post).filter(|_| current(post)));
        if let Some(o) = named {
            self.claimed_orgs.insert(o.span);
        }
        if self.people[person].org.is_none() {
            let org = named
                .map(|o| &o.org)
                .or_else(|| self.generic_reference(before_name, pre.start, &mut scratch))
                .or_else(|| self.generic_reference(post, pre.start, &mut scratch))
                // Where a person is introduced with no organization of their own, the
                // text around says which one (`a guarded welcome from the CPHVA. Labour
                // relations director Roger Kline said`), unless they speak for the
                // government.
                .or_else(|| {
                    let around = self
                        .surrounding_org(run.span.start)
                        .filter(|_| introduction)?;
                    (!self.speaks_for_government(person, &mut scratch)).then_some(around)
                });
            self.people[person].org = org;
        }
        self.scratch = scratch;
    }

    /// Whether `person` speaks for the government: whether one of their
    /// government clues names it. `role_text` is scratch space.
    fn speaks_for_government(&mut self, person: usize, role_text: &mut String) -> bool {
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

    fn names_government(&self, clue: GovernmentClue, role_text: &mut String) -> bool {
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

    /// Whether `word` (any case) is a one-word reporting cue; `lowered` is scratch space.
    fn is_cue(&self, word: &str, lowered: &mut String) -> bool {
        lowercase_into(word, lowered);
        self.knowledge.cue(lowered).is_some()
    }

    /// The lowercase words of each person's role phrases, function words left out.
    fn role_words(&self) -> &[Vec<String>] {
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

    /// `The union’s general secretary`, `Committee chairman Michael Jack`,
    /// `a senior party spokesman`: a kind noun owning a role refers to the
    /// latest organization before `pos` of the kind it names or whose name
    /// holds it. `lowered` is scratch space.
    fn generic_reference(
        &self,
        phrase: Span,
        pos: usize,
        lowered: &mut String,
    ) -> Option<&'a OrgName> {
        let toks: Vec<Token> = self.seg.tokens_in(self.text, phrase).collect();
        let (noun, kind) = toks.iter().enumerate().find_map(|(k, t)| {
            let word = t.text.trim_end_matches("’s").trim_end_matches("'s");
            let kind = self.knowledge.org_noun(word)?;
            let owns_role = word.len() < t.text.len()
                || toks
                    .get(k + 1)
                    .is_some_and(|n| self.knowledge.is_role(n.text));
            owns_role.then_some((word, kind))
        })?;
        lowercase_into(noun, lowered);
        let before = self.orgs.partition_point(|o| o.span.end <= pos);
        let earlier = || {
            self.orgs[..before]
                .iter()
                .rev()
                .filter(|o| !self.in_quote(o.span))
        };
        let named_so = |o: &&OrgMention| {
            o.org
                .name
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case(lowered))
        };
        let fits = |o: &&OrgMention| (kind != OrgKind::Other && o.org.kind == kind) || named_so(o);
        earlier().find(fits).map(|o| &o.org)
    }

    /// The organization the text around `pos` is about: one named in the same
    /// sentence (the nearest before `pos`, else the first after), else the latest
    /// in the two sentences before. Government bodies, media and organizations
    /// that introduce somebody else are skipped.
    fn surrounding_org(&self, pos: usize) -> Option<&'a OrgName> {
        let sentence = self.seg.sentence_at(pos)?;
        let here = self.seg.sentences[sentence].span;
        let from = self.seg.sentences[sentence.saturating_sub(2)].span.start;
        let usable = |o: &&OrgMention| {
            !self.claimed_orgs.contains(&o.span)
                && !self.in_quote(o.span)
                && !matches!(o.org.kind, OrgKind::Government | OrgKind::Media)
        };
        // The organizations are in text order: look only at the window.
        let orgs = self.orgs;
        let window = |start: usize, end: usize| {
            let first = orgs.partition_point(|o| o.span.start < start);
            orgs[first..]
                .iter()
                .take_while(move |o| o.span.start < end)
                .filter(move |o| o.span.end <= end)
        };
        let in_sentence_after = window(pos, here.end).find(usable);
        let before = window(from, pos).filter(usable).last();
        let before_in_sentence = before.filter(|o| o.span.start >= here.start);
        before_in_sentence
            .or(in_sentence_after)
            .or(before)
            .map(|o| &o.org)
    }

    /// Whether `span` lies inside a quote's content.
    fn in_quote(&self, span: Span) -> bool {
        let i = self.quoted.partition_point(|q| q.start <= span.start);
        i > 0 && self.quoted[i - 1].contains(span)
    }

    fn person_source(&mut self, person: usize, mention: Span) -> Source<'a> {
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

    fn resolve(
        &mut self,
        mention: Span,
        previous_quote: Option<&(Source<'a>, Span)>,
        pronouns: &[PersonMention],
        descriptions: &[(String, Source<'a>)],
    ) -> Option<(Source<'a>, Resolution)> {
        let previous = previous_quote.map(|p| &p.0);
        let text = self.text;
        let k = self.knowledge;
        let range = self.token_range(mention);
        let toks: Vec<Token<'a>> = range.clone().map(|i| self.token(i)).collect();
        let first = toks.first()?;
        if toks.len() == 1 {
            if let Some((gender, number)) = k.pronoun(first.text) {
                // A pronoun nobody earlier fits stays as written: it still
                // says where the speaker is named.
                let unresolved = Source {
                    name: first.text,
                    kind: if number == PronounNumber::Person {
                        SpeakerKind::Person
                    } else {
                        SpeakerKind::Group
                    },
                    person: None,
                    org: None,
                    government: false,
                };
                let source = self
                    .resolve_pronoun(mention, gender, number, previous_quote, pronouns)
                    .unwrap_or(unresolved);
                return Some((source, Resolution::Pronoun));
            }
        }
        if let Some(source) = self.dependent_of(&toks, mention) {
            return Some((source, Resolution::Explicit));
        }
        // A person's name inside the mention.
        let mut runs = Vec::new();
        let capitals = self.capitalized_in(range.clone());
        self.name_runs(range, capitals, &mut runs, &mut Vec::new());
        let run = if first.is_capitalized()
            && !k.is_function_word(first.text)
            && self.org_in(first.span).is_none()
        {
            runs.first()
        } else {
            runs.last()
        };
        if let Some(run) = run {
            if let Some(person) = self.person_for(run) {
                let how = if run.name.of(text) == self.people[person].name {
                    Resolution::Explicit
                } else {
                    Resolution::Alias
                };
                return Some((self.person_source(person, mention), how));
            }
            // Not introduced by full name: `Mr Courtney` stays as the document gives it.
            let name = if run.name_tokens >= 2 {
                run.name
            } else {
                Span::new(self.title_start(run), run.name.end)
            };
            let source = Source {
                name: name.of(text),
                kind: SpeakerKind::Person,
                person: None,
                org: self.surrounding_org(mention.start),
                government: k.is_government(name.of(text)),
            };
            return Some((source, Resolution::Explicit));
        }
        let words: Vec<&Token> = toks.iter().filter(|t| t.is_word()).collect();
        let head = words.last()?;
        let definite = lowercase_is_one_of(first.text, &["the", "its", "their", "his", "her"]);
        let body_start = if is_article(first.text) {
            toks.get(1).map_or(mention.start, |t| t.span.start)
        } else {
            mention.start
        };
        let body = Span::new(body_start, mention.end);
        let head_is_role = k.is_role(head.text);
        let org = self.org_in(mention);
        // A lone surname or name not seen before (`Trump said`).
        if words.len() == 1 && head.is_capitalized() && org.is_none() && !head_is_role {
            if let Some(person) =
                self.latest_with_surname(head.text, mention.start, Gender::Unknown)
            {
                return Some((self.person_source(person, mention), Resolution::Alias));
            }
            let plural = head.text.ends_with('s')
                && self
                    .seg
                    .sentences
                    .iter()
                    .any(|s| s.span.start == head.span.start);
            let kind = if plural {
                SpeakerKind::Group
            } else {
                SpeakerKind::Person
            };
            let org = if plural {
                None
            } else {
                self.surrounding_org(mention.start)
            };
            let source = Source {
                name: head.text,
                kind,
                person: None,
                org,
                government: k.is_government(head.text),
            };
            return Some((source, Resolution::Explicit));
        }
        if let Some(o) = org {
            if !head_is_role {
                let source = Source {
                    name: &o.org.name,
                    kind: SpeakerKind::Organization,
                    person: None,
                    org: Some(&o.org),
                    government: o.org.kind == OrgKind::Government,
                };
                return Some((source, Resolution::Explicit));
            }
        }
        if definite && !head_is_role {
            if let Some(kind) = k.org_noun(head.text) {
                if let Some(found) = self.organization_referred_to(mention, head, kind) {
                    return Some((found, Resolution::Description));
                }
            }
        }
        if definite {
            if let Some(found) = self.resolve_description(mention, body, previous, descriptions) {
                return Some((found, Resolution::Description));
            }
        }
        let government = k.is_government(body.of(text));
        let single_plural = words.len() == 1 && head.text.ends_with('s');
        let kind = if single_plural {
            SpeakerKind::Group
        } else {
            SpeakerKind::Description
        };
        let source = Source {
            name: body.of(text),
            kind,
            person: None,
            org: org.map(|o| &o.org),
            government,
        };
        Some((source, Resolution::Explicit))
    }

    /// `Critics of the Royal College of Nursing`, `A friend of Mr Kline`,
    /// `Officials at Homeland Security`: the head noun is the source, not the
    /// name after the preposition. The organization after `at`/`from`, or after
    /// `of` for a role (`members of the BMA`), is the source's own.
    fn dependent_of(&self, toks: &[Token], mention: Span) -> Option<Source<'a>> {
        let k = self.knowledge;
        let body = if toks.first().is_some_and(|t| is_article(t.text)) {
            &toks[1..]
        } else {
            toks
        };
        let at = body
            .iter()
            .position(|t| matches!(t.text, "of" | "at" | "from" | "for"))?;
        let head = body[..at].last()?;
        let head_is_noun = if at == 1 && head.is_capitalized() {
            // A sentence-initial plural (`Critics`), not a name (`Morgan of the Sierra Club`).
            head.text.ends_with('s')
                && !self.by_surname.contains_key(head.text)
                && self.org_in(head.span).is_none()
        } else {
            at <= 3
                && !head.is_capitalized()
                && body[..at]
                    .iter()
                    .all(|t| t.is_word() && k.title(t.text).is_none())
        };
        if !head_is_noun {
            return None;
        }
        let phrase = Span::new(body[0].span.start, mention.end);
        let after = Span::new(body[at].span.end, mention.end);
        let own_org = body[at].text != "of" || k.is_role(head.text);
        let org = self.org_in(after).filter(|_| own_org).map(|o| &o.org);
        let kind = if head.text.ends_with('s') {
            SpeakerKind::Group
        } else {
            SpeakerKind::Description
        };
        let government = k.is_government(phrase.of(self.text)) && own_org;
        Some(Source {
            name: phrase.of(self.text),
            kind,
            person: None,
            org,
            government,
        })
    }

    fn resolve_pronoun(
        &mut self,
        mention: Span,
        gender: Gender,
        number: PronounNumber,
        previous_quote: Option<&(Source<'a>, Span)>,
        pronouns: &[PersonMention],
    ) -> Option<Source<'a>> {
        let previous = previous_quote.map(|p| &p.0);
        match number {
            PronounNumber::Person => {
                // Both lists are in text order: walk back from the pronoun.
                let latest = |list: &[PersonMention]| {
                    let before = list.partition_point(|m| m.span.end <= mention.start);
                    list[..before]
                        .iter()
                        .rev()
                        .find(|m| m.subject_like && self.people[m.person].gender.compatible(gender))
                        .copied()
                };
                let candidate = [latest(&self.mentions), latest(pronouns)]
                    .into_iter()
                    .flatten()
                    .max_by_key(|m| m.span.start);
                // `A Labour spokesman said … He added`: an unnamed source who
                // spoke last, after any named person, is who `he` is.
                let unnamed = previous_quote.filter(|(source, span)| {
                    source.kind == SpeakerKind::Description
                        && candidate.is_none_or(|c| c.span.start < span.start)
                });
                match (unnamed, candidate) {
                    (Some((source, _)), _) => Some(*source),
                    (None, Some(c)) => Some(self.person_source(c.person, mention)),
                    (None, None) => None,
                }
            }
            PronounNumber::Writer => None,
            PronounNumber::Group | PronounNumber::Organization => {
                if let Some(p) = previous
                    .filter(|p| matches!(p.kind, SpeakerKind::Group | SpeakerKind::Organization))
                {
                    return Some(*p);
                }
                let o = self.orgs.iter().rfind(|o| o.span.end <= mention.start)?;
                Some(Source {
                    name: &o.org.name,
                    kind: SpeakerKind::Organization,
                    person: None,
                    org: Some(&o.org),
                    government: o.org.kind == OrgKind::Government,
                })
            }
        }
    }

    /// `the firm`, `the former monopoly`, `the union`: the latest organization
    /// named before `mention` in the narration, of the kind the noun `head`
    /// names if one is (else any but a news outlet). A capitalized head is a
    /// short name (`the Bank` for `Bank of England`): the name must hold it.
    fn organization_referred_to(
        &self,
        mention: Span,
        head: &Token,
        kind: OrgKind,
    ) -> Option<Source<'a>> {
        let before = self.orgs.partition_point(|o| o.span.start < mention.start);
        let earlier = || {
            self.orgs[..before]
                .iter()
                .rev()
                .filter(|o| !self.in_quote(o.span))
        };
        let o = if head.is_capitalized() {
            earlier().find(|o| o.org.name.split_whitespace().any(|w| w == head.text))?
        } else {
            earlier()
                .find(|o| o.org.kind == kind)
                .or_else(|| earlier().find(|o| o.org.kind != OrgKind::Media))?
        };
        Some(Source {
            name: &o.org.name,
            kind: SpeakerKind::Organization,
            person: None,
            org: Some(&o.org),
            government: o.org.kind == OrgKind::Government,
        })
    }

    /// `the Unite official`, `the nursing union official`, `The source`: the
    /// latest earlier source the description fits.
    fn resolve_description(
        &mut self,
        mention: Span,
        body: Span,
        previous: Option<&Source<'a>>,
        descriptions: &[(String, Source<'a>)],
    ) -> Option<Source<'a>> {
        let text = self.text;
        let words: Vec<String> = body
            .of(text)
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .collect();
        let head = words.last()?.clone();
        // An earlier unnamed source with the same head word, and no modifier it lacks.
        let modifiers_fit = |d: &str| {
            words[..words.len() - 1]
                .iter()
                .all(|w| d.split_whitespace().any(|dw| dw == w))
        };
        if let Some((_, source)) = descriptions
            .iter()
            .rev()
            .find(|(d, _)| d.split_whitespace().last() == Some(head.as_str()) && modifiers_fit(d))
        {
            return Some(*source);
        }
        // A text that speaks (`the report said`) is nobody's description.
        if !self.knowledge.is_role(&head) || self.knowledge.is_document(&head) {
            return None;
        }
        let named_org = self.org_in(mention).map(|o| o.org.name.as_str());
        let modifiers: Vec<&String> = words[..words.len() - 1]
            .iter()
            .filter(|w| !self.knowledge.is_role(w))
            .collect();
        // How well a person fits: the named organization, then description words
        // found in their organization's name or kind or in the roles given them.
        let role_words = self.role_words();
        let fits = |person: usize| -> usize {
            let p = &self.people[person];
            let role_fit = role_words.get(person).map_or(0, |given| {
                words.iter().filter(|w| given.contains(w)).count()
            });
            let Some(org) = p.org else { return role_fit };
            if named_org == Some(org.name.as_str()) {
                return 3 + role_fit;
            }
            let org_words = org.name.to_lowercase();
            let kind = format!("{:?}", org.kind).to_lowercase();
            role_fit
                + modifiers
                    .iter()
                    .filter(|m| {
                        org_words.split_whitespace().any(|w| w == m.as_str()) || kind == m.as_str()
                    })
                    .count()
        };
        let candidates = self.mentions.iter().filter(|m| m.span.end <= mention.start);
        let best = candidates
            .clone()
            .rev()
            .map(|m| (fits(m.person), m))
            .filter(|(score, _)| *score > 0)
            .max_by_key(|(score, m)| (*score, m.span.start));
        if let Some(person) = best.map(|(_, m)| m.person) {
            return Some(self.person_source(person, mention));
        }
        if named_org.is_none() && modifiers.is_empty() {
            if let Some(p) = previous.filter(|p| p.kind == SpeakerKind::Person) {
                return Some(*p);
            }
        }
        let named = self.org_in(mention).map(|o| &o.org);
        let person = self.salient_person(mention, body, named)?;
        if let (Some(p), Some(org)) = (self.people.get_mut(person), named) {
            p.org = p.org.or(Some(org));
        }
        Some(self.person_source(person, mention))
    }

    /// The person a description with nothing of its own in common with anybody
    /// refers to (`Michael Howard … the Tory leader argued`): a subject of the
    /// last three sentences whose facts the description does not contradict
    /// (no other organization than the one it names, the same side of the
    /// government), the most often named of them.
    fn salient_person(
        &mut self,
        mention: Span,
        body: Span,
        named: Option<&OrgName>,
    ) -> Option<usize> {
        let here = self.seg.sentence_at(mention.start)?;
        let from = self.seg.sentences.get(here.saturating_sub(3))?.span.start;
        let government = self.knowledge.is_government(body.of(self.text));
        let before = self
            .mentions
            .partition_point(|m| m.span.end <= mention.start);
        let candidates: Vec<usize> = self.mentions[..before]
            .iter()
            .rev()
            .take_while(|m| m.span.start >= from)
            .filter(|m| m.subject_like)
            .map(|m| m.person)
            .collect();
        let mut role_text = std::mem::take(&mut self.scratch);
        let fitting: Vec<usize> = candidates
            .into_iter()
            .filter(|&person| {
                let org_fits = match (self.people[person].org, named) {
                    (Some(own), Some(named)) => own.name == named.name,
                    _ => true,
                };
                org_fits && self.speaks_for_government(person, &mut role_text) == government
            })
            .collect();
        self.scratch = role_text;
        // Of those, the one the text has named most often so far (the one it is
        // about), and of equals the latest.
        let mentions_before = &self.mentions[..before];
        let times_named = |person: usize| {
            mentions_before
                .iter()
                .filter(|m| m.person == person)
                .count()
        };
        fitting
            .iter()
            .enumerate()
            .max_by_key(|&(order, &person)| (times_named(person), std::cmp::Reverse(order)))
            .map(|(_, &person)| person)
    }
}

/// The union of spans, sorted and without overlaps.
fn union_of(spans: impl Iterator<Item = Span>) -> Vec<Span> {
    let mut sorted: Vec<Span> = spans.collect();
    sorted.sort();
    let mut out: Vec<Span> = Vec::with_capacity(sorted.len());
    for span in sorted {
        match out.last_mut() {
            Some(last) if span.start <= last.end => last.end = last.end.max(span.end),
            _ => out.push(span),
        }
    }
    out
}

/// `GMB`, `CEO`, `PENCE`: capitals only, never part of a person's name.
fn is_acronym(word: &str) -> bool {
    // An ASCII byte is a whole char, uppercase exactly when an ASCII capital:
    // most words are decided at their second byte without decoding.
    let ascii_capital_or_dash = |b: &u8| b.is_ascii_uppercase() || *b == b'-';
    word.len() > 1
        && match word.bytes().position(|b| !ascii_capital_or_dash(&b)) {
            None => true,
            Some(at) if word.as_bytes().get(at).is_some_and(u8::is_ascii) => false,
            Some(_) => word.chars().all(|c| c.is_uppercase() || c == '-'),
        }
}

/// `RMT’s`, `Unison's`: a possessive pre-modifier, not part of a name.
fn is_possessive(word: &str) -> bool {
    possessive_suffix(word) > 0
}

/// The length in bytes of the possessive ending of `word` (`’s`, `'s`), or 0.
fn possessive_suffix(word: &str) -> usize {
    ["’s", "'s"]
        .iter()
        .find(|p| word.len() > p.len() && word.ends_with(*p))
        .map_or(0, |p| p.len())
}

fn is_article(word: &str) -> bool {
    lowercase_is_one_of(word, &["the", "a", "an"])
}

/// Whether `word` in lowercase is one of `words` (lowercase ASCII), without
/// lowering an ASCII word.
fn lowercase_is_one_of(word: &str, words: &[&str]) -> bool {
    if word.is_ascii() {
        words.iter().any(|w| word.eq_ignore_ascii_case(w))
    } else {
        words.contains(&&*lower(word))
    }
}

/// `word.to_lowercase()`, into `out`.
fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orgs::find_orgs;
    use crate::quotes::detect;
    use crate::segment::segment;

    /// (quote start, speaker name, organization name) for every quote.
    fn attributed(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let k = Knowledge::builtin();
        let seg = segment(text, &k);
        let orgs = find_orgs(text, &seg, &k);
        let quotes = detect(text, &seg, &k, Default::default());
        let chars = CharMap::new(text);
        quotes
            .iter()
            .zip(attribute(text, &seg, &orgs, &quotes, &k, &chars))
            .map(|(q, a)| {
                let start: String = q.span.of(text).chars().take(12).collect();
                (
                    start,
                    a.speaker.map(|s| s.name),
                    a.organization.map(|o| o.name),
                )
            })
            .collect()
    }

    fn owned(
        items: &[(&str, Option<&str>, Option<&str>)],
    ) -> Vec<(String, Option<String>, Option<String>)> {
        items
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.map(str::to_string), c.map(str::to_string)))
            .collect()
    }

    type Case = (
        &'static str,
        &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
    );

    #[test]
    fn resolution_cases() {
        let cases: &[Case] = &[
            (
                "Labour relations director Roger Kline said: 'We are pleased.'\n'We really do hope so, ' Mr Kline said.",
                &[("We are pleas", Some("Roger Kline"), None), ("We really do", Some("Roger Kline"), None)],
            ),
            (
                "But Unite official Onay Kasab - who was not at the talks with Barclay - condemned it.\nSpeaking outside, he said: “It is ludicrous and wrong.”",
                &[("It is ludicr", Some("Onay Kasab"), Some("Unite"))],
            ),
            (
                "Joanne Galbraith-Marten, director of employment relations at the RCN, said there was “nothing” offered.\n“This intransigence is letting patients down,” said the nursing union official.",
                &[
                    ("there was “n", Some("Joanne Galbraith-Marten"), Some("Royal College of Nursing")),
                    ("This intrans", Some("Joanne Galbraith-Marten"), Some("Royal College of Nursing")),
                ],
            ),
            (
                "Speaking alongside Patrick Roach, general secretary of the NASUWT union, Mr Courtney added: “There is nothing so far.”",
                &[("There is not", Some("Mr Courtney"), None)],
            ),
            (
                "A government source said: “We need to have a conversation.”\n“Steve listened and agreed,” the Whitehall source said.",
                &[("We need to h", Some("government source"), Some("Government")), ("Steve listen", Some("Whitehall source"), Some("Government"))],
            ),
            (
                "Democratic presidential nominee Hillary Clinton spoke in Ohio.\n“We will win this,” said the Democratic nominee.",
                &[("We will win ", Some("Hillary Clinton"), Some("Democratic Party"))],
            ),
            (
                "What Mr. Obama has seen are the charts of a warming planet. \"And they're terrifying,\" he said.",
                &[("And they're ", Some("Mr. Obama"), None)],
            ),
            ("Unite claimed Mr Barclay used the talks to say no.", &[("Mr Barclay u", Some("Unite"), Some("Unite"))]),
            ("Unions say they want to see how talks pan out.", &[("they want to", Some("Unions"), None)]),
            (
                "Critics of the Royal College of Nursing said the strike was a mistake.",
                &[("the strike w", Some("Critics of the Royal College of Nursing"), None)],
            ),
            ("A friend of Mr Kline said the talks were going badly.", &[("the talks we", Some("friend of Mr Kline"), None)]),
            (
                "Members of the British Medical Association said they would strike.",
                &[("they would s", Some("Members of the British Medical Association"), Some("British Medical Association"))],
            ),
            (
                "The RMT’s Mick Lynch dodged questions.\n“We’re just going to have further talks with them,” he told reporters.",
                &[("We’re just g", Some("Mick Lynch"), Some("National Union of Rail, Maritime and Transport Workers"))],
            ),
            // A party in the role words of a name run.
            (
                "Labour MP Ann Hollis said the plan was late.",
                &[("the plan was", Some("Ann Hollis"), Some("Labour Party"))],
            ),
            // Lowercase words left of a role are its pre-modifiers: a shadow office is not the government.
            (
                "Tory shadow chancellor Peter Vane said taxes would rise.",
                &[("taxes would ", Some("Peter Vane"), Some("Conservative Party"))],
            ),
            (
                "Chancellor Peter Vane said taxes would rise.",
                &[("taxes would ", Some("Peter Vane"), Some("Government"))],
            ),
            // Not a phrase that merely begins with a party's name.
            ("Labour relations director Tom Reed said pay was low.", &[("pay was low", Some("Tom Reed"), None)]),
            // A name ending in a possessive, which no later pronoun refers to.
            (
                "Dan Price said Jane Moss's report was wrong. \"It is a mistake,\" he said.",
                &[("Jane Moss's ", Some("Dan Price"), None), ("It is a mist", Some("Dan Price"), None)],
            ),
            // A surname refers to the latest namesake before it, of a compatible gender.
            (
                "Tom Hale spoke first. Later Sue Hale said the firm would grow. Mr Hale said it would shrink.",
                &[("the firm wou", Some("Sue Hale"), None), ("it would shr", Some("Tom Hale"), None)],
            ),
            // The end of a longer name is the same person.
            (
                "Carlos Baez Silva, an analyst, said prices would fall. Baez Silva added that demand was strong.",
                &[("prices would", Some("Carlos Baez Silva"), None), ("demand was s", Some("Carlos Baez Silva"), None)],
            ),
            // An unnamed source who spoke last is who `he` is; a pronoun nobody
            // fits stays as written.
            (
                "Tom Hale spoke first. A party spokesman said the vote was close. He added that turnout was high.",
                &[("the vote was", Some("party spokesman"), None), ("turnout was ", Some("party spokesman"), None)],
            ),
            ("The crowd cheered. She said the vote was close.", &[("the vote was", Some("She"), None)]),
            ("“Okay,” I said, “we will see about that.”", &[("Okay,", Some("I"), None), ("we will see ", Some("I"), None)]),
            // A past role's organization is not the person's now.
            (
                "Tom Bale, ex-chief adviser to the Treasury, said the budget was fair.",
                &[("the budget w", Some("Tom Bale"), None)],
            ),
            (
                "Tom Bale, chief adviser to the Treasury, said the budget was fair.",
                &[("the budget w", Some("Tom Bale"), Some("HM Treasury"))],
            ),
            // A text that speaks is not the last person who did.
            (
                "Tom Hale said costs would rise. The report said the plan was flawed.",
                &[("costs would ", Some("Tom Hale"), None), ("the plan was", Some("report"), None)],
            ),
            // A title written in full ends a sentence with its stop.
            (
                "They want the advice given by the Attorney General. Tom Hale said the statement was unclear.",
                &[("the statemen", Some("Tom Hale"), None)],
            ),
            // A month may be a surname after a given name.
            ("Laura May said the plans were inadequate.", &[("the plans we", Some("Laura May"), None)]),
            // Post-nominals are no part of the name.
            ("Ian Gray MSP said the budget was fair.", &[("the budget w", Some("Ian Gray"), None)]),
            // An organization referred to by its kind noun.
            (
                "Shares in music giant Zorbex fell. \"Sales were weak,\" the company said.",
                &[("Sales were w", Some("Zorbex"), Some("Zorbex"))],
            ),
            (
                "The Bank of England held rates. The Bank said inflation would fall.",
                &[("inflation wo", Some("Bank of England"), Some("Bank of England"))],
            ),
            // A description with nothing in common with anybody: the latest fitting subject.
            (
                "Ann Cole spoke in Leeds. The Tory leader said the party would win.",
                &[("the party wo", Some("Ann Cole"), Some("Conservative Party"))],
            ),
            (
                "Chancellor Tom Bright spoke in Leeds. Ann Cole listened. The Tory leader said the party would win.",
                &[("the party wo", Some("Ann Cole"), Some("Conservative Party"))],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(attributed(text), owned(expected), "attributing in {text:?}");
        }
    }
}
