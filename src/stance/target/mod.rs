//! The stance target as data: which names and organizations count as "the
//! government" (or whichever target the user supplies), and which words put
//! a generic name such as `minister` somewhere else.
//!
//! This is the one place that decides whether a name is the target: the
//! attribution stage asks it for `government: true` (through
//! [`crate::Knowledge::is_government`]) and the stance stage for the target
//! mentions in a quote, so `South Africa's finance minister` is neither a
//! government speaker nor a mention of the government.

use super::lexicon::{data_lines, tab_fields, tokenize, Hit, PhraseSet, Tokens};
use super::StanceError;
use crate::span::Span;

mod document;
#[cfg(test)]
mod tests;

pub use document::{DocumentTarget, LEDE};

/// The built-in list of words that put a name elsewhere.
pub const ELSEWHERE: &str = include_str!("../../../data/stance/elsewhere.tsv");

/// What an entry of the elsewhere list (`data/stance/elsewhere.tsv`) names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// A country, nationality, region or international body.
    Place,
    /// Not in office now: `former`, `ex`.
    Past,
    /// `shadow`, `opposition`.
    Opposition,
    /// A political party.
    Party,
    /// A government, assembly or international body that is not the target's.
    Body,
    /// One of the target's own places or bodies (`@UK`, `@Wales Office` in
    /// the target file): it puts nothing elsewhere, and a place inside it
    /// (`Wales`) is no modifier.
    Own,
}

impl Place {
    /// Whether a mention of it is someone a cue can be aimed at instead of
    /// the target: another party, or a government or body not the target's.
    pub fn is_other_object(self) -> bool {
        matches!(self, Place::Party | Place::Body)
    }

    fn parse(s: &str) -> Option<Place> {
        Some(match s {
            "place" => Place::Place,
            "past" => Place::Past,
            "opposition" => Place::Opposition,
            "party" => Place::Party,
            "body" => Place::Body,
            _ => return None,
        })
    }

    /// Whether the word, before a generic target name, puts it elsewhere.
    fn moves_generic(self) -> bool {
        !matches!(self, Place::Party | Place::Own)
    }

    /// Whether the word, before any target name (`former prime minister
    /// Tony Blair`), puts it elsewhere.
    fn moves_any(self) -> bool {
        matches!(self, Place::Past | Place::Opposition)
    }
}

/// How many words may stand between a modifier and the name it puts
/// elsewhere (`South Africa's finance minister`: one).
const MODIFIER_REACH: usize = 3;

/// Words that end a modifier's reach: `opposition to the government` is no
/// opposition government. (Function words a grammar rule spells out stay in
/// the rule.)
fn ends_noun_phrase(norm: &str) -> bool {
    matches!(
        norm,
        "the"
            | "a"
            | "an"
            | "to"
            | "of"
            | "and"
            | "or"
            | "with"
            | "for"
            | "by"
            | "on"
            | "at"
            | "in"
            | "from"
            | "against"
            | "as"
            | "than"
            | "that"
            | "who"
            | "which"
            | "is"
            | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "said"
            | "says"
    )
}

/// How much of a document [`opening`] holds at most.
const OPENING: usize = 600;

/// A document's opening: its first two paragraphs (a headline and the
/// first), up to [`OPENING`] bytes. News says there what a story is about.
fn opening(document: &str) -> Span {
    let bytes = document.as_bytes();
    let second = memchr::memchr(b'\n', bytes).map_or(bytes.len(), |i| i + 1);
    let second = second
        + bytes
            .get(second..)
            .unwrap_or_default()
            .iter()
            .take_while(|&&b| b == b'\n')
            .count();
    let mut end = memchr::memchr(b'\n', bytes.get(second..).unwrap_or_default())
        .map_or(bytes.len(), |i| second + i)
        .min(OPENING);
    while !document.is_char_boundary(end) {
        end -= 1;
    }
    Span::new(0, end)
}

