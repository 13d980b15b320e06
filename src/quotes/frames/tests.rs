//! Table-driven cases of the frame grammar: which cue words open a frame and
//! what their subjects are, from invented sentences.

use super::*;
use crate::segment::segment;

fn frames(text: &str) -> Vec<(String, String)> {
    let k = Knowledge::builtin();
    let seg = segment(text, &k);
    find_frames(text, &seg, &[], &k)
        .iter()
        .map(|f| (f.cue.of(text).to_string(), f.subject.of(text).to_string()))
        .collect()
}

fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
    items
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn subjects() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        ("Mr Marks said there was less room.", &[("said", "Mr Marks")]),
        // Two roles joined by `and` lead an inverted subject to its name,
        // an age after it (fire); `and` before a word that is no role's
        // leads nowhere (must not).
        (
            "\"Sales are up,\" said founder and chief executive Ann Lee, 41.",
            &[("said", "founder and chief executive Ann Lee")],
        ),
        ("\"Sales are up,\" said founder and then chairman Ann Lee, 41.", &[]),
        // A body whose remit is a list in lowercase keeps its commas (fire);
        // a list of people is no remit (must not: the last two only).
        (
            "The farming, food and fisheries committee said it was bad.",
            &[("said", "The farming, food and fisheries committee")],
        ),
        ("Tom, Ann and Bill said it was bad.", &[("said", "Ann and Bill")]),
        // A role's lowercase portfolio may be a list (fire); names joined by
        // `and` are two people, not one role (must not).
        (
            "Shadow work and pensions secretary Ann Lee said it was bad.",
            &[("said", "Shadow work and pensions secretary Ann Lee")],
        ),
        (
            "Environment, food and rural affairs secretary Ann Lee said it was bad.",
            &[("said", "Environment, food and rural affairs secretary Ann Lee")],
        ),
        // A comma with no `and` after it lists no portfolios (must not).
        (
            "Where the park is being built, café owner Ann Lee said it was bad.",
            &[("said", "café owner Ann Lee")],
        ),
        (
            "Tom Hale and business secretary Ann Lee said it was bad.",
            &[("said", "Tom Hale and business secretary Ann Lee")],
        ),
        // A comma closing a relative clause after a noun phrase leads to
        // its verb, not to an inverted subject (fire); after a clause, the
        // verb may be inverted (must not).
        (
            "Acme, which represents growers, said its members took safety seriously.",
            &[("said", "Acme")],
        ),
        (
            "The plan will fail, which is a shame, said Ann Lee.",
            &[("said", "Ann Lee")],
        ),
        ("GMB national secretary Rachel Harrison said: “No.”", &[("said", "GMB national secretary Rachel Harrison")]),
        // A capitalized function word before the cue ends a name (fire);
        // a time word there is no name's (must not).
        ("Campaign group Privacy First said it was bad.", &[("said", "Privacy First")]),
        ("Hartwell Today said it was bad.", &[("said", "Hartwell")]),
        // A party's bracket set off by a comma describes the name before it
        // (fire); an acronym closing an apposition does not (must not).
        (
            "One of them, Ann Lee (Lab, Bolton), said it was bad.",
            &[("said", "Ann Lee")],
        ),
        // `who` after an age and a home town stands for the name they
        // describe (fire); after a clause, for its object (must not).
        (
            "Among them is Tom Hale, 67, from Leeds, who said it was bad.",
            &[("said", "Tom Hale")],
        ),
        (
            "Ann Lee endorses Tom Hale, who says it was bad.",
            &[("says", "Tom Hale")],
        ),
        (
            "Kevin Courtney, joint general secretary of the National Education Union (NEU), has said it was bad.",
            &[("said", "Kevin Courtney")],
        ),
        (
            "Speaking alongside Patrick Roach, general secretary of the NASUWT union, Mr Courtney added: “No.”",
            &[("added", "Mr Courtney")],
        ),
        // An office in title case after a name is an apposition (fire); a
        // title before a name names a person (must not).
        (
            "Ann Lee, Chief Secretary to the Treasury, said the cuts were fair.",
            &[("said", "Ann Lee")],
        ),
        (
            "The panel's chair, Secretary Tom Hale, said the cuts were fair.",
            &[("said", "Secretary Tom Hale")],
        ),
        ("“It is bad,” said the nursing union official.", &[("said", "the nursing union official")]),
        ("“It is bad,” said the New York businessman.", &[("said", "the New York businessman")]),
        ("“It is bad,” said the businessman in New York.", &[("said", "the businessman")]),
        ("“It is bad,” Mr Kline said.", &[("said", "Mr Kline")]),
        ("A DHSC spokesperson said:\"We are clear.\"", &[("said", "A DHSC spokesperson")]),
        // The commas between a department's briefs are its name's (fire);
        // a comma before a determiner phrase ends the subject (must not).
        (
            "A Department for Arts, Parks and Sport spokesperson said:\"We are clear.\"",
            &[("said", "A Department for Arts, Parks and Sport spokesperson")],
        ),
        (
            "In Leeds, a Department for Education spokesperson said:\"We are clear.\"",
            &[("said", "a Department for Education spokesperson")],
        ),
        // A text's author after `by` is part of the text's mention (fire);
        // a place after `by` is not part of a person's (must not).
        (
            "A report by the Ardley Institute said the plan was weak.",
            &[("said", "A report by the Ardley Institute")],
        ),
        ("A man by the river said the plan was weak.", &[("said", "the river")]),
        (
            "Pupils sleep less, according to a study by the University of Ardley.",
            &[("according to", "a study by the University of Ardley")],
        ),
        (
            "Pupils sleep less, according to a teacher by the river.",
            &[("according to", "a teacher")],
        ),
        // A kind of organization, or a role `at` one, leads to the name as a
        // role leads to a person's (fire); lowercase words alone do not
        // (must not).
        (
            "Pupils sleep less, according to research firm Ardley Data.",
            &[("according to", "research firm Ardley Data")],
        ),
        (
            "Pupils sleep less, according to analysts at Ardley Data.",
            &[("according to", "analysts at Ardley Data")],
        ),
        ("Pupils sleep less, according to research findings.", &[]),
        // A body sitting on another is named by it (fire); a word that is
        // no noun phrase is not (must not).
        (
            "The Liberal group on the council said the plan was rushed.",
            &[("said", "The Liberal group on the council")],
        ),
        ("Later on the council said the plan was rushed.", &[("said", "the council")]),
        ("Unions say they want to see it.", &[("say", "Unions")]),
        ("The union’s general secretary Mark Serwotka said: “Yes.”", &[("said", "The union’s general secretary Mark Serwotka")]),
        (
            "The BMA said that talks were “just a façade”, claiming that Mr Barclay had no mandate.",
            &[("said", "The BMA"), ("claiming", "The BMA")],
        ),
        ("Earlier, Rishi Sunak did not deny it, but said pay would rise.", &[("said", "Rishi Sunak")]),
        // A shared cue's subject after capitals that say what it deals in
        // (fire); capitals that are the name before their verb (must not).
        ("Supermarket chain Dalby's rejected the bid, saying it was too low.", &[("saying", "Dalby's")]),
        ("Mobile operator Fonix cut prices, saying demand was weak.", &[("saying", "Fonix")]),
        ("Department store chain Ormby's cut jobs, saying sales were weak.", &[("saying", "Ormby's")]),
        ("Fonix Mobile cut prices, saying demand was weak.", &[("saying", "Fonix Mobile")]),
        // A name's possessive owning a role is no subject; the role is.
        (
            "Ardley's health secretary set out plans, saying drink was too cheap.",
            &[("saying", "Ardley's health secretary")],
        ),
        // The stop after a title belongs to the subject a shared cue takes.
        ("Rep. Ann Lee reacted to the news, saying the plan was dead.", &[("saying", "Rep. Ann Lee")]),
        ("Steve Barclay is said to have asked for more.", &[]),
        ("Talks have been described as an “insult”.", &[]),
        ("GMB is to target trusts with equal pay claims on behalf of women.", &[]),
        ("Sources said the talks failed.", &[("said", "Sources")]),
        ("A spokesman for the Rail Delivery Group said the strikes were needless.", &[("said", "A spokesman for the Rail Delivery Group")]),
        // A body's remit after its head word is its name's (fire; the row
        // before has none).
        ("A spokesman for the Regional Office for the South West said the plan was sound.", &[("said", "A spokesman for the Regional Office for the South West")]),
        ("Sen. Elizabeth Warren (D-Mass.) on Tuesday accused Wells Fargo of “gutless leadership”.", &[("accused", "Sen. Elizabeth Warren")]),
        // A bare day between subject and verb, as US news writes it; not a name's part.
        ("Ann Lee later Thursday told reporters the plan was dead.", &[("told", "Ann Lee")]),
        ("Joe Friday told reporters the plan was dead.", &[("told", "Joe Friday")]),
        ("“This is a betrayal,” said Sen. Pat Toomey (R-Pa.), who added more.", &[("said", "Sen. Pat Toomey"), ("added", "Sen. Pat Toomey (R-Pa.)")]),
        ("According to the Institute for Fiscal Studies, pay has fallen by 13%.", &[("According to", "the Institute for Fiscal Studies")]),
        ("It was urgent given the spate of recent reports of cancer screening disasters.", &[]),
        ("After the talks a union described the meeting as “disappointing”.", &[("described", "a union")]),
        ("“It was the least bad outcome,” Mr. Morgan of the Sierra Club said.", &[("said", "Mr. Morgan of the Sierra Club")]),
        // Words saying what the organization is may stand between `of` and
        // its name (fire); without a preposition, the name is the subject
        // (must not).
        ("Ann Lee of research firm Brandwell said sales would rise.", &[("said", "Ann Lee of research firm Brandwell")]),
        ("Ann Lee of the research firm Brandwell said sales would rise.", &[("said", "Ann Lee of the research firm Brandwell")]),
        ("In a note the research firm Brandwell said sales would rise.", &[("said", "the research firm Brandwell")]),
        // A description naming nobody (a party or an owner before its role
        // names nobody either) is said by the person its apposition names,
        // after words saying what they are (fire); not by a name after a
        // preposition (must not).
        // A name apposed to the opening noun phrase ends at the comma before
        // the cue, whose subject it is (fire); after a clause the comma
        // leads to an inverted subject (must not).
        ("The chair of the committee, Tory MP Ann Lee, said the budget, drawn up in 2004, was a fantasy.", &[("said", "Tory MP Ann Lee")]),
        ("The budget was a fantasy, Ann Lee, said the chair, who was angry.", &[("said", "the chair")]),
        ("The Green candidate, county councillor Ann Lee, said the plan was wrong.", &[("said", "county councillor Ann Lee")]),
        ("Labour's candidate, retired nurse Ann Lee, said the plan was wrong.", &[("said", "retired nurse Ann Lee")]),
        ("The report, including Tom Hale, said the plan was wrong.", &[("said", "The report")]),
        // A `whose` clause with its own verb comes after the subject (fire);
        // one whose verb is the cue's holds it (must not). A role whose `of`
        // names where it is held is described by its apposition's name.
        ("Ann Vole, whose father, Tom, died last week, said the wards were dirty.", &[("said", "Ann Vole")]),
        ("Acme, whose chairman, Tom Hale, said the deal was done.", &[("said", "Tom Hale")]),
        ("The vicar of St Mary's Church, the Rev Tom Pell, said volunteers had helped.", &[("said", "the Rev Tom Pell")]),
        // A title that says a person's sex starts the subject's name.
        ("In a speech to the Foreign Policy Centre Mr Straw said he was wrong.", &[("said", "Mr Straw")]),
        ("“It is bad,” said the Foreign Secretary Jack Straw.", &[("said", "the Foreign Secretary Jack Straw")]),
        // After a comma, a name that ends the sentence or an apposition is the
        // inverted subject; a noun phrase with a verb is a report.
        ("The race will be tight, said Ann Lee, an analyst.", &[("said", "Ann Lee")]),
        ("Tom Hale, head of the union, said the plans could work.", &[("said", "Tom Hale")]),
        // A cue naming its object is never inverted after a comma (`said`
        // is, above): the participle after it shares the sentence's subject.
        (
            "Tom Hale, the justice minister, praised the scheme, telling peers it worked.",
            &[("praised", "Tom Hale"), ("telling", "Tom Hale")],
        ),
        // A bare plural role after an inverted cue is a group of sources.
        ("Prices will rise, say analysts.", &[("say", "analysts")]),
        ("Prices will rise, say most analysts.", &[("say", "most analysts")]),
        // A pronoun after an opening connective is the subject a participle shares.
        ("Then he turned on the plan, calling it weak.", &[("calling", "he")]),
        ("Then the plan failed, calling it weak.", &[]),
        ("Minutes later, she came back saying it was done.", &[("saying", "she")]),
        ("Minutes later, the reply came back saying it was done.", &[]),
        // A long opening phrase and the places ending it come before a shared subject.
        ("Speaking at a rally in Salem, New Hampshire, Ann Lee hit out, calling it weak.", &[("calling", "Ann Lee")]),
        ("Speaking at a rally in Salem, a man hit out, calling it weak.", &[]),
        // A relative clause of words only ends the subject before it.
        ("A voter who wished not to be named said the plan was weak.", &[("said", "A voter")]),
        ("A voter, who wished not to be named, said the plan was weak.", &[("said", "A voter")]),
        // After an article or a number, a cue modifies a noun.
        ("She won 20 pledged delegates in the state on Tuesday.", &[]),
        ("She pledged delegates would get a vote.", &[("pledged", "She")]),
        // A cue after a possessive is a noun; `he’s` is `he has`.
        ("Editor’s note: the plan is dead.", &[]),
        ("He’s said the plan was dead.", &[("said", "He’s")]),
        // An ampersand joins the names of a firm.
        ("Marks & Spencer said sales rose by 4%.", &[("said", "Marks & Spencer")]),
        // An adverb in -ly after an auxiliary is no part of the subject.
        ("The council has repeatedly said the budget was gone.", &[("said", "The council")]),
        // A group or a person with the place they are in.
        ("Residents in the town centre said the plan was weak.", &[("said", "Residents in the town centre")]),
        ("Residents in Leeds said the plan was weak.", &[("said", "Residents in Leeds")]),
        ("Chief constables in England and Wales have warned that forces will shrink.", &[("warned", "Chief constables in England and Wales")]),
        ("A man in the crowd said the plan was weak.", &[("said", "A man in the crowd")]),
        ("Earlier in the day the minister said the plan was weak.", &[("said", "the minister")]),
        // … but a past form opening a report after a name in `’s` is its verb.
        ("Sainsbury’s said it would cut prices.", &[("said", "Sainsbury’s")]),
        ("Moody's warned that the outlook was weak.", &[("warned", "Moody's")]),
        ("Clinton’s stated aim was to win the state.", &[]),
        ("The minister’s promised review will report.", &[]),
        // Appositions: a role with no name, a place.
        ("Ann Lee, CBI director general, said the figures were bad.", &[("said", "Ann Lee")]),
        ("Tom Hale, MP for Leeds, England, said the figures were bad.", &[("said", "Tom Hale")]),
        ("Tom Hale, Ann Lee, said the figures were bad.", &[("said", "Ann Lee")]),
    ];
    for (text, expected) in cases {
        assert_eq!(frames(text), pairs(expected), "frames of {text:?}");
    }
}

