//! The words around a quote that frame it (`condemned the plan`, `welcomed
//! the offer`): the part of the quote's own sentence before and after it,
//! and the frame cues found there, aimed at the target or a proxy the part
//! names.

use super::{tokenize_into, Aim, Analysis, Applied, Item, Kind, Rule, Rules, Scratch};
use crate::span::Span;
use crate::stance::target::Target;

/// The offset of the last sentence end (`.`, `!`, `?` or a line break) in `bytes`.
fn last_sentence_end(bytes: &[u8]) -> Option<usize> {
    // A line break is looked for only after the last mark, where it would
    // be the later end: most text around a quote is one line.
    let mark = memchr::memrchr3(b'.', b'!', b'?', bytes);
    let after = mark.map_or(0, |i| i + 1);
    let tail = bytes.get(after..).unwrap_or_default();
    memchr::memrchr(b'\n', tail).map(|i| after + i).or(mark)
}

/// The offset of the first sentence end (`.`, `!`, `?` or a line break) in `bytes`.
fn first_sentence_end(bytes: &[u8]) -> Option<usize> {
    // A line break is looked for only before the first mark, where it
    // would be the earlier end.
    let mark = memchr::memchr3(b'.', b'!', b'?', bytes);
    let head = bytes.get(..mark.unwrap_or(bytes.len())).unwrap_or_default();
    memchr::memchr(b'\n', head).or(mark)
}

/// The parts of the quote's own sentence(s) around it, before and after:
/// the words that frame it, within `frame` (the sentences the attribution
/// gives). Framing words of neighbouring sentences belong to other quotes.
pub fn frame_around(text: &str, frame: Span, quote: Span) -> [Span; 2] {
    // The sentence ends (`.`, `!`, `?`, a line break) are ASCII, so memchr
    // finds them: a byte-at-a-time scan mispredicts a branch per sentence.
    let before = Span::new(frame.start.min(quote.start), quote.start).of(text);
    let start = last_sentence_end(before.as_bytes())
        .map_or(frame.start, |i| frame.start.min(quote.start) + i + 1);
    let after = Span::new(quote.end, frame.end.max(quote.end)).of(text);
    let end =
        first_sentence_end(after.as_bytes()).map_or(frame.end.max(quote.end), |i| quote.end + i);
    let frame = Span::new(start, end.max(start));
    // Only the words around the quote frame it; the quote's own words are scored elsewhere.
    [
        Span::new(frame.start, quote.start.clamp(frame.start, frame.end)),
        Span::new(quote.end.clamp(frame.start, frame.end), frame.end),
    ]
}

/// Frame cues around a quote (`around`, from [`frame_around`]): the cue verb
/// counts fully, other framing words in the quote's own sentence count at
/// 0.8. A frame cue is aimed at the target when its part of the sentence
/// names it (`condemned the government`), else at a proxy there
/// (`welcomed the offer`). The items are left in `scratch.frame_items`;
/// returns whether a part with a frame cue names the target or a proxy.
pub fn frame_items_into(
    rules: &Rules,
    target: &Target,
    text: &str,
    around: [Span; 2],
    quote: Span,
    cue: Option<Span>,
    scratch: &mut Scratch,
) -> bool {
    let frame = Span::new(around[0].start, around[1].end.max(around[0].start));
    let Scratch {
        analysis: quoted,
        frame_items: out,
        frame_tokens: tokens,
        frame_hits: found,
        seen,
        ..
    } = scratch;
    out.clear();
    seen.clear();
    let mut names_target = false;
    for part in around {
        // Most sentences around a quote have no frame phrase; telling so
        // does not need their tokens.
        if part.is_empty() || !rules.frames.may_match(part.of(text)) {
            continue;
        }
        tokenize_into(text, part, tokens);
        rules.set.find_into(text, part, tokens, found);
        let before = out.len();
        for h in found.iter() {
            let kind = rules.kinds.get(h.entry).copied();
            if !kind.is_some_and(Kind::frames) || quote.overlaps(h.span) {
                continue;
            }
            let is_cue = cue.is_some_and(|c| c.overlaps(h.span));
            if seen.contains(&h.entry) && !is_cue {
                continue;
            }
            seen.push(h.entry);
            let w = rules.weights.get(h.entry).copied().unwrap_or(0.0);
            let weight = if is_cue { w } else { 0.8 * w };
            out.push(Item {
                span: h.span,
                first: h.first,
                last: h.last,
                base: w,
                weight,
                rules: Applied::one(Rule::Frame),
                aim: Aim::Loose,
                object: None,
                trigger: kind,
            });
        }
        if out.len() == before {
            continue;
        }
        let mention = target
            .mentions(text, part, tokens)
            .first()
            .map(|h| (h.span, Aim::Target));
        let proxy = || {
            found
                .iter()
                .find(|h| {
                    rules.kinds.get(h.entry) == Some(&Kind::Proxy)
                        && !h.first.checked_sub(1).is_some_and(|j| {
                            matches!(tokens.norm(j), "our" | "my" | "their" | "its")
                        })
                })
                .map(|h| (h.span, Aim::Proxy))
        };
        if let Some((span, aim)) = mention.or_else(proxy) {
            names_target = true;
            for it in out.get_mut(before..).into_iter().flatten() {
                it.aim = aim;
                it.object = Some(span);
            }
        }
    }
    if let Some(c) = cue {
        if !frame.contains(c) {
            tokenize_into(text, c, tokens);
            rules.set.find_into(text, c, tokens, found);
            for h in found.iter() {
                let kind = rules.kinds.get(h.entry).copied();
                if kind.is_some_and(Kind::frames) {
                    let w = rules.weights.get(h.entry).copied().unwrap_or(0.0);
                    out.push(Item {
                        span: h.span,
                        first: 0,
                        last: 0,
                        base: w,
                        weight: w,
                        rules: Applied::one(Rule::Frame),
                        aim: Aim::Loose,
                        object: None,
                        trigger: kind,
                    });
                }
            }
        }
    }
    // Only a cue before the quote can appeal to what opens it (`"…,"
    // Ann Roe urged` has its demand, if any, inside the quote).
    let cue_first = cue.filter(|c| c.end <= quote.start);
    if let Some(item) =
        cue_first.and_then(|c| appeal_to_target(rules, text, c, quoted, tokens, found))
    {
        out.push(item);
        names_target = true;
    }
    names_target
}

