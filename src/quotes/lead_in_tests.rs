//! Table tests of how a quote finds its attribution outside its own
//! sentence or clause: a colon ending the line before it, a digest's
//! `Heading - Name:`, a report with no clause of its own right before it,
//! the outer of two nested reports, an inverted subject after a quote,
//! and which cues have no subject of their own. Invented sentences; each rule
//! has cases where it fires and cases where it must not.

use super::{detect, DetectOptions};
use crate::knowledge::Knowledge;
use crate::model::QuoteKind::{self, Direct, Indirect, Mixed};
use crate::segment::segment;

type Case = (
    &'static str,
    &'static [(QuoteKind, &'static str, &'static str)],
);

/// (kind, quote text, mention text) of every quote in `text`.
fn detected(text: &str) -> Vec<(QuoteKind, String, String)> {
    let k = Knowledge::builtin();
    let seg = segment(text, &k);
    detect(text, &seg, &k, DetectOptions::default())
        .iter()
        .map(|q| {
            let mention = q.mention.map_or(String::new(), |m| m.of(text).to_string());
            (q.kind, q.span.of(text).to_string(), mention)
        })
        .collect()
}

fn check(cases: &[Case]) {
    for (text, expected) in cases {
        let want: Vec<(QuoteKind, String, String)> = expected
            .iter()
            .map(|(k, a, b)| (*k, a.to_string(), b.to_string()))
            .collect();
        assert_eq!(detected(text), want, "detecting in {text:?}");
    }
}

#[test]
fn colon_ending_the_line_before_introduces_the_quote() {
    check(&[
        // A verb nobody lists as a cue, then the quote as its own paragraph.
        (
            "Ann Lee echoed:\n\n“He speaks his mind, and that is what we need.”",
            &[(Direct, "He speaks his mind, and that is what we need.", "Ann Lee")],
        ),
        (
            "The mayor released the following statement:\n\n“We grieve with the families of the victims.”",
            &[(Direct, "We grieve with the families of the victims.", "The mayor")],
        ),
        // The subject of the main clause, not of one opening the sentence.
        (
            "When Ann Lee retired in 1998, Governor Tom Hale released the following statement:\n\n“We thank her for her service.”",
            &[(Direct, "We thank her for her service.", "Governor Tom Hale")],
        ),
        (
            "Senate leader Ann Lee, R-Ky., delivered a blunt message to the mayor: “It is time to stop.”",
            &[(Direct, "It is time to stop.", "Senate leader Ann Lee")],
        ),
        // Not a preposition's object: the message is someone else's.
        ("His message to the chancellor was: “Please do not give it away.”", &[(Direct, "Please do not give it away.", "")]),
        // No colon: the paragraph before says nothing of the quote.
        (
            "Ann Lee smiled at the crowd.\n\n“He speaks his mind, and that is what we need.”",
            &[(Direct, "He speaks his mind, and that is what we need.", "")],
        ),
    ]);
}

#[test]
fn digest_names_the_source_after_its_heading() {
    check(&[
        (
            "SENATE RACE TIGHTENS - Tom Hale: “The margin has narrowed to two points this week.” [Post.]",
            &[(Direct, "The margin has narrowed to two points this week.", "Tom Hale")],
        ),
        (
            "What it means for May - More from Hale: “Turnout is the starting point of any forecast.”",
            &[(Direct, "Turnout is the starting point of any forecast.", "Hale")],
        ),
        ("From the report: “Samples with longer field periods did better.”", &[(Direct, "Samples with longer field periods did better.", "the report")]),
        // A cue opening the line goes before its subject.
        ("Stated Hale: “Turnout is the starting point of any forecast.”", &[(Direct, "Turnout is the starting point of any forecast.", "Hale")]),
        // A heading with a verb before the colon is no name.
        (
            "THE RACE - Turnout fell sharply: “Fewer people voted than at any time since 1990.”",
            &[(Direct, "Fewer people voted than at any time since 1990.", "")],
        ),
    ]);
}

#[test]
fn report_without_a_clause_introduces_the_next_quote() {
    check(&[
        (
            "Ann Lee, the party's spokeswoman, said in a statement. “There are no ballots to recount.”",
            &[(Direct, "There are no ballots to recount.", "Ann Lee")],
        ),
        (
            "Professor Tom Hale agreed. “Voters are running out of time to find another candidate.”",
            &[(Direct, "Voters are running out of time to find another candidate.", "Professor Tom Hale")],
        ),
        // A report with a clause of its own does not reach the next sentence.
        (
            "Ann Lee said the count was over. “There are no ballots to recount.”",
            &[(Indirect, "the count was over", "Ann Lee"), (Direct, "There are no ballots to recount.", "")],
        ),
        // Nor does the attribution of a quote before it: the next one continues it.
        (
            "“We will win,” Ann Lee said. “The voters are with us.”",
            &[(Direct, "We will win,", "Ann Lee"), (Direct, "The voters are with us.", "")],
        ),
        // Nor a sentence without a cue.
        ("Ann Lee spoke on Monday. “We will win.”", &[(Direct, "We will win.", "")]),
    ]);
}