/// Cue words that are no finite verb with the noun phrase before them as
/// subject (`nonfinite`), and the cases next to them where the rule must not fire.
#[test]
fn nonfinite_cues() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        // An elliptical passive after a conjunction has no subject.
        ("She would help the party if asked.", &[]),
        ("She would help, she said, if asked.", &[("said", "she")]),
        // A noun after `a`/`an` and one word is no verb …
        ("Ann Lee offered a snappy retort.", &[]),
        ("Tom Hale made an unprompted call for lower taxes, calling them unfair.", &[("calling", "Tom Hale")]),
        // … but a past or `-s` form there is (`a spokesman said`).
        ("A union spokesman said the talks had failed.", &[("said", "A union spokesman")]),
        ("A union spokesman says the talks have failed.", &[("says", "A union spokesman")]),
        // An infinitive after a noun phrase is the sentence subject's …
        ("He was the only pollster to correctly predict the result.", &[("predict", "He")]),
        // … and inside an earlier report, part of what it reports.
        ("Ann Lee said Tom Hale used the talks to say the offer was final.", &[("said", "Ann Lee")]),
        // An absolute phrase names the participle's subject after `with`.
        ("Voters were angry, with Sen. Ann Lee calling it a disgrace.", &[("calling", "Sen. Ann Lee")]),
        // Not across a comma: there the sentence's subject is shared.
        ("Analysts agree with Mr Lakhani, arguing that growth is sound.", &[("arguing", "Analysts")]),
        // A noun phrase after `in` is no subject when an earlier report has one.
        (
            "The clerk said he had no memory of it, but in a later interview said he had deleted it.",
            &[("said", "The clerk"), ("said", "The clerk")],
        ),
        // (Not a name there: the mention keeps the place, which the names stage
        // parts from `Mr Kennedy` at the title.)
        ("Speaking in Harrogate Mr Kennedy said the party was ready.", &[("said", "Harrogate Mr Kennedy")]),
    ];
    for (text, expected) in cases {
        assert_eq!(frames(text), pairs(expected), "frames in {text:?}");
    }
}

