//! The word lookups: titles, abbreviations, function words, prepositions,
//! auxiliaries, pronouns, roles, kind nouns, first names and name particles.
//!
//! The case-insensitive lists are one table from a lowercase word to a
//! [`WordEntry`], read by one lookup ([`Knowledge::word_facts`] gives all of
//! it at once). These lookups run on nearly every token, so they are
//! `#[inline]`, rule most words out by their shape first, and lowercase into
//! a stack buffer (`with_lower`) rather than allocate.

use std::borrow::Cow;

use super::word_sets::is_ascii_word;
use super::{Knowledge, OrgKind};

/// The gender a title or pronoun implies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
    Unknown,
}

impl Gender {
    pub(super) fn parse(s: &str) -> Gender {
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

/// What the case-insensitive word lists say about one lowercase word.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct WordEntry {
    pub(super) function_word: bool,
    pub(super) preposition: bool,
    pub(super) finite_verb: bool,
    pub(super) opening_verb: bool,
    pub(super) role: bool,
    /// A role that is a public office (`minister`, `MP`).
    pub(super) office: bool,
    /// A role that is a text (`report`, `statement`), not a person.
    pub(super) document: bool,
    /// A role a party gives for a portfolio (`spokesman`).
    pub(super) portfolio: bool,
    /// A role whose holder speaks for somebody else (`spokesman`).
    pub(super) proxy: bool,
    /// A role that is a body of people speaking together (`board`).
    pub(super) group: bool,
    /// A role held in an organization, whose name may modify it (`Vodafone
    /// chief executive`, `a Tesco spokeswoman`).
    pub(super) employee: bool,
    /// A role at the head of an organization (`chief executive`), held in
    /// the one the story is about when the text names none.
    pub(super) management: bool,
    /// A role held in no organization, a member of the public's
    /// (`pensioner`, `haulier`).
    pub(super) public: bool,
    /// A role held in a university (`lecturer`), held in the one the story
    /// names when the text names none.
    pub(super) academic: bool,
    /// An office a devolved government has too (`minister`).
    pub(super) devolved_office: bool,
    /// A noun naming a kind of organization (`firm`, `regulator`), and the kind.
    pub(super) org_noun: Option<OrgKind>,
    /// A kind of body whose members, a plural office, speak as it
    /// (`committee`: `The MPs said`).
    pub(super) members_body: bool,
    /// A word that puts a role in the past (`former`).
    pub(super) past_marker: bool,
    /// A word that makes a role the opposition's (`shadow`).
    pub(super) opposition_marker: bool,
    /// A word naming when (`Wednesday`, `week`); one that only opens such a
    /// phrase (`last`); one written with a capital (the days).
    pub(super) time: bool,
    pub(super) time_opener: bool,
    pub(super) time_capital: bool,
    pub(super) pronoun: Option<(Gender, PronounNumber)>,
    /// A title is spelled like this in some case (`Mr` for `mr`): only then
    /// is the case-sensitive title list asked.
    pub(super) title: bool,
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

impl Knowledge {
    /// The gender a title implies, if `word` (without its full stop) is a title.
    pub fn title(&self, word: &str) -> Option<Gender> {
        self.titles.get(word.trim_end_matches('.')).copied()
    }

    /// False when the bytes of a word (`word`, without its full stops) are
    /// no title ([`Knowledge::title`]), told without making a `&str` of them.
    #[inline]
    pub(crate) fn may_be_title(&self, word: &[u8]) -> bool {
        self.title_shapes.may_hold_bytes(word)
    }

    /// Whether `word` (without its full stop) is a title that stands only
    /// before a person's name (`Mr`, `Mrs`, `Dr`): inside a run of capitalized
    /// words it starts a person's name.
    pub fn is_honorific(&self, word: &str) -> bool {
        let word = word.trim_end_matches('.');
        self.may_be_honorific(word.as_bytes()) && self.honorifics.contains(word)
    }

    /// False when the bytes of a word (`word`, without its full stops) are
    /// no honorific, told without making a `&str` of them.
    #[inline]
    pub(crate) fn may_be_honorific(&self, word: &[u8]) -> bool {
        self.honorific_shapes.may_hold_bytes(word)
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
        if is_ascii_word(word.as_bytes()) {
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

    /// Whether `word` names when something happened (`Wednesday`,
    /// `yesterday`, `week`; a day with a capital, any other word in
    /// lowercase: `the Today programme` is a name): `Some(true)` for a word
    /// that only opens such a phrase (`last`, `this`).
    pub(crate) fn time_word(&self, word: &str) -> Option<bool> {
        if !self.time_shapes.may_hold(word) {
            return None;
        }
        let entry = self.entry(word);
        let capital = word.starts_with(|c: char| c.is_uppercase());
        (entry.time && capital == entry.time_capital).then_some(entry.time_opener)
    }

    /// True for a role noun that names a text (`report`, `statement`), not a person.
    #[inline]
    pub fn is_document(&self, word: &str) -> bool {
        // Every document is a role.
        self.role_shapes.may_hold(word) && self.entry(word).document
    }

    /// True for a role noun that is a body of people speaking together
    /// (`board`), or a plural one (`directors`, `officials`): a group, never
    /// one person.
    #[inline]
    pub fn is_group_role(&self, word: &str) -> bool {
        let plural = word.ends_with('s') && !word.ends_with("ss");
        self.role_shapes.may_hold(word)
            && (plural && self.entry(word).role || self.entry(word).group)
    }

    /// True for a role whose holder speaks for somebody else (`spokesman`):
    /// a description by it refers back only to someone given the role.
    #[inline]
    pub fn is_proxy_role(&self, word: &str) -> bool {
        self.role_shapes.may_hold(word) && self.entry(word).proxy
    }

    /// True for a role a party gives for a portfolio (`spokesman` in
    /// `Liberal Democrat Treasury spokesman`): the organization named between
    /// the party and the role is the portfolio, not the employer.
    #[inline]
    pub fn is_portfolio_role(&self, word: &str) -> bool {
        // Every portfolio role is a role.
        self.role_shapes.may_hold(word) && self.entry(word).portfolio
    }

    /// True for a role held in an organization (`chief`, `spokeswoman`,
    /// `boss`): a name right before it may be the employer's (`Vodafone chief
    /// executive`), where before an office it is a place or portfolio
    /// (`Bolton MP`, `Europe minister`).
    #[inline]
    pub fn is_employee_role(&self, word: &str) -> bool {
        // Every employee role is a role.
        self.role_shapes.may_hold(word) && self.entry(word).employee
    }

    /// True for a role held in no organization, what news calls a member of
    /// the public before their name (`Pensioner Doris Whitfield`): they speak
    /// for no organization the sentences before named.
    #[inline]
    pub fn is_public_role(&self, word: &str) -> bool {
        // Every such role is a role.
        self.role_shapes.may_hold(word) && self.entry(word).public
    }

    /// True for a role at the head of an organization (`chief`, `director`,
    /// `chairman`): named with no organization, it is held in the one the
    /// story is about.
    #[inline]
    pub fn is_management_role(&self, word: &str) -> bool {
        // Every management role is a role.
        self.role_shapes.may_hold(word) && self.entry(word).management
    }

    /// True for a role held in a university (`lecturer`, `student`): named
    /// with no organization, it is held in the one the story names.
    #[inline]
    pub fn is_academic_role(&self, word: &str) -> bool {
        self.role_shapes.may_hold(word) && self.entry(word).academic
    }

    /// The organization kind a common noun names (`firm`, `regulator`), in any case.
    #[inline]
    pub fn org_noun(&self, word: &str) -> Option<OrgKind> {
        if !self.org_noun_shapes.may_hold(word) {
            return None;
        }
        self.entry(word).org_noun
    }

    /// True for a kind of body whose members, named by a plural office,
    /// speak as it (`committee`: `… the Commons transport committee said. The
    /// MPs said`), case-insensitively.
    pub fn is_members_body(&self, word: &str) -> bool {
        self.org_noun_shapes.may_hold(word) && self.entry(word).members_body
    }

    /// True for a lowercase particle inside a personal name (`de` in `Pierre de Vos`).
    pub fn is_name_particle(&self, word: &str) -> bool {
        // Every particle is short and lowercase: most words are told by their first byte.
        word.len() <= 4
            && word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
            && self.name_particles.contains(word)
    }

    /// Whether `prefix`, glued to a capital inside a word, opens a person's
    /// name (`Mc` of `McCain`, `De` of `DeVos`), in any case.
    pub fn is_surname_prefix(&self, prefix: &str) -> bool {
        prefix.len() <= 6 && self.surname_prefixes.contains(&prefix.to_ascii_lowercase())
    }

    /// Whether `word` is a verb of owning or making, as a participle whose
    /// agent (`owned by …`) may be a body or as a business's present (`which
    /// also runs`): `data/maker_verbs.txt`.
    pub fn is_maker_verb(&self, word: &str) -> bool {
        word.len() <= 14 && self.maker_verbs.contains(word)
    }

    /// The gender a given name suggests, if `word` is a common given name.
    pub fn first_name(&self, word: &str) -> Option<Gender> {
        self.first_names.get(word).copied()
    }

    /// The gender a given name tells, when it tells one (`Lauren`: female;
    /// not `Marion` or `Cruz`, names of either or of places too).
    pub fn given_name_gender(&self, word: &str) -> Option<Gender> {
        self.first_name(word).filter(|&g| g != Gender::Unknown)
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
        // Beyond ASCII (`Trump’s`, `’`), a word lowercases beyond ASCII, but
        // for the Kelvin sign (to `k`): it can only be one of the keys beyond
        // ASCII (none of the built-in ones but `tánaiste`), and most such
        // words are ruled out by their ends without being lowercased. (`İ`
        // lowercases to `i` and a combining dot: at an end, it is read as
        // the Kelvin sign is.)
        let may_be_key = if word.contains(['\u{212A}', '\u{130}']) {
            self.word_ends.may_hold(word.as_bytes())
        } else {
            !self.words_all_ascii && self.non_ascii_word_ends.may_hold_plain(word.as_bytes())
        };
        if !may_be_key {
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

/// Calls `f` with the bytes of `word` in lowercase, without allocating for
/// short ASCII words: the word-list lookups run once per token. The lists are
/// keyed by bytes so that the lowered copy needs no UTF-8 check.
pub(super) fn with_lower<R>(word: &str, f: impl FnOnce(&[u8]) -> R) -> R {
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
