//! What one document says of the target: whether it names it, its
//! governing party and the people it marks as the target, each read
//! when a quote first needs it.

use std::cell::OnceCell;

use super::{opening, paragraph_at, push_surname, Target};
use crate::span::Span;
use crate::stance::lexicon::{tokenize_into, Punct, Tokens};

/// How much of a document's opening [`DocumentTarget::names_target`] reads.
pub const LEDE: usize = 2000;

/// What a document as a whole says of the target, for each of its quotes
/// ([`Target::read_document`]): whether it names the target, the governing
/// party and the people it marks as the target. Each is read from the text
/// when a quote first needs it: most documents never need the parties, and
/// many never need the rest.
#[derive(Debug, Clone)]
pub struct DocumentTarget<'a> {
    target: &'a Target,
    text: &'a str,
    /// The people the attribution found to speak for the target.
    speakers: Vec<String>,
    /// Their surnames, as [`DocumentTarget::people`] lists them: a surname
    /// that is none of the office holders' needs no more than these.
    speaker_surnames: Vec<String>,
    names_target: OnceCell<bool>,
    opens_with_target: OnceCell<bool>,
    about_elsewhere: OnceCell<bool>,
    parties: OnceCell<Parties>,
}

/// The governing party of a document and the people it marks as the target.
#[derive(Debug, Clone, Default, PartialEq)]
struct Parties {
    governing: Option<String>,
    people: Vec<String>,
}

impl DocumentTarget<'_> {
    /// Whether the document names the target somewhere (on its own terms: a
    /// generic name put elsewhere does not count).
    ///
    /// The attribution's government speakers say so; failing those, the
    /// document's opening (its first [`LEDE`] bytes) is read: news names
    /// what it is about at the start, and reading no further keeps the cost
    /// of a long document that never names the target bounded.
    pub fn names_target(&self) -> bool {
        *self
            .names_target
            .get_or_init(|| !self.speakers.is_empty() || self.names_target_before(LEDE))
    }

    /// Whether the document's opening (its headline and first paragraph)
    /// names the target: whether the story is about it, not only whether
    /// it names it somewhere. A firm's results that end with a line from
    /// the government do not make every feeling in the firm's quotes a
    /// verdict on the government.
    pub fn opens_with_target(&self) -> bool {
        *self
            .opens_with_target
            .get_or_init(|| self.names_target_before(opening(self.text).end))
    }

    /// Whether a target mention ends by byte `end` of the document.
    fn names_target_before(&self, end: usize) -> bool {
        let mut end = end.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end -= 1;
        }
        let head = self.text.get(..end).unwrap_or_default();
        let mut named = false;
        let mut tokens = Tokens::default();
        self.target.include.each_start(head, |at| {
            let mention = self.target.mention_starting_at(self.text, at, &mut tokens);
            named = mention.is_some_and(|m| m.end <= end);
            !named
        });
        named
    }

    /// Whether the document is about another government than the target:
    /// its opening names one of the target's generic names (`the
    /// government`, `the prime minister`) only where a place puts it
    /// elsewhere (`The French government has raised the pension age`) and
    /// none of the target's own. Its quotes' generic names are then that
    /// government's (`“The government has lost the argument,” she said`).
    pub fn about_elsewhere(&self) -> bool {
        *self
            .about_elsewhere
            .get_or_init(|| self.target.opening_elsewhere(self.text))
    }

    /// The party of the target's office holders the document names
    /// (`Tony Blair<TAB>Labour` in the target file): the governing party, a
    /// verdict on which is a verdict on the target. Its canonical name, as in
    /// the elsewhere list, lowercase.
    pub fn governing_party(&self) -> Option<&str> {
        self.parties().governing.as_deref()
    }

    /// The surnames of the people the document marks as the target: its
    /// office holders of the governing party (or of none) named in the
    /// target file (`Tony Blair` makes `Mr Blair` the target) and the
    /// speakers the attribution found to speak for it.
    pub fn people(&self) -> &[String] {
        &self.parties().people
    }

    /// Whether `surname` is one of [`DocumentTarget::people`]. The
    /// document's parties are read only for the surname of an office holder
    /// of the target file: any other is one of the people only as a
    /// speaker's, and most titled names in a quote (`Mr Trump` for a UK
    /// target) are neither.
    pub fn is_person(&self, surname: &str) -> bool {
        self.speaker_surnames.iter().any(|s| s == surname)
            || self.target.office_surnames.iter().any(|s| s == surname)
                && self.people().iter().any(|p| p == surname)
    }

    fn parties(&self) -> &Parties {
        self.parties
            .get_or_init(|| self.target.read_parties(self.text, &self.speakers))
    }
}