/// A compiled target file (format in the module documentation of
/// [`crate::stance`]) with the elsewhere list it is read with.
#[derive(Debug, Clone)]
pub struct Target {
    names: Vec<String>,
    /// Whether each name is generic (`?minister`).
    generic: Vec<bool>,
    /// Each name's party (`Tony Blair<TAB>Labour`), an index in `parties`.
    party_of: Vec<Option<usize>>,
    /// The parties' canonical names.
    parties: Vec<String>,
    /// Whether each party (by index in `parties`) has an office holder in
    /// the file: only such a party can govern in a document.
    office_party: Vec<bool>,
    /// The surnames of the office holders with a party, as
    /// [`DocumentTarget::people`] would list them: the only people it may
    /// list besides the speakers.
    office_surnames: Vec<String>,
    /// The names with a party, and their possessives; `partisan_name` maps
    /// an entry to its name.
    partisan: PhraseSet,
    partisan_name: Vec<usize>,
    /// The names and their possessives (`government's`); `name_of` maps an
    /// entry of this set to its name.
    include: PhraseSet,
    name_of: Vec<usize>,
    exclude: PhraseSet,
    /// The elsewhere list minus the target's own places (`@UK`), with each
    /// entry's kind in `place_of` (possessives included, as for `include`).
    elsewhere: PhraseSet,
    place_of: Vec<Place>,
    /// The entries of `elsewhere` that name someone a cue can be aimed at
    /// instead of the target ([`Place::is_other_object`]: other parties,
    /// governments and bodies), alone.
    other_objects: PhraseSet,
    /// The party of each entry of `elsewhere` that names one, an index in
    /// `parties`.
    place_party: Vec<Option<usize>>,
}

/// The line of `document` holding byte `at`, as a span.
fn paragraph_at(document: &str, at: usize) -> Span {
    let bytes = document.as_bytes();
    let start = memchr::memrchr(b'\n', bytes.get(..at).unwrap_or_default()).map_or(0, |i| i + 1);
    let end = memchr::memchr(b'\n', bytes.get(at..).unwrap_or_default())
        .map_or(document.len(), |i| at + i);
    Span::new(start, end.max(start))
}

/// Adds the surname of `name` (its last word, when capitalised: `Tony
/// Blair` → `Blair`) to `people`, once.
fn push_surname(people: &mut Vec<String>, name: &str) {
    let Some(last) = name.split_whitespace().last() else {
        return;
    };
    let last = last.trim_end_matches("'s").trim_end_matches("’s");
    let capital = last.chars().next().is_some_and(char::is_uppercase)
        && last.chars().skip(1).any(char::is_lowercase);
    if capital && !people.iter().any(|p| p == last) {
        people.push(last.to_string());
    }
}

/// `phrases` with each one's possessive after it, and for each the index of
/// the phrase it came from.
fn with_possessives(phrases: &[String]) -> (Vec<String>, Vec<usize>) {
    let mut all = Vec::with_capacity(phrases.len() * 3);
    let mut origin = Vec::with_capacity(phrases.len() * 3);
    for (i, p) in phrases.iter().enumerate() {
        let ends_in_s = p.ends_with('s') || p.ends_with('S');
        // `ministers'` as well as `minister's`; the typographic apostrophe
        // needs its own spelling only where the match is case-sensitive
        // (and so compares the text), but costs nothing elsewhere.
        let forms: &[&str] = if ends_in_s {
            &["'", "’"]
        } else {
            &["'s", "’s"]
        };
        all.push(p.clone());
        origin.push(i);
        for f in forms {
            all.push(format!("{p}{f}"));
            origin.push(i);
        }
    }
    (all, origin)
}

/// A phrase set of target names and their possessives, each matched with
/// its spelling when it is a single capitalized word ([`single_capital`]),
/// and for each entry the index of the name it came from.
fn name_set(names: &[String]) -> Result<(PhraseSet, Vec<usize>), StanceError> {
    let (all, origin) = with_possessives(names);
    let exact: Vec<bool> = origin
        .iter()
        .map(|&i| names.get(i).is_some_and(|n| single_capital(n)))
        .collect();
    Ok((PhraseSet::new(&all, &exact)?, origin))
}

/// A single word starting with a capital (`Barclay`, `PM`, `DfE`, not
/// `ministers`): a surname or an acronym, matched with its spelling, so
/// `Hunt` is not `a hunt` and `PM` is not `7 pm`.
fn single_capital(p: &str) -> bool {
    !p.contains(char::is_whitespace) && p.chars().next().is_some_and(char::is_uppercase)
}

