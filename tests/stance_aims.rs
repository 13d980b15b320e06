//! Who is judged, not just which words are warm: the stance toward the
//! target follows what each cue is aimed at and who says it. Each table
//! holds cases where a reading fires and cases where it must not, all
//! invented sentences.

use sayso::model::StanceLabel::{self, Negative, Neutral, Positive};
use sayso::span::Span;
use sayso::stance::{Aim, DocumentTarget, QuoteContext, Side, StanceScorer};
use sayso::{Organization, Pipeline};

/// A document that names the target (read with the built-in scorer, kept
/// for the whole test run).
fn about_the_target() -> &'static DocumentTarget<'static> {
    static SCORER: std::sync::OnceLock<StanceScorer> = std::sync::OnceLock::new();
    let scorer = SCORER.get_or_init(StanceScorer::new);
    Box::leak(Box::new(scorer.read_document("The government spoke.", &[])))
}

/// The label of `text`, a whole quote said from `side` in an article that
/// names the target.
fn label(scorer: &StanceScorer, side: Side, text: &str) -> StanceLabel {
    let context = QuoteContext {
        speaker: side,
        document: Some(about_the_target()),
        ..QuoteContext::default()
    };
    scorer
        .score_quote(text, Span::new(0, text.len()), &context)
        .label
}

/// The label of `text`, a whole quote said from `side`, in the story
/// `document` was read from.
fn label_in_story(
    scorer: &StanceScorer,
    side: Side,
    text: &str,
    document: &DocumentTarget,
) -> StanceLabel {
    let context = QuoteContext {
        speaker: side,
        document: Some(document),
        ..QuoteContext::default()
    };
    scorer
        .score_quote(text, Span::new(0, text.len()), &context)
        .label
}

fn check(scorer: &StanceScorer, cases: &[(Side, &str, StanceLabel)]) {
    for &(side, text, want) in cases {
        assert_eq!(label(scorer, side, text), want, "{side:?}: {text}");
    }
}

#[test]
fn verdicts_on_others_are_neutral() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: the same verdicts on the target.
            (
                Side::Party,
                "The government's plans are a disgrace.",
                Negative,
            ),
            (
                Side::Party,
                "Ministers have made a shambles of it.",
                Negative,
            ),
            (Side::Other, "This bill is absurd and damaging.", Negative),
            // Must not fire: a devolved government, the opposition's own
            // plan, the EU, another party.
            (
                Side::Party,
                "The Scottish Executive's plans are a disgrace.",
                Neutral,
            ),
            (
                Side::Party,
                "Our plans are excellent and will transform schools.",
                Neutral,
            ),
            (
                Side::Other,
                "The EU rules are absurd and damaging.",
                Neutral,
            ),
            (
                Side::Party,
                "The Liberal Democrats have made a shambles of it.",
                Neutral,
            ),
            // `their` owns a proxy for the nearest owner named before it.
            (
                Side::Party,
                "The Liberal Democrats admit their plans are a shambles.",
                Neutral,
            ),
            (
                Side::Party,
                "Ministers admit their plans are a shambles.",
                Negative,
            ),
            (Side::Party, "Their plans are a shambles.", Negative),
        ],
    );
}

#[test]
fn foreign_office_holders_are_not_the_target() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            (
                Side::Other,
                "The finance minister made a terrible mistake.",
                Negative,
            ),
            (
                Side::Other,
                "The chancellor's budget is a disgrace.",
                Negative,
            ),
            (
                Side::Other,
                "South Africa's finance minister made a terrible mistake.",
                Neutral,
            ),
            (
                Side::Other,
                "The US Treasury's budget is a disgrace.",
                Neutral,
            ),
            (
                Side::Other,
                "The former chancellor made a terrible mistake.",
                Neutral,
            ),
        ],
    );
    // The same decision flags speakers: `government: true` and the side.
    let pipeline = Pipeline::new();
    let knowledge = pipeline.knowledge();
    assert!(knowledge.is_government("the finance minister"));
    assert!(!knowledge.is_government("South Africa's finance minister Trevor Manuel"));
    assert!(!knowledge.is_government("a US Treasury under-secretary"));
    assert!(!knowledge.is_government("the former Dutch prime minister"));
    let text =
        "South Africa's finance minister Trevor Manuel said: \u{201c}We will cut taxes.\u{201d}";
    let analysis = pipeline.analyze(text);
    let quote = analysis.quotes.first().expect("one quote");
    assert!(
        !quote.organization.as_ref().is_some_and(|o| o.government),
        "{quote:?}"
    );
    let org = |name: &str| Organization {
        name: name.to_string(),
        acronym: None,
        government: false,
    };
    assert_eq!(
        uk.speaker_side(Some(&org("US Treasury")), &[]),
        Side::OtherGovernment
    );
    assert_eq!(
        uk.speaker_side(Some(&org("Welsh Assembly Government")), &[]),
        Side::OtherGovernment
    );
    // A charity named as a trust speaks as a campaign does, its loose words
    // about the target of the story, not as a public body of its own
    // business (`Trust` heads both; data/org_patterns.txt).
    let text = "The government has cut the grant.\n\nAnn Lee, director of the Families First Trust, said: \u{201c}This is a disgrace.\u{201d}";
    let analysis = pipeline.analyze(text);
    let quote = analysis.quotes.first().expect("one quote");
    assert_eq!(quote.stance.label, StanceLabel::Negative, "{quote:?}");
    // A body's word ending another organization's name is that name's.
    for (name, side) in [
        ("Congress", Side::OtherGovernment),
        ("US Congress", Side::OtherGovernment),
        ("the Kremlin", Side::OtherGovernment),
        ("Trades Union Congress", Side::Other),
        ("Wexford Farmers Congress", Side::Other),
    ] {
        assert_eq!(uk.speaker_side(Some(&org(name)), &[]), side, "{name}");
    }
}