/// What the words between a cue and the quote after it, the cue's object,
/// name: the target, a proxy of it, or neither (`None`). What a quoted
/// fragment after an object describes is that object (`called the plans
/// "short-sighted"`, `described ministers as "out of touch"`). A proxy
/// owned by someone (`their plans`) is theirs.
pub fn cue_object(
    rules: &Rules,
    target: &Target,
    text: &str,
    cue: Span,
    quote: Span,
    scratch: &mut Scratch,
) -> Option<Aim> {
    let object = Span::new(cue.end, quote.start.max(cue.end));
    // An object is a few words; a longer stretch is a clause of its own.
    if object.len() < 3 || object.len() > 60 {
        return None;
    }
    let Scratch {
        frame_tokens: tokens,
        frame_hits: found,
        ..
    } = scratch;
    tokenize_into(text, object, tokens);
    if !target.mentions(text, object, tokens).is_empty() {
        return Some(Aim::Target);
    }
    if !rules.set.may_match(object.of(text)) {
        return None;
    }
    rules.set.find_into(text, object, tokens, found);
    found
        .iter()
        .any(|h| {
            rules.kinds.get(h.entry) == Some(&Kind::Proxy)
                && !h.first.checked_sub(1).is_some_and(|j| {
                    matches!(
                        tokens.norm(j),
                        "our" | "my" | "their" | "its" | "his" | "her"
                    )
                })
        })
        .then_some(Aim::Proxy)
}

/// The quote of an appeal to the target (see `appeal_to_target`) is what
/// the speaker asks for: the praise of its first sentence describes what is
/// not yet done, no verdict on what is (`called on the prime minister to
/// find a better way forward`). Inside a quote an appeal's scope is a guess
/// and its praise counts less; here the sentence that opens the quote is
/// the thing asked.
pub fn asked_for(scratch: &mut Scratch) {
    let Analysis {
        items, sentence, ..
    } = &mut scratch.analysis;
    for it in items.iter_mut() {
        if it.weight > 0.0 && sentence.get(it.first).is_some_and(|&s| s == 0) {
            it.apply(0.0, Rule::Demand);
        }
    }
}

/// An appeal cue verb whose object opens the reported clause (`urged
/// ministers to act`, `called on the government to think again`, `demanded
/// that ministers publish the cost`): a demand on the target, as an appeal
/// inside a quote is (see `demands.rs`). `quoted` is the quote's analysis
/// (its tokens and target mentions); an appeal to anyone else (`urged
/// councils to`, `called on its members to`) is none.
fn appeal_to_target(
    rules: &Rules,
    text: &str,
    cue: Span,
    quoted: &Analysis,
    tokens: &mut super::Tokens,
    found: &mut Vec<super::Hit>,
) -> Option<Item> {
    let opening = quoted.targets.first().filter(|t| {
        (0..t.first).all(|j| {
            quoted.tokens.get(j).is_some_and(|tok| !tok.is_word)
                || matches!(quoted.tokens.norm(j), "that" | "the")
        })
    })?;
    tokenize_into(text, cue, tokens);
    rules.set.find_into(text, cue, tokens, found);
    let appeal = found
        .iter()
        .find(|h| rules.kinds.get(h.entry) == Some(&Kind::Appeal))?;
    let w = rules.weights.get(appeal.entry).copied().unwrap_or(0.0);
    Some(Item {
        span: appeal.span,
        first: 0,
        last: 0,
        base: w,
        weight: w,
        rules: Applied::one(Rule::Demand),
        aim: Aim::Target,
        object: Some(opening.span),
        trigger: Some(Kind::Appeal),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn sentence_ends_are_the_nearest_of_either_kind(text in "[a .!?\n]{0,40}") {
            let bytes = text.as_bytes();
            let is_end = |b: &u8| matches!(b, b'.' | b'!' | b'?' | b'\n');
            proptest::prop_assert_eq!(last_sentence_end(bytes), bytes.iter().rposition(is_end));
            proptest::prop_assert_eq!(first_sentence_end(bytes), bytes.iter().position(is_end));
        }
    }
}
