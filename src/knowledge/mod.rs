//! Everything sayso knows about language and the world, loaded from data files.
//!
//! The files under `data/` are compiled in with `include_str!`; a user can
//! replace any of them with [`KnowledgeBuilder`]. Each file is one entry a line,
//! `#` starts a comment, and columns are tab-separated. Code elsewhere holds
//! rules and asks this module for words.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::borrow::Cow;

use crate::error::KnowledgeError;
use crate::orgs::{Gazetteer, OrgName};
use crate::stance::target::Target;

/// The gender a title or pronoun implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }

    /// True when a referent of gender `self` may be called by a pronoun of `other`.
    pub fn compatible(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// How a reporting cue behaves.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CueFlags {
    /// `described X as "Y"`: the quote is the fragment.
    pub naming: bool,
    /// `told reporters that …`: a listener comes before the clause.
    pub object: bool,
    /// `believes`: a belief, optional in the gold.
    pub belief: bool,
    /// `claiming that …`: shares the subject of the main clause.
    pub participle: bool,
    /// `pledged to …`, `urged councils to …`: reports with an infinitive.
    pub infinitive: bool,
    /// `maintained that …`, not `maintained her lead`: reports a clause
    /// of its own only after `that`.
    pub that: bool,
}

/// The kind of an organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    Union,
    Professional,
    Public,
    Government,
    Party,
    Employer,
    Media,
    Other,
}

impl OrgKind {
    fn parse(s: &str) -> OrgKind {
        match s {
            "union" => OrgKind::Union,
            "professional" => OrgKind::Professional,
            "public" => OrgKind::Public,
            "government" => OrgKind::Government,
            "party" => OrgKind::Party,
            "employer" => OrgKind::Employer,
            "media" => OrgKind::Media,
            _ => OrgKind::Other,
        }
    }
}

/// One gazetteer entry.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgEntry {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: OrgKind,
}

/// Compiled knowledge: word lists as hash sets, gazetteers as automata.
#[derive(Debug, Clone)]
pub struct Knowledge {
    pub(crate) cues: HashMap<String, CueFlags>,
    /// Multi-word cues (`according to`), matched on lowercase words.
    pub(crate) multiword_cues: Vec<(Vec<String>, CueFlags)>,
    /// The ASCII first words of `multiword_cues`: an ASCII word that is none
    /// of them starts no multi-word cue, and the list need not be read.
    pub(crate) multiword_cue_firsts: AsciiWords,
    /// The one-word cues and the first words of the multi-word cues: the words
    /// a cue may start with, for [`Knowledge::is_cue_start`].
    pub(crate) cue_starts: HashSet<String>,
    /// The ASCII ones among `cue_starts`, for a lookup without hashing.
    pub(crate) ascii_cue_starts: AsciiWords,
    pub(crate) titles: HashMap<String, Gender>,
    /// Titles that stand only before a person's name (`Mr`, `Dr`), never
    /// inside an organization's (as `Prince` may: `Royal Prince Alfred Hospital`).
    pub(crate) honorifics: HashSet<String>,
    pub(crate) abbreviations: HashSet<String>,
    /// Abbreviations only before a number (`No. 10`).
    pub(crate) number_abbreviations: HashSet<String>,
    /// The case-insensitive lists (function words, pronouns, roles) as one map
    /// from a word's lowercase bytes to what it is, which also marks the
    /// lowercase spellings of titles. A word is lowercased into a stack buffer
    /// first, with no allocation and no UTF-8 check (see [`with_lower`]), and
    /// looked up once whatever is asked of it.
    pub(crate) words: HashMap<Box<[u8]>, WordEntry>,
    /// The ASCII keys of `words`, and their entries in the order of
    /// [`AsciiWords::position`]: an ASCII word lowercases to ASCII, so only
    /// these can be it, and it is looked up among them with neither
    /// lowercasing nor hashing.
    pub(crate) ascii_words: AsciiWords,
    pub(crate) ascii_entries: Vec<WordEntry>,
    /// The ends of the keys of `words`, which rule out most words before
    /// any lowercasing or hashing (see [`WordEnds`]).
    pub(crate) word_ends: WordEnds,
    /// Whether every key of `words` is ASCII, as the built-in ones are.
    pub(crate) words_all_ascii: bool,
    /// The shapes of the roles and of the kind nouns among `words`: the
    /// rules that ask only whether a word is one of these rule out most words
    /// by them, before the lookup in `words` (see [`WordShapes`]).
    pub(crate) role_shapes: WordShapes,
    pub(crate) function_word_shapes: WordShapes,
    pub(crate) preposition_shapes: WordShapes,
    /// The finite and opening verbs.
    pub(crate) auxiliary_shapes: WordShapes,
    pub(crate) pronoun_shapes: WordShapes,
    pub(crate) org_noun_shapes: WordShapes,
    pub(crate) verb_modifiers: HashSet<String>,
    /// The ASCII ones among `verb_modifiers`, for a lookup without hashing.
    pub(crate) ascii_verb_modifiers: AsciiWords,
    pub(crate) orgs: Vec<OrgEntry>,
    /// Finds every gazetteer name, acronym and alias; the pattern index maps to `org_of_pattern`.
    pub(crate) org_matcher: Gazetteer,
    /// The organization each pattern names; `None` for a phrase that holds
    /// an organization's name but names none (`Labour relations`).
    pub(crate) org_of_pattern: Vec<Option<usize>>,
    pub(crate) org_heads: HashMap<String, OrgKind>,
    /// The head words that may open a name as well (`Department`, `Radio`).
    pub(crate) opening_org_heads: HashSet<String>,
    /// The people an organization's name describes, lowercase, with the
    /// organization (`information commissioner` for the Information
    /// Commissioner's Office, `chief police officers` for the Association of
    /// Chief Police Officers): a role made of them is a role there.
    pub(crate) holder_orgs: Vec<(String, OrgName)>,
    /// Places with a devolved government of their own (`Welsh`, `Wales`), as
    /// written, and that government.
    pub(crate) devolved: Vec<(String, OrgName)>,
    /// Offices only a devolved government has (`first minister`), lowercase.
    pub(crate) devolved_offices: Vec<String>,
    /// Places and nationality adjectives, as written (`South Africa`, `Welsh`).
    pub(crate) places: HashSet<String>,
    /// Given names, as written (`Rachel`), and the gender they suggest.
    pub(crate) first_names: HashMap<String, Gender>,
    /// Lowercase particles inside names (`de`, `van`, `bin`), as written.
    pub(crate) name_particles: HashSet<String>,
    /// Who counts as the government (the stance target).
    pub(crate) target: Target,
}