#[test]
fn demands_and_warnings_are_implicit_criticism() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: obligations put on the target, threats, unmet duties,
            // rhetorical questions, failures.
            (
                Side::Party,
                "Ministers must think again about these cuts.",
                Negative,
            ),
            (Side::Party, "The bill should be withdrawn.", Negative),
            (Side::Other, "We will vote against the bill.", Negative),
            (
                Side::Party,
                "Ministers should have published the full report.",
                Negative,
            ),
            (
                Side::Party,
                "So why are the ministers hiding the figures?",
                Negative,
            ),
            (Side::Party, "The government failed to act.", Negative),
            // A warning: what follows unless the target acts.
            (
                Side::Other,
                "Unless the chancellor lifts the pay cap, nurses will keep leaving.",
                Negative,
            ),
            (
                Side::Other,
                "Ministers have yet to explain how the data will be kept safe.",
                Negative,
            ),
            // Must not fire: the speaker's own obligations, a neutral
            // vote, an obligation on someone the quote names.
            (
                Side::Party,
                "We must think again about our campaign.",
                Neutral,
            ),
            (Side::Other, "We will vote on the bill next week.", Neutral),
            (
                Side::Other,
                "Unless the weather improves, growers will keep leaving.",
                Neutral,
            ),
            (
                Side::Party,
                "The Liberal Democrats have yet to explain their own plans.",
                Neutral,
            ),
            (
                Side::Other,
                "Health unions will need to clarify their position.",
                Neutral,
            ),
        ],
    );
    // The target's own speakers make no demands of it.
    let text = "They must accept the offer.";
    let context = QuoteContext {
        speaker: Side::Target,
        ..QuoteContext::default()
    };
    let why = uk.explain_quote(text, Span::new(0, text.len()), &context);
    assert!(
        !why.cues.iter().any(|c| c.rules.contains("demand")),
        "{why}"
    );
}

#[test]
fn government_description_is_neutral_its_defence_positive() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: the government's own speakers defending or praising
            // its policy.
            (
                Side::Target,
                "The new powers will not take officers off the streets.",
                Positive,
            ),
            (
                Side::Target,
                "We are determined to deliver a fair and reasonable settlement.",
                Positive,
            ),
            (
                Side::Target,
                "Our plans are proportionate and sensible.",
                Positive,
            ),
            // Must not fire: announcements, facts, criticism of others.
            (
                Side::Target,
                "The bill will be published next week.",
                Neutral,
            ),
            // A step of procedure not yet taken states where things stand,
            // in the singular as in the plural (`decision` is a proxy too).
            (
                Side::Target,
                "No decision has been taken on the government's road pricing scheme.",
                Neutral,
            ),
            (
                Side::Target,
                "No decisions have been taken on the government's road pricing scheme.",
                Neutral,
            ),
            (
                Side::Target,
                "Forty people died in the floods on Monday.",
                Neutral,
            ),
            (
                Side::Target,
                "These strikes are disappointing and harmful to patients.",
                Neutral,
            ),
            (
                Side::Target,
                "The Conservative plans are reckless and dangerous.",
                Neutral,
            ),
        ],
    );
    // A rejection defends the target in its own speaker's mouth and
    // criticises it in anyone else's.
    let doc = "The minister rejected the report. She said: \u{201c}We will study it.\u{201d}";
    let quote = doc
        .find("We will")
        .map(|s| Span::new(s, s + "We will study it.".len()));
    let cue = doc
        .find("rejected")
        .map(|s| Span::new(s, s + "rejected".len()));
    let context = |speaker| QuoteContext {
        cue,
        frame: Some(Span::new(0, doc.len())),
        speaker,
        document: Some(about_the_target()),
        others: &[],
    };
    let quote = quote.unwrap_or_default();
    assert_eq!(
        uk.score_quote(doc, quote, &context(Side::Target)).label,
        Positive
    );
    assert_eq!(
        uk.score_quote(doc, quote, &context(Side::Party)).label,
        Negative
    );
}

#[test]
fn praise_by_critics_is_positive() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            (
                Side::Party,
                "We welcome the government's decision, a step in the right direction.",
                Positive,
            ),
            (
                Side::Other,
                "The offer is a step in the right direction.",
                Positive,
            ),
            // Must not fire: praise of the critic's own side.
            (
                Side::Party,
                "We welcome our new candidate, a great choice for the town.",
                Neutral,
            ),
            (
                Side::Other,
                "I am proud of our members and their fantastic mandate.",
                Neutral,
            ),
        ],
    );
}

#[test]
fn a_target_file_changes_what_counts() {
    let uk = StanceScorer::new();
    let scottish = StanceScorer::with_target("?the executive\nScottish Executive\n@Scottish\n")
        .expect("valid target file");
    let text = "The Scottish Executive's plans are a disgrace.";
    assert_eq!(label(&uk, Side::Party, text), Neutral);
    assert_eq!(label(&scottish, Side::Party, text), Negative);
    let acme = StanceScorer::with_target("Acme\nthe board\n").expect("valid target file");
    let text = "Acme's offer is an insult and the board must think again.";
    assert_eq!(label(&acme, Side::Other, text), Negative);
    let why = acme.explain_quote(
        text,
        Span::new(0, text.len()),
        &QuoteContext {
            speaker: Side::Other,
            ..QuoteContext::default()
        },
    );
    assert!(why.cues.iter().any(|c| c.aim == Aim::Target), "{why}");
    // Under the UK default the board is nobody in particular.
    let plain = QuoteContext {
        speaker: Side::Other,
        ..QuoteContext::default()
    };
    assert_eq!(
        uk.score_quote(text, Span::new(0, text.len()), &plain).label,
        Neutral
    );
}