#[test]
fn elliptical_cue_after_a_conjunction_has_no_subject() {
    check(&[
        (
            "She would bring her expertise to the administration if asked. “I am going to support him.”",
            &[(Direct, "I am going to support him.", "")],
        ),
        (
            "The mayor, when pressed, declined to name a date.",
            &[],
        ),
        // A participle after `as` shares the sentence's subject.
        (
            "Tom Hale quoted the plan as saying: “We will screen all arrivals.”",
            &[(Direct, "We will screen all arrivals.", "Tom Hale")],
        ),
    ]);
}

#[test]
fn report_nested_in_another_is_the_outer_speakers() {
    check(&[
        (
            "Rep. Ann Lee said Clinton called on members to be “closely coordinated.”",
            &[(Mixed, "Clinton called on members to be “closely coordinated.”", "Rep. Ann Lee")],
        ),
        (
            "Tom Hale said that Ann Lee had begged him for help and “would have dropped to her knees” for it.",
            &[(Mixed, "Ann Lee had begged him for help and “would have dropped to her knees” for it", "Tom Hale")],
        ),
        // Not a report in a clause hung on the outer one: adverbial, relative, joined.
        (
            "Rubio said little, while Cruz said that the “stakes are too high” for him.",
            &[(Mixed, "the “stakes are too high” for him", "Cruz")],
        ),
        (
            "Ann Lee is assuring voters she is tough after a man told her he worries she is “too nice” for the job.",
            &[(Mixed, "he worries she is “too nice” for the job", "a man")],
        ),
        (
            "The paper notes the state monitors mosques, and it says the sites were blocked “with the aim of safety.”",
            &[(Mixed, "the sites were blocked “with the aim of safety.”", "it")],
        ),
        // A report whose clause holds another's: not skipped as if an
        // adverbial led to the inner `that` (fire); an adverbial and a cue's
        // infinitive are skipped (must not).
        (
            "Heads vowed to fight on after the council said that the exam would go.",
            &[(Indirect, "to fight on after the council said that the exam would go", "Heads")],
        ),
        (
            "Ann Lee said after a meeting of the board that the offer was fair.",
            &[(Indirect, "the offer was fair", "Ann Lee")],
        ),
        (
            "Others continued to warn that the market would fall.",
            &[(Indirect, "the market would fall", "Others")],
        ),
        (
            "Ann Lee said on Tuesday, after the vote was held, that the party would respect it.",
            &[(Indirect, "the party would respect it", "Ann Lee")],
        ),
        // Nor the object of a preposition after the cue.
        (
            "Tom Hale hit back at Labour claims he had used her as a “human shield”.",
            &[(Mixed, "he had used her as a “human shield”", "Labour")],
        ),
    ]);
}

#[test]
fn object_cue_right_after_a_quote_takes_an_inverted_subject() {
    check(&[
        (
            "“How big is that wall?” asked the boy, who wore a red hat.",
            &[(Direct, "How big is that wall?", "the boy")],
        ),
        (
            "“Is it over?” asked Sen. Ann Lee of Ohio.",
            &[(Direct, "Is it over?", "Sen. Ann Lee of Ohio")],
        ),
        // A noun phrase that goes on (a listener and its object) is no subject.
        (
            "“Is it over?” asked Tom Hale the question again.",
            &[(Direct, "Is it over?", "")],
        ),
        // Away from the quote, the noun phrase after `asked` is its listener.
        (
            "“We will win,” she said, and asked Tom Hale to stand.",
            &[(Direct, "We will win,", "she")],
        ),
    ]);
}

#[test]
fn voicing_verbs_attribute_a_quote() {
    check(&[
        (
            "“Will he be the next attorney general?” a staffer in the room wondered.",
            &[(
                Direct,
                "Will he be the next attorney general?",
                "a staffer in the room",
            )],
        ),
        (
            "“Would it be negotiable?” Tom Hale pressed.",
            &[(Direct, "Would it be negotiable?", "Tom Hale")],
        ),
        // With a noun phrase as object they report nothing.
        ("Ann Lee pressed the button twice.", &[]),
        ("Ann Lee echoed the call for calm.", &[]),
    ]);
}
