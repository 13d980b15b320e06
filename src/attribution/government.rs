//! A person's side of the government. Takes the clues `learning` records (the
//! words of a role around a mention, a name where it is introduced); gives,
//! when somebody asks, whether a person speaks for the government, and the
//! document's party in opposition. Hard cases: a clue is a phrase match, so
//! clues are checked only when asked about (most people never speak); the
//! opposition party is the one named before a shadow role, else the one
//! promising a government (`a Conservative government would`), else the
//! parliament's opposition the knowledge names, unless the text puts that
//! party in government (`the Conservative government`): then the party named
//! most often of those it does not, and none when two are named as often.

use crate::knowledge::OrgKind;
use crate::orgs::{OrgMention, OrgName};
use crate::span::Span;

use super::Doc;

/// A phrase that may show that a person speaks for the government.
#[derive(Debug, Clone, Copy)]
pub(super) enum GovernmentClue {
    /// The words around a mention (`Health secretary Steve Barclay`), read as
    /// the one string `pre run post`.
    Role { pre: Span, run: Span, post: Span },
    /// The name where it is introduced (an office holder the target names).
    Name(Span),
}

impl<'a> Doc<'a> {
    /// The party in opposition in this document: the one named before an
    /// opposition role (`Tory shadow chancellor`), else one promising a
    /// government (`a Conservative government would`), else the one the
    /// knowledge names (data/opposition_party.txt) unless the text puts it in
    /// government (`the Conservative government`, `Tory ministers`); then
    /// the party named most often of those it never puts there, if no other
    /// is named as often.
    pub(super) fn opposition_party(&self) -> Option<&'a OrgName> {
        *self.opposition_party.get_or_init(|| {
            let parties = || self.orgs.iter().filter(|o| o.org.kind == OrgKind::Party);
            // The word right after the party's name.
            let word_after = |o: &OrgMention| {
                let end = self.token_range(o.span).end;
                (end < self.tokens.len()).then(|| self.token(end).text)
            };
            let next_word = |o: &OrgMention| word_after(o).map(|w| self.knowledge.word_facts(w));
            if let Some(o) = parties().find(|o| next_word(o).is_some_and(|w| w.opposition_marker)) {
                return Some(&o.org);
            }
            // Whether the party is named before `government` or `ministers`,
            // and whether after `a`.
            let before_government =
                |o: &OrgMention| word_after(o).is_some_and(|w| self.knowledge.is_government(w));
            let indefinite = |o: &OrgMention| {
                let toks = self.token_range(o.span);
                toks.start
                    .checked_sub(1)
                    .is_some_and(|i| matches!(self.token(i).text, "a" | "an" | "A" | "An"))
            };
            // `a Conservative government would abolish the tax`: a government
            // the party does not form yet is the one the opposition promises
            // (but `a Labour Chancellor was cutting taxes` is the one in office).
            let before_the_word_government = |o: &OrgMention| {
                word_after(o).is_some_and(|w| w.eq_ignore_ascii_case("government"))
            };
            if let Some(o) = parties().find(|o| indefinite(o) && before_the_word_government(o)) {
                return Some(&o.org);
            }
            // `the Labour government`, `Labour ministers`.
            let governing: Vec<&str> = parties()
                .filter(|o| before_government(o) && !indefinite(o))
                .map(|o| o.org.name.as_str())
                .collect();
            // The parliament's opposition the knowledge names, unless the text
            // puts that party in government (a story of another parliament).
            // (Which party a story names most says little: a government's
            // own backbenchers are named as often as its critics.)
            if let Some(known) = self
                .knowledge
                .opposition_party
                .as_ref()
                .filter(|p| !governing.contains(&p.name.as_str()))
            {
                return Some(known);
            }
            let mut counts: Vec<(&'a OrgName, usize)> = Vec::new();
            // (Not a party named inside a quote: what is said there is what
            // the speaker attacks as often as their own side.)
            let counted = parties()
                .filter(|o| !self.in_quote(o.span) && !governing.contains(&o.org.name.as_str()));
            for o in counted {
                match counts.iter_mut().find(|(org, _)| org.name == o.org.name) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((&o.org, 1)),
                }
            }
            // The one named most often; none of equals.
            let most = counts.iter().map(|(_, n)| *n).max()?;
            let mut named_most = counts.iter().filter(|(_, n)| *n == most);
            match (named_most.next(), named_most.next()) {
                (Some((org, _)), None) => Some(*org),
                _ => None,
            }
        })
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
                // One space between the parts, whatever space they hold at
                // their ends: a phrase may run across two (`Work and` and
                // `Pensions Secretary`), and its words are matched as written.
                for phrase in [pre, run, post] {
                    let words = phrase.of(self.text).trim();
                    if words.is_empty() {
                        continue;
                    }
                    if !role_text.is_empty() {
                        role_text.push(' ');
                    }
                    role_text.push_str(words);
                }
                self.knowledge.is_government(role_text)
            }
            GovernmentClue::Name(name) => self.knowledge.is_government(name.of(self.text)),
        }
    }
}