#[test]
fn a_story_about_another_government_names_it_with_generic_words() {
    let uk = StanceScorer::new();
    let mistake = "The government has made a terrible mistake.";
    // Fire: an opening that puts `government` in France makes the story's
    // `the government` France's.
    let france = uk.read_document(
        "Paris raises pension age\n\nThe French government has raised the pension age to 64.",
        &[],
    );
    assert!(france.about_elsewhere());
    assert_eq!(label_in_story(&uk, Side::Other, mistake, &france), Neutral);
    // Must not: the target's own place keeps a name the target's, in that story too …
    assert_eq!(
        label_in_story(
            &uk,
            Side::Other,
            "The UK government has made a terrible mistake.",
            &france
        ),
        Negative
    );
    // … nor a story whose opening names no other government, or names the
    // target as well.
    for opening in [
        "Pension age to rise\n\nThe government has raised the pension age to 68.",
        "Blair rejects call\n\nTony Blair has rejected the French government's call for talks.",
        "Former PM speaks\n\nThe former prime minister has spoken about pensions.",
    ] {
        let story = uk.read_document(opening, &[]);
        assert!(!story.about_elsewhere(), "{opening}");
        assert_eq!(
            label_in_story(&uk, Side::Other, mistake, &story),
            Negative,
            "{opening}"
        );
    }
}

#[test]
fn only_a_story_about_the_target_lends_it_a_quotes_loose_words() {
    let uk = StanceScorer::new();
    let sad = "This is a sad and worrying day for everyone here.";
    let by = |side: Side, document: &DocumentTarget| label_in_story(&uk, side, sad, document);
    // Fire: a story whose headline and first paragraph name the target is
    // about it, and feelings that name no one are likelier about it.
    let about = uk.read_document(
        "Ministers ban gas heaters

The government has banned gas heaters in new homes.",
        &[],
    );
    assert!(about.opens_with_target());
    assert_eq!(by(Side::Other, &about), Negative);
    // Must not: a firm's story that names the government further down is
    // not about it; its quotes' loose feelings judge no one …
    let recall = uk.read_document(
        "Heater maker recalls models

Brightway has recalled 40,000 heaters after \
         reports of fires.

The firm said it was sorry.

The government said it \
         would review the safety rules.",
        &[],
    );
    assert!(recall.names_target() && !recall.opens_with_target());
    assert_eq!(by(Side::Other, &recall), Neutral);
    assert_eq!(by(Side::Institution, &recall), Neutral);
    // … but an opposition politician speaks of the government in any story
    // that names it.
    assert_eq!(by(Side::Party, &recall), Negative);
}

#[test]
fn a_companys_plans_and_offers_are_its_own_in_a_story_not_about_the_target() {
    let uk = StanceScorer::new();
    let unfair = "The offer is unfair and unacceptable.";
    let by = |side: Side, document: &DocumentTarget| label_in_story(&uk, side, unfair, document);
    // A takeover story that names the government only further down.
    let takeover = uk.read_document(
        "Grocer rejects bid

Dalby's has rejected a takeover offer from Marrow Capital.

A union said the government should look again at takeover rules.",
        &[],
    );
    assert!(takeover.names_target() && !takeover.opens_with_target());
    // Must not fire: the offer a company speaks of is a company's.
    assert_eq!(by(Side::Company, &takeover), Neutral);
    // Fire: a public body's or a union's `offer` in a story that names the
    // government is still the government's (a pay offer to its staff) …
    assert_eq!(by(Side::Institution, &takeover), Negative);
    assert_eq!(by(Side::Other, &takeover), Negative);
    // … and so is a company's, in a story that opens with the target.
    let pay = uk.read_document(
        "Ministers' pay offer rejected

The government's pay offer to rail staff was rejected on Monday.",
        &[],
    );
    assert!(pay.opens_with_target());
    assert_eq!(by(Side::Company, &pay), Negative);
}

#[test]
fn the_document_marks_the_target() {
    let uk = StanceScorer::new();
    let text = "Mr Clarke has made a shambles of Labour's flagship scheme.";
    let document = uk.read_document(
        "Tony Blair spoke. Home Secretary Charles Clarke was there.",
        &["Charles Clarke"],
    );
    assert_eq!(document.governing_party(), Some("labour"));
    let context = QuoteContext {
        speaker: Side::Party,
        document: Some(&document),
        ..QuoteContext::default()
    };
    let why = uk.explain_quote(text, Span::new(0, text.len()), &context);
    assert_eq!(why.label, Negative, "{why}");
    let clarke = why
        .cues
        .iter()
        .find(|c| c.text == "shambles")
        .expect("a cue");
    assert!(clarke.aim.is_target(), "{why}");
    // In a document that names nobody of the government, the same words
    // are about a party and a man the quote does not tie to the target.
    let nobody = uk.read_document("The vicar spoke.", &[]);
    let context = QuoteContext {
        document: Some(&nobody),
        ..context
    };
    assert_eq!(
        uk.score_quote(text, Span::new(0, text.len()), &context)
            .label,
        Neutral
    );
}

#[test]
fn a_harmed_good_counts_against() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: praise words naming what the target harms or wastes.
            (
                Side::Party,
                "The government has abused the public's trust.",
                Negative,
            ),
            (Side::Other, "Ministers undermined confidence.", Negative),
            // Disregard of a good (`ignored the wishes of parents`).
            (
                Side::Party,
                "The minister has ignored the wishes of parents.",
                Negative,
            ),
            // A refusal of a good (`refused to back`, `refusing to pay fairly`).
            (
                Side::Other,
                "Ministers have refused to back the fair pay deal.",
                Negative,
            ),
            (Side::Party, "The bill will destroy freedom.", Negative),
            (
                Side::Party,
                "The government broke a clear manifesto promise.",
                Negative,
            ),
            (
                Side::Other,
                "Ministers have reneged on their commitment to carers.",
                Negative,
            ),
            // A good in excess is a fault (`far too relaxed`).
            (
                Side::Other,
                "Ministers have been far too relaxed about this.",
                Negative,
            ),
            (
                Side::Party,
                "The deal is overly generous to the banks.",
                Negative,
            ),
            // Must not fire: the same goods restored, a harm denied, a
            // harm verb with no good after it, a good out of its reach.
            (
                Side::Party,
                "The government has restored the public's trust.",
                Positive,
            ),
            (
                Side::Party,
                "The government has not betrayed our trust.",
                Positive,
            ),
            (Side::Other, "The cuts damaged the service.", Negative),
            (
                Side::Party,
                "The Liberal Democrats broke a clear promise.",
                Neutral,
            ),
        ],
    );
}