/// What the case-insensitive word lists say about one lowercase word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordEntry {
    function_word: bool,
    preposition: bool,
    finite_verb: bool,
    opening_verb: bool,
    role: bool,
    /// A role that is a public office (`minister`, `MP`).
    office: bool,
    /// A role that is a text (`report`, `statement`), not a person.
    document: bool,
    /// An office a devolved government has too (`minister`).
    devolved_office: bool,
    /// A noun naming a kind of organization (`firm`, `regulator`), and the kind.
    org_noun: Option<OrgKind>,
    /// A word that puts a role in the past (`former`).
    past_marker: bool,
    /// A word that makes a role the opposition's (`shadow`).
    opposition_marker: bool,
    pronoun: Option<(Gender, PronounNumber)>,
    /// A title is spelled like this in some case (`Mr` for `mr`): only then
    /// is the case-sensitive title list asked.
    title: bool,
}

/// Everything the word lists say about one word, from one lookup (see
/// [`Knowledge::word_facts`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordFacts {
    pub(crate) function_word: bool,
    pub(crate) role: bool,
    pub(crate) past_marker: bool,
    pub(crate) opposition_marker: bool,
    pub(crate) devolved_office: bool,
    /// A noun naming a kind of organization (`firm`, `union`).
    pub(crate) org_noun: bool,
    pub(crate) title: Option<Gender>,
}

/// What a pronoun may stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PronounNumber {
    Person,
    Group,
    Organization,
    /// The writer (`I`, `we`): nobody named in the text.
    Writer,
}

