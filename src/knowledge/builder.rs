//! Reading the data files into [`Knowledge`]: the built-in files
//! ([`builtin`]), the [`KnowledgeBuilder`] that replaces any of them with a
//! user's text, and the parsing of each, whose errors name the file.
//!
//! Every table of [`Knowledge`] is filled here, once; the lookups that read
//! them are in the sibling modules.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::words::with_lower;
use super::{
    AsciiWords, CueFlags, CueStartFacts, Gender, Knowledge, OrgEntry, OrgKind, PronounNumber,
    WordEnds, WordEntry, WordShapes,
};
use crate::error::KnowledgeError;
use crate::orgs::{Gazetteer, OrgName};
use crate::stance::target::Target;

/// Lines of a data file that carry entries: comments and blank lines removed.
fn entries(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// The words of `text`'s entries whose third column is `flag`
/// (data/org_patterns.txt: the flag `opens` of `Department`).
fn flagged<C: FromIterator<String>>(text: &str, flag: &str) -> C {
    entries(text)
        .filter(|c| c.get(2) == Some(&flag))
        .map(|c| c[0].to_string())
        .collect()
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
    pub const SURNAME_PREFIXES: &str = include_str!("../../data/surname_prefixes.txt");
    pub const MAKER_VERBS: &str = include_str!("../../data/maker_verbs.txt");
    pub const PAST_MARKERS: &str = include_str!("../../data/past_markers.txt");
    pub const TIME_WORDS: &str = include_str!("../../data/time_words.txt");
    pub const PARTY_LABELS: &str = include_str!("../../data/party_labels.tsv");
    pub const OPPOSITION_MARKERS: &str = include_str!("../../data/opposition_markers.txt");
    pub const OPPOSITION_PARTY: &str = include_str!("../../data/opposition_party.txt");
    pub const DEVOLVED: &str = include_str!("../../data/devolved.tsv");
    pub const FOREIGN_GOVERNMENTS: &str = include_str!("../../data/foreign_governments.tsv");
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
    surname_prefixes: String,
    maker_verbs: String,
    past_markers: String,
    time_words: String,
    party_labels: String,
    opposition_markers: String,
    opposition_party: String,
    devolved: String,
    foreign_governments: String,
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
            surname_prefixes: builtin::SURNAME_PREFIXES.into(),
            maker_verbs: builtin::MAKER_VERBS.into(),
            past_markers: builtin::PAST_MARKERS.into(),
            time_words: builtin::TIME_WORDS.into(),
            party_labels: builtin::PARTY_LABELS.into(),
            opposition_markers: builtin::OPPOSITION_MARKERS.into(),
            opposition_party: builtin::OPPOSITION_PARTY.into(),
            devolved: builtin::DEVOLVED.into(),
            foreign_governments: builtin::FOREIGN_GOVERNMENTS.into(),
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
        surname_prefixes,
        maker_verbs,
        past_markers,
        time_words,
        party_labels,
        opposition_markers,
        opposition_party,
        devolved,
        foreign_governments
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
                    "clause" => flags.clause = true,
                    "listener" => flags.listener = true,
                    "of" => flags.of = true,
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
        // The multi-word cues of one first word together, each word's in the
        // order of the list (the first that fits is taken), so that a cue
        // start's facts hold a range of them.
        multiword_cues.sort_by(|a: &(Vec<String>, _), b| a.0.first().cmp(&b.0.first()));
        let mut ascii_cue_start_facts =
            vec![CueStartFacts::default(); ascii_cue_starts.words.len()];
        for word in cue_starts.iter().filter(|w| w.is_ascii()) {
            let Some(facts) = ascii_cue_starts
                .position(word.as_bytes())
                .and_then(|at| ascii_cue_start_facts.get_mut(at))
            else {
                continue;
            };
            // The cues it opens, a range of the sorted list.
            let start = multiword_cues.partition_point(|(words, _)| words.first() < Some(word));
            let end = multiword_cues.partition_point(|(words, _)| words.first() <= Some(word));
            // (No list comes near 2^32 cues: they would not fit in memory.)
            let index = |k: usize| u32::try_from(k).unwrap_or(u32::MAX);
            facts.multiword = (index(start), index(end));
            facts.cue = cues.get(word).copied();
        }
        let mut titles = HashMap::default();
        let mut honorifics = HashSet::default();
        for c in entries(&self.titles) {
            let title = c[0].trim_end_matches('.').to_string();
            if c.get(2) == Some(&"honorific") {
                honorifics.insert(title.clone());
            }
            titles.insert(title, Gender::parse(c.get(1).copied().unwrap_or("-")));
        }
        let honorific_shapes = WordShapes::new(honorifics.iter().map(String::as_bytes));
        let title_shapes = WordShapes::new(titles.keys().map(String::as_bytes));
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
                    "portfolio" => entry.portfolio = true,
                    "proxy" => entry.proxy = true,
                    "employee" => entry.employee = true,
                    "group" => entry.group = true,
                    "management" => entry.management = true,
                    "public" => entry.public = true,
                    "academic" => entry.academic = true,
                    _ => return false,
                }
                true
            })?;
        }
        for c in entries(&self.past_markers) {
            words.entry(lowercase_key(c[0])).or_default().past_marker = true;
        }
        for c in entries(&self.time_words) {
            let entry = words.entry(lowercase_key(c[0])).or_default();
            entry.time = true;
            read_flags(&c, "time_words", |flag| {
                match flag {
                    "opens" => entry.time_opener = true,
                    "capital" => entry.time_capital = true,
                    _ => return false,
                }
                true
            })?;
        }
        for c in entries(&self.opposition_markers) {
            words
                .entry(lowercase_key(c[0]))
                .or_default()
                .opposition_marker = true;
        }
        for c in entries(&self.org_nouns) {
            let kind = OrgKind::parse(c.get(1).copied().unwrap_or("other"));
            let entry = words.entry(lowercase_key(c[0])).or_default();
            entry.org_noun = Some(kind);
            // (The flags are the third column.)
            read_flags(c.get(1..).unwrap_or_default(), "org_nouns", |flag| {
                match flag {
                    "members" => entry.members_body = true,
                    _ => return false,
                }
                true
            })?;
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
        let non_ascii_word_ends =
            WordEnds::new(words.keys().filter(|key| !key.is_ascii()).map(|key| &**key));
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
        let time_shapes = shapes_of(|e| e.time);
        let verb_modifiers: HashSet<String> = entries(&self.verb_modifiers)
            .map(|c| c[0].to_lowercase())
            .collect();
        let ascii_verb_modifiers = AsciiWords::new(verb_modifiers.iter().map(String::as_str));
        let mut orgs = Vec::new();
        let mut patterns = Vec::new();
        let mut org_of_pattern = Vec::new();
        let mut later_names = Vec::new();
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
            for alias in c.get(3).copied().unwrap_or("-").split('|') {
                // `=Scottish Government`: a name the body took later.
                let later = alias.strip_prefix('=');
                let alias = later.unwrap_or(alias);
                if alias == "-" || alias.is_empty() {
                    continue;
                }
                if later.is_some() {
                    later_names.push((c[0].to_string(), alias.to_string()));
                }
                names.push(alias.to_string());
            }
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
        let mut party_labels = Vec::new();
        let mut bracket_party_labels = Vec::new();
        let mut office_party_labels = Vec::new();
        let opposition_party = match entries(&self.opposition_party).next() {
            None => None,
            Some(c) => {
                let party = c[0];
                let Some(entry) = orgs
                    .iter()
                    .find(|o: &&OrgEntry| o.name == party && o.kind == OrgKind::Party)
                else {
                    return Err(KnowledgeError::Format {
                        file: "opposition_party",
                        message: format!("{party:?} is no party of orgs.tsv"),
                    });
                };
                Some(entry.to_name())
            }
        };
        for c in entries(&self.party_labels) {
            let (Some(&letter), Some(&party)) = (c.first(), c.get(1)) else {
                return Err(KnowledgeError::Format {
                    file: "party_labels",
                    message: format!("expected LABEL<TAB>PARTY, got {:?}", c.join("\\t")),
                });
            };
            let Some(index) = orgs.iter().position(|o: &OrgEntry| o.name == party) else {
                return Err(KnowledgeError::Format {
                    file: "party_labels",
                    message: format!("{party:?} is no organization of orgs.tsv"),
                });
            };
            if c.get(2) == Some(&"office") {
                office_party_labels.push((letter.to_string(), index));
                continue;
            }
            match letter.as_bytes() {
                &[b] if b.is_ascii_uppercase() => party_labels.push((b, index)),
                [first, ..] if first.is_ascii_uppercase() => {
                    bracket_party_labels.push((letter.to_string(), index))
                }
                _ => {
                    return Err(KnowledgeError::Format {
                        file: "party_labels",
                        message: format!("{letter:?} does not begin with a capital letter"),
                    })
                }
            }
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
        let mut devolved_legislatures = Vec::new();
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
            let org = entry.to_name();
            if c.get(2) == Some(&"legislature") {
                devolved_legislatures.push((place.to_string(), org));
            } else {
                devolved.push((place.to_string(), org));
            }
        }
        // (Named by the file, not the gazetteer: a foreign government's name
        // is written too many ways to be looked for in the text.)
        let foreign_governments = entries(&self.foreign_governments)
            .filter_map(|c| {
                let (place, government) = (c.first()?, c.get(1)?);
                let org = OrgName {
                    name: government.to_string(),
                    acronym: None,
                    kind: OrgKind::Public,
                };
                Some((place.to_string(), org))
            })
            .collect::<Vec<(String, OrgName)>>();
        let mut foreign_by_first_word: HashMap<String, Vec<usize>> = HashMap::default();
        for (k, (place, _)) in foreign_governments.iter().enumerate() {
            let first = place.split(|c: char| !c.is_ascii_alphanumeric()).next();
            if let Some(first) = first.filter(|w| !w.is_empty()) {
                foreign_by_first_word
                    .entry(first.to_string())
                    .or_default()
                    .push(k);
            }
        }
        let org_matcher =
            Gazetteer::new(&patterns).map_err(|e| KnowledgeError::Automaton(e.to_string()))?;
        // (A campaign's opening verb and a local council's kind are no head
        // words: `Save`, `Borough` end no name.)
        let org_heads: HashMap<String, OrgKind> = entries(&self.org_patterns)
            .filter(|c| {
                !matches!(
                    c.get(2),
                    Some(&"campaign") | Some(&"local") | Some(&"thing")
                )
            })
            .map(|c| {
                (
                    c[0].to_string(),
                    OrgKind::parse(c.get(1).copied().unwrap_or("other")),
                )
            })
            .collect();
        let org_head_shapes = WordShapes::new(org_heads.keys().map(String::as_bytes));
        let opening_org_heads = flagged(&self.org_patterns, "opens");
        let org_suffixes = flagged(&self.org_patterns, "suffix");
        let campaign_openers = flagged(&self.org_patterns, "campaign");
        let local_council_kinds = flagged(&self.org_patterns, "local");
        let thing_ends = flagged(&self.org_patterns, "thing");
        let purpose_heads = flagged(&self.org_patterns, "purpose");
        let academic_heads = flagged(&self.org_patterns, "academic");
        // Places, the words that end or open a place's name (`head`,
        // `opens`: no place themselves) and the nouns for a person of a
        // nation (`person`).
        let (mut places, mut place_heads, mut place_openers, mut nationals) = (
            HashSet::default(),
            HashSet::default(),
            HashSet::default(),
            HashSet::default(),
        );
        for c in entries(&self.places) {
            let (mut head, mut opens, mut person) = (false, false, false);
            read_flags(&c, "places", |flag| {
                match flag {
                    "head" => head = true,
                    "opens" => opens = true,
                    "person" => person = true,
                    _ => return false,
                }
                true
            })?;
            let word = c[0].to_string();
            if head {
                place_heads.insert(word);
            } else if opens {
                place_openers.insert(word);
            } else {
                if person {
                    nationals.insert(word.clone());
                }
                places.insert(word);
            }
        }
        let name_particles = entries(&self.name_particles)
            .map(|c| c[0].to_string())
            .collect();
        let surname_prefixes = entries(&self.surname_prefixes)
            .map(|c| c[0].to_ascii_lowercase())
            .collect();
        let maker_verbs = entries(&self.maker_verbs)
            .map(|c| c[0].to_ascii_lowercase())
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
            cue_starts,
            ascii_cue_starts,
            ascii_cue_start_facts,
            titles,
            title_shapes,
            honorifics,
            honorific_shapes,
            abbreviations,
            number_abbreviations,
            words,
            ascii_words,
            ascii_entries,
            word_ends,
            non_ascii_word_ends,
            words_all_ascii,
            role_shapes,
            function_word_shapes,
            preposition_shapes,
            auxiliary_shapes,
            pronoun_shapes,
            org_noun_shapes,
            time_shapes,
            verb_modifiers,
            ascii_verb_modifiers,
            orgs,
            org_matcher,
            org_of_pattern,
            later_names,
            party_labels,
            bracket_party_labels,
            office_party_labels,
            opposition_party,
            org_heads,
            org_head_shapes,
            opening_org_heads,
            campaign_openers,
            local_council_kinds,
            thing_ends,
            purpose_heads,
            academic_heads,
            org_suffixes,
            holder_orgs,
            devolved,
            devolved_offices,
            devolved_legislatures,
            foreign_governments,
            foreign_by_first_word,
            places,
            place_heads,
            place_openers,
            nationals,
            first_names,
            name_particles,
            surname_prefixes,
            maker_verbs,
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

/// The key of a case-insensitive word list: the word's lowercase bytes.
fn lowercase_key(word: &str) -> Box<[u8]> {
    word.to_lowercase().into_bytes().into_boxed_slice()
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
        let places = KnowledgeBuilder::new()
            .places("Leeds\nBeach\thaed\n")
            .build();
        assert!(message(places).is_some_and(|m| m.contains("places") && m.contains("\"haed\"")));
        // A place's head word is no place itself; a nation's person is one.
        let k = KnowledgeBuilder::new()
            .places("Leeds\nBeach\thead\nLake\topens\nScot\tperson\n")
            .build()
            .expect("valid places");
        assert!(k.is_place_head("Beach") && !k.is_place("Beach"));
        assert!(k.opens_place_name("Lake") && !k.is_place("Lake") && !k.is_place_head("Lake"));
        assert!(k.is_national("Scot") && k.is_place("Scot") && !k.is_national("Leeds"));
        // A university's head word ends its name or stands before `of` or a
        // place; before another head it is a publisher's or a shop's.
        let k = Knowledge::builtin();
        for name in [
            "University of Ardley",
            "Ardley University",
            "King's College London",
        ] {
            assert!(k.is_academic_body(name), "{name}");
        }
        for name in [
            "Ardley University Press",
            "Ardley Council",
            "College Road Stores",
        ] {
            assert!(!k.is_academic_body(name), "{name}");
        }
    }

    #[test]
    fn party_labels_name_a_known_party_by_a_capitalized_label() {
        let message = |text: &str| {
            KnowledgeBuilder::new()
                .party_labels(text)
                .build()
                .err()
                .map(|e| e.to_string())
        };
        assert!(message("D\tDemocratic Party\n").is_none());
        assert!(message("D\tNo Such Party\n").is_some_and(|m| m.contains("party_labels")));
        assert!(message("Dem\tDemocratic Party\n").is_none());
        assert!(message("dem\tDemocratic Party\n").is_some_and(|m| m.contains("capital")));
        assert!(message("D\n").is_some_and(|m| m.contains("LABEL<TAB>PARTY")));
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
}