/// An infinitive after a noun phrase opened by a determiner, not after a
/// verb, a name or a pronoun; `j` is the index after `to`.
#[test]
fn infinitive_after_noun() {
    let cases: &[(&str, bool)] = &[
        ("the only pollster to predict", true),
        ("pointed to a previous case to say", true),
        ("the minister refused to say", false),
        ("urged Ann Lee to say", false),
        ("asked him to say", false),
        ("Monday’s talks to say", false),
    ];
    let k = Knowledge::builtin();
    for (text, expected) in cases {
        let seg = segment(text, &k);
        let toks: Vec<Token> = seg.tokens_in(text, Span::new(0, text.len())).collect();
        let j = toks.len() - 1;
        assert_eq!(
            nonfinite::is_infinitive_after_noun(&toks, j, &k),
            *expected,
            "in {text:?}"
        );
    }
}

/// The subject a shared cue (`… and said`, `…, saying`) takes from its
/// sentence when that opens with a subordinate clause.
#[test]
fn subject_after_an_opening_subordinate_clause() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "When Robby Lane, the campaign manager, was asked about it, he laughed and said the race was close.",
            &[("said", "he")],
        ),
        (
            "While the polls were still open, she declined to claim victory, only saying the numbers were good.",
            &[("saying", "she")],
        ),
        // Without a pronoun after a comma, the subject is read as before.
        ("When the vote ended, Ann Lee said the race was close.", &[("said", "Ann Lee")]),
        ("Tom Hale laughed and said the race was close.", &[("said", "Tom Hale")]),
    ];
    for (text, expected) in cases {
        assert_eq!(frames(text), pairs(expected), "frames in {text:?}");
    }
}

