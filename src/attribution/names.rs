//! Name runs: capitalized words read as a person's name, with titles,
//! roles and post-nominals split off (`Health Secretary Steve Barclay`,
//! `Ian Gray MSP`, `Gordon Brown’s Budget`).

use crate::knowledge::{Gender, Knowledge, WordFacts};
use crate::segment::Token;
use crate::span::Span;
use std::ops::Range;

use super::learning::PhraseFacts;
use super::{is_article, Doc};

/// What reading a name run needs to know of a token.
#[derive(Debug, Clone, Copy)]
pub(super) struct NameWord {
    pub(super) lists: WordFacts,
    /// A capitalized word that may be part of a name: no function word, unless a title (`Mr`).
    pub(super) in_name: bool,
    pub(super) word: bool,
    pub(super) dot: bool,
    pub(super) acronym: bool,
    pub(super) possessive: bool,
}

impl NameWord {
    pub(super) fn of(t: Token, capitalized: bool, knowledge: &Knowledge) -> NameWord {
        let lists = knowledge.word_facts(t.text);
        let word = t.is_word();
        NameWord {
            lists,
            // `Former Cabinet minister …`: a past marker opens no name.
            in_name: capitalized
                && word
                && (!lists.function_word || lists.title.is_some())
                && !lists.past_marker,
            word,
            dot: t.text == ".",
            acronym: is_acronym(t.text),
            possessive: is_possessive(t.text),
        }
    }
}

/// A capitalized run that names a person, split into title and name tokens.
pub(super) struct NameRun {
    pub(super) span: Span,
    /// The run's tokens, as indices of the document's tokens.
    pub(super) tokens: Range<usize>,
    /// The name without titles or roles (`Steve Barclay`).
    pub(super) name: Span,
    pub(super) name_tokens: usize,
    /// What the words before the name (titles, roles) hold, from the
    /// lookups that read the run.
    pub(super) title_facts: PhraseFacts,
    pub(super) gender: Gender,
    /// Whether `gender` is only what the given name suggests (no title
    /// told it): `Gwyn` is a woman's name in one country and a man's in another.
    pub(super) gender_guessed: bool,
    /// The name ends in a possessive (`Gordon Brown’s Budget`).
    pub(super) possessive: bool,
}

impl<'a> Doc<'a> {
    /// Whether the run's word `n` (of the run starting at token `start`), a
    /// role, is a given name instead: a known one followed by the run's last
    /// word, no role (`Chief executive Dean Mallory`, `Earl Ray`; but
    /// `Judge Ann Lee`, `Dean Mallory's dean` keep the role).
    fn given_name_before_surname(&self, words: &[NameWord], n: usize, start: usize) -> bool {
        n + 2 == words.len()
            && !words[n + 1].lists.role
            && words[n + 1].in_name
            && self
                .knowledge
                .first_name(self.token(start + n).text)
                .is_some()
    }

