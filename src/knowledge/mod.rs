//! Everything sayso knows about language and the world, loaded from data files.
//!
//! The files under `data/` are compiled in with `include_str!`; a user can
//! replace any of them with [`KnowledgeBuilder`]. Each file is one entry a line,
//! `#` starts a comment, and columns are tab-separated. Code elsewhere holds
//! rules and asks this module for words.
//!
//! The module is split by concern, one file each:
//! - `builder.rs`: reading the data files: the built-in ones ([`builtin`]),
//!   [`KnowledgeBuilder`], which replaces any of them, and the parsing of
//!   each, whose errors name the file;
//! - `cues.rs`: the reporting cues ([`CueFlags`], [`Knowledge::cue`],
//!   [`Knowledge::is_cue_start`] and its lookups without hashing);
//! - `words.rs`: the word lookups (titles, function words, pronouns, roles,
//!   first names, …), through one case-insensitive table, and the
//!   lowercasing helpers;
//! - `word_sets.rs`: the tables those lookups read without hashing
//!   (`AsciiWords`, `WordShapes`, `WordEnds`);
//! - `world.rs`: organizations, places, devolved governments and the
//!   government (the stance target).
//!
//! This file holds the [`Knowledge`] type, which all of them fill or read,
//! and its construction from the built-in files.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::orgs::{Gazetteer, OrgName};
use crate::stance::target::Target;

mod builder;
mod cues;
mod word_sets;
mod words;
mod world;

pub use builder::{builtin, KnowledgeBuilder};
pub use cues::CueFlags;
pub(crate) use cues::CueStartFacts;
pub(crate) use word_sets::{AsciiWords, WordEnds, WordShapes};
pub(crate) use words::{lower, on_word_bounds, WordEntry, WordFacts};
pub use words::{Gender, PronounNumber};
pub use world::{OrgEntry, OrgKind};

/// The quantifiers that stand alone for a group the sentences before name
/// (`Most said they were worried`, `Some say`): the cue's subject, a group
/// speaking for no organization. A closed class of the grammar, not a list
/// any corpus extends.
pub(crate) const QUANTIFIERS: [&str; 8] = [
    "many", "most", "some", "several", "few", "both", "all", "others",
];