/// Lines of a data file that carry entries: comments and blank lines removed.
fn entries(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Reads the comma-separated flags in the second column of an entry of
/// `file`: `set` takes each flag and says whether it knows it.
fn read_flags(
    cols: &[&str],
    file: &'static str,
    mut set: impl FnMut(&str) -> bool,
) -> Result<(), KnowledgeError> {
    let flags = cols.get(1).copied().unwrap_or("");
    match flags.split(',').find(|f| !f.is_empty() && !set(f)) {
        Some(unknown) => Err(KnowledgeError::Format {
            file,
            message: format!("unknown flag {unknown:?}"),
        }),
        None => Ok(()),
    }
}

/// The built-in data files, by name.
pub mod builtin {
    pub const SPEECH_VERBS: &str = include_str!("../../data/speech_verbs.txt");
    pub const TITLES: &str = include_str!("../../data/titles.txt");
    pub const ABBREVIATIONS: &str = include_str!("../../data/abbreviations.txt");
    pub const FUNCTION_WORDS: &str = include_str!("../../data/function_words.txt");
    pub const PREPOSITIONS: &str = include_str!("../../data/prepositions.txt");
    pub const AUXILIARIES: &str = include_str!("../../data/auxiliaries.txt");
    pub const PRONOUNS: &str = include_str!("../../data/pronouns.txt");
    pub const ROLES: &str = include_str!("../../data/roles.txt");
    pub const ORGS: &str = include_str!("../../data/orgs.tsv");
    pub const ORG_PATTERNS: &str = include_str!("../../data/org_patterns.txt");
    pub const TARGET: &str = crate::stance::TARGET_UK;
    pub const VERB_MODIFIERS: &str = include_str!("../../data/verb_modifiers.txt");
    pub const ORG_NOUNS: &str = include_str!("../../data/org_nouns.txt");
    pub const PLACES: &str = include_str!("../../data/places.txt");
    pub const FIRST_NAMES: &str = include_str!("../../data/first_names.txt");
    pub const NAME_PARTICLES: &str = include_str!("../../data/name_particles.txt");
    pub const PAST_MARKERS: &str = include_str!("../../data/past_markers.txt");
    pub const OPPOSITION_MARKERS: &str = include_str!("../../data/opposition_markers.txt");
    pub const DEVOLVED: &str = include_str!("../../data/devolved.tsv");
}

/// Builds [`Knowledge`], replacing any built-in file with the user's text.
///
/// ```
/// use sayso::knowledge::KnowledgeBuilder;
/// let knowledge = KnowledgeBuilder::new()
///     .target("# the US administration\nWhite House\nadministration\n")
///     .build()
///     .unwrap();
/// assert!(knowledge.is_government("a White House spokesperson"));
/// assert!(!knowledge.is_government("a Whitehall source"));
/// ```
#[derive(Debug, Clone)]
pub struct KnowledgeBuilder {
    speech_verbs: String,
    titles: String,
    abbreviations: String,
    function_words: String,
    prepositions: String,
    auxiliaries: String,
    pronouns: String,
    roles: String,
    orgs: String,
    org_patterns: String,
    target: String,
    verb_modifiers: String,
    org_nouns: String,
    places: String,
    first_names: String,
    name_particles: String,
    past_markers: String,
    opposition_markers: String,
    devolved: String,
}

impl Default for KnowledgeBuilder {
    fn default() -> Self {
        KnowledgeBuilder::new()
    }
}

macro_rules! setter {
    ($($name:ident),*) => {$(
        #[doc = concat!("Replaces the built-in `", stringify!($name), "` file with `text`.")]
        pub fn $name(mut self, text: &str) -> Self {
            self.$name = text.to_string();
            self
        }
    )*};
}

impl KnowledgeBuilder {
    /// A builder holding the built-in files, each replaceable by its setter.
    pub fn new() -> KnowledgeBuilder {
        KnowledgeBuilder {
            speech_verbs: builtin::SPEECH_VERBS.into(),
            titles: builtin::TITLES.into(),
            abbreviations: builtin::ABBREVIATIONS.into(),
            function_words: builtin::FUNCTION_WORDS.into(),
            prepositions: builtin::PREPOSITIONS.into(),
            auxiliaries: builtin::AUXILIARIES.into(),
            pronouns: builtin::PRONOUNS.into(),
            roles: builtin::ROLES.into(),
            orgs: builtin::ORGS.into(),
            org_patterns: builtin::ORG_PATTERNS.into(),
            target: builtin::TARGET.into(),
            verb_modifiers: builtin::VERB_MODIFIERS.into(),
            org_nouns: builtin::ORG_NOUNS.into(),
            places: builtin::PLACES.into(),
            first_names: builtin::FIRST_NAMES.into(),
            name_particles: builtin::NAME_PARTICLES.into(),
            past_markers: builtin::PAST_MARKERS.into(),
            opposition_markers: builtin::OPPOSITION_MARKERS.into(),
            devolved: builtin::DEVOLVED.into(),
        }
    }

    setter!(
        speech_verbs,
        titles,
        abbreviations,
        function_words,
        prepositions,
        auxiliaries,
        pronouns,
        roles,
        orgs,
        org_patterns,
        target,
        verb_modifiers,
        org_nouns,
        places,
        first_names,
        name_particles,
        past_markers,
        opposition_markers,
        devolved
    );

    /// Reads every file into knowledge; an error names the file that cannot be read.
    pub fn build(&self) -> Result<Knowledge, KnowledgeError> {
        let mut cues = HashMap::default();
        let mut multiword_cues = Vec::new();
        for cols in entries(&self.speech_verbs) {
            let mut flags = CueFlags::default();
            read_flags(&cols, "speech_verbs", |flag| {
                match flag {
                    "naming" => flags.naming = true,
                    "object" => flags.object = true,
                    "belief" => flags.belief = true,
                    "participle" => flags.participle = true,
                    "infinitive" => flags.infinitive = true,
                    "that" => flags.that = true,
                    _ => return false,
                }
                true
            })?;
            let cue = cols[0].to_lowercase();
            if cue.contains(' ') {
                multiword_cues.push((cue.split(' ').map(str::to_string).collect(), flags));
            } else {
                cues.insert(cue, flags);
            }
        }
        let cue_starts: HashSet<String> = cues
            .keys()
            .cloned()
            .chain(
                multiword_cues
                    .iter()
                    .filter_map(|(words, _): &(Vec<String>, _)| words.first().cloned()),
            )
            .collect();
        let ascii_cue_starts = AsciiWords::new(cue_starts.iter().map(String::as_str));
        let multiword_cue_firsts = AsciiWords::new(
            multiword_cues
                .iter()
                .filter_map(|(words, _)| words.first().map(String::as_str)),
        );
        let mut titles = HashMap::default();
        let mut honorifics = HashSet::default();
        for c in entries(&self.titles) {
            let title = c[0].trim_end_matches('.').to_string();
            if c.get(2) == Some(&"honorific") {
                honorifics.insert(title.clone());
            }
            titles.insert(title, Gender::parse(c.get(1).copied().unwrap_or("-")));
        }
        let (number_only, plain): (Vec<_>, Vec<_>) =
            entries(&self.abbreviations).partition(|c| c.get(1) == Some(&"number"));
        let number_abbreviations = number_only.into_iter().map(|c| c[0].to_string()).collect();
        let mut abbreviations: HashSet<String> =
            plain.into_iter().map(|c| c[0].to_string()).collect();
        // Titles written short (`Mr.`, `Gen.`) do not end a sentence with their
        // stop; those written in full (`the Attorney General.`) do. Longer
        // short forms (`Prof.`) are listed with the abbreviations.
        let short_title = |t: &&String| t.chars().count() <= 3;
        abbreviations.extend(titles.keys().filter(short_title).cloned());
        let mut words: HashMap<Box<[u8]>, WordEntry> = HashMap::default();
        for c in entries(&self.function_words) {
            words.entry(lowercase_key(c[0])).or_default().function_word = true;
        }
        for c in entries(&self.prepositions) {
            words.entry(lowercase_key(c[0])).or_default().preposition = true;
        }
        for c in entries(&self.auxiliaries) {
            let entry = words.entry(lowercase_key(c[0])).or_default();
            read_flags(&c, "auxiliaries", |flag| {
                match flag {
                    "finite" => entry.finite_verb = true,
                    "opening" => entry.opening_verb = true,
                    _ => return false,
                }
                true
            })?;
        }
        for c in entries(&self.pronouns) {
            let number = match c.get(2).copied() {
                Some("group") => PronounNumber::Group,
                Some("org") => PronounNumber::Organization,
                Some("writer") => PronounNumber::Writer,
                _ => PronounNumber::Person,
            };
            let gender = Gender::parse(c.get(1).copied().unwrap_or("-"));
            words.entry(lowercase_key(c[0])).or_default().pronoun = Some((gender, number));
        }
        for c in entries(&self.roles) {
            let entry = words.entry(lowercase_key(c[0])).or_default();
            entry.role = true;
            read_flags(&c, "roles", |flag| {
                match flag {
                    "office" => entry.office = true,
                    "devolved" => entry.devolved_office = true,
                    "document" => entry.document = true,
                    _ => return false,
                }
                true
            })?;
        }
        for c in entries(&self.past_markers) {
            words.entry(lowercase_key(c[0])).or_default().past_marker = true;
        }
        for c in entries(&self.opposition_markers) {
            words
                .entry(lowercase_key(c[0]))
                .or_default()
                .opposition_marker = true;
        }
        for c in entries(&self.org_nouns) {
            let kind = OrgKind::parse(c.get(1).copied().unwrap_or("other"));
            words.entry(lowercase_key(c[0])).or_default().org_noun = Some(kind);
        }
        // Titles are case-sensitive: they are marked under the key a lookup of
        // their own spelling reads.
        for title in titles.keys() {
            with_lower(title, |key| {
                words.entry(key.into()).or_default().title = true
            });
        }
        let ascii_words =
            AsciiWords::new(words.keys().filter_map(|key| std::str::from_utf8(key).ok()));
        let ascii_entries = ascii_words
            .words
            .iter()
            .map(|key| words.get(key).copied().unwrap_or_default())
            .collect();
        let word_ends = WordEnds::new(words.keys().map(|key| &**key));
        let words_all_ascii = words.keys().all(|key| key.is_ascii());
        let shapes_of = |is: fn(&WordEntry) -> bool| {
            WordShapes::new(words.iter().filter(|(_, e)| is(e)).map(|(key, _)| &**key))
        };
        let role_shapes = shapes_of(|e| e.role);
        let function_word_shapes = shapes_of(|e| e.function_word);
        let preposition_shapes = shapes_of(|e| e.preposition);
        let auxiliary_shapes = shapes_of(|e| e.finite_verb || e.opening_verb);
        let pronoun_shapes = shapes_of(|e| e.pronoun.is_some());
        let org_noun_shapes = shapes_of(|e| e.org_noun.is_some());
        let verb_modifiers: HashSet<String> = entries(&self.verb_modifiers)
            .map(|c| c[0].to_lowercase())
            .collect();
        let ascii_verb_modifiers = AsciiWords::new(verb_modifiers.iter().map(String::as_str));
        let mut orgs = Vec::new();
        let mut patterns = Vec::new();
        let mut org_of_pattern = Vec::new();
        for c in entries(&self.orgs) {
            if c.len() < 3 {
                return Err(KnowledgeError::Format {
                    file: "orgs",
                    message: format!("expected 4 tab-separated columns, got {:?}", c.join("\\t")),
                });
            }
            if c[2] == "not" {
                patterns.push(c[0].to_string());
                org_of_pattern.push(None);
                continue;
            }
            let index = orgs.len();
            let acronym = Some(c[1]).filter(|a| *a != "-").map(str::to_string);
            let mut names = vec![c[0].to_string()];
            names.extend(acronym.iter().cloned());
            names.extend(
                c.get(3)
                    .copied()
                    .unwrap_or("-")
                    .split('|')
                    .filter(|a| *a != "-")
                    .map(str::to_string),
            );
            for name in names {
                patterns.push(name);
                org_of_pattern.push(Some(index));
            }
            orgs.push(OrgEntry {
                name: c[0].to_string(),
                acronym,
                kind: OrgKind::parse(c[2]),
            });
        }
        let holder_orgs = orgs
            .iter()
            .filter(|o| o.kind != OrgKind::Government)
            .filter_map(|o| {
                let holders = holders_named_in(&o.name)?;
                let org = OrgName {
                    name: o.name.clone(),
                    acronym: o.acronym.clone(),
                    kind: o.kind,
                };
                Some((holders.to_lowercase(), org))
            })
            .collect();
        let (mut devolved, mut devolved_offices) = (Vec::new(), Vec::new());
        for c in entries(&self.devolved) {
            let (Some(place), Some(government)) = (c.first(), c.get(1)) else {
                continue;
            };
            if *government == "*" {
                devolved_offices.push(place.to_lowercase());
                continue;
            }
            let Some(entry) = orgs.iter().find(|o| o.name == *government) else {
                return Err(KnowledgeError::Format {
                    file: "devolved",
                    message: format!("{government:?} is not an organization of the orgs file"),
                });
            };
            let org = OrgName {
                name: entry.name.clone(),
                acronym: entry.acronym.clone(),
                kind: entry.kind,
            };
            devolved.push((place.to_string(), org));
        }
        let org_matcher =
            Gazetteer::new(&patterns).map_err(|e| KnowledgeError::Automaton(e.to_string()))?;
        let org_heads = entries(&self.org_patterns)
            .map(|c| {
                (
                    c[0].to_string(),
                    OrgKind::parse(c.get(1).copied().unwrap_or("other")),
                )
            })
            .collect();
        let opening_org_heads = entries(&self.org_patterns)
            .filter(|c| c.get(2) == Some(&"opens"))
            .map(|c| c[0].to_string())
            .collect();
        let places = entries(&self.places).map(|c| c[0].to_string()).collect();
        let name_particles = entries(&self.name_particles)
            .map(|c| c[0].to_string())
            .collect();
        let first_names = entries(&self.first_names)
            .map(|c| {
                let gender = Gender::parse(c.get(1).copied().unwrap_or("-"));
                (c[0].to_string(), gender)
            })
            .collect();
        let target = Target::parse(&self.target).map_err(|e| KnowledgeError::Format {
            file: "target",
            message: e.to_string(),
        })?;
        Ok(Knowledge {
            cues,
            multiword_cues,
            multiword_cue_firsts,
            cue_starts,
            ascii_cue_starts,
            titles,
            honorifics,
            abbreviations,
            number_abbreviations,
            words,
            ascii_words,
            ascii_entries,
            word_ends,
            words_all_ascii,
            role_shapes,
            function_word_shapes,
            preposition_shapes,
            auxiliary_shapes,
            pronoun_shapes,
            org_noun_shapes,
            verb_modifiers,
            ascii_verb_modifiers,
            orgs,
            org_matcher,
            org_of_pattern,
            org_heads,
            opening_org_heads,
            holder_orgs,
            devolved,
            devolved_offices,
            places,
            first_names,
            name_particles,
            target,
        })
    }
}

/// The people an organization's name says it is made of or led by, in two
/// or more words: `X's Office`, `Office of the X`, `Association of X`.
fn holders_named_in(name: &str) -> Option<&str> {
    let holders = name
        .strip_suffix("'s Office")
        .or_else(|| name.strip_suffix("’s Office"))
        .or_else(|| name.strip_prefix("Office of the "))
        .or_else(|| name.strip_prefix("Association of "))?;
    holders.contains(' ').then_some(holders)
}

impl Knowledge {
    /// The built-in knowledge.
    pub fn builtin() -> Knowledge {
        // The built-in files are constants of this crate, checked by `builtin_files_parse`;
        // they are not input, so a failure here is a bug in the crate, not in the caller's data.
        KnowledgeBuilder::new()
            .build()
            .expect("the built-in data files are valid")
    }

    /// The cue flags of a one-word cue (lowercase), if it is one.
    pub fn cue(&self, word: &str) -> Option<CueFlags> {
        self.cues.get(word).copied()
    }

    /// True when `word`, in any case, is a one-word cue or the first word of a
    /// multi-word cue: where a reporting frame may start.
    pub fn is_cue_start(&self, word: &str) -> bool {
        if word.is_ascii() {
            self.ascii_cue_starts.contains(word.as_bytes())
        } else {
            self.cue_starts.contains(&*lower(word))
        }
    }

    /// False when `word`, in any case, is not the first word of a multi-word
    /// cue; told by one lookup for an ASCII word, true for any other.
    pub(crate) fn may_start_multiword_cue(&self, word: &str) -> bool {
        !word.is_ascii() || self.multiword_cue_firsts.contains(word.as_bytes())
    }

    /// [`Knowledge::is_cue_start`] for the bytes of a word, without making a
    /// `&str` of it: exact for an ASCII word, and for any word of a text that
    /// [`Knowledge::cue_starts_bytewise`] accepts.
    #[inline]
    pub(crate) fn is_cue_start_bytes(&self, word: &[u8]) -> bool {
        self.ascii_cue_starts.contains(word)
    }

    /// False when no word of `len` bytes, from byte `first` to byte `last`, is
    /// a cue start by [`Knowledge::is_cue_start_bytes`]: a test without the
    /// word's bytes that rules out most words.
    #[inline]
    pub(crate) fn may_start_cue(&self, first: u8, last: u8, len: usize) -> bool {
        self.ascii_cue_starts.may_hold(first, last, len)
    }

    /// True when [`Knowledge::is_cue_start_bytes`] is exact for every word of
    /// `text`, ASCII or not. A word beyond ASCII is a cue start only if its
    /// lowercase is one; that lowercase is beyond ASCII too, and so no cue start
    /// when they all are ASCII, unless the word holds a Kelvin sign: the one
    /// char beyond ASCII that lowercases into it (to `k`).
    pub(crate) fn cue_starts_bytewise(&self, text: &str) -> bool {
        const KELVIN_SIGN: &str = "\u{212A}";
        self.ascii_cue_starts.holds_all
            && memchr::memmem::find(text.as_bytes(), KELVIN_SIGN.as_bytes()).is_none()
    }

    /// The gender a title implies, if `word` (without its full stop) is a title.
    pub fn title(&self, word: &str) -> Option<Gender> {
        self.titles.get(word.trim_end_matches('.')).copied()
    }

    /// Whether `word` (without its full stop) is a title that stands only
    /// before a person's name (`Mr`, `Mrs`, `Dr`): inside a run of capitalized
    /// words it starts a person's name.
    pub fn is_honorific(&self, word: &str) -> bool {
        self.honorifics.contains(word.trim_end_matches('.'))
    }

    /// True when `word` followed by a full stop does not end a sentence; `before_number`
    /// says whether a number follows (`No. 10`).
    pub fn is_abbreviation(&self, word: &str, before_number: bool) -> bool {
        self.abbreviations.contains(word)
            || (before_number && self.number_abbreviations.contains(word))
    }

    #[inline]
    pub fn is_function_word(&self, word: &str) -> bool {
        self.function_word_shapes.may_hold(word) && self.entry(word).function_word
    }

    /// A preposition or joining word (`with`, `to`, `and`), in any case.
    #[inline]
    pub fn is_preposition(&self, word: &str) -> bool {
        self.preposition_shapes.may_hold(word) && self.entry(word).preposition
    }

    /// A finite verb that makes a short reported clause a clause (`would`), in any case.
    #[inline]
    pub fn is_finite_verb(&self, word: &str) -> bool {
        self.auxiliary_shapes.may_hold(word) && self.entry(word).finite_verb
    }

    /// A verb a reported clause does not open with (`is`, `has`), in any case.
    #[inline]
    pub fn is_opening_verb(&self, word: &str) -> bool {
        self.auxiliary_shapes.may_hold(word) && self.entry(word).opening_verb
    }

    #[inline]
    pub fn pronoun(&self, word: &str) -> Option<(Gender, PronounNumber)> {
        if !self.pronoun_shapes.may_hold(word) {
            return None;
        }
        self.entry(word).pronoun
    }

    /// Words allowed between a subject and its verb (`has`, `also`, `later`).
    pub fn is_verb_modifier(&self, word: &str) -> bool {
        self.verb_modifiers.contains(word)
    }

    /// [`Knowledge::is_verb_modifier`] for a word in any case.
    pub(crate) fn is_verb_modifier_in_any_case(&self, word: &str) -> bool {
        // An ASCII word lowercases to ASCII, so only the ASCII modifiers can be it.
        if word.is_ascii() {
            return self.ascii_verb_modifiers.contains(word.as_bytes());
        }
        // The lowered bytes of a `str` are UTF-8 again.
        with_lower(word, |w| {
            std::str::from_utf8(w).is_ok_and(|w| self.verb_modifiers.contains(w))
        })
    }

    /// False when the bytes of a word (`word`), in any case, are no role:
    /// the first test of [`Knowledge::is_role`], before the word is a `str`.
    #[inline]
    pub(crate) fn may_be_role(&self, word: &[u8]) -> bool {
        self.role_shapes.may_hold_bytes(word)
    }

    /// [`Knowledge::may_be_role`] for kind nouns ([`Knowledge::org_noun`]).
    #[inline]
    pub(crate) fn may_be_org_noun(&self, word: &[u8]) -> bool {
        self.org_noun_shapes.may_hold_bytes(word)
    }

    #[inline]
    pub fn is_role(&self, word: &str) -> bool {
        self.role_shapes.may_hold(word) && self.entry(word).role
    }

    /// True for a role that is a public office (`minister`, `MP`): its
    /// `of`/`for` names a place or portfolio, not an employer.
    #[inline]
    pub fn is_office(&self, word: &str) -> bool {
        // Every office is a role.
        self.role_shapes.may_hold(word) && self.entry(word).office
    }

    /// True for a word that puts a role in the past (`former`, `ex-chief`).
    pub fn is_past_marker(&self, word: &str) -> bool {
        let head = word.split_once('-').map_or(word, |(head, _)| head);
        self.entry(word).past_marker || (head.len() < word.len() && self.entry(head).past_marker)
    }

    /// True for a role noun that names a text (`report`, `statement`), not a person.
    #[inline]
    pub fn is_document(&self, word: &str) -> bool {
        // Every document is a role.
        self.role_shapes.may_hold(word) && self.entry(word).document
    }

    /// The organization whose name describes the holder of the role
    /// `lowercase_role` (`assistant information commissioner`: the
    /// Information Commissioner's Office).
    pub(crate) fn org_of_holders(&self, lowercase_role: &str) -> Option<&OrgName> {
        self.holder_orgs.iter().find_map(|(holders, org)| {
            // Most roles are shorter than the holders; the others are
            // searched without setting up a searcher for a long needle
            // (`memmem::find` reads a short text by rolling hash).
            if holders.len() > lowercase_role.len() {
                return None;
            }
            let at = memchr::memmem::find(lowercase_role.as_bytes(), holders.as_bytes())?;
            let end = at + holders.len();
            let boundary = |b: Option<&u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric());
            let bytes = lowercase_role.as_bytes();
            (boundary(at.checked_sub(1).and_then(|i| bytes.get(i))) && boundary(bytes.get(end)))
                .then_some(org)
        })
    }

    /// The devolved government of the place `text` names first (`Welsh`,
    /// `Wales`), matched on word boundaries as written.
    pub(crate) fn devolved_government(&self, text: &str) -> Option<&OrgName> {
        self.devolved
            .iter()
            .filter_map(|(place, org)| {
                let at = text.match_indices(place.as_str()).find(|&(at, _)| {
                    let before = text[..at].chars().next_back();
                    let after = text[at + place.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })?;
                Some((at.0, org))
            })
            .min_by_key(|&(at, _)| at)
            .map(|(_, org)| org)
    }

    /// Whether `lowercase_role` names an office only a devolved government
    /// has (`first minister`).
    pub(crate) fn is_devolved_office(&self, lowercase_role: &str) -> bool {
        self.devolved_offices
            .iter()
            .any(|office| lowercase_role.contains(office.as_str()))
    }

    /// The organization kind a common noun names (`firm`, `regulator`), in any case.
    #[inline]
    pub fn org_noun(&self, word: &str) -> Option<OrgKind> {
        if !self.org_noun_shapes.may_hold(word) {
            return None;
        }
        self.entry(word).org_noun
    }

    /// True when `name` is a place or a nationality (`France`, `South African`).
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// True for a lowercase particle inside a personal name (`de` in `Pierre de Vos`).
    pub fn is_name_particle(&self, word: &str) -> bool {
        // Every particle is short and lowercase: most words are told by their first byte.
        word.len() <= 4
            && word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && self.name_particles.contains(word)
    }

    /// The gender a given name suggests, if `word` is a common given name.
    pub fn first_name(&self, word: &str) -> Option<Gender> {
        self.first_names.get(word).copied()
    }

    /// What the case-insensitive lists say about `word`.
    #[inline]
    fn entry(&self, word: &str) -> WordEntry {
        if is_ascii_word(word.as_bytes()) {
            return self
                .ascii_words
                .position(word.as_bytes())
                .and_then(|at| self.ascii_entries.get(at))
                .copied()
                .unwrap_or_default();
        }
        if !self.word_ends.may_hold(word.as_bytes()) {
            return WordEntry::default();
        }
        // Beyond ASCII (`Trump’s`), a word lowercases beyond ASCII, but for
        // the Kelvin sign (to `k`): when every key is ASCII, it is none of
        // them, and is not lowercased to find out.
        if self.words_all_ascii && !word.contains('\u{212A}') {
            return WordEntry::default();
        }
        with_lower(word, |w| self.words.get(w).copied()).unwrap_or_default()
    }

    /// Whether `word` is a function word and a role, and the title it is, with
    /// one lookup: readers of name runs ask all of it of every word in them.
    #[inline]
    pub(crate) fn word_facts(&self, word: &str) -> WordFacts {
        let entry = self.entry(word);
        // `title` reads a word without its full stops, which the marks do not.
        let title = if entry.title || word.ends_with('.') {
            self.title(word)
        } else {
            None
        };
        WordFacts {
            function_word: entry.function_word,
            role: entry.role,
            past_marker: entry.past_marker,
            opposition_marker: entry.opposition_marker,
            devolved_office: entry.devolved_office,
            org_noun: entry.org_noun.is_some(),
            title,
        }
    }

    /// True when `text` names a speaker for the government, the stance target
    /// (`a government source`, `health secretary`, a named office holder).
    pub fn is_government(&self, text: &str) -> bool {
        self.target.is_target(text)
    }

    pub fn org(&self, index: usize) -> Option<&OrgEntry> {
        self.orgs.get(index)
    }

    /// True for a common noun that names an organization (`union`, `council`).
    pub fn is_org_noun(&self, word: &str) -> bool {
        let mut chars = word.chars();
        let capitalized: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        self.org_heads.contains_key(&capitalized) || self.org_noun(word).is_some()
    }

    /// The organization kind a head word implies (`Union`, `Council`, …).
    pub fn org_head(&self, word: &str) -> Option<OrgKind> {
        self.org_heads.get(word).copied()
    }

    /// Whether the head word `word` names an organization when it opens a
    /// phrase too (`Radio Wales`).
    pub fn opens_org_name(&self, word: &str) -> bool {
        self.opening_org_heads.contains(word)
    }
}

/// A set of lowercase ASCII words that an ASCII word, in any case, is looked
/// up in without hashing. A word's slot is its first letter, last letter and
/// length (lengths from 15 share one slot). One table says, for each last
/// letter and length, which first letters have a word: most words of a text
/// are ruled out by that one lookup and one branch. Of the rest, most are
/// ruled out by their second letter, which the slot keeps as bits, and the
/// others compared with the words of their slot, seldom more than one or two.
#[derive(Debug, Clone)]
pub(crate) struct AsciiWords {
    /// The class of each byte: 0 to 25 for the letters in either case, 26 for the rest.
    class: [u8; 256],
    /// For each last class and length slot, the classes of the first bytes
    /// of the words there, as bits: `(last class * LENGTH_SLOTS + length slot)`.
    firsts: Vec<u32>,
    /// For each slot, its words and the classes of their second bytes.
    slots: Vec<Slot>,
    /// The words, lowercase, in the order of their slots.
    words: Vec<Box<[u8]>>,
    /// True when all the words it was made from were ASCII.
    holds_all: bool,
}

/// The words of one first letter, last letter and length in [`AsciiWords`]:
/// their range in its `words`, and the classes of their second bytes as bits
/// (26 for none), which rule out most of the words that pass its `firsts`
/// before any is compared.
#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    start: u32,
    end: u32,
    seconds: u32,
}