#[test]
fn a_harm_remedied_counts_for() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: the government's own speakers fighting or ending a harm
            // defend their policy; a critic's praise of it is praise.
            (
                Side::Target,
                "The bill will help the fight against terrorism.",
                Positive,
            ),
            (
                Side::Target,
                "The plans will tackle crime and end child poverty.",
                Positive,
            ),
            (Side::Party, "The government has reduced crime.", Positive),
            // Must not fire: a failure to remedy, a harm as a result, the
            // harm alone.
            (
                Side::Party,
                "The government has failed to tackle crime.",
                Negative,
            ),
            (Side::Other, "The plans will end in chaos.", Negative),
            (
                Side::Party,
                "Crime is rising under this government.",
                Negative,
            ),
        ],
    );
}

#[test]
fn an_attempt_is_no_achievement() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: what the target tries to do is not done.
            (
                Side::Party,
                "It was the government's attempt to reassure voters.",
                Neutral,
            ),
            (
                Side::Party,
                "Ministers are trying to reassure voters.",
                Neutral,
            ),
            // Nor is what it promised.
            (
                Side::Party,
                "This government promised to save the rural bus.",
                Neutral,
            ),
            // Must not fire: the same done.
            (Side::Party, "Ministers reassured voters.", Positive),
        ],
    );
}

#[test]
fn a_name_introduced_by_its_party_is_no_office_holder() {
    let uk = StanceScorer::new();
    // (document, governing party, whether `Mr Blair` is the target's).
    let cases: &[(&str, Option<&str>, bool)] = &[
        // Fire: a prime minister named plainly outweighs a party's MP.
        (
            "Tory MP Boris Johnson spoke.\n\nHe said Tony Blair was wrong.",
            Some("labour"),
            true,
        ),
        (
            "Conservative Boris Johnson spoke. Tony Blair did not.",
            Some("labour"),
            true,
        ),
        // Must not fire: named as a party's politician, nobody holds office.
        ("Tory MP Boris Johnson spoke.", None, false),
        ("Labour's Tony Blair spoke.", None, false),
        // Named in office, the party counts whatever else is said.
        (
            "Tory MP Boris Johnson spoke. Prime Minister Tony Blair did not.",
            Some("labour"),
            true,
        ),
    ];
    for &(text, party, blair) in cases {
        let document = uk.read_document(text, &[]);
        assert_eq!(document.governing_party(), party, "{text}");
        assert_eq!(
            document.people().iter().any(|p| p == "Blair"),
            blair,
            "{text}: {:?}",
            document.people()
        );
    }
}

#[test]
fn explanations_show_objects_sides_and_weights() {
    let uk = StanceScorer::new();
    let text = "The bill is a disgrace, but our campaign has been brilliant.";
    let context = QuoteContext {
        speaker: Side::Party,
        document: Some(about_the_target()),
        ..QuoteContext::default()
    };
    let why = uk.explain_quote(text, Span::new(0, text.len()), &context);
    let shown = why.to_string();
    for part in [
        "negative",
        "a party or opposition role",
        "“disgrace”",
        "aimed at “bill”",
        "aimed at “our campaign”",
        "speaker's own side",
    ] {
        assert!(shown.contains(part), "{part} in {shown}");
    }
    let total: f64 = why.cues.iter().map(|c| c.counted).sum();
    assert!((total - why.total).abs() < 1e-9);
    // The label and score are those of `score_quote`.
    let stance = uk.score_quote(text, Span::new(0, text.len()), &context);
    assert_eq!(stance.label, why.label);
    assert!((stance.score - why.score).abs() < 1e-3);
}

#[test]
fn rhetorical_questions_open_their_sentence_and_ask_others() {
    let uk = StanceScorer::new();
    let context = QuoteContext {
        speaker: Side::Party,
        document: Some(about_the_target()),
        ..QuoteContext::default()
    };
    // (quote, whether a rhetorical question is read, the aim of its cue).
    let cases: &[(&str, bool, Option<Aim>)] = &[
        // Fire: a question word before an overlapping opening phrase
        // (`Who are` and `are they`: the longer `are they` is the hit).
        ("Who are they trying to fool?", true, Some(Aim::Loose)),
        ("How can they justify this?", true, Some(Aim::Loose)),
        // Fire, aimed past the speaker's own people: a question about
        // them asks someone else to answer for it.
        (
            "So why are our nurses queueing at food banks?",
            true,
            Some(Aim::Loose),
        ),
        (
            "Why are our pupils sitting in leaking classrooms under this government?",
            true,
            Some(Aim::Target),
        ),
        // Must not fire: the phrase does not open the sentence, or the
        // sentence is no question.
        ("They asked who are the winners here.", false, None),
        ("Tell me how we win this.", false, None),
    ];
    for &(text, fires, aim) in cases {
        let why = uk.explain_quote(text, Span::new(0, text.len()), &context);
        let question = why
            .cues
            .iter()
            .find(|c| c.rules.contains("rhetorical-question"));
        assert_eq!(question.is_some(), fires, "{text}: {why}");
        assert_eq!(question.map(|c| c.aim), aim, "{text}: {why}");
    }
}

#[test]
fn a_criticism_a_modal_predicts_is_a_warning() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: a harm predicted of the target's doing, by its critics.
            (Side::Party, "The bill would be costly.", Negative),
            (Side::Other, "The plans could harm patients.", Negative),
            // Must not fire: the target's own speaker's warning, a
            // concession looking back, a praise word negated.
            (Side::Target, "The bill would be costly.", Neutral),
            (Side::Party, "The bill may have been costly.", Neutral),
            (Side::Party, "The bill would not win many votes.", Neutral),
        ],
    );
}

