//! One test per stance rule: a case where it fires and a case where it must not.

use sayso::model::{Stance, StanceLabel};
use sayso::span::Span;
use sayso::stance::{Aim, DocumentTarget, QuoteContext, Side, StanceScorer};

fn score(s: &StanceScorer, text: &str, ctx: &QuoteContext) -> Stance {
    s.score_quote(text, Span::new(0, text.len()), ctx)
}

/// A document that names the target (read with the built-in scorer, kept
/// for the whole test run).
fn about_the_target() -> &'static DocumentTarget<'static> {
    static SCORER: std::sync::OnceLock<StanceScorer> = std::sync::OnceLock::new();
    let scorer = SCORER.get_or_init(StanceScorer::new);
    Box::leak(Box::new(scorer.read_document("The government spoke.", &[])))
}

/// A union's or campaigner's quote in an article about the target.
fn dispute() -> QuoteContext<'static> {
    QuoteContext {
        speaker: Side::Other,
        document: Some(about_the_target()),
        ..QuoteContext::default()
    }
}

fn quote(text: &str) -> Stance {
    score(&StanceScorer::new(), text, &dispute())
}

/// A quote of the target's own speaker, nothing else known.
fn said_by_the_target(text: &str) -> Stance {
    let gov = QuoteContext {
        speaker: Side::Target,
        ..QuoteContext::default()
    };
    score(&StanceScorer::new(), text, &gov)
}

fn fired(st: &Stance, rule: &str) -> bool {
    st.evidence
        .iter()
        .any(|e| e.rule.split('+').any(|r| r == rule))
}

#[test]
fn lexicon_domain_phrases() {
    let st = quote("The talks fell well short and the offer is derisory.");
    assert_eq!(st.label, StanceLabel::Negative);
    assert!(st.evidence.iter().any(|e| e.text == "fell well short"));
    let st = quote("This is a step in the right direction.");
    assert_eq!(st.label, StanceLabel::Positive);
    assert_eq!(
        quote("The meeting is on Tuesday at the department.").label,
        StanceLabel::Neutral
    );
    // Scorn by idiom, and a neglect a negation would otherwise read as
    // praise (`not bothered` is no comfort): fire …
    for (text, cue) in [
        (
            "The new council the government wants is a talking shop.",
            "talking shop",
        ),
        (
            "The government's formula is past its sell-by date.",
            "past its sell-by date",
        ),
        (
            "Ministers have not even bothered to publish the plan.",
            "not even bothered to",
        ),
    ] {
        let st = quote(text);
        assert_eq!(st.label, StanceLabel::Negative, "{text}");
        assert!(st.evidence.iter().any(|e| e.text == cue), "{text}");
    }
    // … not the words alone in their literal sense.
    for text in [
        "Ministers visited a talking bookshop in Leeds.",
        "Ministers said the milk had a sell-by date of Friday.",
    ] {
        assert_eq!(quote(text).label, StanceLabel::Neutral, "{text}");
    }
}

/// Funding, penalties and pledges are what a story is about, not verdicts
/// (no cue fires); a promise kept is one.
#[test]
fn lexicon_topic_words_are_no_verdicts() {
    for text in [
        "Ministers promised to give the regulator powers to fine firms.",
        "The council's government grant will be paid in April.",
    ] {
        let st = quote(text);
        assert_eq!(st.label, StanceLabel::Neutral, "{text}");
        assert!(st.evidence.is_empty(), "{text}: {:?}", st.evidence);
    }
    let st = quote("The government has kept its promise on the grant.");
    assert_eq!(st.label, StanceLabel::Positive);
    assert!(st.evidence.iter().any(|e| e.text == "kept its promise"));
}