/// Length slots of [`AsciiWords`]: 0 to 14 bytes, and 15 or more.
const LENGTH_SLOTS: usize = 16;
/// Byte classes of [`AsciiWords`]: 26 letters and the rest.
const CLASSES: usize = 27;

impl AsciiWords {
    /// The set of the ASCII words among `words` (lowercase).
    fn new<'a>(words: impl Iterator<Item = &'a str>) -> AsciiWords {
        let mut class = [26; 256];
        for (offset, letter) in (0..).zip(b'a'..=b'z') {
            class[usize::from(letter)] = offset;
            class[usize::from(letter.to_ascii_uppercase())] = offset;
        }
        let mut set = AsciiWords {
            class,
            firsts: vec![0; CLASSES * LENGTH_SLOTS],
            slots: vec![Slot::default(); CLASSES * CLASSES * LENGTH_SLOTS],
            words: Vec::new(),
            holds_all: true,
        };
        let mut keyed: Vec<(usize, Box<[u8]>)> = Vec::new();
        for word in words.map(str::as_bytes) {
            if !word.is_ascii() {
                set.holds_all = false;
                continue;
            }
            let Some((first, last)) = set.classes(word) else {
                continue;
            };
            if let Some(firsts) = set.firsts.get_mut(last * LENGTH_SLOTS + length_slot(word)) {
                *firsts |= 1 << first;
            }
            keyed.push((
                set.slot(first, last, word),
                word.to_ascii_lowercase().into(),
            ));
        }
        keyed.sort_unstable();
        for (k, (slot, word)) in keyed.into_iter().enumerate() {
            // (No list comes near 2^32 words: they would not fit in memory.)
            let k = u32::try_from(k).unwrap_or(u32::MAX);
            let second = set.second_class(&word);
            if let Some(slot) = set.slots.get_mut(slot) {
                // Words of one slot are consecutive: extend its range.
                if slot.start == slot.end {
                    slot.start = k;
                }
                slot.end = k.saturating_add(1);
                slot.seconds |= 1 << second;
            }
            set.words.push(word);
        }
        set
    }

    /// The classes of the first and last bytes of `word`.
    #[inline]
    fn classes(&self, word: &[u8]) -> Option<(usize, usize)> {
        let first = usize::from(self.class[usize::from(*word.first()?)]);
        let last = usize::from(self.class[usize::from(*word.last()?)]);
        Some((first, last))
    }

    /// The class of the second byte of `word`, 26 when it has none.
    #[inline]
    fn second_class(&self, word: &[u8]) -> usize {
        word.get(1)
            .map_or(26, |&b| usize::from(self.class[usize::from(b)]))
    }

    fn slot(&self, first: usize, last: usize, word: &[u8]) -> usize {
        (first * CLASSES + last) * LENGTH_SLOTS + length_slot(word)
    }

    /// False when no word of `len` bytes starting with byte `first` and
    /// ending with byte `last` is in the set, in any case: the first test of
    /// [`AsciiWords::contains`], which rules out most words.
    #[inline]
    fn may_hold(&self, first: u8, last: u8, len: usize) -> bool {
        let first = usize::from(self.class[usize::from(first)]);
        let last = usize::from(self.class[usize::from(last)]);
        let firsts = self
            .firsts
            .get(last * LENGTH_SLOTS + len.min(LENGTH_SLOTS - 1))
            .copied()
            .unwrap_or(0);
        (firsts >> first) & 1 != 0
    }

    /// True when the lowercase of `word`, an ASCII word, is in the set.
    #[inline]
    fn contains(&self, word: &[u8]) -> bool {
        self.slot_of(word)
            .is_some_and(|(_, candidates)| candidates.iter().any(|w| equal_in_lowercase(w, word)))
    }

    /// Where the lowercase of `word`, an ASCII word, is among the set's
    /// `words`, if it is one of them.
    #[inline]
    fn position(&self, word: &[u8]) -> Option<usize> {
        let (start, candidates) = self.slot_of(word)?;
        let at = candidates
            .iter()
            .position(|w| equal_in_lowercase(w, word))?;
        Some(start + at)
    }

    /// The words of the slot of `word` (an ASCII word), with where they start
    /// in `words`; `None` when the tables rule the word out.
    #[inline]
    fn slot_of(&self, word: &[u8]) -> Option<(usize, &[Box<[u8]>])> {
        let (&first_byte, &last_byte) = word.first().zip(word.last())?;
        if !self.may_hold(first_byte, last_byte, word.len()) {
            return None;
        }
        let (first, last) = self.classes(word)?;
        let slot = self
            .slots
            .get(self.slot(first, last, word))
            .copied()
            .unwrap_or_default();
        // Most words that pass `firsts` differ from the slot's words in their second byte.
        if (slot.seconds >> self.second_class(word)) & 1 == 0 {
            return None;
        }
        let start = slot.start as usize;
        Some((start, self.words.get(start..slot.end as usize)?))
    }
}