#[test]
fn political_idioms_are_verdicts_and_certainty_is_none() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: attack and endorsement idioms aimed at the target.
            (
                Side::Party,
                "Ministers are cherry-picking the figures.",
                Negative,
            ),
            (
                Side::Other,
                "The government's decision is a missed opportunity.",
                Negative,
            ),
            (Side::Party, "This bill is a dog's breakfast.", Negative),
            (Side::Other, "The review was a stitch-up.", Negative),
            (
                Side::Other,
                "Ministers have spent a year pretending to listen.",
                Negative,
            ),
            (Side::Party, "Ministers are playing catch-up.", Negative),
            (Side::Party, "The new curfew is unenforceable.", Negative),
            // `The truth is` frames what follows; it praises no one.
            (
                Side::Other,
                "The truth is that ministers met on Monday.",
                Neutral,
            ),
            (
                Side::Other,
                "The government's extra money will not touch the sides.",
                Negative,
            ),
            (Side::Other, "Ministers have let us down.", Negative),
            // Helping itself is taking (fire); helping others is not (must not).
            (
                Side::Other,
                "Now the government is simply helping itself to the fund.",
                Negative,
            ),
            (
                Side::Other,
                "Now the government is helping families with their bills.",
                Positive,
            ),
            // A plan in tatters, a government that rolled over, a decision
            // dithered over: verdicts (fire).
            (
                Side::Party,
                "The government's plans are in tatters.",
                Negative,
            ),
            (
                Side::Other,
                "Ministers have dithered for two years over the scheme.",
                Negative,
            ),
            // Insufficiency is the verdict, after a modal as well (fire);
            // enough said of it is none (must not read against).
            (
                Side::Party,
                "The government's plan would not go far enough to help renters.",
                Negative,
            ),
            (
                Side::Other,
                "The government's plan does not go far enough.",
                Negative,
            ),
            (
                Side::Party,
                "The government's plan goes far enough for now.",
                Positive,
            ),
            // Harm to those a measure falls on, inaction chosen, a cost
            // passed on, a chance taken away (fire).
            (
                Side::Other,
                "Small firms will be hit hardest by the government's tax.",
                Negative,
            ),
            (
                Side::Other,
                "Ministers have chosen to do nothing about rents.",
                Negative,
            ),
            (
                Side::Party,
                "Ministers have let the landlords off the hook and left tenants to foot the bill.",
                Negative,
            ),
            (
                Side::Party,
                "Ministers are pulling up the ladder behind them.",
                Negative,
            ),
            (
                Side::Other,
                "The government's timetable is unrealistic.",
                Negative,
            ),
            // (A gamble that paid off is no verdict against: must not.)
            (
                Side::Target,
                "The government's gamble has paid off handsomely.",
                Positive,
            ),
            (
                Side::Other,
                "The union had not been consulted by ministers.",
                Negative,
            ),
            // A measure defended in the first person is defence (fire);
            // an apology refused, said of the target by others, is none
            // (must not read for).
            (
                Side::Target,
                "I make no apology for being tough on this.",
                Positive,
            ),
            (
                Side::Target,
                "We think that is the right balance.",
                Positive,
            ),
            (
                Side::Party,
                "The minister has made no apology to the families.",
                Neutral,
            ),
            // Another government's minister on `her government` speaks of
            // her own (must not read for the target).
            (
                Side::OtherGovernment,
                "Her government wanted to attract more students, and it has done well.",
                Neutral,
            ),
            // (A company's own news of firms gone is no verdict: must not.)
            (
                Side::Company,
                "Three rival bakeries went out of business last year.",
                Neutral,
            ),
            // Russian roulette with what is in one's care is recklessness
            // (fire); the casino game is no verdict (must not).
            (
                Side::Party,
                "Ministers are playing Russian roulette with the nation's flood defences.",
                Negative,
            ),
            (
                Side::Party,
                "Ministers will review the rules on roulette in casinos.",
                Neutral,
            ),
            // A nerve lost is a verdict (fire).
            (
                Side::Party,
                "The government has bottled it on the plastic bag levy.",
                Negative,
            ),
            (
                Side::Other,
                "Ministers have lost their nerve on road pricing.",
                Negative,
            ),
            // A broken bargain and a loss mourned are verdicts (fire); a
            // bargain kept is praise (must not read against).
            (
                Side::Other,
                "The government did not keep its side of the bargain.",
                Negative,
            ),
            (
                Side::Other,
                "The government has kept its side of the bargain.",
                Positive,
            ),
            (
                Side::Party,
                "The government's decision makes this a black day for the county.",
                Negative,
            ),
            (
                Side::Party,
                "Three centuries of history, wiped out by a minister's pen.",
                Negative,
            ),
            // A plan called a fantasy is unrealistic; the lottery's good
            // causes are a name, no praise.
            (
                Side::Party,
                "The government's budget was a fantasy.",
                Negative,
            ),
            (
                Side::Other,
                "The government will take £600m from lottery good causes.",
                Neutral,
            ),
            // A government's account of its record.
            (
                Side::Target,
                "The scheme will pay for itself within a decade.",
                Positive,
            ),
            (
                Side::Target,
                "We are doing more on skills than any government before us.",
                Positive,
            ),
            (
                Side::Party,
                "Ministers have run the health service into the ground.",
                Negative,
            ),
            (
                Side::Other,
                "The Scottish Executive has run the health service into the ground.",
                Neutral,
            ),
            (
                Side::Party,
                "The government is clinging to power.",
                Negative,
            ),
            (
                Side::Other,
                "The plan is a victory for common sense.",
                Positive,
            ),
            (
                Side::Other,
                "The government sits on its hands while rents soar.",
                Negative,
            ),
            (
                Side::Party,
                "The Treasury has not thought this through.",
                Negative,
            ),
            (
                Side::Other,
                "Ministers treat drivers as a cash cow.",
                Negative,
            ),
            (
                Side::Party,
                "The government moved the goalposts again.",
                Negative,
            ),
            (Side::Party, "Ministers have no clue.", Negative),
            (
                Side::Other,
                "The budget does nothing to help carers.",
                Negative,
            ),
            (
                Side::Party,
                "Ministers were asleep at the wheel while the costs grew.",
                Negative,
            ),
            (
                Side::Other,
                "The government's promise of new rural buses is an empty promise.",
                Negative,
            ),
            (
                Side::Party,
                "The government has no idea what the scheme will cost.",
                Negative,
            ),
            (Side::Other, "Ministers acted unfairly.", Negative),
            (
                Side::Other,
                "The government's decision will rip the heart out of rural Wales.",
                Negative,
            ),
            // Must not fire: the same idiom aimed at another party; words
            // of certainty, stakes and policy domains.
            (
                Side::Party,
                "The Tories moved the goalposts again.",
                Neutral,
            ),
            (
                Side::Other,
                "There was no clue as to who sent the letter to ministers.",
                Neutral,
            ),
            (
                Side::Party,
                "The Liberal Democrats have sat on their hands for years.",
                Neutral,
            ),
            (
                Side::Party,
                "The Liberal Democrats are cherry-picking the figures.",
                Neutral,
            ),
            (
                Side::Party,
                "The Liberal Democrats were asleep at the wheel for years.",
                Neutral,
            ),
            (
                Side::Other,
                "The Liberal Democrats acted unfairly.",
                Neutral,
            ),
            (
                Side::Institution,
                "Our rivals have no idea what customers want.",
                Neutral,
            ),
            (
                Side::Other,
                "Clearly the figures will be published in May.",
                Neutral,
            ),
            (
                Side::Other,
                "It is in the interests of patients to read the border security figures.",
                Neutral,
            ),
        ],
    );
}