/// In a sentence that opens with a quote, the subject of the attribution
/// after it is read from the words after the closing mark only.
#[test]
fn subject_after_an_opening_quote() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "“The agents are under a lot of pressure,” an intelligence source, who was not authorized to speak, told Fox News.",
            &[("told", "an intelligence source")],
        ),
        (
            "“We will win,” said Ann Lee, and the crowd, which had waited for hours, cheered.",
            &[("said", "Ann Lee")],
        ),
        ("“We are ready,” Ann Lee, the party leader, said on Monday.", &[("said", "Ann Lee")]),
        // Not where the sentence opens with its subject.
        ("The group, a lobby for fair pay, said it would go on.", &[("said", "The group")]),
    ];
    for (text, expected) in cases {
        assert_eq!(frames(text), pairs(expected), "frames in {text:?}");
    }
}

/// A plain noun phrase between a quote that stands as a clause and its cue
/// is the subject (`after_quote`); not after a quoted phrase inside the sentence.
#[test]
fn subject_between_quote_and_cue() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "“We will meet next week,” prosecutors said.",
            &[("said", "prosecutors")],
        ),
        (
            "“The harm is incalculable,” federal prosecutors wrote.",
            &[("wrote", "federal prosecutors")],
        ),
        (
            "“We will meet next week,” Ryan’s office said in a statement.",
            &[("said", "Ryan’s office")],
        ),
        (
            "“Is it over?” the look-alike asked.",
            &[("asked", "the look-alike")],
        ),
        (
            "She proposed a “chief trade prosecutor” who reports to the president.",
            &[],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(frames(text), pairs(expected), "frames in {text:?}");
    }
}