/// Whether `word` (ASCII) lowercased is `lowercase`.
#[inline]
fn equal_in_lowercase(lowercase: &[u8], word: &[u8]) -> bool {
    lowercase.len() == word.len()
        && lowercase
            .iter()
            .zip(word)
            .all(|(a, b)| *a == b.to_ascii_lowercase())
}

/// The length slot of a word in [`AsciiWords`].
#[inline]
fn length_slot(word: &[u8]) -> usize {
    word.len().min(LENGTH_SLOTS - 1)
}

/// The shapes of a set of lowercase words: for each last letter and length
/// (lengths from 15 sharing one), the first letters of the words of that
/// shape, as bits. An ASCII word, in any case, whose shape none of them has
/// is none of them: one table lookup and no lowercasing or hashing rule out
/// most words of a text. (A word beyond ASCII may change length in lowercase
/// and is never ruled out.) Small: 1.7 KB stays in the cache.
#[derive(Debug, Clone)]
pub(crate) struct WordShapes {
    /// `firsts[last class * LENGTH_SLOTS + length slot]`: the classes of the
    /// first bytes, as bits; the classes are those of [`letter_class`].
    firsts: Vec<u32>,
}

impl WordShapes {
    fn new<'a>(words: impl Iterator<Item = &'a [u8]>) -> WordShapes {
        let mut firsts = vec![0u32; CLASSES * LENGTH_SLOTS];
        for word in words.filter(|w| w.is_ascii()) {
            let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
                continue;
            };
            let slot = usize::from(letter_class(last)) * LENGTH_SLOTS + length_slot(word);
            if let Some(bits) = firsts.get_mut(slot) {
                *bits |= 1 << letter_class(first);
            }
        }
        WordShapes { firsts }
    }

    /// False when `word`, in any case, is none of the words.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        self.may_hold_bytes(word.as_bytes())
    }

    /// [`WordShapes::may_hold`] of the bytes of a word.
    #[inline]
    fn may_hold_bytes(&self, bytes: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
            return false;
        };
        if !bytes.is_ascii() {
            return true;
        }
        let slot = usize::from(letter_class(last)) * LENGTH_SLOTS + length_slot(bytes);
        self.firsts
            .get(slot)
            .is_some_and(|bits| (bits >> letter_class(first)) & 1 != 0)
    }
}