/// `kind` as a noun is no kindness; the adjective still is. Idioms VADER
/// lacks are verdicts; `trust` naming a body is none.
#[test]
fn lexicon_kind_as_a_noun() {
    for (text, label) in [
        (
            "It is a false economy of the worst kind.",
            StanceLabel::Negative,
        ),
        (
            "Meetings of this kind are held in every region.",
            StanceLabel::Neutral,
        ),
        ("Plans of any kind are due in April.", StanceLabel::Neutral),
        ("It was a kind and generous offer.", StanceLabel::Positive),
        // Idioms of criticism VADER lacks, and `trust` naming a body.
        (
            "They have acted in bad faith from the start.",
            StanceLabel::Negative,
        ),
        ("It is a dereliction of duty.", StanceLabel::Negative),
        (
            "The hospital trust will publish its figures in April.",
            StanceLabel::Neutral,
        ),
    ] {
        assert_eq!(quote(text).label, label, "{text}");
    }
}

/// A verdict's counterpart is a verdict too: `lawful` as `unlawful`,
/// `rightly` as `wrongly`.
#[test]
fn lexicon_counterparts() {
    for (text, label, cue) in [
        ("The new policy is lawful.", StanceLabel::Positive, "lawful"),
        (
            "The new policy is unlawful.",
            StanceLabel::Negative,
            "unlawful",
        ),
        (
            "Ministers acted rightly on the policy.",
            StanceLabel::Positive,
            "rightly",
        ),
        (
            "Ministers acted wrongly on the policy.",
            StanceLabel::Negative,
            "wrongly",
        ),
    ] {
        let st = quote(text);
        assert_eq!(st.label, label, "{text}");
        assert!(st.evidence.iter().any(|e| e.text == cue), "{text}");
    }
    assert_eq!(
        quote("Ministers acted on the policy.").label,
        StanceLabel::Neutral
    );
}

#[test]
fn negation_fires() {
    for t in [
        "There was not a concrete offer.",
        "There was no concrete progress.",
        "The Government aren’t taking us seriously.",
        // `how little`, `very little` deny what follows; `a little` does not.
        "It shows how little respect the government has for councils.",
    ] {
        let st = quote(t);
        assert_eq!(st.label, StanceLabel::Negative, "{t}: {st:?}");
        assert!(fired(&st, "negation"), "{t}");
    }
    assert!(!fired(
        &quote("We have made a little progress."),
        "negation"
    ));
}

#[test]
fn negation_does_not_cross_clauses() {
    let st = quote("We did not expect it, but this is a constructive offer.");
    assert_eq!(st.label, StanceLabel::Positive, "{st:?}");
    assert!(!fired(&st, "negation"));
    assert!(!fired(&quote("This is a constructive offer."), "negation"));
}

#[test]
fn intensifier_and_dampener() {
    let plain = quote("That is disappointing.");
    let strong = quote("That is bitterly disappointing, deeply so.");
    assert!(strong.score < plain.score);
    let st = quote("That is absolutely ludicrous.");
    assert!(fired(&st, "intensifier"));
    let st = quote("That is slightly disappointing.");
    assert!(fired(&st, "dampener"));
    assert!(!fired(&plain, "intensifier") && !fired(&plain, "dampener"));
}

#[test]
fn contrast_weighs_what_follows() {
    let st = quote("There was some engagement on pay, but not a concrete offer.");
    assert_eq!(st.label, StanceLabel::Negative, "{st:?}");
    assert!(fired(&st, "contrast"));
    let st = quote("Although the meeting was more constructive this time, there is nothing tangible on the table.");
    assert_eq!(st.label, StanceLabel::Negative, "{st:?}");
    assert!(fired(&st, "concession"));
    assert!(!fired(&quote("The meeting was constructive."), "contrast"));
}

#[test]
fn scare_quotes_doubt_praise() {
    let st = quote("They call this “progress” while nurses queue at food banks.");
    assert!(fired(&st, "scare-quote"), "{st:?}");
    assert!(st.score <= 0.0);
    // A whole quoted sentence is not a scare quote.
    let st = quote("She said “this is real progress and we welcome it” today.");
    assert!(!fired(&st, "scare-quote"));
    assert_eq!(st.label, StanceLabel::Positive);
}

#[test]
fn a_speakers_own_feeling_in_quotes_is_no_scare_quote() {
    // (Fires: the quoted praise is somebody else's word for the plan.)
    let st = quote("the plan was “fair” to the government's schemes");
    assert!(fired(&st, "scare-quote"), "{st:?}");
    // (Must not: the speaker's own feeling, in their own word.)
    let st = quote("she was “delighted” by the government's plan");
    assert!(!fired(&st, "scare-quote"), "{st:?}");
    assert_eq!(st.label, StanceLabel::Positive);
}

