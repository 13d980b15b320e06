//! What the knowledge says about the world: organizations (the gazetteer's
//! entries, head words and the kinds they imply), places, devolved
//! governments, and who counts as the government (the stance target).

use super::{on_word_bounds, Knowledge};
use crate::orgs::OrgName;
use crate::span::Span;

/// The kind of an organization (the third column of `data/orgs.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// A trade union.
    Union,
    /// A professional body (a royal college, a society).
    Professional,
    /// A public body that is not the government (a council, a regulator).
    Public,
    /// The stance target's own bodies.
    Government,
    /// A political party.
    Party,
    /// A company: a firm, a bank, a retailer (`… plc`, `the carmaker …`).
    /// Business groups that speak for companies (`CBI`) are
    /// [`OrgKind::Other`], as unions' congresses are.
    Company,
    /// A news outlet.
    Media,
    /// Anyone else: campaigns, charities, think tanks, business groups.
    Other,
}

impl OrgKind {
    pub(super) fn parse(s: &str) -> OrgKind {
        match s {
            "union" => OrgKind::Union,
            "professional" => OrgKind::Professional,
            "public" => OrgKind::Public,
            "government" => OrgKind::Government,
            "party" => OrgKind::Party,
            // `employer` is the name older knowledge files gave companies.
            "company" | "employer" => OrgKind::Company,
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

impl OrgEntry {
    /// The organization this entry names, as a mention gives it.
    pub fn to_name(&self) -> OrgName {
        OrgName {
            name: self.name.clone(),
            acronym: self.acronym.clone(),
            kind: self.kind,
        }
    }
}

impl Knowledge {
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

    /// The government of the place whose parliament or its members `word`
    /// names (`Holyrood`, `MSPs`), as written.
    pub(crate) fn devolved_legislature(&self, word: &str) -> Option<&OrgName> {
        self.devolved_legislatures
            .iter()
            .find(|(name, _)| name == word)
            .map(|(_, org)| org)
    }

    /// The other state `text` names first (`Greece's`, `the Greek`, matched
    /// on word boundaries as written): where its name stands in `text`, and
    /// its government.
    pub(crate) fn foreign_government(&self, text: &str) -> Option<(Span, &OrgName)> {
        // Each capitalized word's start is looked up by its first word, not
        // every state searched for in the text.
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            let word_start = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
            if word_start && bytes[at].is_ascii_uppercase() {
                let rest = text.get(at..).unwrap_or_default();
                let first = rest
                    .split(|c: char| !c.is_ascii_alphanumeric())
                    .next()
                    .unwrap_or_default();
                let found = self.foreign_by_first_word.get(first).and_then(|places| {
                    places.iter().find_map(|&k| {
                        let (place, org) = self.foreign_governments.get(k)?;
                        let after = rest.get(place.len()..)?.chars().next();
                        (rest.starts_with(place.as_str())
                            && !after.is_some_and(char::is_alphanumeric))
                        .then(|| (Span::new(at, at + place.len()), org))
                    })
                });
                if found.is_some() {
                    return found;
                }
            }
            at += 1;
        }
        None
    }

    /// Whether the body whose canonical name is `canonical` (`Scottish
    /// Executive`) took a later name (`Scottish Government`).
    pub(crate) fn has_later_name(&self, canonical: &str) -> bool {
        self.later_names.iter().any(|(name, _)| name == canonical)
    }

    /// The later names (`Scottish Government`) that `text` writes for the
    /// bodies whose canonical names (`Scottish Executive`) they replace:
    /// (canonical, later) pairs, on word boundaries as written.
    pub(crate) fn later_names_in<'k>(&'k self, text: &str) -> Vec<(&'k str, &'k str)> {
        self.later_names
            .iter()
            .filter(|(_, later)| {
                memchr::memmem::find_iter(text.as_bytes(), later.as_bytes())
                    .any(|at| on_word_bounds(text, at, at + later.len()))
            })
            .map(|(canonical, later)| (canonical.as_str(), later.as_str()))
            .collect()
    }

    /// Whether `lowercase_role` names an office only a devolved government
    /// has (`first minister`).
    pub(crate) fn is_devolved_office(&self, lowercase_role: &str) -> bool {
        self.devolved_offices
            .iter()
            .any(|office| lowercase_role.contains(office.as_str()))
    }

    /// True when `name` is a place or a nationality (`France`, `South African`).
    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(name)
    }

    /// True for a word that ends a place's name (`Shakespeare Beach`,
    /// `Harbour Road`): a name ending in it is no person's.
    pub fn is_place_head(&self, word: &str) -> bool {
        self.place_heads.contains(word)
    }

