//! A government body named after another state (`the US Treasury`, `the
//! Irish Department of Health`): the stance target's elsewhere list tells
//! that the words before a known government body's name put it in another
//! state, and the mention becomes that state's public body, those words
//! taken in.

use crate::knowledge::{Knowledge, OrgKind};
use crate::span::Span;

use super::{OrgMention, OrgName};

/// `the US Treasury`, `the Irish Department of Health`, `France's Ministry of
/// Defence`: a government body of the list named after a place or another
/// government (one or two capitalized words, by the stance target's elsewhere
/// list) is that state's body, not the target's own: the mention takes in
/// those words and is a public body's.
pub(super) fn move_elsewhere(text: &str, knowledge: &Knowledge, found: &mut [OrgMention]) {
    for m in found
        .iter_mut()
        .filter(|m| m.org.kind == OrgKind::Government)
    {
        let before = text.get(..m.span.start).unwrap_or_default();
        let Some(head) = before.strip_suffix(' ') else {
            continue;
        };
        // The last one or two words before the name, the longer first
        // (`South African`, then `African`).
        let word_start = |end: &str| {
            end.char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
                .map_or(0, |(k, c)| k + c.len_utf8())
        };
        let last = word_start(head);
        let two = head.get(..last.saturating_sub(1)).map(word_start);
        let mut starts = two.filter(|_| last > 0).into_iter().chain([last]);
        let moved = starts.find(|&start| {
            let words = head.get(start..).unwrap_or_default();
            words.starts_with(|c: char| c.is_uppercase()) && knowledge.puts_elsewhere(words)
        });
        if let Some(start) = moved {
            m.span = Span::new(start, m.span.end);
            m.org = OrgName {
                name: m.span.of(text).to_string(),
                acronym: None,
                kind: OrgKind::Public,
            };
        }
    }
}