#[test]
fn rhetorical_questions() {
    let st = quote("How can the Government look nurses in the eye?");
    assert!(fired(&st, "rhetorical-question"), "{st:?}");
    assert_eq!(st.label, StanceLabel::Negative);
    assert!(!fired(
        &quote("We asked how the talks went."),
        "rhetorical-question"
    ));
}

#[test]
fn demands_to_the_target() {
    let st = quote("The government needs to wake up and lift the cap on wages.");
    assert!(fired(&st, "demand"), "{st:?}");
    assert_eq!(st.label, StanceLabel::Negative);
    let st = quote("If he wants a resolution to the dispute, he must put some money on the table.");
    assert!(fired(&st, "demand"), "{st:?}");
    let st = quote("We urge ministers to think again.");
    assert!(fired(&st, "demand"), "{st:?}");
    // The speaker's own obligations are not demands on the target.
    assert!(!fired(
        &quote("We must keep talking to our members."),
        "demand"
    ));
    assert!(!fired(
        &said_by_the_target("They must accept the offer."),
        "demand"
    ));
}

/// A bare verb opening a sentence demands what it names of whoever must act.
#[test]
fn imperatives_are_demands() {
    for text in [
        "Scrap the tax now.",
        "Think again, and lift the cap on wages.",
        "Now resign, all of you.",
        "They have failed. Give the staff a decent deal.",
    ] {
        let st = quote(text);
        assert!(fired(&st, "demand"), "{text}: {st:?}");
        assert_eq!(st.label, StanceLabel::Negative, "{text}");
    }
    // Not opening its sentence, a noun of the same form, or the target's
    // own speaker telling someone else what to do.
    for text in [
        "We will scrap the tax next year.",
        "Drop in sales hit the firm.",
        "Give is all they ask of us.",
        "All we need to do … scrap the paperwork ourselves.",
        "All we need to do ... scrap the paperwork ourselves.",
    ] {
        assert!(!fired(&quote(text), "demand"), "{text}");
    }
    assert!(!fired(
        &said_by_the_target("Scrap the old rules."),
        "demand"
    ));
}

#[test]
fn frame_cue_verbs() {
    let doc = "Unions condemned the plan. Ms Smith said: “We will respond next week.”";
    let q = doc
        .find("We will")
        .map(|s| Span::new(s, s + "We will respond next week.".len()))
        .unwrap_or_default();
    let s = StanceScorer::new();
    let cue = doc
        .find("condemned")
        .map(|c| Span::new(c, c + "condemned".len()));
    let framed = QuoteContext {
        cue,
        frame: Some(Span::new(0, doc.len())),
        ..dispute()
    };
    let st = s.score_quote(doc, q, &framed);
    assert!(fired(&st, "frame"));
    assert_eq!(st.label, StanceLabel::Negative);
    let doc = "The union welcomed the offer, saying it was “a basis for talks”.";
    let q = doc
        .find("a basis")
        .map(|s| Span::new(s, s + "a basis for talks".len()))
        .unwrap_or_default();
    let framed = QuoteContext {
        frame: Some(Span::new(0, doc.len())),
        ..dispute()
    };
    let st = s.score_quote(doc, q, &framed);
    assert!(fired(&st, "frame"), "{st:?}");
    assert!(fired(&st, "at-proxy"), "welcomed the offer: {st:?}");
    assert_eq!(st.label, StanceLabel::Positive);
    // Without a frame, no frame evidence.
    assert!(!fired(&s.score_quote(doc, q, &dispute()), "frame"));
}

#[test]
fn the_targets_own_speaker() {
    let s = StanceScorer::new();
    let text = "We are happy to talk to all unions about what is fair and reasonable, despite the economic pressures.";
    let gov = QuoteContext {
        speaker: Side::Target,
        ..dispute()
    };
    let st = score(&s, text, &gov);
    assert_eq!(st.label, StanceLabel::Positive, "{st:?}");
    assert!(fired(&st, "at-own-side") || fired(&st, "unaimed"), "{st:?}");
    // A government speaker criticising others does not read as against itself.
    let st = score(
        &s,
        "These strikes are disappointing and harmful to patients.",
        &gov,
    );
    assert_ne!(st.label, StanceLabel::Negative, "{st:?}");
}

