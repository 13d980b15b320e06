//! Names written as web addresses: `Kerbsafe.com`, `Quillo.co.uk`. News
//! writes a company that trades online by its address, capitalized as a
//! name, and no person is named so. Hard cases: an address that is no
//! name (`www.acme.com`, lowercase), the possessive after it
//! (`Kerbsafe.com's director`: the name ends before it), and a charity's
//! `.org`, which names no company.

use memchr::memmem;

use super::{push_unless_taken, OrgMention};
use crate::knowledge::OrgKind;
use crate::span::Span;

/// The endings of the addresses read as names, longest first where one
/// ends another (`.org.uk` before `.org`), with the kind each gives.
const ENDINGS: [(&str, OrgKind); 5] = [
    (".co.uk", OrgKind::Company),
    (".com", OrgKind::Company),
    (".net", OrgKind::Company),
    (".org.uk", OrgKind::Other),
    (".org", OrgKind::Other),
];

/// Pushes to `found` each capitalized word ending in a web address's
/// ending that no mention found covers (unsorted: the caller sorts).
pub(super) fn push_web_names(text: &str, found: &mut Vec<OrgMention>) {
    let bytes = text.as_bytes();
    let mut new: Vec<OrgMention> = Vec::new();
    for (ending, kind) in ENDINGS {
        for at in memmem::find_iter(bytes, ending.as_bytes()) {
            let end = at + ending.len();
            // The ending ends the word (a possessive may follow).
            if bytes.get(end).is_some_and(|&b| {
                b.is_ascii_alphanumeric()
                    || b == b'.' && bytes.get(end + 1).is_some_and(u8::is_ascii_alphanumeric)
            }) {
                continue;
            }
            let start = bytes[..at]
                .iter()
                .rposition(|&b| !(b.is_ascii_alphanumeric() || b == b'-'))
                .map_or(0, |k| k + 1);
            // A name: a capital first, a word before the ending, and
            // nothing glued before it (`www.`, an e-mail's `@`).
            let glued = start > 0
                && !matches!(bytes[start - 1], b' ' | b'\n' | b'(' | b'"' | b'\'')
                && !text[..start].ends_with(['“', '‘']);
            if start == at || !bytes[start].is_ascii_uppercase() || glued {
                continue;
            }
            push_unless_taken(text, Span::new(start, end), kind, found, &mut new);
        }
    }
    found.extend(new);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(text: &str) -> Vec<(&str, OrgKind)> {
        let mut found = Vec::new();
        push_web_names(text, &mut found);
        found.sort_by_key(|m| m.span.start);
        found
            .iter()
            .map(|m| (m.span.of(text), m.org.kind))
            .collect()
    }

    #[test]
    fn addresses_written_as_names() {
        let cases: &[(&str, &[(&str, OrgKind)])] = &[
            // Fire: a capitalized address, with a possessive after it too.
            (
                "Kerbsafe.com's director said Quillo.co.uk had agreed.",
                &[
                    ("Kerbsafe.com", OrgKind::Company),
                    ("Quillo.co.uk", OrgKind::Company),
                ],
            ),
            (
                "The charity Safewalk.org.uk said so.",
                &[("Safewalk.org.uk", OrgKind::Other)],
            ),
            // Must not: an address that is no name, an e-mail, a longer domain.
            ("Visit www.acme.com or mail press@Acme.com today.", &[]),
            ("It moved to Quillo.community last year.", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(names(text), *want, "{text}");
        }
    }
}