#[test]
fn a_demonstrative_subject_or_an_appeal_puts_a_demand() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: an unresolved subject right before the modal, a demand
            // addressed to the target.
            (Side::Party, "That must change.", Negative),
            (
                Side::Other,
                "We demand that ministers think again.",
                Negative,
            ),
            // Must not fire: the speaker's own duty, a named party's, a
            // demand addressed to no one the quote names.
            (Side::Party, "We think that we must change.", Neutral),
            (
                Side::Other,
                "The report said that the unions must decide.",
                Neutral,
            ),
            (Side::Other, "We called for an inquiry.", Neutral),
        ],
    );
}

#[test]
fn a_party_headquarters_is_the_party_not_the_target() {
    let uk = StanceScorer::new();
    // A party's headquarters is the party, not the target.
    check(
        &uk,
        &[
            (
                Side::Party,
                "Ministers have treated members with contempt.",
                Negative,
            ),
            (
                Side::Party,
                "Central Office has treated members with contempt.",
                Neutral,
            ),
        ],
    );
}

#[test]
fn a_proxy_named_is_the_object_not_a_verdict() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: `the offer` names what is judged; its own warmth (an
            // offer is a good thing in the lexicon) does not outweigh the verdict.
            (
                Side::Other,
                "The offer had not formed the basis of an agreement.",
                Negative,
            ),
            // Must not fire: as a verb the word keeps its valence, negated here.
            (
                Side::Other,
                "Ministers did not offer any agreement.",
                Negative,
            ),
            (Side::Target, "We will offer an agreement.", Positive),
        ],
    );
}

#[test]
fn a_goal_states_no_fact_and_denies_nothing() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: a negation inside a goal is no denial of a charge, and
            // a goal clause's words describe an aim, not a verdict.
            (
                Side::Target,
                "The review will make sure that the rules are not bent.",
                Neutral,
            ),
            (
                Side::Target,
                "The pact was designed to ensure that countries do not borrow too much.",
                Neutral,
            ),
            // Must not fire: the same negation outside a goal denies a charge.
            (
                Side::Target,
                "The new powers will not take officers off the streets.",
                Positive,
            ),
        ],
    );
}

#[test]
fn a_negated_step_of_procedure_denies_nothing() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: the target's speaker says where things stand.
            (
                Side::Target,
                "No decisions have been taken on the pay plan.",
                Neutral,
            ),
            (
                Side::Target,
                "The government does not comment on individual cases.",
                Neutral,
            ),
            // Must not fire: a negation of anything else denies a charge.
            (
                Side::Target,
                "The government has not cut the pay of a single nurse.",
                Positive,
            ),
        ],
    );
}

#[test]
fn words_in_a_story_that_never_names_the_target_are_no_verdict_on_it() {
    let uk = StanceScorer::new();
    let text = "The merger was a catastrophic failure and a disgrace.";
    let score_in = |document: &DocumentTarget| label_in_story(&uk, Side::Other, text, document);
    // Fire: the same words, in a story about the government, may be about it.
    let political = uk.read_document("The government spoke.", &[]);
    assert_eq!(score_in(&political), Negative);
    // Must not fire: a business story where nothing names the target.
    let business = uk.read_document("Shares of Brightwater Robotics fell.", &[]);
    assert_eq!(score_in(&business), Neutral);
    // Nor with no document at all: nothing ties the words to the target.
    let alone = QuoteContext {
        speaker: Side::Other,
        ..QuoteContext::default()
    };
    assert_eq!(
        uk.score_quote(text, Span::new(0, text.len()), &alone).label,
        Neutral
    );
}