/// The class of a byte in [`WordShapes`]: 0 to 25 for the letters in either
/// case, 26 for the rest.
#[inline]
fn letter_class(b: u8) -> u8 {
    LETTER_CLASSES[usize::from(b)]
}

/// The classes of [`letter_class`], as a table.
const LETTER_CLASSES: [u8; 256] = {
    let mut table = [26; 256];
    let mut letter = 0;
    while letter < 26 {
        table[(b'a' + letter) as usize] = letter;
        table[(b'A' + letter) as usize] = letter;
        letter += 1;
    }
    table
};

/// The first and last bytes of a set of lowercase words, as pairs: a word
/// whose first and last bytes are ASCII holds, in any case, none of the words
/// unless the pair of its ends in lowercase is among them.
///
/// The test is exact in that direction because a char is lowercased on its
/// own: an ASCII char lowercases to an ASCII char, so the lowercase of such a
/// word starts and ends with its ends lowercased. (A word beyond ASCII at
/// either end may lowercase into anything, and is never ruled out.)
#[derive(Debug, Clone)]
pub(crate) struct WordEnds {
    /// For each first byte (ASCII), the set of last bytes (ASCII) as bits.
    last_by_first: [u128; 128],
}

impl WordEnds {
    fn new<'a>(words: impl Iterator<Item = &'a [u8]>) -> WordEnds {
        let mut last_by_first = [0; 128];
        for word in words {
            // A word beyond ASCII at either end is never ruled out: its pair
            // is not needed.
            let Some((&first, &last)) = word.first().zip(word.last()) else {
                continue;
            };
            if let (true, Some(lasts)) = (
                last.is_ascii(),
                last_by_first.get_mut(usize::from(first.to_ascii_lowercase())),
            ) {
                *lasts |= 1 << last.to_ascii_lowercase();
            }
        }
        WordEnds { last_by_first }
    }

    /// False when `word`, in any case, is none of the words.
    #[inline]
    fn may_hold(&self, word: &[u8]) -> bool {
        let (Some(&first), Some(&last)) = (word.first(), word.last()) else {
            return false;
        };
        if !first.is_ascii() || !last.is_ascii() {
            return true;
        }
        self.last_by_first
            .get(usize::from(first.to_ascii_lowercase()))
            .is_some_and(|lasts| (lasts >> last.to_ascii_lowercase()) & 1 != 0)
    }
}