impl Target {
    /// What `document` says of the target, read when its quotes need it
    /// (see [`DocumentTarget`]); `speakers` are the names of the people the
    /// attribution found to speak for the target.
    ///
    /// ```
    /// use sayso::stance::target::Target;
    /// let uk = Target::parse(sayso::stance::TARGET_UK).unwrap();
    /// let doc = uk.read_document("Tony Blair spoke.\nLabour won.", &["Charles Clarke"]);
    /// assert!(doc.names_target());
    /// assert_eq!(doc.governing_party(), Some("labour"));
    /// assert_eq!(doc.people(), ["Blair", "Clarke"]);
    /// assert!(!uk.read_document("Shares rose.", &[]).names_target());
    /// ```
    pub fn read_document<'a>(&'a self, document: &'a str, speakers: &[&str]) -> DocumentTarget<'a> {
        let mut speaker_surnames = Vec::new();
        for name in speakers {
            push_surname(&mut speaker_surnames, name);
        }
        DocumentTarget {
            target: self,
            text: document,
            speakers: speakers.iter().map(|s| s.to_string()).collect(),
            speaker_surnames,
            names_target: OnceCell::new(),
            about_elsewhere: OnceCell::new(),
            opens_with_target: OnceCell::new(),
            parties: OnceCell::new(),
        }
    }

    /// The governing party and the target's people of `document` (see
    /// [`DocumentTarget::governing_party`] and [`DocumentTarget::people`]).
    fn read_parties(&self, document: &str, speakers: &[String]) -> Parties {
        let mut out = Parties::default();
        let mut tokens = Tokens::default();
        let mut votes = vec![0usize; self.parties.len()];
        // The office holders named, by index in `names`.
        let mut named_people: Vec<usize> = Vec::new();
        // Only the paragraphs where a name with a party may start are read.
        let mut paragraphs: Vec<Span> = Vec::new();
        self.partisan.each_start(document, |at| {
            if !paragraphs
                .last()
                .is_some_and(|p| p.start <= at && at < p.end)
            {
                paragraphs.push(paragraph_at(document, at));
            }
            true
        });
        for paragraph in paragraphs {
            tokenize_into(document, paragraph, &mut tokens);
            let mut named = self.partisan.find(document, paragraph, &tokens);
            if named.is_empty() {
                continue;
            }
            let places = self.elsewhere.find(document, paragraph, &tokens);
            self.keep_in_place(&tokens, &mut named, &places, &mut Vec::new());
            let roles = self.mentions(document, paragraph, &tokens);
            for h in &named {
                let name = self.partisan_name.get(h.entry).copied().unwrap_or(0);
                // A name given its office (`Prime Minister Tony Blair`,
                // `Tony Blair, the prime minister`) counts more than one
                // named as anything else (`Tory MP Boris Johnson`).
                let in_office = roles.iter().any(|r| {
                    r.last == h.first
                        || r.first > h.last
                            && r.first <= h.last + 2
                            && tokens
                                .get(h.last)
                                .is_some_and(|t| t.punct == Punct::ClauseBreak)
                });
                // A name introduced by a party (`Tory MP Boris Johnson`,
                // `Labour's Ken Livingstone`) is named as a party's
                // politician, not as an office holder: no vote.
                let by_party = places.iter().any(|p| {
                    p.last <= h.first
                        && p.last + 2 >= h.first
                        && self.place_party.get(p.entry).copied().flatten().is_some()
                });
                if let Some(&Some(party)) = self.party_of.get(name) {
                    if let Some(v) = votes.get_mut(party) {
                        *v += if in_office {
                            3
                        } else if by_party {
                            0
                        } else {
                            1
                        };
                    }
                }
                named_people.push(name);
            }
        }
        let most = votes
            .iter()
            .enumerate()
            .max_by_key(|&(k, v)| (*v, std::cmp::Reverse(k)));
        let governing = most.filter(|&(_, &v)| v > 0).map(|(k, _)| k);
        out.governing = governing.and_then(|k| self.parties.get(k).cloned());
        // The people of the governing party are the target's; the others
        // the document names (`Tory MP Boris Johnson` in 2004) are not.
        for name in named_people {
            let party = self.party_of.get(name).copied().flatten();
            if party.is_none() || party == governing {
                push_surname(
                    &mut out.people,
                    self.names.get(name).map_or("", String::as_str),
                );
            }
        }
        for name in speakers {
            push_surname(&mut out.people, name);
        }
        out
    }
}