/// Compiled knowledge: word lists as hash sets, gazetteers as automata.
#[derive(Debug, Clone)]
pub struct Knowledge {
    pub(crate) cues: HashMap<String, CueFlags>,
    /// Multi-word cues (`according to`), matched on lowercase words; those
    /// of one first word together, in the order of the list.
    pub(crate) multiword_cues: Vec<(Vec<String>, CueFlags)>,
    /// The one-word cues and the first words of the multi-word cues: the words
    /// a cue may start with, for [`Knowledge::is_cue_start`].
    pub(crate) cue_starts: HashSet<String>,
    /// The ASCII ones among `cue_starts`, for a lookup without hashing.
    pub(crate) ascii_cue_starts: AsciiWords,
    /// What each word of `ascii_cue_starts` starts, by its position there.
    pub(crate) ascii_cue_start_facts: Vec<CueStartFacts>,
    pub(crate) titles: HashMap<String, Gender>,
    /// The shapes of `titles`, which rule out most words before the map is asked.
    pub(crate) title_shapes: WordShapes,
    /// Titles that stand only before a person's name (`Mr`, `Dr`), never
    /// inside an organization's (as `Prince` may: `Royal Prince Alfred Hospital`).
    pub(crate) honorifics: HashSet<String>,
    /// The shapes of `honorifics`, which rule out most words before the set is asked.
    pub(crate) honorific_shapes: WordShapes,
    pub(crate) abbreviations: HashSet<String>,
    /// Abbreviations only before a number (`No. 10`).
    pub(crate) number_abbreviations: HashSet<String>,
    /// The case-insensitive lists (function words, pronouns, roles) as one map
    /// from a word's lowercase bytes to what it is, which also marks the
    /// lowercase spellings of titles. A word is lowercased into a stack buffer
    /// first, with no allocation and no UTF-8 check (see [`with_lower`](words::with_lower)), and
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
    /// The ends of the keys of `words` beyond ASCII: a word beyond ASCII
    /// (but for the Kelvin sign) lowercases beyond ASCII, so only these can
    /// be it.
    pub(crate) non_ascii_word_ends: WordEnds,
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
    pub(crate) time_shapes: WordShapes,
    pub(crate) verb_modifiers: HashSet<String>,
    /// The ASCII ones among `verb_modifiers`, for a lookup without hashing.
    pub(crate) ascii_verb_modifiers: AsciiWords,
    pub(crate) orgs: Vec<OrgEntry>,
    /// The party in opposition where a text does not say which one is
    /// (data/opposition_party.txt).
    pub(crate) opposition_party: Option<OrgName>,
    /// Finds every gazetteer name, acronym and alias; the pattern index maps to `org_of_pattern`.
    pub(crate) org_matcher: Gazetteer,
    /// The organization each pattern names; `None` for a phrase that holds
    /// an organization's name but names none (`Labour relations`).
    pub(crate) org_of_pattern: Vec<Option<usize>>,
    /// (canonical name, a name the body took later): a document that writes
    /// the later name gets it for the body (`Scottish Government` for the
    /// `Scottish Executive` from 2007).
    pub(crate) later_names: Vec<(String, String)>,
    /// The letters of party labels (`D` in `(D-Ohio)`) and the party each
    /// names, an index in `orgs`.
    pub(crate) party_labels: Vec<(u8, usize)>,
    /// The longer labels, written in brackets after a British member's name
    /// (`Lab` in `(Lab, Bolton)`), and the party each names.
    pub(crate) bracket_party_labels: Vec<(String, usize)>,
    /// Party labels that name their party only before a member's office
    /// (`Green MSP`), each with its index in `orgs`.
    pub(crate) office_party_labels: Vec<(String, usize)>,
    pub(crate) org_heads: HashMap<String, OrgKind>,
    /// The shapes of the keys of `org_heads`, asked of every word of a run of
    /// capitalized words before the map is.
    pub(crate) org_head_shapes: WordShapes,
    /// The head words that may open a name as well (`Department`, `Radio`).
    pub(crate) opening_org_heads: HashSet<String>,
    /// Verbs opening a campaign's name before `the` (`Stop the Second
    /// Runway`): data/org_patterns.txt, flag `campaign`.
    pub(crate) campaign_openers: HashSet<String>,
    /// Words ending the name of a thing, not a body (`Act`, `Certificate`):
    /// data/org_patterns.txt, flag `thing`.
    pub(crate) thing_ends: HashSet<String>,
    /// Head words whose name may go on with `to` and a purpose (`Campaign
    /// to Protect Rural England`): data/org_patterns.txt, flag `purpose`.
    pub(crate) purpose_heads: HashSet<String>,
    /// The kinds of local council, as a name writes them (`Borough`,
    /// `City`): data/org_patterns.txt, flag `local`.
    pub(crate) local_council_kinds: Vec<String>,
    /// The head words of a university's or college's name (`University`).
    pub(crate) academic_heads: HashSet<String>,
    /// The legal suffixes news writes in lowercase as well (`plc`, `ltd`),
    /// as written: after a capitalized name they end an organization's name.
    pub(crate) org_suffixes: Vec<String>,
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
    /// A devolved parliament and its members as written (`Holyrood`,
    /// `MSPs`), with the place's government.
    pub(crate) devolved_legislatures: Vec<(String, OrgName)>,
    /// Other states and adjectives of them, as written (`Greece`, `Greek`),
    /// and their government.
    pub(crate) foreign_governments: Vec<(String, OrgName)>,
    /// The indices in `foreign_governments` of the states by the first word
    /// of their name (`South` for `South Africa`).
    pub(crate) foreign_by_first_word: HashMap<String, Vec<usize>>,
    /// Places and nationality adjectives, as written (`South Africa`, `Welsh`).
    pub(crate) places: HashSet<String>,
    /// The words that end a place's name (`Beach`, `Road`): places' `head` lines.
    pub(crate) place_heads: HashSet<String>,
    /// The words that open the name of a place or of a thing named after a
    /// person (`Lake`, `Comet`): places' `opens` lines.
    pub(crate) place_openers: HashSet<String>,
    /// The nouns for one person of a nation (`Scot`, `Welshman`): places' `person` lines.
    pub(crate) nationals: HashSet<String>,
    /// Given names, as written (`Rachel`), and the gender they suggest.
    pub(crate) first_names: HashMap<String, Gender>,
    /// Lowercase particles inside names (`de`, `van`, `bin`), as written.
    pub(crate) name_particles: HashSet<String>,
    /// Lowercase prefixes glued to a capital inside a surname (`mc`, `de`).
    pub(crate) surname_prefixes: HashSet<String>,
    /// Lowercase verbs of owning and making, as participles and as a
    /// business's present (`owned`, `produced`, `runs`).
    pub(crate) maker_verbs: HashSet<String>,
    /// Who counts as the government (the stance target).
    pub(crate) target: Target,
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
}