/// Whether `bytes` are all ASCII, as `<[u8]>::is_ascii` tells, for a word:
/// up to sixteen bytes are read as two overlapping numbers (the word lookups
/// ask this of nearly every word they are given, most of them short).
#[inline]
fn is_ascii_word(bytes: &[u8]) -> bool {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    match (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        (Some(head), Some(tail)) if bytes.len() <= 16 => {
            (u64::from_le_bytes(*head) | u64::from_le_bytes(*tail)) & HIGH == 0
        }
        (Some(_), Some(_)) => bytes.is_ascii(),
        _ => match (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
            (Some(head), Some(tail)) => {
                (u32::from_le_bytes(*head) | u32::from_le_bytes(*tail)) & 0x8080_8080 == 0
            }
            _ => bytes.iter().all(u8::is_ascii),
        },
    }
}

/// `word` in lowercase, borrowed when it has no uppercase letter (the common case).
pub(crate) fn lower(word: &str) -> Cow<'_, str> {
    let has_upper = if word.is_ascii() {
        word.bytes().any(|b| b.is_ascii_uppercase())
    } else {
        word.chars().any(char::is_uppercase)
    };
    if has_upper {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// The key of a case-insensitive word list: the word's lowercase bytes.
fn lowercase_key(word: &str) -> Box<[u8]> {
    word.to_lowercase().into_bytes().into_boxed_slice()
}

/// Calls `f` with the bytes of `word` in lowercase, without allocating for
/// short ASCII words: the word-list lookups run once per token. The lists are
/// keyed by bytes so that the lowered copy needs no UTF-8 check.
fn with_lower<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
    const MAX: usize = 32;
    let bytes = word.as_bytes();
    let mut buf = [0u8; MAX];
    if let Some(copy) = buf.get_mut(..bytes.len()) {
        copy.copy_from_slice(bytes);
        // The whole buffer is lowercased and checked, not just the word: a
        // loop of fixed length that compiles to a few vector instructions,
        // with no branch per byte. (The zeros after the word are ASCII.)
        let mut bits = 0;
        for b in &mut buf {
            bits |= *b;
            b.make_ascii_lowercase();
        }
        if bits.is_ascii() {
            return f(buf.get(..bytes.len()).unwrap_or_default());
        }
    }
    f(lower(word).as_bytes())
}

