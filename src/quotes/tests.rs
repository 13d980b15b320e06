use super::*;
use crate::segment::segment;

fn detect_text(text: &str) -> Vec<(QuoteKind, String, String)> {
    let k = Knowledge::builtin();
    let seg = segment(text, &k);
    detect(text, &seg, &k, DetectOptions::default())
        .iter()
        .map(|q| {
            (
                q.kind,
                q.span.of(text).to_string(),
                q.mention.map_or(String::new(), |m| m.of(text).to_string()),
            )
        })
        .collect()
}

use QuoteKind::{Direct, Indirect, Mixed};

type Case = (
    &'static str,
    &'static [(QuoteKind, &'static str, &'static str)],
);

#[test]
fn kinds_and_mentions() {
    let cases: &[Case] = &[
        ("Mr Marks said there was less room for manoeuvre.", &[(Indirect, "there was less room for manoeuvre", "Mr Marks")]),
        (
            "Joanne Galbraith-Marten, director at the RCN, said there was “nothing” offered on pay.",
            &[(Mixed, "there was “nothing” offered on pay", "Joanne Galbraith-Marten")],
        ),
        ("The source described the talks as “constructive”, but he left.", &[(Mixed, "constructive", "The source")]),
        ("“We’re just going to have talks,” he told reporters.", &[(Direct, "We’re just going to have talks,", "he")]),
        (
            "“This is bad,” said the Unite official. “When you have staff working shifts, it hurts.”",
            &[(Direct, "This is bad,", "the Unite official"), (Direct, "When you have staff working shifts, it hurts.", "")],
        ),
        ("A DHSC spokesperson said:\"We have been clear we are happy to talk.", &[(Direct, "We have been clear we are happy to talk.", "A DHSC spokesperson")]),
        (
            "Staff side secretary Paul Marks said after a meeting of the Whitley Council that the offer had not 'formed the basis of an agreement'.",
            &[(Mixed, "the offer had not 'formed the basis of an agreement'", "Staff side secretary Paul Marks")],
        ),
        ("Health secretary Steve Barclay has also agreed to look at making a payment.", &[]),
        ("Its first ad could start this week, said Brian Baker, a longtime adviser.", &[(Indirect, "Its first ad could start this week", "Brian Baker")]),
        ("The talks had failed, the union said on Tuesday.", &[(Indirect, "The talks had failed", "the union")]),
        ("The race will be tight, said Ann Lee, an analyst.", &[(Indirect, "The race will be tight", "Ann Lee")]),
        (
            "Pay should rise ''as fast as it can,'' said Ann Lee, a member of the board.",
            &[(Mixed, "Pay should rise ''as fast as it can,''", "Ann Lee")],
        ),
        // An attribution set off by commas inside the sentence reports all of it,
        // not when an apposition follows it.
        (
            "South Carolina, she said, was “where we can win.”",
            &[(Mixed, "South Carolina, she said, was “where we can win.”", "she")],
        ),
        (
            "Most importantly, say analysts, the talks have failed.",
            &[(Indirect, "Most importantly, say analysts, the talks have failed", "analysts")],
        ),
        ("The talks have failed badly, said Ann Lee, the union leader.", &[(Indirect, "The talks have failed badly", "Ann Lee")]),
        // … with the listener of its cue.
        (
            "Sooner or later, the governor told reporters, “it starts to pay off.”",
            &[(Mixed, "Sooner or later, the governor told reporters, “it starts to pay off.”", "the governor")],
        ),
        ("Sooner or later, the governor told reporters about it.", &[]),
        // An opening adverbial is no report when the cue's own clause follows `that`.
        (
            "Shortly before the vote, Ann Lee told reporters that she would resign in May.",
            &[(Indirect, "she would resign in May", "Ann Lee")],
        ),
        ("The offer was fair, Ann Lee told reporters.", &[(Indirect, "The offer was fair", "Ann Lee")]),
        // A noun before the listener's role is the listener's (fire); a
        // listener's word before a report's subject is not (must not).
        ("Ann Lee told party members the offer was fair.", &[(Indirect, "the offer was fair", "Ann Lee")]),
        ("Ann Lee told reporters prices would fall.", &[(Indirect, "prices would fall", "Ann Lee")]),
        // `according to` a text named by its kind with no determiner, plural
        // too, names its author (fire); a word that names no text does not
        // (must not).
        ("Prices will rise, according to polls by the Fenby Institute.", &[(Indirect, "Prices will rise", "polls by the Fenby Institute")]),
        ("Prices will rise, according to polls conducted by the Fenby Institute.", &[(Indirect, "Prices will rise", "polls")]),
        ("Prices will rise, according to people close to the Fenby Institute.", &[]),
        ("Everything Trump says is a lie unless proven otherwise.", &[]),
        ("“It is over,” he said.\n\n'All Bets Are Off.'\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
        // A short line in single marks is a heading where quotes take double marks …
        ("“It is over,” he said.\n\n'A long fight.'\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
        ("“It is over,” he said.\n\n– ‘Who cares?’ –\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
        // A short label before a link is no quote.
        ("“It is over,” he said.\n\n\"See also:\"\n\nMr. Obama ran again.", &[(Direct, "It is over,", "he")]),
        // … not where they take single marks (British style): there it goes on quoting.
        (
            "'It is over,' he said.\n\n'We fight on.'\n\nMr Blair ran again.",
            &[(Direct, "It is over,", "he"), (Direct, "We fight on.", "")],
        ),
        (
            "“The public expects better,” said Rachel Harrison, who told reporters the offer was “an insult”.",
            &[(Direct, "The public expects better,", "Rachel Harrison"), (Mixed, "the offer was “an insult”", "Rachel Harrison")],
        ),
        ("According to the IFS, teacher pay has fallen in real terms.", &[(Indirect, "teacher pay has fallen in real terms", "the IFS")]),
        // The source's apposition, with or without an article, is no part of
        // what it says (fire); a clause after the comma is (must not).
        (
            "According to Tom Hale, head of research at Acme Capital, the market will fall.",
            &[(Indirect, "the market will fall", "Tom Hale")],
        ),
        (
            "According to the union's general secretary, Ann Lee, the market will fall.",
            &[(Indirect, "the market will fall", "Ann Lee")],
        ),
        (
            "According to the Halden Institute, a think tank, the market will fall.",
            &[(Indirect, "the market will fall", "the Halden Institute")],
        ),
        (
            "According to Tom Hale, prices will rise, and wages will fall.",
            &[(Indirect, "prices will rise, and wages will fall", "Tom Hale")],
        ),
        // Adverbs in -ly between the cue and `that` are no part of the
        // report (fire); a clause before a later `that` is (must not).
        ("Ann Lee said privately that the plan would fail.", &[(Indirect, "the plan would fail", "Ann Lee")]),
        (
            "Ann Lee said the plan would fail so badly that nobody would use it.",
            &[(Indirect, "the plan would fail so badly that nobody would use it", "Ann Lee")],
        ),
        // After an accusation's listener, what follows `of` is what was
        // said (fire); not after a listener told of something (must not).
        (
            "Ann Lee accused ministers of dragging their feet over pay.",
            &[(Indirect, "dragging their feet over pay", "Ann Lee")],
        ),
        (
            "Ann Lee accused ministers of “dragging their feet”.",
            &[(Mixed, "“dragging their feet”", "Ann Lee")],
        ),
        ("Ann Lee told reporters of her plans to run for the council.", &[]),
        // After a listener, a word a finite verb follows is the report's
        // subject (fire); a listener's own lowercase head is not (must not).
        ("Ann Lee told the BBC prices would fall.", &[(Indirect, "prices would fall", "Ann Lee")]),
        (
            "Ann Lee told the BBC's Today programme it was wrong.",
            &[(Indirect, "it was wrong", "Ann Lee")],
        ),
        // After a comma, a cue with an object sense is inverted only by a
        // subject that can speak (must not: `reported a rise`; fire: `reported the BBC`).
        ("Halden Crowe, the bank, reported a rise in profits.", &[]),
        ("The plan will fail, reported the BBC.", &[(Indirect, "The plan will fail", "the BBC")]),
        // A listener before `that` is none of the report (fire); a verb
        // makes the words before `that` a clause, an infinitive a report
        // whose `that` is a determiner (must not).
        ("Ann Lee warned ministers that the plan would fail.", &[(Indirect, "the plan would fail", "Ann Lee")]),
        (
            "Ann Lee told a meeting of party activists that the plan was working.",
            &[(Indirect, "the plan was working", "Ann Lee")],
        ),
        (
            "Ann Lee warned the plan would mean that rents rise.",
            &[(Indirect, "the plan would mean that rents rise", "Ann Lee")],
        ),
        (
            "Ann Lee warned the cost of that scheme would double.",
            &[(Indirect, "the cost of that scheme would double", "Ann Lee")],
        ),
        (
            "Ann Lee asked him not to make that speech.",
            &[(Indirect, "him not to make that speech", "Ann Lee")],
        ),
        ("Teacher pay has fallen in real terms, according to the IFS.", &[(Indirect, "Teacher pay has fallen in real terms", "the IFS")]),
        ("“He can’t even answer a question.” ― Esther Tapia\n", &[(Direct, "He can’t even answer a question.", "Esther Tapia")]),
        // … or on a line of its own after it, when it holds only a name.
        (
            "“We will look into it.”\n\n- Ann Lee, speaking in May.\n",
            &[(Direct, "We will look into it.", "Ann Lee")],
        ),
        ("“We will look into it.”\n\n- Parenting plans.\n", &[(Direct, "We will look into it.", "")]),
        ("Talks have been described as an “insult”, in a blow to hopes.", &[]),
        (
            "Kevin Courtney has said “no concrete progress” was made in talks – but added that there would be more talks.",
            &[(Mixed, "“no concrete progress” was made in talks", "Kevin Courtney"), (Indirect, "there would be more talks", "Kevin Courtney")],
        ),
        // After a comma, a conjunction opening another speaker's report
        // ends the first (fire); inside a report it does not (must not).
        (
            "Ann Lee said the reforms were overdue, while Tom Hale warned that they were rushed.",
            &[(Indirect, "the reforms were overdue", "Ann Lee"), (Indirect, "they were rushed", "Tom Hale")],
        ),
        (
            "Ann Lee said the reforms were overdue, but she thought they were rushed.",
            &[(Indirect, "the reforms were overdue, but she thought they were rushed", "Ann Lee")],
        ),
        // A reported clause holding a second `that` clause is one report.
        (
            "Jo Reid said the offer was fair and that talks remained open.",
            &[(Indirect, "the offer was fair and that talks remained open", "Jo Reid")],
        ),
        // A participle after a preposition names an act, not a report.
        (
            "The firm said the charges reflected the cost of maintaining the lines.",
            &[(Indirect, "the charges reflected the cost of maintaining the lines", "The firm")],
        ),
        ("The council hit back by saying the figures were wrong.", &[(Indirect, "the figures were wrong", "The council")]),
        // Content before its attribution, with or without marks.
        ("Talks were “a farce” from the start, he said.", &[(Mixed, "Talks were “a farce” from the start", "he")]),
        ("The plan would cost jobs, the union said in a statement.", &[(Indirect, "The plan would cost jobs", "the union")]),
        // A question's attribution is the next sentence when it is only that.
        ("“Why now?” Ann Lee asked reporters.", &[(Direct, "Why now?", "Ann Lee")]),
        (
            "“Why now?” Ann Lee asked reporters whether the plan had failed.",
            &[(Direct, "Why now?", ""), (Indirect, "whether the plan had failed", "Ann Lee")],
        ),
        // A body's acronym in brackets before `in` a place: the body is the
        // subject, not the place.
        (
            "The Friends of Kilns and Glazes (FKG) in Stoke said the kiln was safe.",
            &[(Indirect, "the kiln was safe", "The Friends of Kilns and Glazes (FKG) in Stoke")],
        ),
        // (A member named before `of the` body is the subject.)
        (
            "Dr Ann Price of the Friends of Kilns and Glazes (FKG) in Stoke said the kiln was safe.",
            &[(
                Indirect,
                "the kiln was safe",
                "Dr Ann Price of the Friends of Kilns and Glazes (FKG) in Stoke",
            )],
        ),
        // A sentence's first word before a plural noun and a verb is the
        // subject's modifier (fire); before a verb's object, or a verb in
        // `-s`, it is the subject (must not).
        (
            "Senior doctors have stepped up their campaign, warning that the policy is failing.",
            &[(Indirect, "the policy is failing", "Senior doctors")],
        ),
        (
            "Rail unions reacted angrily, saying the policy is failing.",
            &[(Indirect, "the policy is failing", "Rail unions")],
        ),
        (
            "Hallam has raised questions, saying the policy is failing.",
            &[(Indirect, "the policy is failing", "Hallam")],
        ),
        (
            "Members are sending postcards, saying the policy is failing.",
            &[(Indirect, "the policy is failing", "Members")],
        ),
        // … in the next paragraph, only an attribution with a listener or
        // an adjunct at most (must not); a short report there is its own
        // sentence's (fire).
        (
            "“It is a mess,” he said. “Who dreamt this up?”\n\nThe Tories accused ministers of meddling.",
            &[(Direct, "It is a mess,", "he"), (Direct, "Who dreamt this up?", "")],
        ),
        (
            "“Did you vote for it?”\n\nMr Hale said he did not.",
            &[(Direct, "Did you vote for it?", ""), (Indirect, "he did not", "Mr Hale")],
        ),
        (
            "“What are they hiding?”\n\nTom Hale asked the council at a meeting on Monday.",
            &[(Direct, "What are they hiding?", "Tom Hale")],
        ),
        ("“Why now?”\n\nAnn Lee asked the council.", &[(Direct, "Why now?", "Ann Lee")]),
        // … or when what follows it adds to the attribution, not reports.
        ("“Why now?” Ann Lee asked at a rally on Monday, to cheers.", &[(Direct, "Why now?", "Ann Lee")]),
        ("“Who are they?” Ann Lee said of the donors at a rally in May.", &[(Direct, "Who are they?", "Ann Lee")]),
        ("“Why now?” Ann Lee said to a crowd of 500.", &[(Direct, "Why now?", "Ann Lee")]),
        // … after a listener and an adverb in -ly.
        ("“Why now?” Ann Lee asked reporters angrily during a visit.", &[(Direct, "Why now?", "Ann Lee")]),
        ("“Why now?” Ann Lee said quietly into the phone.", &[(Direct, "Why now?", "Ann Lee")]),
        (
            "“Why now?” Ann Lee pledged to cut waiting lists by half.",
            &[(Direct, "Why now?", ""), (Indirect, "to cut waiting lists by half", "Ann Lee")],
        ),
        // A question inside the quote's own closing marks.
        ("“She asked, ‘Why now?’” Ann Lee said.", &[(Direct, "She asked, ‘Why now?’", "Ann Lee")]),
        // The stop after an initial is no sentence end between quote and cue.
        ("“We will act,” FBI counsel James A. Baker wrote in a letter.", &[(Direct, "We will act,", "Baker")]),
        ("“We will act.” He left. Baker wrote in a letter.", &[(Direct, "We will act.", "")]),
        // A report in a relative clause ends at the sentence's own verb.
        (
            "The party leader, who argues he is ensuring honesty, said: “We will not change.”",
            &[(Indirect, "he is ensuring honesty", "The party leader"), (Direct, "We will not change.", "The party leader")],
        ),
        // A title in title case at a sentence end is no quote.
        ("Ann Lee was the founder of “Parents For Better Schools.”", &[]),
        // Cues that report with an infinitive, with its object.
        ("The minister pledged to cut waiting lists by half.", &[(Indirect, "to cut waiting lists by half", "The minister")]),
        ("The minister urged councils to limit their tax rises.", &[(Indirect, "councils to limit their tax rises", "The minister")]),
        ("Ann Lee called on ministers to publish the advice in full.", &[(Indirect, "ministers to publish the advice in full", "Ann Lee")]),
        ("The union agreed to look at the offer again.", &[]),
        // Cues with other senses report a clause only after `that`.
        ("Ann Lee maintained her lead over the rest of the field.", &[]),
        ("Ann Lee maintained that her lead was safe.", &[(Indirect, "her lead was safe", "Ann Lee")]),
        ("Her lead was safe, Ann Lee maintained.", &[(Indirect, "Her lead was safe", "Ann Lee")]),
        ("Ministers have ruled out a levy on plastic bags in England.", &[]),
        ("The judge ruled the evidence could be heard.", &[(Indirect, "the evidence could be heard", "The judge")]),
        ("The minister accepted the offer from the union.", &[]),
        ("The minister accepted that there were problems in some towns.", &[(Indirect, "there were problems in some towns", "The minister")]),
        ("Officials estimate the cost of the new bridge at £3m.", &[]),
        ("Officials estimate that the bridge could cost £3m.", &[(Indirect, "the bridge could cost £3m", "Officials")]),
        // A passive participle and an -ing noun are no reports.
        ("A campaign threatened by the alliance has fizzled out.", &[]),
        ("The firm issued a profit warning following poor sales over the summer.", &[]),
        // … but after a text that speaks, the participle reports its words.
        (
            "The council issued a statement saying the road would reopen in May.",
            &[(Indirect, "the road would reopen in May", "The council")],
        ),
        (
            "Two residents filed a lawsuit alleging the council had ignored “every warning.”",
            &[(Mixed, "the council had ignored “every warning.”", "Two residents")],
        ),
        ("The council issued a new warning following the storm in May.", &[]),
        // A participle shares the subject named before an apposition, not after an adverbial.
        (
            "Ann Lee, a former mayor, endorsed Tom Hale on Monday, saying he “will fix the roads.”",
            &[(Mixed, "he “will fix the roads.”", "Ann Lee")],
        ),
        (
            "In Leeds, Ann Lee endorsed Tom Hale on Monday, saying he “will fix the roads.”",
            &[(Mixed, "he “will fix the roads.”", "Ann Lee")],
        ),
        // A name and a colon attribute the quote after them.
        ("Band member Flea: “We are proud of this.”", &[(Direct, "We are proud of this.", "Band member Flea")]),
        // A quote later in the sentence of a report is part of it.
        (
            "Ann Lee has said she read the messages and found one line to quote: “Nothing here worries me.”",
            &[(Direct, "Nothing here worries me.", "Ann Lee")],
        ),
        (
            "Ann Lee believes she read the messages and found one line to quote: “Nothing here worries me.”",
            &[(Direct, "Nothing here worries me.", "")],
        ),
        // A sentence whose subject acts, ending in a colon, introduces the quote.
        ("Ann Lee then turned to the crowd: “We are proud of this.”", &[(Direct, "We are proud of this.", "Ann Lee")]),
        ("The board was blunt in its findings: “The plan is dead.”", &[(Direct, "The plan is dead.", "The board")]),
        ("Breaking news tonight: “The plan is dead.”", &[(Direct, "The plan is dead.", "")]),
        // A cue with a noun-phrase sense reports only a clause when no `that` follows it.
        ("The mayor posted a picture of the flooded square on Sunday.", &[]),
        ("The mayor posted she would not seek a second term.", &[(Indirect, "she would not seek a second term", "The mayor")]),
        ("Mr Reyes claimed the prize for the fastest lap in the race.", &[]),
        ("Mr Reyes claimed the timing system had failed twice.", &[(Indirect, "the timing system had failed twice", "Mr Reyes")]),
        ("The club added two new coaches to its staff this summer.", &[]),
        ("The club added that two new coaches would start in June.", &[(Indirect, "two new coaches would start in June", "The club")]),
        ("Ann Lee wrote a long letter to the head of the council.", &[]),
        ("Ann Lee claimed Tom Hale and his deputy were never told.", &[(Indirect, "Tom Hale and his deputy were never told", "Ann Lee")]),
        ("The two countries have agreed new fishing quotas for next year.", &[]),
        // The verb of a noun phrase an article opens comes before its
        // relative clause or comma (must not); one that does is a clause (fire).
        ("The two brewers have agreed a merger that will create the largest firm.", &[]),
        ("The firm has reported a doubling in profits, helped by strong demand.", &[]),
        ("The firm reported the plant had closed, blaming costs.", &[(Indirect, "the plant had closed", "The firm")]),
        // A naming cue in apposition names a thing inside a report and ends none.
        (
            "The firm says the new device, called Parla, works with any phone.",
            &[(Indirect, "the new device, called Parla, works with any phone", "The firm")],
        ),
        ("The ministers agreed the talks had been useful.", &[(Indirect, "the talks had been useful", "The ministers")]),
        // A subordinate clause after a cue is an adjunct, not what was said.
        ("“We are ready,” Ann Lee said as she left the stage in Leeds.", &[(Direct, "We are ready,", "Ann Lee")]),
        ("The mayor said when the storm hit the town hall was closed.", &[]),
        (
            "The mayor said while the town was safe they still had work to do.",
            &[(Indirect, "while the town was safe they still had work to do", "The mayor")],
        ),
        // Verbs that judge or present their object name it with a quoted fragment.
        (
            "Ann Lee credited the coach with holding “the whole squad together” all season.",
            &[(Mixed, "the whole squad together", "Ann Lee")],
        ),
        ("The mayor blamed the delays on “a broken system” in a speech.", &[(Mixed, "a broken system", "The mayor")]),
        ("Ann Lee thanked the volunteers for their work over the summer.", &[]),
        // Speaking of a topic names it with a quoted fragment in the speaker's words.
        ("The senator talked about a “fresh start” for the city.", &[(Mixed, "fresh start", "The senator")]),
        ("The senator talked about the weather for an hour.", &[]),
        // A demand names what it demands with a quoted fragment; unmarked, it reports no clause.
        ("The MPs called for “a fresh start” on school funding.", &[(Mixed, "a fresh start", "The MPs")]),
        ("The MPs called for a fresh start on school funding in the spring.", &[]),
        // A request for words reports the words (fire), not a request for a thing (must not).
        (
            "The MPs asked for an assurance that schools would be consulted first.",
            &[(Indirect, "schools would be consulted first", "The MPs")],
        ),
        ("The MPs asked for an inquiry into claims that schools were ignored.", &[]),
        ("Ann Lee asked for the money that was owed to her father to be repaid.", &[]),
        // A subordinate clause or a time phrase opening the sentence is no content of the
        // attribution after it, unless a comma ends it before a main clause.
        ("As the crowd cheered in the square, the mayor announced his resignation.", &[]),
        ("Later in the day, the council said it would reopen the road.", &[(Indirect, "it would reopen the road", "the council")]),
        ("Last week, the council said it would act.", &[(Indirect, "it would act", "the council")]),
        ("This makes it hard to act, the mayor said.", &[(Indirect, "This makes it hard to act", "the mayor")]),
        (
            "As costs rise, jobs will go, the mayor said on Monday.",
            &[(Indirect, "As costs rise, jobs will go", "the mayor")],
        ),
    ];
    for (text, expected) in cases {
        let want: Vec<(QuoteKind, String, String)> = expected
            .iter()
            .map(|(k, a, b)| (*k, a.to_string(), b.to_string()))
            .collect();
        assert_eq!(detect_text(text), want, "detecting in {text:?}");
    }
}

/// `“A,” said X. “B.”` joined, as converted corpora annotate it (the
/// `join_interrupted` option): the quotes it joins and those it leaves apart.
#[test]
fn interrupted_quotes_joined() {
    let joined = |text: &str| {
        let k = Knowledge::builtin();
        let seg = segment(text, &k);
        let options = DetectOptions {
            join_interrupted: true,
        };
        detect(text, &seg, &k, options)
            .iter()
            .map(|q| q.span.of(text).to_string())
            .collect::<Vec<_>>()
    };
    let cases: &[(&str, &[&str])] = &[
        (
            "“We will win,” said Ann Lee. “The voters are with us.”",
            &["We will win,” said Ann Lee. “The voters are with us."],
        ),
        // Across a paragraph break right after the attribution.
        (
            "“We will win,” Ann Lee said.\n“The voters are with us.”",
            &["We will win,” Ann Lee said.\n“The voters are with us."],
        ),
        // A short sentence is no title.
        (
            "“We are not ready,” Ann Lee said on Monday, though she said, “I hope to.”",
            &["We are not ready,", "I hope to."],
        ),
        // A cue word after an article is a noun, not another report.
        (
            "“We will win,” Ann Lee wrote in an early morning tweet, “and the voters are with us.”",
            &["We will win,” Ann Lee wrote in an early morning tweet, “and the voters are with us."],
        ),
        (
            "“We will win,” Ann Lee wrote, and then she tweeted, “and the voters are with us.”",
            &["We will win,", "and the voters are with us."],
        ),
        // A title in the attribution is passed over; other quoted words are not.
        (
            "“We will win,” Ann Lee said on the show “Meet the Press.” “The voters are with us.”",
            &["We will win,” Ann Lee said on the show “Meet the Press.” “The voters are with us."],
        ),
        (
            "“We will win,” Ann Lee said of the “sad and tired old guard.” “The voters are with us.”",
            &["We will win,” Ann Lee said of the “sad and tired old guard.", "The voters are with us."],
        ),
        // A mixed quote before its attribution resumes the same way.
        (
            "Ann Lee was “sure of a win,” said Tom Hale. “The voters are with us.”",
            &["Ann Lee was “sure of a win,” said Tom Hale. “The voters are with us."],
        ),
        (
            "Ann Lee was “sure of a win,” said Tom Hale. The rally ended early.\n“The voters are with us.”",
            &["Ann Lee was “sure of a win,”", "The voters are with us."],
        ),
        // Not when another sentence of narration comes between.
        (
            "“We will win,” Ann Lee said. The rally ended early.\n“The voters are with us.”",
            &["We will win,", "The voters are with us."],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(joined(text), *expected, "joining in {text:?}");
    }
}

#[test]
fn words_of_splits_as_split_whitespace_does() {
    let texts = [
        "",
        "   ",
        "one",
        " two  words ",
        "tab\tand\nnew\r\nlines\x0bvt\x0cff",
        "no\u{a0}break and\u{85}next",
        "em\u{2003}space\u{2009}thin\u{200a}hair\u{200b}zero-width",
        "line\u{2028}para\u{2029}nnbsp\u{202f}mm\u{205f}ideo\u{3000}ogham\u{1680}end",
        "“Don’t,” she said — and left – quickly…",
        "\u{2000}\u{200a}\u{3000}",
        "é ü\u{a0}ß",
    ];
    for text in texts {
        let ours: Vec<&str> = words_of(text).collect();
        let std: Vec<&str> = text.split_whitespace().collect();
        assert_eq!(ours, std, "{text:?}");
        for n in 1..6 {
            assert_eq!(has_words(text, n), std.len() >= n, "{text:?} {n}");
        }
    }
    // Every char, between two words.
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let text = format!("a{c}b");
        assert!(words_of(&text).eq(text.split_whitespace()), "{c:?}");
    }
}

/// Runs `cases` through detection, asserting each sentence's quotes exactly.
fn assert_cases(cases: &[Case]) {
    for (text, expected) in cases {
        let got = detect_text(text);
        let expected: Vec<(QuoteKind, String, String)> = expected
            .iter()
            .map(|&(k, q, m)| (k, q.to_string(), m.to_string()))
            .collect();
        assert_eq!(got, expected, "quotes in {text:?}");
    }
}

/// A `?` or `!` that is part of a name (`Which?`, `Yahoo!`) keeps the name
/// whole as the subject of its cue (fire); a real question still ends its
/// sentence, and a quoted question keeps its attribution (must not).
#[test]
fn names_with_a_question_or_exclamation_mark() {
    assert_cases(&[
        (
            "Consumer body Fairplay? said the fee was far too high.",
            &[(Indirect, "the fee was far too high", "Fairplay?")],
        ),
        (
            "The app maker Zingo! warned that sales would fall.",
            &[(Indirect, "sales would fall", "The app maker Zingo!")],
        ),
        (
            "The fee was far too high, Fairplay? said.",
            &[(Indirect, "The fee was far too high", "Fairplay?")],
        ),
        ("Why? Nobody knows.", &[]),
        ("Is it fair? The minister thinks so.", &[]),
        (
            "“Is it fair?” she asked.",
            &[(Direct, "Is it fair?", "she")],
        ),
    ]);
}

/// A reported clause whose subject an aside set off by commas interrupts
/// before its verb is still a clause (fire); with no verb after the aside,
/// or a stretch between commas too long to be an aside, the words after the
/// cue stay an adjunct (must not).
#[test]
fn asides_inside_a_reported_subject() {
    assert_cases(&[
        (
            "The firm said about 2,000 of its vans, built in Spain last spring, were faulty.",
            &[(Indirect, "about 2,000 of its vans, built in Spain last spring, were faulty", "The firm")],
        ),
        (
            "The council said around 40 of the older schools, mostly in rural areas, would close.",
            &[(Indirect, "around 40 of the older schools, mostly in rural areas, would close", "The council")],
        ),
        ("The firm said about 2,000 of its vans, built in Spain last spring, on Monday.", &[]),
        (
            "The office said about half of the rise in its projections reflected lower taxes.",
            &[(Indirect, "about half of the rise in its projections reflected lower taxes", "The office")],
        ),
        (
            "The union said about the strike, which began in March after talks about pay and hours broke down, nothing.",
            &[],
        ),
    ]);
}

/// A three-word reported clause whose verb is a regular past form is a
/// clause (fire), whatever the subject before the cue; a participle after a
/// determiner, a possessive, a number or an adverb in -ly modifies a noun,
/// and the words are the cue's object (must not).
#[test]
fn short_clauses_with_a_past_verb() {
    assert_cases(&[
        (
            "The trade body's head of research, Ann Lee, said members wanted changes.",
            &[(Indirect, "members wanted changes", "Ann Lee")],
        ),
        (
            "Tom Hale said both sides agreed.",
            &[(Indirect, "both sides agreed", "Tom Hale")],
        ),
        (
            "Tom Hale said they also voted.",
            &[(Indirect, "they also voted", "Tom Hale")],
        ),
        ("The council announced the revised plan.", &[]),
        ("The council announced Labour's revised plan.", &[]),
        ("The agency reported newly detected cases.", &[]),
        ("Ann Lee confirmed two hundred deaths.", &[]),
    ]);
}