#[test]
fn an_organization_the_target_file_lists_is_the_government_whoever_it_came_from() {
    let us = Pipeline::builder()
        .target("White House\n?administration\n")
        .build()
        .expect("valid target file");
    let flags = |pipeline: &Pipeline, text: &str| -> Vec<Option<(String, bool)>> {
        pipeline
            .analyze(text)
            .quotes
            .into_iter()
            .map(|q| q.organization.map(|o| (o.name, o.government)))
            .collect()
    };
    // Fire: the organization is learned from the sentence before the
    // speaker, and the target file lists it.
    let text = "The White House unveiled the grants on Monday.\n\n\
                “The grants will reach every county,” said Deputy Press Secretary Tom Hale.";
    assert_eq!(flags(&us, text), [Some(("White House".to_string(), true))]);
    // Must not fire: a name the file does not list, only holding a generic
    // name of it (`?government` in the UK default).
    let text = "The Welsh Assembly Government unveiled the grants on Monday.\n\n\
                “The grants will reach every county,” said Tom Hale.";
    assert_eq!(
        flags(&Pipeline::new(), text),
        [Some(("Welsh Assembly Government".to_string(), false))]
    );
}

#[test]
fn an_institution_speaks_of_its_own_business() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: a firm's or a public body's warm or cold words about its
            // year, its market or its services are no verdict on the target,
            // though the story names it.
            (
                Side::Institution,
                "It has been a brilliant year and we are delighted.",
                Neutral,
            ),
            (
                Side::Institution,
                "The failings in the maternity unit were serious and we are deeply sorry.",
                Neutral,
            ),
            // Must not fire: what it says of the target or its policy
            // counts, and anyone else's loose words still do.
            (
                Side::Institution,
                "The government's handling of the energy crisis has been a disaster.",
                Negative,
            ),
            (
                Side::Other,
                "It has been a dreadful year and the outlook is bleak.",
                Negative,
            ),
        ],
    );
}

#[test]
fn an_institution_is_told_by_the_organization_found() {
    let pipeline = Pipeline::new();
    let text = "The government published its industrial strategy on Monday.\n\n\
        \u{201c}It has been a brilliant year and we are delighted,\u{201d} said Jo Marsh, chief executive of Brackley Motors.\n\n\
        \u{201c}Our services have been stretched and the winter will be dreadful,\u{201d} said Ann Hale, leader of Wexbury Borough Council.\n\n\
        \u{201c}Costs have been dreadful and the outlook is bleak,\u{201d} said Sam Lowe, director general of the Confederation of British Industry.";
    let why = pipeline.explain_stances(text);
    let sides: Vec<Side> = why.iter().map(|w| w.side).collect();
    // Fire: `Motors` makes a firm, `Council` a public body; must not fire:
    // a business group speaks for firms but runs nothing, and its loose
    // words count.
    assert_eq!(sides, [Side::Company, Side::Institution, Side::Other]);
    let labels: Vec<StanceLabel> = pipeline
        .analyze(text)
        .quotes
        .iter()
        .map(|q| q.stance.label)
        .collect();
    assert_eq!(labels, [Neutral, Neutral, Negative]);
}

#[test]
fn a_head_of_an_organization_not_found_speaks_for_an_institution() {
    let pipeline = Pipeline::new();
    let sides = |text: &str| -> Vec<Side> {
        pipeline
            .explain_stances(text)
            .iter()
            .map(|w| w.side)
            .collect()
    };
    // Fire: no organization is found for a firm known only by an unknown
    // name, but `chief executive` heads one, and its loose words about its
    // own half-year are no verdict on a government the story names later.
    let text = "Orrin Vale reported higher profits on Monday.\n\n\
        \u{201c}We have had a strong half,\u{201d} said chief executive Ann Cole.\n\n\
        The government plans to raise the bank surcharge.";
    assert_eq!(sides(text), [Side::Institution]);
    assert_eq!(pipeline.analyze(text).quotes[0].stance.label, Neutral);
    // Must not fire: a speaker without a role is not known, and a party in
    // the mention tells its side before the role does.
    let text = "Orrin Vale reported higher profits on Monday.\n\n\
        \u{201c}We have had a strong half,\u{201d} said Ann Cole.\n\n\
        \u{201c}The tax rise is a disaster,\u{201d} said Labour chairman Tom Hale.";
    assert_eq!(sides(text), [Side::Unknown, Side::Party]);
}

#[test]
fn an_appeal_cue_to_the_target_is_a_demand() {
    let pipeline = Pipeline::new();
    // (sentence, the label of its one reported clause)
    let cases = [
        // Fire: the cue verb appeals to the target, whose name opens the
        // reported clause (after `that`, when there is one).
        (
            "Labour MP Ann Roe urged ministers to publish the full cost.",
            Negative,
        ),
        (
            "Labour MP Ann Roe called on the government to think again.",
            Negative,
        ),
        (
            "Labour MP Ann Roe demanded that ministers publish the full cost.",
            Negative,
        ),
        // What is asked for is hoped for, not praise of what is.
        (
            "The Tory leader called on the prime minister to find a better way forward.",
            Negative,
        ),
        // Must not fire: an appeal to someone else, or a cue verb that
        // appeals to no one.
        (
            "The Local Government Association urged councils to limit increases.",
            Neutral,
        ),
        (
            "The union demanded that its members be paid on time.",
            Neutral,
        ),
        (
            "Labour MP Ann Roe said ministers would publish the full cost.",
            Neutral,
        ),
        // A cue after the quote appeals to nothing that opens it: the
        // praise of what the government has done still counts.
        (
            "“The government has done a great job and must keep going,” Tory MP Ann Roe urged.",
            Positive,
        ),
    ];
    for (text, want) in cases {
        let analysis = pipeline.analyze(text);
        let labels: Vec<StanceLabel> = analysis.quotes.iter().map(|q| q.stance.label).collect();
        assert_eq!(labels, [want], "{text}");
    }
}

