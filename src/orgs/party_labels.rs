//! A party's label after a member's name: `(D-Ohio)`, `, R-Texas`, or in
//! brackets, `(Lab, Bolton)`, `(Con)`, or one that names its party only
//! before a member's office, `Green MSP` (data/party_labels.tsv). Takes the
//! text; pushes each label as a mention of its party. A hyphened label
//! closes after its place: not `D-Day veteran`, `(R-Rated films)`.

use crate::knowledge::Knowledge;
use crate::span::Span;

use super::OrgMention;

/// The party of a label after a member's name, `(D-Ohio)` or `, R-Texas`, or
/// in brackets, `(Lab, Bolton)`, `(Con)` (data/party_labels.tsv), pushed to
/// `found`: the mention is the label.
pub(super) fn push_party_labels(text: &str, knowledge: &Knowledge, found: &mut Vec<OrgMention>) {
    let bytes = text.as_bytes();
    if !knowledge.bracket_party_labels.is_empty() {
        for open in memchr::memchr_iter(b'(', bytes) {
            let start = open + 1;
            let rest = bytes.get(start..).unwrap_or_default();
            let Some(len) = rest.iter().take(12).position(|b| matches!(b, b',' | b')')) else {
                continue;
            };
            let label = text.get(start..start + len).unwrap_or_default();
            if let Some(party) = knowledge.party_of_bracket_label(label) {
                found.push(OrgMention {
                    span: Span::new(start, start + len),
                    org: party.to_name(),
                });
            }
        }
    }
    // `Green MSP Eilidh Baxter`, `Scottish Green councillor`: a label that
    // names its party only right before a member's office, not after
    // another name's word (`Damian Green MP` is a surname).
    for (label, index) in &knowledge.office_party_labels {
        let Some(party) = knowledge.org(*index) else {
            continue;
        };
        for start in memchr::memmem::find_iter(bytes, label.as_bytes()) {
            let end = start + label.len();
            if !crate::knowledge::on_word_bounds(text, start, end) {
                continue;
            }
            let rest = text.get(end..).unwrap_or_default();
            let office = rest
                .strip_prefix(' ')
                .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
                .is_some_and(|w| knowledge.is_office(w));
            // (After any space but a line break, a hyphen or a title: `Jo
            // Smith-Green MP`, `Mr Green MP`.)
            let before = text.get(..start).unwrap_or_default();
            let trimmed = before.trim_end();
            let spaced = trimmed.len() < before.len() && !before[trimmed.len()..].contains('\n');
            let word_before = trimmed
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or_default();
            let after_name = before.ends_with('-')
                || spaced
                    && word_before.starts_with(char::is_uppercase)
                    && (knowledge.title(word_before).is_some()
                        || !knowledge.is_function_word(word_before)
                            && !knowledge.is_place(word_before));
            if office && !after_name {
                found.push(OrgMention {
                    span: Span::new(start, end),
                    org: party.to_name(),
                });
            }
        }
    }
    // Hyphens are few: each is looked at, with the bytes around it.
    for at in memchr::memchr_iter(b'-', bytes) {
        // A capital, a hyphen and a place's capital (`D-Ohio`, `R-N.Y.`),
        // after a bracket or a comma and a space.
        let (Some(start), Some(&place)) = (at.checked_sub(1), bytes.get(at + 1)) else {
            continue;
        };
        let letter = bytes[start];
        let before = bytes.get(..start).unwrap_or_default();
        let opens = before.ends_with(b"(") || before.ends_with(b", ");
        if !(letter.is_ascii_uppercase() && place.is_ascii_uppercase() && opens) {
            continue;
        }
        // The label closes after its place (`(D-Ohio)`, `, R-N.Y.,`): not
        // `D-Day veteran`, `(R-Rated films)`.
        let place_end = bytes[at + 1..]
            .iter()
            .position(|b| !(b.is_ascii_alphabetic() || *b == b'.'))
            .map_or(bytes.len(), |n| at + 1 + n);
        let closes = matches!(bytes.get(place_end), None | Some(b')' | b',' | b';'))
            || bytes[..place_end].ends_with(b".");
        let Some(party) = knowledge.party_of_label(letter).filter(|_| closes) else {
            continue;
        };
        found.push(OrgMention {
            span: Span::new(start, at),
            org: party.to_name(),
        });
    }
}