/// True when `text[start..end]` is not glued to letters on either side.
pub(crate) fn on_word_bounds(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holders_named_in_names() {
        let cases = [
            (
                "Information Commissioner's Office",
                Some("Information Commissioner"),
            ),
            ("Office of the Rail Regulator", Some("Rail Regulator")),
            (
                "Association of Chief Police Officers",
                Some("Chief Police Officers"),
            ),
            ("Home Office", None),
            ("Association of Directors", None),
            ("Institute of Directors", None),
        ];
        for (name, holders) in cases {
            assert_eq!(holders_named_in(name), holders, "{name}");
        }
    }

    #[test]
    fn unknown_flags_are_errors() {
        let speech = KnowledgeBuilder::new()
            .speech_verbs("said\tnaming,loud\n")
            .build();
        let aux = KnowledgeBuilder::new()
            .auxiliaries("is\tfinite,,opening\nwas\tpast\n")
            .build();
        let message = |r: Result<Knowledge, KnowledgeError>| r.err().map(|e| e.to_string());
        assert!(
            message(speech).is_some_and(|m| m.contains("speech_verbs") && m.contains("\"loud\""))
        );
        assert!(message(aux).is_some_and(|m| m.contains("auxiliaries") && m.contains("\"past\"")));
    }

    #[test]
    fn builtin_files_parse() {
        let k = KnowledgeBuilder::new()
            .build()
            .expect("built-in knowledge must parse");
        assert!(k.cue("said").is_some());
        assert!(k.cue("described").is_some_and(|f| f.naming));
        assert_eq!(k.title("Mrs"), Some(Gender::Female));
        assert!(k.is_abbreviation("St", false));
        assert!(k.is_preposition("Alongside") && !k.is_preposition("said"));
        assert!(k.is_finite_verb("Might") && !k.is_opening_verb("might"));
        assert!(k.is_opening_verb("IS") && !k.is_finite_verb("said"));
        assert!(k.is_abbreviation("No", true) && !k.is_abbreviation("No", false));
        assert!(k.is_government("A Department of Health and Social Care spokesperson"));
        assert!(!k.is_government("GMB national secretary"));
    }

    /// The cue-start lookups without hashing give what a lookup of the
    /// lowercase word in `cue_starts` gives.
    fn check_cue_start(k: &Knowledge, word: &str) {
        let expected = k.cue_starts.contains(&*lower(word));
        assert_eq!(k.is_cue_start(word), expected, "is_cue_start({word:?})");
        if word.is_ascii() || k.cue_starts_bytewise(word) {
            let bytes = word.as_bytes();
            assert_eq!(k.is_cue_start_bytes(bytes), expected, "bytes of {word:?}");
            if let (Some(&first), Some(&last), true) = (bytes.first(), bytes.last(), expected) {
                assert!(
                    k.may_start_cue(first, last, bytes.len()),
                    "ends of {word:?}"
                );
            }
        }
    }

    #[test]
    fn cue_start_lookups_agree_with_lowercasing() {
        let k = Knowledge::builtin();
        let mut words: Vec<String> = Vec::new();
        for w in &k.cue_starts {
            let mut chars = w.chars();
            let capitalized: String = chars
                .next()
                .map(|c| c.to_uppercase().chain(chars).collect())
                .unwrap_or_default();
            words.extend([
                w.clone(),
                w.to_uppercase(),
                capitalized,
                format!("{w}s"),
                w.chars().skip(1).collect(),
                w.replace('k', "\u{212A}"),
                format!("{w}’"),
            ]);
        }
        words.extend(
            [
                "",
                "a",
                "and",
                "add",
                "The",
                "SAID",
                "sAiD",
                "\u{212A}",
                "İ",
                "said’",
                "“said",
                "déclaré",
                "ßaid",
                "—",
                "”",
            ]
            .map(String::from),
        );
        for word in &words {
            check_cue_start(&k, word);
        }
        // A Kelvin sign lowercases to `k`: `asKed` with one is `asked`, which the
        // bytes alone would miss, so a text holding one is not tested bytewise.
        assert!(k.is_cue_start("as\u{212A}ed"));
        assert!(!k.cue_starts_bytewise("He as\u{212A}ed for it."));
        assert!(k.cue_starts_bytewise("He asked for it."));
        // Cue starts beyond ASCII (a user's list) are found, never bytewise.
        let custom = KnowledgeBuilder::new()
            .speech_verbs("déclaré\nsaid\n")
            .build()
            .expect("a valid speech verb list");
        assert!(custom.is_cue_start("Déclaré") && custom.is_cue_start("SAID"));
        assert!(!custom.cue_starts_bytewise("Il a déclaré."));
    }

    proptest::proptest! {
        #[test]
        fn cue_start_lookups_agree_on_any_word(
            word in "[sSaAiIdDkKtTeEoO\u{212A}\u{130}éÉ’ -]{0,9}"
        ) {
            check_cue_start(&Knowledge::builtin(), &word);
        }
    }

    /// The word-list lookup, with its filter on the ends of a word, gives
    /// what a lookup of the lowercase word gives.
    fn check_entry(k: &Knowledge, word: &str) {
        let expected = k.words.get(lower(word).as_bytes()).copied();
        let got = k.entry(word);
        assert_eq!(got, expected.unwrap_or_default(), "entry({word:?})");
    }

    #[test]
    fn entry_lookups_agree_with_lowercasing() {
        let k = Knowledge::builtin();
        for key in k.words.keys() {
            let Ok(w) = std::str::from_utf8(key) else {
                continue;
            };
            for word in [
                w.to_string(),
                w.to_uppercase(),
                w.replace('k', "\u{212A}"),
                format!("{w}s"),
                format!("\u{130}{w}"),
            ] {
                check_entry(&k, &word);
            }
        }
        for word in ["", "The", "THE", "Mr", "MR.", "\u{212A}", "İt", "théy", "a"] {
            check_entry(&k, word);
        }
    }

    proptest::proptest! {
        #[test]
        fn entry_lookups_agree_on_any_word(word in "[tThHeEyYiImMrRsS\u{212A}\u{130}éÉ’.]{0,6}") {
            check_entry(&Knowledge::builtin(), &word);
        }
    }

    proptest::proptest! {
        #[test]
        fn ascii_word_test_agrees_with_is_ascii(word in "[aZ.é’]{0,20}") {
            proptest::prop_assert_eq!(is_ascii_word(word.as_bytes()), word.is_ascii());
        }
    }

    #[test]
    fn verb_modifier_lookups_agree_with_lowercasing() {
        let k = Knowledge::builtin();
        let mut words: Vec<String> = ["", "ALSO", "Later", "\u{212A}", "İs", "also’"]
            .map(String::from)
            .to_vec();
        for w in &k.verb_modifiers {
            words.extend([
                w.to_uppercase(),
                w.replace('k', "\u{212A}"),
                format!("{w}s"),
            ]);
        }
        for word in &words {
            let expected = k.verb_modifiers.contains(&*lower(word));
            assert_eq!(k.is_verb_modifier_in_any_case(word), expected, "{word:?}");
        }
    }
}