#[test]
fn a_deed_of_the_target_said_not_done_is_criticism() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: the target's deed negated, by anyone but its own speaker.
            (
                Side::Party,
                "Ministers have not published any plan for the hostels.",
                Negative,
            ),
            (
                Side::Other,
                "The government had never consulted the people who live here.",
                Negative,
            ),
            (
                Side::Party,
                "The government has not yet published its figures.",
                Negative,
            ),
            (
                Side::Other,
                "Ministers had still not introduced the levy.",
                Negative,
            ),
            // Must not fire: the target's own speaker, a passive, a report of
            // what the target said, a condition, someone else's deed.
            (
                Side::Target,
                "The government has not changed the timetable.",
                Positive,
            ),
            (Side::Other, "Ministers have not been told.", Neutral),
            (
                Side::Other,
                "Ministers have not said when the talks will start.",
                Neutral,
            ),
            (
                Side::Other,
                "If ministers have not acted by June, we will decide what to do.",
                Neutral,
            ),
            (Side::Other, "Our members have not voted yet.", Neutral),
        ],
    );
}

#[test]
fn idioms_of_shortfall_and_of_a_record_are_verdicts() {
    let uk = StanceScorer::new();
    check(
        &uk,
        &[
            // Fire: a shortfall, a letdown, a rerun; a government's own
            // account of its record and backing.
            (
                Side::Party,
                "The minister's plans do not go far enough.",
                Negative,
            ),
            (
                Side::Other,
                "The budget is more of the same from the chancellor.",
                Negative,
            ),
            (
                Side::Other,
                "The government has let us down again.",
                Negative,
            ),
            (
                Side::Target,
                "We are fully behind the home secretary.",
                Positive,
            ),
            (
                Side::Target,
                "We are making record investment in our schools.",
                Positive,
            ),
            (
                Side::Target,
                "The formula for the targets is simple and transparent.",
                Positive,
            ),
            (
                Side::Party,
                "The way ministers set the targets is opaque and unaccountable.",
                Negative,
            ),
            // Must not fire: bodies named `trusts`, faith as a topic, a
            // measure that went far enough.
            (
                Side::Target,
                "Trusts will be told their allocations by the end of the month.",
                Neutral,
            ),
            (
                Side::Target,
                "The schools will be run by faith groups and universities.",
                Neutral,
            ),
        ],
    );
}

#[test]
fn a_proxy_is_the_targets_only_in_a_story_that_names_it() {
    let uk = StanceScorer::new();
    let text = "The plan is a good one and the offer is generous.";
    let score_in = |document: &DocumentTarget| label_in_story(&uk, Side::Other, text, document);
    // Fire: in a story about the government, its plan and its offer.
    let political = uk.read_document("The government unveiled its plan.", &[]);
    assert_eq!(score_in(&political), Positive);
    // Must not fire: in a takeover story the plan and the offer are a company's.
    let business = uk.read_document("Brightwater Robotics made an offer for Acme.", &[]);
    assert_eq!(score_in(&business), Neutral);
    // After a modal the word is a verb: `move` is no move of the target's.
    let text = "The best players would move abroad, and the move is a disgrace.";
    let context = QuoteContext {
        speaker: Side::Other,
        document: Some(&political),
        ..QuoteContext::default()
    };
    let why = uk
        .explain_quote(text, Span::new(0, text.len()), &context)
        .to_string();
    assert!(why.contains("“disgrace”"), "{why}");
    assert!(why.contains("aimed at “move” [44..48]"), "{why}");
    assert!(!why.contains("aimed at “move” [23..27]"), "{why}");
}

#[test]
fn a_verdict_on_an_organization_the_quote_names_is_no_verdict_on_the_target() {
    let pipeline = Pipeline::new();
    let label = |quote: &str| {
        let text = format!(
            "Ministers set out new rail plans on Monday.\n\n\u{201c}{quote}\u{201d} said Ann Lee, \
             a spokeswoman for Wexbury Trains."
        );
        let analysis = pipeline.analyze(&text);
        let quote = analysis.quotes.first().expect("one quote");
        (quote.stance.label, quote.text.clone())
    };
    // Must not fire: the quote's verdict is on a union it names.
    let (got, text) =
        label("We are disappointed that the Wexbury Rail Union has chosen to inflict misery on passengers.");
    assert_eq!(got, Neutral, "{text}");
    // Fire: the same verdict on the target.
    let (got, text) =
        label("We are disappointed that ministers have chosen to inflict misery on passengers.");
    assert_eq!(got, Negative, "{text}");
}

#[test]
fn a_fragment_after_a_naming_cue_describes_the_cues_object() {
    let pipeline = Pipeline::new();
    let story = |last: &str| {
        // (Named after the quote: a story opening with the target would
        // lend its quotes' loose words to it anyway.)
        format!(
            "Bus fares to rise\n\nRural bus fares will rise next year.\n\n\
             The drivers' union was angry. {last}\n\n\
             The government said fares had been frozen for years."
        )
    };
    let cases: Vec<(String, StanceLabel)> = vec![
        // Fire: the object between the cue and the fragment is the target
        // or a proxy of it, so the fragment's words judge it.
        (
            story("Its leader, Ann Lee, called the plans \"short-sighted and mean-spirited\"."),
            Negative,
        ),
        (
            story("Its leader, Ann Lee, described ministers as \"out of touch\"."),
            Negative,
        ),
        // Must not: the object is someone's own (`their plans`), the cue
        // has none, or the plans are a company's in a story that never
        // names the target.
        (
            story("Its leader, Ann Lee, called their plans \"short-sighted and mean-spirited\"."),
            Neutral,
        ),
        (
            story("Its leader, Ann Lee, said it was \"short-sighted and mean-spirited\"."),
            Neutral,
        ),
        (
            "Ferry sailings cut\n\nIsle Ferries is to cut its winter sailings.\n\n\
             The seafarers' union was angry. Its organiser, Ann Lee, called the plans \
             \"a betrayal of the islands\"."
                .to_string(),
            Neutral,
        ),
    ];
    for (text, want) in &cases {
        let analysis = pipeline.analyze(text);
        let quote = analysis
            .quotes
            .iter()
            .find(|q| !q.text.starts_with("fares"))
            .expect("the union's quote");
        assert_eq!(quote.stance.label, *want, "{text}");
    }
}