/// Whether the target name at `mention` holds the excluded name at `excluded`
/// and more (`local government minister` holds `local government`): the
/// longer, more particular name is the one meant.
fn holds(mention: Span, excluded: Span) -> bool {
    mention.contains(excluded) && mention != excluded
}

impl Target {
    /// Parses a target file: one name a line, `?NAME` for generic names,
    /// `@NAME` for the target's own places, `!NAME` for names that are never
    /// the target, `#` comments. The built-in elsewhere list is used.
    pub fn parse(text: &str) -> Result<Target, StanceError> {
        Target::parse_with(text, ELSEWHERE)
    }

    /// [`Target::parse`] with another elsewhere list (`KIND<TAB>PHRASE` lines).
    pub fn parse_with(text: &str, elsewhere: &str) -> Result<Target, StanceError> {
        let mut names = Vec::new();
        let mut generic = Vec::new();
        let mut party_names: Vec<Option<String>> = Vec::new();
        let mut excl = Vec::new();
        let mut own: Vec<String> = Vec::new();
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (kind, rest) = match line.split_at(1) {
                (k @ ("!" | "?" | "@"), rest) => (k, rest.trim()),
                _ => ("", line),
            };
            if rest.is_empty() {
                continue;
            }
            match kind {
                "!" => excl.push(rest.to_string()),
                "@" => own.push(rest.to_string()),
                _ => {
                    let mut fields = tab_fields(rest).map(str::trim);
                    let name = fields.next().unwrap_or(rest);
                    names.push(name.to_string());
                    generic.push(kind == "?");
                    party_names.push(
                        fields
                            .next()
                            .filter(|p| !p.is_empty())
                            .map(str::to_lowercase),
                    );
                }
            }
        }
        if names.is_empty() {
            return Err(StanceError::Data("target file names no target".to_string()));
        }
        let (include, name_of) = name_set(&names)?;
        let exclude = PhraseSet::new(&excl, &[])?;

        let mut parties: Vec<String> = Vec::new();
        let mut party_index = |name: &str| {
            let name = name.to_lowercase();
            match parties.iter().position(|p| *p == name) {
                Some(k) => k,
                None => {
                    parties.push(name);
                    parties.len() - 1
                }
            }
        };
        let mut places = Vec::new();
        let mut kinds = Vec::new();
        let mut place_parties = Vec::new();
        for (n, line) in data_lines(elsewhere) {
            let mut fields = tab_fields(line).map(str::trim);
            let kind = fields.next().and_then(Place::parse);
            let phrase = fields.next().filter(|p| !p.is_empty());
            let (Some(kind), Some(phrase)) = (kind, phrase) else {
                return Err(StanceError::Data(format!(
                    "elsewhere line {}: expected KIND<TAB>PHRASE",
                    n + 1
                )));
            };
            if !own.iter().any(|o| o.eq_ignore_ascii_case(phrase)) {
                places.push(phrase.to_string());
                kinds.push(kind);
                let party = (kind == Place::Party).then(|| fields.next().unwrap_or(phrase));
                place_parties.push(party.map(&mut party_index));
            }
        }
        let party_of: Vec<Option<usize>> = party_names
            .iter()
            .map(|p| p.as_deref().map(&mut party_index))
            .collect();
        let office_party = (0..parties.len())
            .map(|k| party_of.contains(&Some(k)))
            .collect();
        // The names with a party, by their index in `names`.
        let partisan_index: Vec<usize> = (0..names.len())
            .filter(|&i| party_of.get(i).is_some_and(Option::is_some))
            .collect();
        let partisan_names: Vec<String> =
            partisan_index.iter().map(|&i| names[i].clone()).collect();
        let (partisan, partisan_origin) = name_set(&partisan_names)?;
        let mut office_surnames = Vec::new();
        for name in &partisan_names {
            push_surname(&mut office_surnames, name);
        }