    /// Appends the person-name runs among the tokens `range` to `runs`;
    /// `capitals` are the capitalized ones among them (a range of
    /// `self.capitalized`), `words` is scratch space.
    pub(super) fn name_runs(
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
                && (capitals.get(c + 1) == Some(&(start + 1))
                    || self.is_dot(start + 1)
                    || (capitals.get(c + 1) == Some(&(start + 2))
                        && self.knowledge.is_name_particle(self.token(start + 1).text)));
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
                // A title comes before a name: as the run's last word, after
                // a name word or an honorific, it is a surname (`Mervyn
                // King`, `Mr King`; but `King Charles`).
                let surname = n + 1 == words.len()
                    && n > 0
                    && (n > name_start
                        || self.knowledge.is_honorific(self.token(start + n - 1).text));
                if let Some(g) = word.lists.title.filter(|_| !surname) {
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
                } else if (word.lists.role && !self.given_name_before_surname(words, n, start))
                    // `Mr. Obama`, but not `James B. Comey`: the stop after an
                    // initial inside a name is part of it.
                    || (word.dot && !(n > name_start && self.is_initial(start + n - 1)))
                    || (word.lists.function_word && n + 1 < words.len())
                    || word.possessive
                    || (word.acronym && n + 1 < words.len())
                    // `Mother-of-two Carys Lewis`: a calling counting
                    // children opens the sentence before the name.
                    || (n + 1 < words.len() && self.token(start + n).text.contains("-of-"))
                    // `the Australian Jason Kerslake`: a nationality (a place's
                    // word, no given name) after `the`, before a given name.
                    || (n == 0
                        && n + 1 < words.len()
                        && start > 0
                        && self.token(start - 1).text.eq_ignore_ascii_case("the")
                        && self.knowledge.first_name(self.token(start + 1).text).is_some()
                        && self.knowledge.first_name(self.token(start).text).is_none()
                        && self.knowledge.is_place(self.token(start).text))
                    // `Tory David Heathcoat-Amory`: an organization before the name.
                    || (n + 1 < words.len()
                        && self
                            .tokens
                            .get(start + n)
                            .is_some_and(|&t| self.org_overlapping(t)))
                {
                    name_start = n + 1;
                }
            }
            let is_office =
                |word: &str| self.knowledge.title(word).is_some() || self.knowledge.is_role(word);
            // `Secretary of State John Kerry`: after an office and `of`, the
            // words before a given name (and a surname) are the office's portfolio.
            if name_start == 0
                && start >= 2
                && self.token(start - 1).text == "of"
                && is_office(self.token(start - 2).text)
            {
                // (Not a place's last word: `Governor of South Carolina
                // Henry McMaster`.)
                let given = (1..name_end.saturating_sub(1)).find(|&n| {
                    let (Some(previous), Some(word)) =
                        (self.tokens.get(start + n - 1), self.tokens.get(start + n))
                    else {
                        return false;
                    };
                    let with_previous = Span::new(previous.start, word.end);
                    self.knowledge.first_name(word.of(self.text)).is_some()
                        && !self.knowledge.is_place(with_previous.of(self.text))
                });
                name_start = given.unwrap_or(name_start);
            }
            // `the Conservative MP for North Wealdstone`, `Minister for Europe
            // Denis MacShane`, `Secretary of State for Scotland Ann Lee`: after
            // a role (or a role's `of` portfolio) and `for`, the words before a
            // given name are the role's seat or portfolio; with no given name,
            // the whole run is.
            if name_start == 0 && start >= 2 && self.token(start - 1).text == "for" {
                let office = is_office(self.token(start - 2).text)
                    || start >= 4
                        && self.token(start - 3).text == "of"
                        && is_office(self.token(start - 4).text);
                if office {
                    let given = (0..name_end.saturating_sub(1)).find(|&n| {
                        self.tokens
                            .get(start + n)
                            .is_some_and(|t| self.knowledge.first_name(t.of(self.text)).is_some())
                    });
                    match given {
                        Some(n) => name_start = n,
                        None => continue,
                    }
                }
            }
            // `Violinist Ann Lee said`, `Skipper Tom Hale`: a word opening the
            // sentence before a given name and a surname says what the
            // person is; it is no part of the name.
            if name_start == 0 && name_end >= 3 && self.calling_opens(start, words) {
                name_start = 1;
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
            let gender_guessed = gender == Gender::Unknown;
            if gender_guessed {
                gender = self
                    .knowledge
                    .first_name(span_of(start + name_start).of(self.text))
                    .unwrap_or(Gender::Unknown);
            }
            let i = start + name_end;
            let preceded_by_article =
                || start > range.start && is_article(self.token(start - 1).text);
            // `Shakespeare Beach`, `Comet Allonby`: a place's or a thing's
            // name, not a person's (but `Barbara Bridge`, a given name first).
            let place = || {
                let first = span_of(start + name_start).of(self.text);
                let last = span_of(start + name_end - 1).of(self.text);
                self.knowledge.opens_place_name(first)
                    || self.knowledge.is_place_head(last)
                        && self.knowledge.first_name(first).is_none()
            };
            let ok = count <= 4
                && (count >= 2 || titled)
                && !acronym
                && !(name_start == 0 && preceded_by_article())
                && !self.org_overlapping(name)
                && !place();
            if ok {
                let mut title_facts = PhraseFacts::default();
                for (n, word) in words.iter().enumerate().take(name_start) {
                    title_facts.add(self, self.token(start + n), word.lists);
                }
                runs.push(NameRun {
                    span: Span::new(span_of(start).start, name.end),
                    tokens: start..i,
                    name,
                    name_tokens: count,
                    title_facts,
                    gender,
                    gender_guessed,
                    possessive: possessive_end,
                });
            }
        }
    }

    /// Whether the run of `words` starting at token `start` opens its
    /// sentence with a plain word (no given name, title, place or
    /// organization's head word) before a given name: a calling.
    fn calling_opens(&self, start: usize, words: &[NameWord]) -> bool {
        let (Some(first), Some(given)) = (self.tokens.get(start), self.tokens.get(start + 1))
        else {
            return false;
        };
        let opens_sentence = self
            .seg
            .sentence_at(first.start)
            .and_then(|k| self.seg.sentences.get(k))
            .is_some_and(|s| s.span.start == first.start);
        let word = first.of(self.text);
        let k = self.knowledge;
        opens_sentence
            && words
                .first()
                .is_some_and(|w| w.word && !w.acronym && !w.possessive)
            && word.len() >= 4
            && word
                .bytes()
                .skip(1)
                .all(|b| b.is_ascii_lowercase() || b == b'-')
            && k.first_name(given.of(self.text)).is_some()
            && k.first_name(word).is_none()
            && k.title(word).is_none()
            && !k.is_place(word)
            && k.org_head(word).is_none()
            && !k.is_function_word(word)
    }

    /// Whether token `i` is an initial: one capital letter (`B` in `James B. Comey`).
    fn is_initial(&self, i: usize) -> bool {
        let t = self.token(i).text;
        t.len() == 1 && t.as_bytes()[0].is_ascii_uppercase()
    }

    /// Whether the words `from..=at` of a run (`words[k]` is token `first + k`)
    /// are a person's name ending in a possessive: a title before them, or a
    /// given name and a surname (`Gordon Brown’s`, not `The RMT’s`).
    pub(super) fn person_name_ends_at(
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

    /// Where the title before a run's name starts (`Mr` in `Mr Courtney`), else the name's start.
    pub(super) fn title_start(&self, run: &NameRun) -> usize {
        run.tokens
            .clone()
            .filter(|&i| {
                let t = self.token(i);
                t.span.start >= run.span.start && t.span.end <= run.name.start
            })
            .rfind(|&i| self.knowledge.title(self.token(i).text).is_some())
            .map_or(run.name.start, |i| self.token(i).span.start)
    }
}

/// `GMB`, `CEO`, `PENCE`: capitals only, never part of a person's name.
#[inline]
pub(super) fn is_acronym(word: &str) -> bool {
    // Most words in a name run are a capital and lowercase letters: a
    // lowercase second byte is a whole char (a byte after a char beyond ASCII
    // is not ASCII), and one that is no capital.
    if word.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    // An ASCII byte is a whole char, uppercase exactly when an ASCII capital:
    // most other words are decided at their second byte without decoding.
    let ascii_capital_or_dash = |b: &u8| b.is_ascii_uppercase() || *b == b'-';
    word.len() > 1
        && match word.bytes().position(|b| !ascii_capital_or_dash(&b)) {
            None => true,
            Some(at) if word.as_bytes().get(at).is_some_and(u8::is_ascii) => false,
            Some(_) => word.chars().all(|c| c.is_uppercase() || c == '-'),
        }
}

/// `RMT’s`, `Unison's`: a possessive pre-modifier, not part of a name.
pub(super) fn is_possessive(word: &str) -> bool {
    possessive_suffix(word) > 0
}

pub(super) use crate::segment::possessive_suffix;
