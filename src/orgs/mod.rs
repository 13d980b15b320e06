//! Organization mentions: the gazetteer, head-word patterns and acronym links.
//!
//! Takes the text and the knowledge; gives every organization mention with a
//! canonical name. A document's own long form wins over the gazetteer's
//! (`Public and Commercial Services (PCS)` → `Public and Commercial Services`),
//! and `Long Name (ACR)` links the acronym both ways for the whole document.
//! Unknown organizations are found by their head word (`Whitley Council`,
//! `… Union`, `Royal College of …`, `Department for …`).
//!
//! The parts: `gazetteer` finds every known name in one scan; `elsewhere`
//! gives a government body named after another state to that state;
//! `party_labels` reads the party label after a member's name; `patterns`
//! finds unknown names by their head word; `context` finds the names nobody
//! listed by the words around them; `later_uses` finds a name found once
//! where the text writes it again (shorter, informally, or by its first
//! words); `councils` names a council called by its kind in a town's story;
//! `acronyms` links a long name and its acronym. This file runs them in order and settles
//! which of two overlapping mentions stays.

use crate::knowledge::{on_word_bounds, Knowledge, OrgKind};
use crate::segment::{possessive_suffix, Segmentation};
use crate::span::Span;

mod acronyms;
mod camel_names;
mod context;
mod councils;
mod elsewhere;
mod gazetteer;
mod later_uses;
mod party_labels;
mod patterns;
/// Pushes to `new` an organization of kind `kind` named by the text of
/// `span`, unless a mention in `found` or `new` overlaps it: the names found
/// by their shape alone (web addresses, camel case) yield to every other.
fn push_unless_taken(
    text: &str,
    span: Span,
    kind: OrgKind,
    found: &[OrgMention],
    new: &mut Vec<OrgMention>,
) {
    let taken = |m: &OrgMention| m.span.overlaps(span);
    if found.iter().any(taken) || new.iter().any(taken) {
        return;
    }
    new.push(OrgMention {
        span,
        org: OrgName {
            name: span.of(text).to_string(),
            acronym: None,
            kind,
        },
    });
}

#[cfg(test)]
mod tests;
mod web_names;

pub(crate) use gazetteer::Gazetteer;

use acronyms::{link_acronyms, push_spelled_out};
use elsewhere::move_elsewhere;
use later_uses::{name_in_full, push_informal_names, push_short_names};
use party_labels::push_party_labels;
use patterns::{extend_remit_lists, pattern_orgs};

/// An organization as the document names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgName {
    pub name: String,
    pub acronym: Option<String>,
    pub kind: OrgKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgMention {
    pub span: Span,
    pub org: OrgName,
}

/// All organization mentions of a text, in order, with document-level canonical names.
///
/// ```
/// use sayso::{orgs::find_orgs, segment::segment, Knowledge};
/// let k = Knowledge::builtin();
/// let text = "Kevin Courtney of the National Education Union (NEU) spoke.";
/// let orgs = find_orgs(text, &segment(text, &k), &k);
/// assert_eq!(orgs[0].org.name, "National Education Union");
/// assert_eq!(orgs[0].org.acronym.as_deref(), Some("NEU"));
/// ```
pub fn find_orgs(text: &str, seg: &Segmentation, knowledge: &Knowledge) -> Vec<OrgMention> {
    let mut found: Vec<OrgMention> = Vec::new();
    // Phrases that name no organization (`Labour relations`, `National
    // Insurance`): they take their text from a shorter known name inside,
    // and from a name shaped like an organization's (`… Insurance`).
    let mut no_org: Vec<Span> = Vec::new();
    for (span, name) in knowledge.org_matcher.find_iter(text) {
        if !on_word_bounds(text, span.start, span.end) {
            continue;
        }
        let Some(entry) = knowledge
            .org_of_pattern
            .get(name)
            .and_then(|&i| knowledge.org(i?))
        else {
            no_org.push(span);
            continue;
        };
        found.push(OrgMention {
            span,
            org: entry.to_name(),
        });
    }
    move_elsewhere(text, knowledge, &mut found);
    push_party_labels(text, knowledge, &mut found);
    // A name shaped like an organization's that reaches past a news outlet's
    // name it overlaps is another organization (`The Independent Networks
    // Association` is not the newspaper). Other known names keep theirs:
    // `Metropolitan Police Commissioner` is the police's.
    let mut unknown = pattern_orgs(text, seg, knowledge);
    extend_remit_lists(text, &mut unknown);
    unknown.retain(|p| {
        if no_org.iter().any(|n| n.overlaps(p.span)) {
            return false;
        }
        let overlapping = || found.iter().filter(|f| f.span.overlaps(p.span));
        let past_outlet = |f: &OrgMention| f.org.kind == OrgKind::Media && p.span.end > f.span.end;
        // `the opposition Social Green Party`: a name ending in a known one's
        // head, with a word before it that is no place (`Scottish Green
        // Party` is the Scottish branch, which the list may hold) nor a
        // word that is no name's (`Former`, a title), is another body.
        let ends_known = |f: &OrgMention| {
            f.span.end == p.span.end && f.span.start > p.span.start && {
                // One word, inside a sentence (a headline's capitals say
                // nothing: `Top Republican Party Donor`), not a possessive
                // (`Germany's Green Party` is the party).
                let before = text.get(p.span.start..f.span.start).unwrap_or_default();
                let mut words = before.split_whitespace();
                let first = words.next().unwrap_or_default();
                let inside = text
                    .get(..p.span.start)
                    .and_then(|t| t.trim_end_matches(' ').chars().last())
                    .is_some_and(|c| c.is_alphanumeric() || c == ',');
                words.next().is_none()
                    && inside
                    && possessive_suffix(first) == 0
                    && !knowledge.is_place(first)
                    && !knowledge.is_function_word(first)
                    && knowledge.title(first).is_none()
                    && !knowledge.is_role(first)
                    && !knowledge.is_past_marker(first)
                    && knowledge.devolved_government(first).is_none()
            }
        };
        // `the Commons Treasury Committee`: a body that is no government's,
        // named with a government body's name before its own head word, is
        // another body (a committee scrutinizing the department).
        let names_government_body = |f: &OrgMention| {
            f.org.kind == OrgKind::Government
                && p.org.kind != OrgKind::Government
                && p.span.end > f.span.end
        };
        if overlapping().all(|f| past_outlet(f) || ends_known(f) || names_government_body(f)) {
            found.retain(|f| !f.span.overlaps(p.span));
            true
        } else {
            false
        }
    });
    found.extend(unknown);
    web_names::push_web_names(text, &mut found);
    push_short_names(text, knowledge, &mut found);
    let tokens = seg
        .tokens
        .get(..seg.tokens.partition_point(|t| t.end <= text.len()))
        .unwrap_or_default();
    let capitalized = seg
        .capitalized
        .get(..seg.capitalized.partition_point(|&c| c < tokens.len()))
        .unwrap_or_default();
    let mut by_context = context::context_orgs(text, tokens, capitalized, knowledge, &found);
    name_in_full(text, knowledge, &mut by_context, &found);
    found.retain(|f| !by_context.iter().any(|c| c.span.overlaps(f.span)));
    found.extend(by_context);
    camel_names::push_camel_names(text, seg, knowledge, &mut found);
    push_spelled_out(text, knowledge, &mut found);
    councils::push_local_councils(text, seg, knowledge, &mut found);
    found.sort_by_key(|m| m.span.start);
    link_acronyms(text, &mut found);
    push_informal_names(text, tokens, capitalized, knowledge, &mut found);
    found
}