#[test]
fn praise_of_own_side_is_not_about_the_target() {
    let s = StanceScorer::new();
    let text = "I am proud of our members and their fantastic mandate.";
    let st = quote(text);
    assert_eq!(st.label, StanceLabel::Neutral, "{st:?}");
    let why = s.explain_quote(text, Span::new(0, text.len()), &dispute());
    let proud = why.cues.iter().find(|c| c.text == "proud").expect("a cue");
    assert_eq!((proud.aim, proud.counted), (Aim::Own, 0.0), "{why}");
    let st = quote("The government has made a fantastic offer.");
    assert!(fired(&st, "at-target") || fired(&st, "at-proxy"), "{st:?}");
    assert_eq!(st.label, StanceLabel::Positive);
}

#[test]
fn irrealis_hopes_are_not_facts() {
    let st =
        quote("A concrete offer could help resolve this dispute and make significant progress.");
    assert!(fired(&st, "irrealis"), "{st:?}");
    assert!(!fired(
        &quote("They made significant progress."),
        "irrealis"
    ));
}

#[test]
fn proper_names_are_not_sentiment() {
    let st = quote("The Health and Social Care Secretary met the union.");
    assert!(st.evidence.is_empty(), "{st:?}");
    // Sentence-initial capitals are ordinary words.
    assert_eq!(
        quote("Outrageous, that is what it is.").label,
        StanceLabel::Negative
    );
}

#[test]
fn user_target_changes_the_result() {
    let text = "The board must put some money on the table.";
    let uk = StanceScorer::new();
    assert!(!fired(
        &score(&uk, text, &QuoteContext::default()),
        "demand"
    ));
    let company =
        StanceScorer::with_target("# the employer\nthe board\nAcme Ltd\n").expect("valid target");
    let st = score(&company, text, &QuoteContext::default());
    assert!(fired(&st, "demand"), "{st:?}");
    assert_eq!(st.label, StanceLabel::Negative);
    assert!(company.is_target("Acme Ltd spokesperson"));
    assert!(!company.is_target("Department of Health and Social Care"));
    assert!(uk.is_target("Department of Health and Social Care"));
    assert!(StanceScorer::with_target("").is_err());
}

#[test]
fn explanation_names_cues_and_rules() {
    let s = StanceScorer::new();
    let text = "There was not a concrete offer.";
    let st = score(&s, text, &QuoteContext::default());
    let ex = s.explain(&st, text);
    assert!(
        ex.contains("negative") && ex.contains("concrete offer") && ex.contains("negated"),
        "{ex}"
    );
    let neutral = score(&s, "The meeting is on Tuesday.", &QuoteContext::default());
    assert!(s
        .explain(&neutral, "The meeting is on Tuesday.")
        .contains("neutral"));
}

#[test]
fn evidence_spans_are_char_boundaries() {
    let s = StanceScorer::new();
    let text = "“Ce n’est pas juste” — it’s a façade, a real-terms cut, £5 below inflation.";
    for start in 0..text.len() {
        let st = s.score_quote(
            text,
            Span::new(start, text.len() + 3),
            &QuoteContext::default(),
        );
        for e in &st.evidence {
            assert!(text.is_char_boundary(e.span[0]) && text.is_char_boundary(e.span[1]));
            assert_eq!(text.get(e.span[0]..e.span[1]), Some(e.text.as_str()));
        }
    }
}

#[test]
fn target_level_scoring_follows_the_mention() {
    let s = StanceScorer::new();
    let line = serde_json::json!({"id": "a", "sentence": "“Cruz is a liar and a fraud,” Trump said.", "mention": "Cruz", "from": 1, "to": 5});
    let r = s.score_newsmtsc_line(&line).expect("scores");
    assert_eq!(r.label, StanceLabel::Negative, "{r:?}");
    assert!(s
        .score_newsmtsc_line(&serde_json::json!({"id": 1}))
        .is_err());
}