        let partisan_name = partisan_origin
            .iter()
            .map(|&i| partisan_index.get(i).copied().unwrap_or(0))
            .collect();
        for phrase in own {
            places.push(phrase);
            kinds.push(Place::Own);
            place_parties.push(None);
        }
        let (all, origin) = with_possessives(&places);
        let exact: Vec<bool> = origin
            .iter()
            .map(|&i| {
                places
                    .get(i)
                    .is_some_and(|p| p.chars().any(char::is_uppercase))
            })
            .collect();
        let elsewhere = PhraseSet::new(&all, &exact)?;
        let place_of: Vec<Place> = origin
            .iter()
            .map(|&i| kinds.get(i).copied().unwrap_or(Place::Place))
            .collect();
        let (objects, objects_exact): (Vec<&str>, Vec<bool>) = all
            .iter()
            .zip(&exact)
            .zip(&place_of)
            .filter(|&(_, place)| place.is_other_object())
            .map(|((phrase, &exact), _)| (phrase.as_str(), exact))
            .unzip();
        let other_objects = PhraseSet::new(&objects, &objects_exact)?;
        let place_party = origin
            .iter()
            .map(|&i| place_parties.get(i).copied().flatten())
            .collect();
        Ok(Target {
            names,
            generic,
            party_of,
            parties,
            office_party,
            office_surnames,
            partisan,
            partisan_name,
            include,
            name_of,
            exclude,
            elsewhere,
            place_of,
            other_objects,
            place_party,
        })
    }

    /// The target mention of `text` starting at byte `at`, if any, read from
    /// the words around it in its paragraph: enough for the longest name
    /// and the modifiers that may put it elsewhere.
    fn mention_starting_at(&self, text: &str, at: usize, tokens: &mut Tokens) -> Option<Span> {
        const BEFORE: usize = 80;
        const AFTER: usize = 120;
        let paragraph = paragraph_at(text, at);
        let bytes = text.as_bytes();
        // Start and end the window at spaces, so no word is cut.
        let from = at.saturating_sub(BEFORE).max(paragraph.start);
        let start = match bytes.get(from..at).and_then(|b| memchr::memchr(b' ', b)) {
            Some(i) if from > paragraph.start => from + i + 1,
            _ => from,
        };
        let to = (at + AFTER).min(paragraph.end);
        let end = match bytes
            .get(to..paragraph.end)
            .and_then(|b| memchr::memchr(b' ', b))
        {
            Some(i) => to + i,
            None => paragraph.end,
        };
        let window = Span::new(start, end.max(start));
        // Most words a name may start with start none there (`no`, `home`):
        // the words from `at` on tell, without the window's mentions. (A
        // token that starts at `at` in the window starts the same tokens
        // from there.) Those words reach no further than the longest name,
        // and end at a space, which no token spans: the same tokens as the
        // window's from `at` up to there.
        let reach = (at + self.include.longest()).min(window.end);
        let rest_end = match bytes
            .get(reach..window.end)
            .and_then(|b| memchr::memchr(b' ', b))
        {
            Some(i) => reach + i,
            None => window.end,
        };
        let rest = Span::new(at.min(window.end), rest_end.max(at).min(window.end));
        super::lexicon::tokenize_into(text, rest, tokens);
        if !self.include.matches_at_start(text, rest, tokens) {
            return None;
        }
        super::lexicon::tokenize_into(text, window, tokens);
        self.mentions(text, window, tokens)
            .iter()
            .map(|h| h.span)
            .find(|m| m.start == at)
    }

    /// Whether an elsewhere entry names a party that may govern in a
    /// document: one that has an office holder in the target file (see
    /// [`DocumentTarget::governing_party`]).
    pub fn may_govern(&self, entry: usize) -> bool {
        let party = self.place_party.get(entry).copied().flatten();
        party.is_some_and(|k| self.office_party.get(k).copied().unwrap_or(false))
    }

    /// The canonical name of the party an elsewhere entry names, if any.
    pub fn party(&self, entry: usize) -> Option<&str> {
        let k = self.place_party.get(entry).copied().flatten()?;
        self.parties.get(k).map(String::as_str)
    }

    // `read_document` and the reading of a document's parties: document.rs.

    /// The names the file lists as the target.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// What the elsewhere entry `entry` (of a hit of the elsewhere set) names.
    pub fn place(&self, entry: usize) -> Place {
        self.place_of.get(entry).copied().unwrap_or(Place::Place)
    }

    /// Whether `name` is, in any case, one of the file's own (not generic)
    /// names: `White House` in a US file, but not `Welsh Assembly Government`
    /// for `?government`.
    pub fn lists(&self, name: &str) -> bool {
        // (Most names hold no word a target name begins with.)
        self.include.may_match(name)
            && self
                .names
                .iter()
                .zip(&self.generic)
                .any(|(n, &generic)| !generic && n.eq_ignore_ascii_case(name))
    }

    /// Whether `words` are, as a whole, a place or a government or body
    /// other than the target's (`US`, `Irish`, `Scottish`, `Ireland's`):
    /// words that put a generic name after them elsewhere. Not one of the
    /// target's own places (`British`), nor a party or `former`.
    pub fn puts_elsewhere(&self, words: &str) -> bool {
        let words = words
            .get(..words.len() - crate::segment::possessive_suffix(words))
            .unwrap_or_default();
        let all = Span::new(0, words.len());
        let tokens = tokenize(words, all);
        self.elsewhere
            .find(words, all, &tokens)
            .iter()
            .any(|h| h.span == all && matches!(self.place(h.entry), Place::Place | Place::Body))
    }

    /// Whether a speaker or organization name denotes the target.
    pub fn is_target(&self, name: &str) -> bool {
        // Most names asked about hold no word a target name can begin with:
        // they are turned away without being tokenized.
        if !self.include.may_match(name) {
            return false;
        }
        let all = Span::new(0, name.len());
        let tokens = tokenize(name, all);
        let mut mentions = self.include.find(name, all, &tokens);
        if mentions.is_empty() {
            return false;
        }
        // (An excluded name rules the string out, unless a longer target
        // name holds it: `local government minister`.)
        let excluded = self.exclude.find(name, all, &tokens);
        if excluded
            .iter()
            .any(|x| !mentions.iter().any(|m| holds(m.span, x.span)))
        {
            return false;
        }
        let places = self.elsewhere.find(name, all, &tokens);
        self.keep_in_place(&tokens, &mut mentions, &places, &mut Vec::new());
        !mentions.is_empty()
    }

    /// Target mentions in `text[range]`, minus those inside an excluded name
    /// and those the words around put elsewhere.
    pub fn mentions(&self, text: &str, range: Span, tokens: &Tokens) -> Vec<Hit> {
        let mut mentions = self.include.find(text, range, tokens);
        let excluded = self.exclude.find(text, range, tokens);
        let places = self.elsewhere.find(text, range, tokens);
        Target::drop_excluded(&mut mentions, &excluded);
        self.keep_in_place(tokens, &mut mentions, &places, &mut Vec::new());
        mentions
    }

    /// The phrase sets of the target's names, of the names that are never
    /// the target and of the words that put names elsewhere, for finding them
    /// together with other sets.
    pub(super) fn phrase_sets(&self) -> [&PhraseSet; 3] {
        [&self.include, &self.exclude, &self.elsewhere]
    }

    /// The phrases of the elsewhere list that name another party,
    /// government or body ([`Place::is_other_object`]).
    pub(super) fn other_objects(&self) -> &PhraseSet {
        &self.other_objects
    }

    /// Removes from `mentions` (matches of the target's names) those that
    /// overlap one of `excluded` (matches of the names that are never the target).
    pub(super) fn drop_excluded(mentions: &mut Vec<Hit>, excluded: &[Hit]) {
        if !excluded.is_empty() {
            mentions.retain(|h| {
                !excluded
                    .iter()
                    .any(|x| x.span.overlaps(h.span) && !holds(h.span, x.span))
            });
        }
    }

    /// Moves from `mentions` to `moved` those that `places` (the matches of
    /// the elsewhere set in the same tokens) put elsewhere: a generic name
    /// after a place or body (`the US Treasury`, `Scottish ministers`) or
    /// before `of`/`in` one (`the prime minister of Japan`), any name after
    /// `former` or `shadow`.
    pub(super) fn keep_in_place(
        &self,
        tokens: &Tokens,
        mentions: &mut Vec<Hit>,
        places: &[Hit],
        moved: &mut Vec<Hit>,
    ) {
        if places.is_empty() {
            return;
        }
        // Decided on all the mentions first: one that is moved may still
        // stand between a modifier and another (`former prime minister Tony Blair`).
        let moves: Vec<bool> = mentions
            .iter()
            .map(|&m| self.put_elsewhere(tokens, m, mentions, places))
            .collect();
        let mut k = 0;
        mentions.retain(|&m| {
            let keep = !moves.get(k).copied().unwrap_or(false);
            k += 1;
            if !keep {
                moved.push(m);
            }
            keep
        });
    }

    /// Whether the mention `m` is of a generic name (`?minister`).
    fn is_generic(&self, m: Hit) -> bool {
        self.name_of
            .get(m.entry)
            .and_then(|&n| self.generic.get(n))
            .copied()
            .unwrap_or(false)
    }

    /// Moves from `mentions` to `moved` the generic names (`the government`,
    /// `ministers`) that no place of the target's own comes right before
    /// (`the UK government` stays): in a story about another government
    /// ([`DocumentTarget::about_elsewhere`]), that is the government they name.
    pub(super) fn move_generic(
        &self,
        mentions: &mut Vec<Hit>,
        places: &[Hit],
        moved: &mut Vec<Hit>,
    ) {
        mentions.retain(|&m| {
            let own = places.iter().any(|p| {
                self.place(p.entry) == Place::Own && p.last <= m.first && m.first <= p.last + 1
            });
            let keep = own || !self.is_generic(m);
            if !keep {
                moved.push(m);
            }
            keep
        });
    }

    /// Whether the opening of `document` (its first two paragraphs, a
    /// headline and the first, up to [`OPENING`] bytes) is about another
    /// government than the target: it names a generic name of the target
    /// only where a place puts it elsewhere (`The French government has
    /// raised the pension age`), and no name of the target.
    fn opening_elsewhere(&self, document: &str) -> bool {
        let opening = opening(document);
        let mut tokens = Tokens::default();
        super::lexicon::tokenize_into(document, opening, &mut tokens);
        let mut mentions = self.include.find(document, opening, &tokens);
        if mentions.is_empty() {
            return false;
        }
        let excluded = self.exclude.find(document, opening, &tokens);
        let places = self.elsewhere.find(document, opening, &tokens);
        Target::drop_excluded(&mut mentions, &excluded);
        let mut moved = Vec::new();
        self.keep_in_place(&tokens, &mut mentions, &places, &mut moved);
        // Put elsewhere by a place or body next to it (not by `former`).
        let by_place = |m: &Hit| {
            places.iter().any(|p| {
                matches!(self.place(p.entry), Place::Place | Place::Body)
                    && p.first <= m.last + 2
                    && m.first <= p.last + MODIFIER_REACH
            })
        };
        mentions.is_empty() && moved.iter().any(|m| self.is_generic(*m) && by_place(m))
    }

    /// Whether the words around the mention `m` (one of `mentions`) put it
    /// elsewhere.
    fn put_elsewhere(&self, tokens: &Tokens, m: Hit, mentions: &[Hit], places: &[Hit]) -> bool {
        let generic = self.is_generic(m);
        // Between a modifier and the name: words of one noun phrase
        // (`South Africa's finance minister`).
        let noun_phrase = |a: usize, b: usize| {
            (a..b).all(|j| {
                tokens.get(j).is_some_and(|t| t.is_word) && !ends_noun_phrase(tokens.norm(j))
            })
        };
        // `former prime minister Tony Blair`: what stands between a `former`
        // and a name it reaches is another target name.
        let named = |a: usize, b: usize| {
            (a..b).all(|j| mentions.iter().any(|n| n.first <= j && j < n.last))
        };
        let before = places.iter().any(|p| {
            let kind = self.place(p.entry);
            let near = p.last <= m.first
                && m.first - p.last <= MODIFIER_REACH
                && noun_phrase(p.last, m.first);
            near && (generic && kind.moves_generic() || kind.moves_any() && named(p.last, m.first))
        });
        // `the prime minister of Japan`, `ministers in the Scottish Executive`.
        let of_or_in = matches!(
            tokens.get(m.last).map(|_| tokens.norm(m.last)),
            Some("of" | "in")
        );
        let after = generic
            && of_or_in
            && places.iter().any(|p| {
                let skip = p.first.checked_sub(m.last + 1);
                matches!(self.place(p.entry), Place::Place | Place::Body)
                    && (skip == Some(0) || skip == Some(1) && tokens.norm(m.last + 1) == "the")
            });
        // `the Scottish Government`, `Welsh Assembly Government`: a generic
        // name inside another government's or body's is that body's (a name
        // the target file gives itself stays the target's).
        let inside_body = generic
            && places.iter().any(|p| {
                self.place(p.entry) == Place::Body && p.first <= m.first && m.last <= p.last
            });
        before || after || inside_body
    }
}