    /// True for a word that opens the name of a place or of a thing named
    /// after a person (`Lake Allonby`, `Comet Allonby`, `Storm Ciara`): a
    /// name opening with it is no person's.
    pub fn opens_place_name(&self, word: &str) -> bool {
        self.place_openers.contains(word)
    }

    /// True for a noun naming one person of a nation (`Scot`, `Welshman`),
    /// by which news refers back to a person (`said the Scot`).
    pub fn is_national(&self, word: &str) -> bool {
        self.nationals.contains(word)
    }

    /// True when `text` names a speaker for the government, the stance target
    /// (`a government source`, `health secretary`, a named office holder).
    pub fn is_government(&self, text: &str) -> bool {
        self.target.is_target(text)
    }

    /// True when `words` before a government body's name put it elsewhere:
    /// another state's or a devolved government's (`the US Treasury`, `the
    /// Irish Department of Health`), by the stance target's elsewhere list.
    pub(crate) fn puts_elsewhere(&self, words: &str) -> bool {
        self.target.puts_elsewhere(words)
    }

    /// True when the target file lists `name` itself (not through a generic
    /// name): an organization of that name is the government.
    pub(crate) fn is_government_body(&self, name: &str) -> bool {
        self.target.lists(name)
    }

    /// The party a label's letter names (`D` in `(D-Ohio)`).
    pub(crate) fn party_of_label(&self, letter: u8) -> Option<&OrgEntry> {
        let &(_, index) = self.party_labels.iter().find(|(l, _)| *l == letter)?;
        self.orgs.get(index)
    }

    /// The party a bracketed label names (`Lab` in `(Lab, Bolton)`).
    pub(crate) fn party_of_bracket_label(&self, label: &str) -> Option<&OrgEntry> {
        let (_, index) = self.bracket_party_labels.iter().find(|(l, _)| l == label)?;
        self.orgs.get(*index)
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
        if !self.org_head_shapes.may_hold(word) {
            return None;
        }
        self.org_heads.get(word).copied()
    }

    /// False when the bytes of a word (`word`) are no head word
    /// ([`Knowledge::org_head`]), told without making a `&str` of them.
    #[inline]
    pub(crate) fn may_be_org_head(&self, word: &[u8]) -> bool {
        self.org_head_shapes.may_hold_bytes(word)
    }

    /// Whether `name` is a university's or college's (`University of
    /// Hertfordshire`, `King's College London`): such a head word ends it or
    /// stands before `of` or a place, not before another head (`Princeton
    /// University Press` is a publisher).
    pub fn is_academic_body(&self, name: &str) -> bool {
        let mut words = name.split_whitespace().peekable();
        while let Some(word) = words.next() {
            if self.academic_heads.contains(word) {
                match words.peek() {
                    None => return true,
                    Some(&next) if next == "of" || self.is_place(next) => return true,
                    Some(_) => {}
                }
            }
        }
        false
    }

    /// Whether the head word `word` names an organization when it opens a
    /// phrase too (`Radio Wales`).
    pub fn opens_org_name(&self, word: &str) -> bool {
        self.opening_org_heads.contains(word)
    }

    /// The kind of local council `word` names before `council`, as a
    /// council's name writes it (`borough` → `Borough`), if it names one.
    pub fn local_council_kind(&self, word: &str) -> Option<&str> {
        self.local_council_kinds
            .iter()
            .find(|k| k.eq_ignore_ascii_case(word))
            .map(String::as_str)
    }

    /// Whether a body's name may go on from head word `word` with `to` and
    /// its purpose (`Campaign to Protect Rural England`).
    pub fn takes_purpose(&self, word: &str) -> bool {
        self.purpose_heads.contains(word)
    }

    /// Whether `word` ends the name of a thing, not a body (`Freedom of
    /// Information Act`, `International Certificate of Education`).
    pub fn ends_thing_name(&self, word: &str) -> bool {
        self.thing_ends.contains(word)
    }

    /// Whether `word` is a verb opening a campaign's name before `the` and
    /// capitalized words (`Stop the Second Runway`, `Save the Scottish
    /// Regiments`).
    pub fn opens_campaign_name(&self, word: &str) -> bool {
        self.campaign_openers.contains(word)
    }

    /// Whether `word` is a company's legal suffix as news writes it in
    /// lowercase (`plc` in `Acme plc`): after a capitalized name, it ends the
    /// organization's name.
    #[inline]
    pub fn is_org_suffix(&self, word: &str) -> bool {
        // A handful of words, compared in place.
        self.org_suffixes.iter().any(|s| s == word)
    }
}
