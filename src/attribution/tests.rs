use super::*;
use crate::orgs::find_orgs;
use crate::quotes::detect;
use crate::segment::segment;

/// (quote start, speaker name, organization name) for every quote.
fn attributed(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
    let k = Knowledge::builtin();
    let seg = segment(text, &k);
    let orgs = find_orgs(text, &seg, &k);
    let quotes = detect(text, &seg, &k, Default::default());
    let chars = CharMap::new(text);
    quotes
        .iter()
        .zip(attribute(text, &seg, &orgs, &quotes, &k, &chars))
        .map(|(q, a)| {
            let start: String = q.span.of(text).chars().take(12).collect();
            (
                start,
                a.speaker.map(|s| s.name),
                a.organization.map(|o| o.name),
            )
        })
        .collect()
}

fn owned(
    items: &[(&str, Option<&str>, Option<&str>)],
) -> Vec<(String, Option<String>, Option<String>)> {
    items
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.map(str::to_string), c.map(str::to_string)))
        .collect()
}

type Case = (
    &'static str,
    &'static [(&'static str, Option<&'static str>, Option<&'static str>)],
);

#[test]
fn resolution_cases() {
    let cases: &[Case] = &[
        // A group (a plural role, a board) is nobody's one person (fire); a
        // singular role with nothing else to go on is the last speaker (must not).
        (
            "“We deserve better,” said Karen Doyle, the union's organiser.\nThe board said it expected to grow.",
            &[("We deserve b", Some("Karen Doyle"), None), ("it expected ", Some("board"), None)],
        ),
        (
            "“We deserve better,” said Karen Doyle, the union's organiser.\nThe directors said it expected to grow.",
            &[("We deserve b", Some("Karen Doyle"), None), ("it expected ", Some("directors"), None)],
        ),
        (
            "“We deserve better,” said Karen Doyle, the union's organiser.\nThe organiser said it expected to grow.",
            &[("We deserve b", Some("Karen Doyle"), None), ("it expected ", Some("Karen Doyle"), None)],
        ),
        // A military rank is a calling a later description refers back to
        // (fire), and a title before a name (must not: no speaker `Brigadier`).
        (
            "Retired brigadier Tom Hale said the plan was a sham.\n“We were ignored,” the brigadier said.",
            &[("the plan was", Some("Tom Hale"), None), ("We were igno", Some("Tom Hale"), None)],
        ),
        (
            "Brigadier Ann Lee said the plan was sound.",
            &[("the plan was", Some("Ann Lee"), None)],
        ),
        // A name in brackets or inside a relative clause is no subject a
        // later pronoun stands for (fire); the subject before the relative
        // clause is (must not).
        (
            "Ann Price (LD, Wyre Vale) said her party would act. “It is right,” she said.",
            &[("her party wo", Some("Ann Price"), Some("Liberal Democrats")), ("It is right,", Some("Ann Price"), Some("Liberal Democrats"))],
        ),
        (
            "The group opposes the plan. Its chair, Ruth Allen, whose son attends Westgate Primary, said parents had not been told.\n“They are hiding the figures,” she said.",
            &[("parents had ", Some("Ruth Allen"), None), ("They are hid", Some("Ruth Allen"), None)],
        ),
        (
            "Ann Lee, who succeeded Mary Dale, said rents were rising.\n“It is a scandal,” Mary Dale said. “We warned them,” she said.",
            &[("rents were r", Some("Ann Lee"), None), ("It is a scan", Some("Mary Dale"), None), ("We warned th", Some("Mary Dale"), None)],
        ),
        // A university's head (`vice-chancellor`) is a role held in it,
        // whose apposition names the speaker.
        (
            "The University of Northmoor is to close a department. “It is hard,” said its vice-chancellor, Alan Grey.",
            &[("It is hard,", Some("Alan Grey"), Some("University of Northmoor"))],
        ),
        // A group the organization named right before it describes is that
        // organization's (fire); one a comma sets apart is not (must not).
        (
            "Labour activists said they would vote against the Bill.",
            &[("they would v", Some("activists"), Some("Labour Party"))],
        ),
        (
            "In Labour, activists said they would vote against the Bill.",
            &[("they would v", Some("activists"), None)],
        ),
        // Members of a parliamentary party by where they sit speak as a group.
        (
            "Thirty backbenchers said they would vote against the Bill.",
            &[("they would v", Some("backbenchers"), None)],
        ),
        // A past form taking an object after the name is the sentence's verb,
        // not an apposition (fire); an apposition is still read (must not).
        (
            "The Liberal Democrat MP for Market Harwell, Tom Pryce, handed a petition to Downing Street on Tuesday.\n“People here are angry,” he said.",
            &[("People here ", Some("Tom Pryce"), Some("Liberal Democrats"))],
        ),
        (
            "Ann Dale, head of policy at the Acme Trust, said the plan was late.",
            &[("the plan was", Some("Ann Dale"), Some("Acme Trust"))],
        ),
        // A description naming a web outlet's short name fits its writer.
        (
            "The bot was set up by Quillo.com writer Ann Dale. Dale said the bot had worked as planned. Tom Hale retweeted it on Sunday.\n“It is hard to blame him,” the Quillo employee wrote.",
            &[
                ("the bot had ", Some("Ann Dale"), Some("Quillo.com")),
                ("It is hard t", Some("Ann Dale"), Some("Quillo.com")),
            ],
        ),
        (
            "Labour relations director Roger Kline said: 'We are pleased.'\n'We really do hope so, ' Mr Kline said.",
            &[("We are pleas", Some("Roger Kline"), None), ("We really do", Some("Roger Kline"), None)],
        ),
        (
            "But Unite official Onay Kasab - who was not at the talks with Barclay - condemned it.\nSpeaking outside, he said: “It is ludicrous and wrong.”",
            &[("It is ludicr", Some("Onay Kasab"), Some("Unite"))],
        ),
        (
            "Joanne Galbraith-Marten, director of employment relations at the RCN, said there was “nothing” offered.\n“This intransigence is letting patients down,” said the nursing union official.",
            &[
                ("there was “n", Some("Joanne Galbraith-Marten"), Some("Royal College of Nursing")),
                ("This intrans", Some("Joanne Galbraith-Marten"), Some("Royal College of Nursing")),
            ],
        ),
        (
            "Speaking alongside Patrick Roach, general secretary of the NASUWT union, Mr Courtney added: “There is nothing so far.”",
            &[("There is not", Some("Mr Courtney"), None)],
        ),
        (
            "A government source said: “We need to have a conversation.”\n“Steve listened and agreed,” the Whitehall source said.",
            &[("We need to h", Some("government source"), Some("Government")), ("Steve listen", Some("Whitehall source"), Some("Government"))],
        ),
        (
            "Democratic presidential nominee Hillary Clinton spoke in Ohio.\n“We will win this,” said the Democratic nominee.",
            &[("We will win ", Some("Hillary Clinton"), Some("Democratic Party"))],
        ),
        (
            "What Mr. Obama has seen are the charts of a warming planet. \"And they're terrifying,\" he said.",
            &[("And they're ", Some("Mr. Obama"), None)],
        ),
        ("Unite claimed Mr Barclay used the talks to say no.", &[("Mr Barclay u", Some("Unite"), Some("Unite"))]),
        ("Unions say they want to see how talks pan out.", &[("they want to", Some("Unions"), None)]),
        (
            "Critics of the Royal College of Nursing said the strike was a mistake.",
            &[("the strike w", Some("Critics of the Royal College of Nursing"), None)],
        ),
        // A plural opening an organization's name is no group before a
        // role and a name (fire); opening no name, it is (must not).
        (
            "Friends of Fenby Marsh campaigner Ann Lee said the plan was bad.",
            &[("the plan was", Some("Ann Lee"), Some("Friends of Fenby Marsh"))],
        ),
        (
            "Friends of the victim said the plan was bad.",
            &[("the plan was", Some("Friends of the victim"), None)],
        ),
        ("A friend of Mr Kline said the talks were going badly.", &[("the talks we", Some("friend of Mr Kline"), None)]),
        (
            "Members of the British Medical Association said they would strike.",
            &[("they would s", Some("Members of the British Medical Association"), Some("British Medical Association"))],
        ),
        (
            "The RMT’s Mick Lynch dodged questions.\n“We’re just going to have further talks with them,” he told reporters.",
            &[("We’re just g", Some("Mick Lynch"), Some("National Union of Rail, Maritime and Transport Workers"))],
        ),
        // A party in the role words of a name run.
        (
            "Labour MP Ann Hollis said the plan was late.",
            &[("the plan was", Some("Ann Hollis"), Some("Labour Party"))],
        ),
        // Lowercase words left of a role are its pre-modifiers: a shadow office is not the government.
        (
            "Tory shadow chancellor Peter Vane said taxes would rise.",
            &[("taxes would ", Some("Peter Vane"), Some("Conservative Party"))],
        ),
        (
            "Chancellor Peter Vane said taxes would rise.",
            &[("taxes would ", Some("Peter Vane"), Some("Government"))],
        ),
        // Offices of the governments since 2007 (data/stance/target_uk.txt),
        // and the shadow of one.
        (
            "Justice Secretary Ann Hollis said prisons were full.",
            &[("prisons were", Some("Ann Hollis"), Some("Government"))],
        ),
        (
            "Technology Secretary Ann Hollis said the breach was serious.",
            &[("the breach w", Some("Ann Hollis"), Some("Government"))],
        ),
        (
            "Shadow justice secretary Ann Hollis said prisons were full.",
            &[("prisons were", Some("Ann Hollis"), Some("Conservative Party"))],
        ),
        // A name the target lists speaks for the government only where the
        // text gives the person no role or party of its own.
        ("Tony Blair said the plan was late.", &[("the plan was", Some("Tony Blair"), Some("Government"))]),
        (
            "Backbench Labour MP Tony Blair said the plan was late.",
            &[("the plan was", Some("Tony Blair"), Some("Labour Party"))],
        ),
        (
            "The Tories want a vote. Theresa May, shadow secretary for schools, said the plan was late.",
            &[("the plan was", Some("Theresa May"), Some("Conservative Party"))],
        ),
        // A role description opening the next sentence is the previous
        // sentence's one subject, when the text gave them no role.
        (
            "Lord Vane spoke on Monday. The attorney general said the advice was sound.",
            &[("the advice w", Some("Lord Vane"), Some("Government"))],
        ),
        (
            "Hale denies advice claim\n\nThe attorney general has denied the advice was changed.\n\nLord Hale said the answer was his own.",
            &[("the advice w", Some("Lord Hale"), Some("Government")), ("the answer w", Some("Lord Hale"), Some("Government"))],
        ),
        // Not when two people were the subjects, nor when the role is somebody else's.
        (
            "Lord Vane met Ann Cole on Monday. The attorney general said the advice was sound.",
            &[("the advice w", Some("attorney general"), Some("Government"))],
        ),
        (
            "Attorney General Tom Bright spoke. Lord Vane spoke on Monday. The attorney general said the advice was sound. Lord Vane said it was not.",
            &[("the advice w", Some("Tom Bright"), Some("Government")), ("it was not", Some("Lord Vane"), None)],
        ),
        // A party's role named without a name is the person the text is about.
        (
            "Ann Cole has said claims that the Tory leader is weak are false. \"We will win,\" Mrs Cole said.",
            &[("claims that ", Some("Ann Cole"), Some("Conservative Party")), ("We will win,", Some("Ann Cole"), Some("Conservative Party"))],
        ),
        // Not when a name follows the role, nor when the role is a past one.
        (
            "Ann Cole has said claims that the Tory leader Tom Hale is weak are false. \"We will win,\" Mrs Cole said.",
            &[("claims that ", Some("Ann Cole"), None), ("We will win,", Some("Ann Cole"), None)],
        ),
        (
            "Ann Cole has said claims that the Tory former leader is weak are false. \"We will win,\" Mrs Cole said.",
            &[("claims that ", Some("Ann Cole"), None), ("We will win,", Some("Ann Cole"), None)],
        ),
        // A subject read as the tail of an organization's name is the
        // organization (fire); a person's name after one is not (must not).
        (
            "Save the Children said the plan would leave families worse off.",
            &[("the plan wou", Some("Save the Children"), Some("Save the Children"))],
        ),
        (
            "Campaigners Action on Noise and Health (Anh) said the plan was wrong.",
            &[("the plan was", Some("Action on Noise and Health"), Some("Action on Noise and Health"))],
        ),
        (
            "Action on Noise and Health (ANH) director Ann Lee said the plan was wrong.",
            &[("the plan was", Some("Ann Lee"), Some("Action on Noise and Health"))],
        ),
        // A role held `for the` kind of an organization named before is held
        // there (fire); not when none of that kind was named (must not).
        (
            "Tellport, the broadband provider, cut prices. A spokeswoman for the firm said costs had fallen sharply.",
            &[("costs had fa", Some("spokeswoman"), Some("Tellport"))],
        ),
        (
            "Tellport, the broadband provider, cut prices. A spokeswoman for the union said costs had fallen sharply.",
            &[("costs had fa", Some("spokeswoman for the union"), None)],
        ),
        // A role an organization's name describes is a role there.
        (
            "Deputy information commissioner Ann Dale said the rules were clear.",
            &[("the rules we", Some("Ann Dale"), Some("Information Commissioner's Office"))],
        ),
        ("Chief information officer Ann Dale said the rules were clear.", &[("the rules we", Some("Ann Dale"), None)]),
        // A shadow role is the opposition party's: the one the knowledge
        // names, however often the text names the governing party's own
        // members (fire); where the text puts that party in government, the
        // party named most often of the others (must not), none of equals.
        (
            "Labour MPs met. Labour MPs were angry. Shadow home secretary Ann Dale said the bill was late.",
            &[("the bill was", Some("Ann Dale"), Some("Conservative Party"))],
        ),
        (
            "The Conservative government met. Labour said little. Shadow home secretary Ann Dale said the bill was late.",
            &[("the bill was", Some("Ann Dale"), Some("Labour Party"))],
        ),
        (
            "Tory ministers met. Labour met. The Lib Dems met. The talks went on. The vote was held. Shadow home secretary Ann Dale said the bill was late.",
            &[("the bill was", Some("Ann Dale"), None)],
        ),
        // In a shadow role a government body is the portfolio shadowed (fire);
        // in a minister's, the employer (must not).
        (
            "Labour ministers met. The Tories were angry. Shadow Treasury minister Ann Dale said the bill was late.",
            &[("the bill was", Some("Ann Dale"), Some("Conservative Party"))],
        ),
        (
            "Treasury minister Ann Dale said the bill was ready.",
            &[("the bill was", Some("Ann Dale"), Some("HM Treasury"))],
        ),
        // A capitalized run before a role and a name modifies the role: the
        // name after it is the speaker (fire); two people joined by `and`, or a
        // role with no name after it, keep the first (must not).
        (
            "Blue Sky chief executive Ann Dale said the deal was done.",
            &[("the deal was", Some("Ann Dale"), None)],
        ),
        (
            "Acting Commons leader Ann Dale said the vote was close.",
            &[("the vote was", Some("Ann Dale"), Some("Government"))],
        ),
        (
            "Ann Dale and chief executive Tom Hale said the deal was done.",
            &[("the deal was", Some("Ann Dale"), None)],
        ),
        // A plural possessive after a company's head word ends its name (fire);
        // a mark inside a name joins it (must not).
        (
            "Acme Holdings' Tom Hale said the deal was done.",
            &[("the deal was", Some("Tom Hale"), Some("Acme Holdings"))],
        ),
        (
            "Tom Hale of the National Farmers' Union said the deal was done.",
            &[("the deal was", Some("Tom Hale"), Some("National Farmers' Union"))],
        ),
        ("Blue Sky Partners' Tom Hale said the deal was done.", &[("the deal was", Some("Tom Hale"), Some("Blue Sky Partners"))]),
        // A committee named by its house and remit (fire); a possessive is no
        // remit word (must not).
        (
            "Ann Dale, who chairs the Commons health committee, said the report was damning.",
            &[("the report w", Some("Ann Dale"), Some("Commons health committee"))],
        ),
        (
            "Ann Dale, a member of the Fed's own policy committee, said the risk was low.",
            &[("the risk was", Some("Ann Dale"), None)],
        ),
        // A bracket after the subject describes it; a British party label
        // in it names the party (fire); other brackets name none (must not).
        (
            "Rupert Hale (Con, Wealdbridge) said the reforms were overdue.",
            &[("the reforms ", Some("Rupert Hale"), Some("Conservative Party"))],
        ),
        ("“It is late,” said Ann Dale (Lab).", &[("It is late,", Some("Ann Dale"), Some("Labour Party"))]),
        ("Tom Hale (aged 54) said the reforms were overdue.", &[("the reforms ", Some("Tom Hale"), None)]),
        // Police ranks are titles; a given name after a role ends an
        // organization's name at its head word (fire), and a run with no head
        // word before the role names none (must not).
        ("Chief Constable Helen Marr said the force faced cuts.", &[("the force fa", Some("Helen Marr"), None)]),
        (
            "Senate Finance Committee Chairman Bob Hale said the bill was late.",
            &[("the bill was", Some("Bob Hale"), Some("Senate Finance Committee"))],
        ),
        (
            "Police and Crime Commissioner David Thorne said the force faced cuts.",
            &[("the force fa", Some("David Thorne"), None)],
        ),
        // An organization spoken to is not the speaker's (fire); one a role
        // serves is (must not).
        (
            "In a report to the Westshire Police and Crime Panel, Chief Constable Ann Lee said the force faced a shortfall.",
            &[("the force fa", Some("Ann Lee"), None)],
        ),
        (
            "Tom Hale, an adviser to the Acme Trust, said the force faced a shortfall.",
            &[("the force fa", Some("Tom Hale"), Some("Acme Trust"))],
        ),
        // Capitalized words whose initials spell the acronym after them name
        // an organization (fire); a person's initials do not (must not).
        (
            "The Westshire Fire Brigade (WFB) said crews had arrived quickly.",
            &[("crews had ar", Some("Westshire Fire Brigade"), Some("Westshire Fire Brigade"))],
        ),
        ("Ann Lee (AL) said crews had arrived quickly.", &[("crews had ar", Some("Ann Lee"), None)]),
        // An unnamed employee speaks for the organization the sentence
        // before named (fire); someone else unnamed does not (must not).
        (
            "The Acme Trust welcomed the plan. A spokeswoman said it was overdue.",
            &[("it was overd", Some("spokeswoman"), Some("Acme Trust"))],
        ),
        ("The Acme Trust welcomed the plan. A nurse said it was overdue.", &[("it was overd", Some("nurse"), None)]),
        // A role a place's possessive owns is that place's government's, not
        // the target's (fire); a name's possessive owns the description after
        // it, and is no speaker (fire); in a preposition's object it owns
        // nothing (must not).
        (
            "France's prime minister has insisted the reform will go ahead.",
            &[("the reform w", Some("France's prime minister"), Some("French government"))],
        ),
        (
            "Tom Hale's campaign manager said the polls were wrong.",
            &[("the polls we", Some("Tom Hale's campaign manager"), None)],
        ),
        (
            "Tom Hale's campaign manager Ann Dale said the polls were wrong.",
            &[("the polls we", Some("Ann Dale"), None)],
        ),
        ("In France's view officials said the reform will go ahead.", &[("the reform w", Some("officials"), None)]),
        // A name opening a sentence that the next calls by its kind is an
        // organization of that kind (fire); a person's or a place's is not
        // (must not).
        (
            "Eurostar cancelled a third of its services. The company said passengers could change their tickets.",
            &[("passengers c", Some("Eurostar"), Some("Eurostar"))],
        ),
        (
            "Tom Hale resigned on Monday. The company said it would appoint a successor.",
            &[("it would app", Some("company"), None)],
        ),
        ("Leeds cut the scheme. The council said it had no choice.", &[("it had no ch", Some("council"), None)]),
        // A name of function words only is none (the title-case reading of
        // `newspaper` and the next line's `The`): the paper is the one its
        // title names.
        (
            "Player wins case against weekly newspaper\n\nThe former defender Tom Hale has won his action against the Weekly Courier.\n\nThe Weekly Courier said it would appeal.",
            &[("it would app", Some("Weekly Courier"), Some("Weekly Courier"))],
        ),
        // A shadow role takes the document's opposition, not a party named
        // only inside quotes (fire); a party its own sentence names is taken
        // first (must not).
        (
            "Shadow chancellor Ann Lee said the package was wrong. “Labour promised to cut bills. Labour broke that promise,” she said.",
            &[
                ("the package ", Some("Ann Lee"), Some("Conservative Party")),
                ("Labour promi", Some("Ann Lee"), Some("Conservative Party")),
            ],
        ),
        (
            "Tory ministers defended the package. For Labour, shadow chancellor Ann Lee said it was wrong.",
            &[("it was wrong", Some("Ann Lee"), Some("Labour Party"))],
        ),
        // A person introduced by an age or a home town is a member of the
        // public, who takes no organization from the sentence before
        // (fire); a person introduced by name alone does (must not).
        (
            "Ofcom said it was investigating. Carol Bryce, 71, from Stockport, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. One customer, Jo Harland from Leeds, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Jo Harland"), None)],
        ),
        // A home town no list knows, one capitalized word naming no
        // organization, and one after what the person does (fire); not a
        // body after `from` (must not).
        (
            "Ofcom said it was investigating. Carol Bryce, from Pontyberem, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. “I have no signal,” said Carol Bryce, a care worker from Pontyberem.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("I have no si", Some("Carol Bryce"), None)],
        ),
        // Roughly where, after a preposition (fire); a body after it is
        // no home town (must not).
        (
            "Ofcom said it was investigating. Carol Bryce, a care worker from near Pontyberem, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. Carol Bryce, an engineer from outside Ofcom, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), Some("Ofcom"))],
        ),
        (
            "Ofcom said it was investigating. Carol Bryce, a mother of three, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), None)],
        ),
        // A nationality after `the` and before a given name is no part of
        // the name (fire); a given name that is a nationality too is (must
        // not).
        (
            "The team's captain, the Australian Carol Bryce, said she had no signal.",
            &[("she had no s", Some("Carol Bryce"), None)],
        ),
        (
            "Scot Bryce said he had no signal.",
            &[("he had no si", Some("Scot Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. Mother-of-two Carol Bryce said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. Carol Bryce, a director of two firms, said the network had failed.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("the network ", Some("Carol Bryce"), Some("Ofcom"))],
        ),
        (
            "Ofcom said it was investigating. Her son, Tom Bryce, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Tom Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. Her son, Tom, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Tom"), None)],
        ),
        (
            "Ofcom said it was investigating. Its spokesman, Tom Bryce, said the network had failed.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("the network ", Some("Tom Bryce"), Some("Ofcom"))],
        ),
        (
            "Ofcom said it was investigating. Carol Bryce, from Ofcom, said the network had failed.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("the network ", Some("Carol Bryce"), Some("Ofcom"))],
        ),
        (
            "Ofcom said it was investigating. Carol Bryce said the network had failed.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("the network ", Some("Carol Bryce"), Some("Ofcom"))],
        ),
        // So is one a `whose` clause describes with no organization (fire);
        // not one whose clause names the body they are with (must not).
        (
            "Ofcom said it was investigating. Carol Bryce, whose two sons live abroad, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. Carol Bryce, whose son was treated at a hospital in Leeds, said she had no signal.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("she had no s", Some("Carol Bryce"), None)],
        ),
        (
            "Ofcom said it was investigating. Carol Bryce, whose team works for the regulator, said the network had failed.",
            &[("it was inves", Some("Ofcom"), Some("Ofcom")), ("the network ", Some("Carol Bryce"), Some("Ofcom"))],
        ),
        // A role opening a sentence names its employer after `at` (fire); a
        // capitalized role inside one is a name's part (must not).
        ("Analysts at Brightwater said growth would slow.", &[("growth would", Some("Analysts"), Some("Brightwater"))]),
        ("Tom Hale met Analysts at Brightwater, who said growth would slow.", &[("growth would", Some("Analysts at Brightwater"), None)]),
        // A role given as the subject of one sentence is held by the bare
        // name that is the next one's subject (fire); not by a name the text
        // gives a role of its own, nor when somebody else holds the role
        // (must not).
        (
            "The sale will go ahead next spring, the Transport Secretary said.\nTom Hale told MPs that the franchises would be advertised soon.",
            &[
                ("The sale wil", Some("Transport Secretary"), Some("Government")),
                ("the franchis", Some("Tom Hale"), Some("Government")),
            ],
        ),
        (
            "The sale will go ahead next spring, the Transport Secretary has said.\n\nTom Hale told MPs that the franchises would be advertised soon.",
            &[
                ("The sale wil", Some("Transport Secretary"), Some("Government")),
                ("the franchis", Some("Tom Hale"), Some("Government")),
            ],
        ),
        (
            "The Home Secretary has promised to close the hotels.\nSpeaking in the Commons, Ann Lee said the backlog had fallen.",
            &[
                ("to close the", Some("Home Secretary"), Some("Government")),
                ("the backlog ", Some("Ann Lee"), Some("Government")),
            ],
        ),
        (
            "The sale will go ahead next spring, the Transport Secretary said.\nTom Hale, a rail union organiser, said the sale was a mistake.",
            &[
                ("The sale wil", Some("Transport Secretary"), Some("Government")),
                ("the sale was", Some("Tom Hale"), None),
            ],
        ),
        // A description naming a devolved government's office, with no
        // organization of its own, speaks for that government.
        (
            "The Welsh health minister says there are lessons to learn.",
            &[("there are le", Some("Welsh health minister"), Some("Welsh Assembly Government"))],
        ),
        // The role may be a devolved government's office named with its
        // place after `for`, open with an adjective (`new`), and the name
        // a title and a phrase set off by commas before its verb (fire);
        // a name with a role of its own is somebody else (must not).
        (
            "The new health minister for Wales says there are lessons to learn.\nDr Tom Hale, on his first day in the job, told reporters the wards were full.",
            &[
                ("there are le", Some("new health minister for Wales"), Some("Government")),
                ("the wards we", Some("Tom Hale"), Some("Welsh Assembly Government")),
            ],
        ),
        (
            "The new health minister for Wales says there are lessons to learn.\nDr Tom Hale, a Labour councillor in Neath, told reporters the wards were full.",
            &[
                ("there are le", Some("new health minister for Wales"), Some("Government")),
                ("the wards we", Some("Tom Hale"), Some("Labour Party")),
            ],
        ),
        // The same in a clause after a comma and `as`; the office's shadow
        // is another role.
        (
            "Tory MPs attacked the sale, as the Transport Secretary insisted it was fair.\nTom Hale told MPs that the franchises would be advertised soon.\nShadow transport secretary Ann Lee said the sale was a mistake.",
            &[
                ("it was fair", Some("Transport Secretary"), Some("Government")),
                ("the franchis", Some("Tom Hale"), Some("Government")),
                ("the sale was", Some("Ann Lee"), Some("Conservative Party")),
            ],
        ),
        (
            "Transport Secretary Ann Lee spoke first. The sale will go ahead, the Transport Secretary said.\nTom Hale told reporters that the sale was a mistake.",
            &[
                ("The sale wil", Some("Ann Lee"), Some("Government")),
                ("the sale was", Some("Tom Hale"), None),
            ],
        ),
        // A role at the head of an organization, named with none, is held in
        // the company the story is about, sentences later (fire); an
        // analyst's is not, nor a role whose owner is named (must not).
        (
            "Dovecot, the garden centre chain, has cut prices. Sales fell. Profits fell. Stores shut.\nChief executive Ann Lee said trading was tough.",
            &[("trading was ", Some("Ann Lee"), Some("Dovecot"))],
        ),
        (
            "Dovecot, the garden centre chain, has cut prices. Sales fell. Profits fell. Stores shut.\nRetail analyst Ann Lee said trading was tough.",
            &[("trading was ", Some("Ann Lee"), None)],
        ),
        // A family clause that refers to the company makes no private
        // person of someone at the head of a body (fire); an age does, and
        // a family clause about another firm, and anyone else's (must not).
        (
            "Dovecot, the garden centre chain, has cut prices.\nChief executive Ann Lee, 52, said trading was tough.",
            &[("trading was ", Some("Ann Lee"), None)],
        ),
        (
            "Dovecot, the garden centre chain, has cut prices.\nChief executive Ann Lee, whose father runs a rival firm, said trading was tough.",
            &[("trading was ", Some("Ann Lee"), None)],
        ),
        (
            "Dovecot, the garden centre chain, has cut prices.\nChief executive Ann Lee, whose grandfather founded the firm, said trading was tough.",
            &[("trading was ", Some("Ann Lee"), Some("Dovecot"))],
        ),
        (
            "Dovecot, the garden centre chain, has cut prices.\nShopper Ann Lee, 52, said trading was tough.",
            &[("trading was ", Some("Ann Lee"), None)],
        ),
        (
            "Dovecot, the garden centre chain, has bought the club.\nChairman Ann Lee, whose family has run the club since 1961, said trading was tough.",
            &[("trading was ", Some("Ann Lee"), None)],
        ),
        (
            "Dovecot, the garden centre chain, has cut prices. Sales fell. Profits fell. Stores shut.\nAnn Lee, Brackwell's chief executive, said trading was tough.",
            &[("trading was ", Some("Ann Lee"), Some("Brackwell"))],
        ),
        // An indefinite relation apposed to the name opening the sentence
        // introduces a member of the public (fire: no organization); a role
        // so apposed takes the organization around (must not).
        (
            "The Fenby Register said its staff had been told.\nA grandson of the donor, Tom Hale, said he was thrilled.",
            &[
                ("its staff ha", Some("Fenby Register"), Some("Fenby Register")),
                ("he was thril", Some("Tom Hale"), None),
            ],
        ),
        (
            "The Fenby Register said its staff had been told.\nA senior director, Tom Hale, said he was thrilled.",
            &[
                ("its staff ha", Some("Fenby Register"), Some("Fenby Register")),
                ("he was thril", Some("Tom Hale"), Some("Fenby Register")),
            ],
        ),
        (
            "The Fenby Trust said its staff had been told.\nA trustee of the charity, Tom Hale, said he was thrilled.",
            &[
                ("its staff ha", Some("Fenby Trust"), Some("Fenby Trust")),
                ("he was thril", Some("Tom Hale"), Some("Fenby Trust")),
            ],
        ),
        // A participle's `by` phrase after a noun names no speaker: the noun
        // speaks, a group named without its quantifier (fire); a text's
        // author still speaks for the text (must not).
        (
            "Costs are high, and several trusts contacted by the Courier said they would wait.",
            &[("they would w", Some("trusts"), None)],
        ),
        (
            "A study published by the Fenby Institute said prices would rise.",
            &[("prices would", Some("Fenby Institute"), Some("Fenby Institute"))],
        ),
        (
            "Tests ordered by the Fenby Institute found that prices would rise.",
            &[("prices would", Some("Fenby Institute"), Some("Fenby Institute"))],
        ),
        // The author of texts named with no determiner is the source (fire).
        (
            "Prices will rise, according to polls by the Fenby Institute.",
            &[("Prices will ", Some("Fenby Institute"), Some("Fenby Institute"))],
        ),
        // A name whose head word tells no kind is the company an apposition
        // calls it (fire); called a charity, it employs no unnamed chief
        // executive (must not).
        (
            "Shares in Pellow Group, the country's third largest bakery chain, fell. Sales fell. Stores shut.\nChief executive Ann Lee said trading was tough.",
            &[("trading was ", Some("Ann Lee"), Some("Pellow Group"))],
        ),
        (
            "Pellow Group, the country's largest housing charity, warned of cuts. Sales fell. Stores shut.\nChief executive Ann Lee said trading was tough.",
            &[("trading was ", Some("Ann Lee"), None)],
        ),
        (
            "Pellow Group, a collective of customers of the bank, met. Sales fell. Stores shut.\nChief executive Ann Lee said trading was tough.",
            &[("trading was ", Some("Ann Lee"), None)],
        ),
        // A portfolio's secretary of a devolved place is its minister (fire);
        // the state's secretary for the place is the state's (must not).
        (
            "Scotland's health secretary Mary Kerr told MSPs the policy would save lives.",
            &[("the policy w", Some("Mary Kerr"), Some("Scottish Executive"))],
        ),
        (
            "Northern Ireland Secretary Mary Kerr told MPs the policy would save lives.",
            &[("the policy w", Some("Mary Kerr"), Some("Government"))],
        ),
        // A connective opening the sentence is no word of the role apposed to
        // the name (fire); before a phrase that is no role, it gives none
        // (must not).
        (
            "Unions are angry.\nBut the health minister, Mary Kerr, insisted the policy would save lives.",
            &[("the policy w", Some("Mary Kerr"), Some("Government"))],
        ),
        (
            "Unions are angry.\nBut the new plan, Mary Kerr insisted, would save lives.",
            &[("But the new ", Some("Mary Kerr"), None)],
        ),
        (
            "Unite is angry.\nAfter the minister, Mary Kerr spoke to the crowd and said the policy would save lives.",
            &[("the policy w", Some("Mary Kerr"), Some("Unite"))],
        ),
        // The same before a comma (fire); the state's secretary stays the state's (must not).
        (
            "Scotland's Health Secretary, Mary Kerr, told MSPs the policy would save lives.",
            &[("the policy w", Some("Mary Kerr"), Some("Scottish Executive"))],
        ),
        (
            "The Welsh Secretary, Mary Kerr, told MPs the policy would save lives.",
            &[("the policy w", Some("Mary Kerr"), Some("Government"))],
        ),
        // A minister of a devolved government speaks for it, not for the state's;
        // the state's office for the place is the state's.
        (
            "Scottish finance minister Tom Hale said the budget was fair.",
            &[("the budget w", Some("Tom Hale"), Some("Scottish Executive"))],
        ),
        (
            "Tom Hale, the health minister for Wales, said the budget was fair.",
            &[("the budget w", Some("Tom Hale"), Some("Welsh Assembly Government"))],
        ),
        ("Wales Office minister Tom Hale said the budget was fair.", &[("the budget w", Some("Tom Hale"), Some("Government"))]),
        ("Finance minister Tom Hale said the budget was fair.", &[("the budget w", Some("Tom Hale"), Some("Government"))]),
        // A name after a kind of firm (`the brokerage`) is the firm's, not a
        // person a later pronoun refers to.
        (
            "According to Raj Mistry, an analyst at the brokerage Calloway Finch, costs will rise. \"Investors were promised more,\" he said.",
            &[
                ("costs will r", Some("Raj Mistry"), Some("Calloway Finch")),
                ("Investors we", Some("Raj Mistry"), Some("Calloway Finch")),
            ],
        ),
        // A role before the comma and name after `According to` describes
        // them, a plural's possessive mark too.
        (
            "According to the Liberal Democrats' education spokesman, Dr Neil Farrant, fees will rise.",
            &[("fees will ri", Some("Neil Farrant"), Some("Liberal Democrats"))],
        ),
        // A body the text calls by a name it took later gets that name
        // (fire), the minister of the place too; written by its older name,
        // it keeps it (must not).
        (
            "The Welsh Government has published a rail bill. Welsh transport minister Tom Hale said the bill was fair.",
            &[("the bill was", Some("Tom Hale"), Some("Welsh Government"))],
        ),
        (
            "The Welsh Assembly Government has published a rail bill. Welsh transport minister Tom Hale said the bill was fair.",
            &[("the bill was", Some("Tom Hale"), Some("Welsh Assembly Government"))],
        ),
        // An office only one state has is that state's government's.
        (
            "The Taoiseach, Aine Brennan, said the bill was a breach of the treaty.",
            &[("the bill was", Some("Aine Brennan"), Some("Irish government"))],
        ),
        // A minister whose role names no place is the minister of the
        // government the story has just named, when that is another's (fire);
        // not when the target's is named too, nor for a department's minister
        // (must not).
        (
            "The Welsh Government has published a rail bill.\n\nTransport Minister Tom Hale said the bill was fair.",
            &[("the bill was", Some("Tom Hale"), Some("Welsh Government"))],
        ),
        (
            "Norway's government has cancelled the ferry order.\n\nTransport Minister Tom Hale said the order was late.",
            &[("the order wa", Some("Tom Hale"), Some("Norwegian government"))],
        ),
        (
            "The Welsh Government and the UK government have published rail bills.\n\nTransport Minister Tom Hale said the bill was fair.",
            &[("the bill was", Some("Tom Hale"), Some("Government"))],
        ),
        (
            "The Welsh Government has published a rail bill.\n\nHome Office minister Tom Hale said the bill was fair.",
            &[("the bill was", Some("Tom Hale"), Some("Home Office"))],
        ),
        // … by another of its names, the subject of its sentence though the
        // target's body is named before (fire); not by the target's name
        // (must not).
        (
            "Bevan resigned from the cabinet. The assembly government froze the charge.\n\nHealth Minister Tom Hale said the charge was unfair.",
            &[("the charge w", Some("Tom Hale"), Some("Welsh Assembly Government"))],
        ),
        (
            "Bevan resigned from the cabinet. The government froze the charge.\n\nHealth Minister Tom Hale said the charge was unfair.",
            &[("the charge w", Some("Tom Hale"), Some("Government"))],
        ),
        // … or of the place whose parliament the minister speaks to, its
        // members or its name, though the target's body is named (fire);
        // not of a place whose people they speak to, nor to MPs (must not).
        (
            "The Department for Transport ruled it out.\n\nTransport Minister Tom Hale told MSPs the decision was wrong.",
            &[("the decision", Some("Tom Hale"), Some("Scottish Executive"))],
        ),
        (
            "The Department for Transport ruled it out.\n\nTransport Minister Tom Hale told the Welsh Assembly the decision was wrong.",
            &[("the decision", Some("Tom Hale"), Some("Welsh Assembly Government"))],
        ),
        (
            "The Department for Transport ruled it out.\n\nTransport Minister Tom Hale told Scottish farmers the decision was final.",
            &[("the decision", Some("Tom Hale"), Some("Government"))],
        ),
        (
            "The Department for Transport ruled it out.\n\nTransport Minister Tom Hale told MPs the decision was final.",
            &[("the decision", Some("Tom Hale"), Some("Government"))],
        ),
        (
            "The Department for Transport ruled it out.\n\nTransport Minister Tom Hale, who was told by MSPs to think again, said the decision was final.",
            &[("the decision", Some("Tom Hale"), Some("Government"))],
        ),
        // An office only a devolved government has: of the place the text names.
        (
            "Hospitals in Wales are full. First Minister Tom Hale said the budget was fair.",
            &[("the budget w", Some("Tom Hale"), Some("Welsh Assembly Government"))],
        ),
        // With no place named, the target file's `!First Minister` holds: no
        // government's (the role text once began with a space, and the
        // exclusion was missed there, leaving `?minister`).
        ("First Minister Tom Hale said the budget was fair.", &[("the budget w", Some("Tom Hale"), None)]),
        // A station is no person a pronoun refers to.
        (
            "Dr Tom Hale told Radio Kernow: \"We will learn.\"\n\nBut he said the wards were full.",
            &[("We will lear", Some("Tom Hale"), None), ("the wards we", Some("Tom Hale"), None)],
        ),
        // A role opening the sentence before a comma and the name.
        (
            "Scottish Finance Minister, Tom Hale MSP, said the budget was fair.",
            &[("the budget w", Some("Tom Hale"), Some("Scottish Executive"))],
        ),
        ("In a statement, Tom Hale said the budget was fair.", &[("the budget w", Some("Tom Hale"), None)]),
        // Not a phrase that merely begins with a party's name.
        ("Labour relations director Tom Reed said pay was low.", &[("pay was low", Some("Tom Reed"), None)]),
        // A name ending in a possessive, which no later pronoun refers to.
        (
            "Dan Price said Jane Moss's report was wrong. \"It is a mistake,\" he said.",
            &[("Jane Moss's ", Some("Dan Price"), None), ("It is a mist", Some("Dan Price"), None)],
        ),
        // A surname refers to the latest namesake before it, of a compatible gender.
        (
            "Tom Hale spoke first. Later Sue Hale said the firm would grow. Mr Hale said it would shrink.",
            &[("the firm wou", Some("Sue Hale"), None), ("it would shr", Some("Tom Hale"), None)],
        ),
        // The end of a longer name is the same person.
        (
            "Carlos Baez Silva, an analyst, said prices would fall. Baez Silva added that demand was strong.",
            &[("prices would", Some("Carlos Baez Silva"), None), ("demand was s", Some("Carlos Baez Silva"), None)],
        ),
        // A description's head comes before its prepositional phrase: `the
        // spokesperson` is the unnamed one just met (fire), not a named
        // person before it; with another head, not that one (must not).
        (
            "Tom Hale said the plan had been \"the right one\". A spokesperson for the Halden Council said the vote was close. \"We will appeal against it,\" the spokesperson said.",
            &[
                ("the plan had", Some("Tom Hale"), None),
                ("the vote was", Some("spokesperson"), Some("Halden Council")),
                ("We will appe", Some("spokesperson"), Some("Halden Council")),
            ],
        ),
        (
            "A spokesperson for the Halden Council said the vote was close. \"We will appeal against it,\" the council said.",
            &[
                ("the vote was", Some("spokesperson"), Some("Halden Council")),
                ("We will appe", Some("Halden Council"), Some("Halden Council")),
            ],
        ),
        // An unnamed source who spoke last is who `he` is; a pronoun nobody
        // fits stays as written.
        (
            "Tom Hale spoke first. A party spokesman said the vote was close. He added that turnout was high.",
            &[("the vote was", Some("party spokesman"), None), ("turnout was ", Some("party spokesman"), None)],
        ),
        ("The crowd cheered. She said the vote was close.", &[("the vote was", Some("She"), None)]),
        ("“Okay,” I said, “we will see about that.”", &[("Okay,", Some("I"), None), ("we will see ", Some("I"), None)]),
        // A past role's organization is not the person's now.
        (
            "Tom Bale, ex-chief adviser to the Treasury, said the budget was fair.",
            &[("the budget w", Some("Tom Bale"), None)],
        ),
        (
            "Tom Bale, chief adviser to the Treasury, said the budget was fair.",
            &[("the budget w", Some("Tom Bale"), Some("HM Treasury"))],
        ),
        // A text that speaks is not the last person who did.
        (
            "Tom Hale said costs would rise. The report said the plan was flawed.",
            &[("costs would ", Some("Tom Hale"), None), ("the plan was", Some("report"), None)],
        ),
        // A title written in full ends a sentence with its stop.
        (
            "They want the advice given by the Attorney General. Tom Hale said the statement was unclear.",
            &[("the statemen", Some("Tom Hale"), None)],
        ),
        // A later mention gives the organization an earlier one did not.
        (
            "Ed Hale, ex-chief adviser to the Treasury, said the plan was sound. Mr Hale, a Labour candidate, said taxes would not rise.",
            &[("the plan was", Some("Ed Hale"), Some("Labour Party")), ("taxes would ", Some("Ed Hale"), Some("Labour Party"))],
        ),
        // An organization named in passing in an apposition is not the person's.
        (
            "Ann Dale, one of those mocked in the Labour poster, said the campaign was crude.",
            &[("the campaign", Some("Ann Dale"), None)],
        ),
        // An organization a verb governs is what the person speaks about.
        ("Campaign chief Ann Dale told the Tories their plan was crude.", &[("their plan w", Some("Ann Dale"), None)]),
        // An organization before a name is no part of it; a past marker opens no name.
        ("Tory Tom Hale said the plan was crude.", &[("the plan was", Some("Tom Hale"), Some("Conservative Party"))]),
        ("Former Cabinet minister Tom Hale said the plan was crude.", &[("the plan was", Some("Tom Hale"), None)]),
        // A title with a given name is the person of that given name.
        (
            "Sir Tom Hale, the group's director, spoke. Sir Tom said the plan was crude.",
            &[("the plan was", Some("Tom Hale"), None)],
        ),
        // A description of the government fits only the government's people.
        (
            "Shadow chancellor Ann Dale attacked the plan. Chancellor Tom Bright defended it. The chancellor said the plan was fair.",
            &[("the plan was", Some("Tom Bright"), Some("Government"))],
        ),
        // An initial's stop is part of the name, a title's is not.
        (
            "FBI Director James B. Comey said the inquiry was over.",
            &[("the inquiry ", Some("James B. Comey"), Some("Federal Bureau of Investigation"))],
        ),
        ("Mr. Comey said the inquiry was over.", &[("the inquiry ", Some("Mr. Comey"), None)]),
        // A month may be a surname after a given name.
        ("Laura May said the plans were inadequate.", &[("the plans we", Some("Laura May"), None)]),
        // Post-nominals are no part of the name.
        ("Ian Gray MSP said the budget was fair.", &[("the budget w", Some("Ian Gray"), None)]),
        // An organization referred to by its kind noun.
        (
            "Shares in music giant Zorbex fell. \"Sales were weak,\" the company said.",
            &[("Sales were w", Some("Zorbex"), Some("Zorbex"))],
        ),
        (
            "The Bank of England held rates. The Bank said inflation would fall.",
            &[("inflation wo", Some("Bank of England"), Some("Bank of England"))],
        ),
        // A body's noun refers to the body whose name holds it, whatever its
        // kind (fire), not to a party named since (must not); after a
        // possessive too.
        (
            "Ardley Borough Council met. The Green group on the council spoke. The council said bins would be collected.",
            &[("bins would b", Some("Ardley Borough Council"), Some("Ardley Borough Council"))],
        ),
        (
            "Workers oppose Ardley Borough Council's plans. The council's leader, Cllr Ann Dale, said the offer was fair.",
            &[("the offer wa", Some("Ann Dale"), Some("Ardley Borough Council"))],
        ),
        // A firm named only as somebody's employer is passed over by `the
        // company` (fire); one the narration names for itself is not (must not).
        (
            "Brindle Foods cut its dividend. Ann Lee, an analyst at Corvant Capital, was surprised. The company said profits would be flat.",
            &[("profits woul", Some("Brindle Foods"), Some("Brindle Foods"))],
        ),
        (
            "Brindle Foods cut its dividend. Corvant Capital sold its shares. The company said profits would be flat.",
            &[("profits woul", Some("Corvant Capital"), Some("Corvant Capital"))],
        ),
        // A body described before it is named is the one named in the
        // sentences right after (fire).
        (
            "Clubs voted to cut pay, in a move the players' union called \"short-sighted\". The Netball Players' Union said it was not consulted.",
            &[("short-sighte", Some("Netball Players' Union"), Some("Netball Players' Union")), ("it was not c", Some("Netball Players' Union"), Some("Netball Players' Union"))],
        ),
        // A text by an organization is said by it.
        (
            "Pupils who use phones at night are twice as likely to feel low, according to a study by the University of Ardley.",
            &[("Pupils who u", Some("University of Ardley"), Some("University of Ardley"))],
        ),
        // A paragraph quoting nobody that opens with a new voice introduces
        // the speaker of the cue-less quote after it (fire); one opening
        // with a person the story has been telling of does not (must not).
        (
            "“We will fight on,” said Tom Hale of the Ardley Trust.\n\nAnn Lee, whose shop flooded twice last year, now runs a support group.\n\n“I just want it to stop.”",
            &[("We will figh", Some("Tom Hale"), Some("Ardley Trust")), ("I just want ", Some("Ann Lee"), None)],
        ),
        (
            "Ann Lee ran the shop for years. “We will fight on,” said Tom Hale of the Ardley Trust.\n\nAnn Lee sold the shop last year.\n\n“I just want it to stop.”",
            &[("We will figh", Some("Tom Hale"), Some("Ardley Trust")), ("I just want ", Some("Tom Hale"), Some("Ardley Trust"))],
        ),
        // A noun for one person of a nation refers back to the latest
        // person (fire); a people's name is no person (must not).
        (
            "Ann Lee was furious. “We were robbed,” said the Scot.",
            &[("We were robb", Some("Ann Lee"), None)],
        ),
        (
            "Ann Lee was furious. “We were robbed,” said the French.",
            &[("We were robb", Some("French"), None)],
        ),
        // A team's position before a name is a role, not part of the name.
        (
            "“I kept my nerve,” said Fly-half Tom Hale.",
            &[("I kept my ne", Some("Tom Hale"), None)],
        ),
        // A calling before a titled name introduces a member of the public,
        // who speaks for no organization the sentence before named (fire);
        // a role held in an organization takes it (must not).
        (
            "The painting was sold by auction house Marsh & Lee in March.\nArt historian Dr Tom Hale said the picture was rare.",
            &[("the picture ", Some("Tom Hale"), None)],
        ),
        (
            "The painting was sold by auction house Marsh & Lee in March.\nA director, Dr Tom Hale, said the picture was rare.",
            &[("the picture ", Some("Tom Hale"), Some("Marsh & Lee"))],
        ),
        // A word opening the sentence before a given name and a surname is
        // a calling (fire); a given name there is the name's own, and a word
        // beyond ASCII is left to the name (must not).
        (
            "Violinist Ann Lee said she had only started wearing earplugs after an infection.",
            &[("she had only", Some("Ann Lee"), None)],
        ),
        (
            "Éclairiste Ann Lee said she had only started wearing earplugs after an infection.",
            &[("she had only", Some("Éclairiste Ann Lee"), None)],
        ),
        (
            "Mary Ann Lee said she had only started wearing earplugs after an infection.",
            &[("she had only", Some("Mary Ann Lee"), None)],
        ),
        // A name ending in a place's head word is no person's (fire); one
        // opening with a given name is (must not).
        (
            "Tom Hale left Shakespeare Beach at dawn. “I kept thinking of the people who sponsored me,” he said.",
            &[("I kept think", Some("Tom Hale"), None)],
        ),
        (
            "Tom Hale met Ann Bridge at dawn. “I kept thinking of the people who sponsored me,” she said.",
            &[("I kept think", Some("Ann Bridge"), None)],
        ),
        // A passive's agent is who a later `he` refers to (fire); a
        // participle's agent without `be` is not (must not).
        (
            "Tom Hale told MPs the plan was weak. His claims were denied by Home Secretary Mark Cole, who accused him of scaremongering. The plan would cut waiting lists, he argued.",
            &[("the plan was", Some("Tom Hale"), None), ("The plan wou", Some("Mark Cole"), Some("Government"))],
        ),
        (
            "Tom Hale attacked the deal negotiated by Mark Cole. It would cost jobs, he argued.",
            &[("It would cos", Some("Tom Hale"), None)],
        ),
        // An academic role named with no organization is held in the
        // university the story names (fire); not a role modifying another
        // noun, one held somewhere the phrase names, nor a publisher's
        // name (must not).
        (
            "Students at the University of Ardley are printing hands.\n\nThe hands are made from plastic. The fingers close when the wrist bends.\n\nDr Ann Lee, the lecturer who set up the project, said a hand cost £50.",
            &[("a hand cost ", Some("Ann Lee"), Some("University of Ardley"))],
        ),
        (
            "Students at the University of Ardley are printing hands.\n\nThe hands are made from plastic. The fingers close when the wrist bends.\n\nAnn Lee, a student loan expert, said a hand cost £50.",
            &[("a hand cost ", Some("Ann Lee"), None)],
        ),
        (
            "Students at the University of Ardley are printing hands.\n\nThe hands are made from plastic. The fingers close when the wrist bends.\n\nAnn Lee, a lecturer at The Open Forge, said a hand cost £50.",
            &[("a hand cost ", Some("Ann Lee"), None)],
        ),
        (
            "Ardley University Press printed the book.\n\nThe hands are made from plastic. The fingers close when the wrist bends.\n\nAnn Lee, a lecturer, said a hand cost £50.",
            &[("a hand cost ", Some("Ann Lee"), None)],
        ),
        // A description of the government is not the opposition speaker
        // quoted just before.
        (
            "Mr Brown spoke about the budget. Tory Ann Lee asked whether he had fiddled the figures. But the chancellor said the claim was false.",
            &[("he had fiddl", Some("Ann Lee"), Some("Conservative Party")), ("the claim wa", Some("chancellor"), Some("Government"))],
        ),
        // A lone given name that tells its gender is the person named
        // before with it (fire); one that tells none is not (must not).
        (
            "Hannah Leckie won the tournament.\n\nHannah said she would now rest.",
            &[("she would no", Some("Hannah Leckie"), None)],
        ),
        (
            "Marion Hale won the tournament.\n\nMarion said she would now rest.",
            &[("she would no", Some("Marion"), None)],
        ),
        // `Grandmaster` is a title.
        (
            "Grandmaster Alexei Voronin said she had played well.",
            &[("she had play", Some("Alexei Voronin"), None)],
        ),
        // An auctioneer works for the auction house named after `of`.
        (
            "Auctioneer Neil Crabtree, of Beckwith Property Sales, said there had been interest.",
            &[("there had be", Some("Neil Crabtree"), Some("Beckwith Property Sales"))],
        ),
        // A lone given name that spoke last, after any named person, is who
        // a pronoun of its gender is (fire); not one of the other gender, nor
        // a name that tells none (must not).
        (
            "Amy Hale, seven, was born without fingers. Her mother, Lauren, said Amy chose a purple hand.\n\n“The first thing she did was pick up a cup,” she said.",
            &[("Amy chose a ", Some("Lauren"), None), ("The first th", Some("Lauren"), None)],
        ),
        (
            "Amy Hale, seven, was born without fingers. Her father, Bob, said Amy chose a purple hand.\n\n“The first thing she did was pick up a cup,” she said.",
            &[("Amy chose a ", Some("Bob"), None), ("The first th", Some("Amy Hale"), None)],
        ),
        // A subject read up to a plural's possessive mark is the
        // organization going on past it, and a plural owning a plural
        // kind noun is of the group's name (fire).
        (
            "The campaign group Drivers’ Voice, which has 400 members, went further, saying fines should go.",
            &[("fines should", Some("Drivers’ Voice"), Some("Drivers’ Voice"))],
        ),
        (
            "Tenants’ groups welcomed the bill, but said it had been a long time coming.",
            &[("it had been ", Some("Tenants’ groups"), None)],
        ),
        // A description with no name whose apposition names someone after
        // a calling no role list holds is said by them (fire); not by a name
        // after `including` (must not).
        (
            "Her coach, international master Raymond Shotton, said she had improved.",
            &[("she had impr", Some("Raymond Shotton"), None)],
        ),
        (
            "Several fact checkers, including Tom Hale, have pointed out that she had improved.",
            &[("she had impr", Some("fact checkers"), None)],
        ),
        // A participle's phrase after a plural opening the sentence
        // modifies it (fire); a noun or an adjective in `-ing` before a role
        // is none (must not).
        (
            "Staff were told on Tuesday. Workers leaving the site said the meeting was short.",
            &[("the meeting ", Some("Workers"), None)],
        ),
        (
            "Acme Ltd managing director Ann Lee said the meeting was short.",
            &[("the meeting ", Some("Ann Lee"), Some("Acme Ltd"))],
        ),
        // A group of organizations keeps the words modifying its plural noun.
        (
            "Animal welfare groups criticised the decision, saying bans had failed.",
            &[("bans had fai", Some("Animal welfare groups"), None)],
        ),
        // `Their` owning a role opening the sentence stands for the
        // organization the sentence before opens with, and `AM` ends a
        // name as `MP` does (fire).
        (
            "The Welsh Greens called it a stealth tax.\n\nTheir housing spokesman, Ann Lee AM, said the plan would fail.",
            &[("the plan wou", Some("Ann Lee"), Some("Green Party"))],
        ),
        // The organization a kind noun introduces after `of` in an
        // apposition is the person's, a cue-like word in the noun too
        // (fire); one met in a relative clause is not (must not).
        (
            "Ann Shah, of the think tank Carbon Futures, said the goal was ambitious.",
            &[("the goal was", Some("Ann Shah"), Some("Carbon Futures"))],
        ),
        (
            "Ann Shah, who spoke at the think tank Carbon Futures, said the goal was ambitious.",
            &[("the goal was", Some("Ann Shah"), None)],
        ),
        // A thing named after a person is no person: their surname later is
        // theirs (fire); a given name before a place's opening word keeps
        // the person (must not).
        (
            "Tom Hale found the comet in March. It is now named Comet Hale.\n\nMr Hale said it was a speck of dust at first.",
            &[("it was a spe", Some("Tom Hale"), None)],
        ),
        (
            "Lake Erie rose. Tom Lake said the water was high.",
            &[("the water wa", Some("Tom Lake"), None)],
        ),
        // A name a `who` clause makes a speaker's is who a later `he` refers
        // to, wherever it stands (fire); not when the clause is another's
        // words about them, nor the last of several names (must not).
        (
            "The rules began as a bill brought in by Mark Cole, who said he was delighted.\n\n“It took six years,” he said.",
            &[("he was delig", Some("Mark Cole"), None), ("It took six ", Some("Mark Cole"), None)],
        ),
        (
            "Tom Hale attacked the deal made by Mark Cole, who he said was weak. It would cost jobs, he argued.",
            &[("It would cos", Some("Tom Hale"), None)],
        ),
        // `its` owns a role for the organization its sentence names, even in
        // what was said, and a later `the council's` leader is of it too
        // (fire); `its` before a text is no one's role (must not).
        (
            "Ardley City Council has issued a notice, according to its finance director.\nThe council's leader, Ann Lee, said the money had run out.",
            &[("Ardley City ", Some("its finance director"), Some("Ardley City Council")), ("the money ha", Some("Ann Lee"), Some("Ardley City Council"))],
        ),
        (
            "Ardley City Council has issued a notice, according to its website.",
            &[("Ardley City ", Some("its website"), None)],
        ),
        // `The group's director` is of the organization the text introduced
        // as a group, however far back (fire); not of one introduced as
        // something else (must not).
        (
            "MPs must repay the money, the campaign group Fair Ardley has said.\nThe fees office checks claims. It sends letters. It keeps records. It answers to the Speaker.\nThe group's director, Ann Lee, said the rules were too generous.",
            &[("MPs must rep", Some("Fair Ardley"), Some("Fair Ardley")), ("the rules we", Some("Ann Lee"), Some("Fair Ardley"))],
        ),
        // A place after `in` ending a group's mention is where the group is,
        // whatever its name (fire); a name after a place set off by a comma
        // speaks (must not).
        (
            "Thirty head teachers in North Ardley have said they will set their own exams.",
            &[("they will se", Some("Thirty head teachers in North Ardley"), None)],
        ),
        (
            "In North Ardley, Ann Lee has said she will set her own exams.",
            &[("she will set", Some("Ann Lee"), None)],
        ),
        // A member of a devolved assembly: the post-nominal ends the name.
        (
            "Unionist education spokesman Tom Hale MLA said: “This system served us well.”",
            &[("This system ", Some("Tom Hale"), None)],
        ),
        // An office's holder named after its portfolio (fire); the
        // portfolio alone names no one (must not).
        (
            "Leader of the House Ann Lee told MPs the receipts would be published by July.",
            &[("the receipts", Some("Ann Lee"), Some("Government"))],
        ),
        // The same before a clause only a person takes, and before a
        // participle (fire); an organization's name ending in its head word
        // keeps a given name inside it (must not).
        (
            "Leader of the House of Commons Ann Lee, who had backed the plan, said the receipts would be published by July.",
            &[("the receipts", Some("Ann Lee"), Some("Government"))],
        ),
        (
            "Tories were split, with shadow leader of the House Tom Hale voting for it. \"It was right,\" Mr Hale said.",
            &[("It was right", Some("Tom Hale"), Some("Conservative Party"))],
        ),
        // A role held somewhere, then its holder's name (fire); a phrase
        // after the role that names nobody (must not).
        (
            "The Greens backed it. \"It helps,\" said their leader in the assembly, Ann Lee.",
            &[("It helps,", Some("Ann Lee"), Some("Green Party"))],
        ),
        (
            "\"It helps,\" said the party leader in an interview, adding that it was late.",
            &[
                ("It helps,", Some("party leader"), None),
                ("it was late", Some("party leader"), None),
            ],
        ),
        (
            "The chairman of Ann Lee Designs, who had backed the plan, said the receipts would be published by July.",
            &[("the receipts", Some("chairman of Ann Lee Designs"), Some("Ann Lee Designs"))],
        ),
        (
            "The Leader of the House told MPs the receipts would be published by July.",
            &[("the receipts", Some("Leader of the House"), Some("Government"))],
        ),
        // Its author, not the body it was made for, even past the text's
        // own phrase (fire); a text for a body with no author named is
        // described by that body (must not).
        (
            "Pupils who use phones at night are twice as likely to feel low, according to a poll for the Ardley Echo by Marsh Research.",
            &[("Pupils who u", Some("Marsh Research"), Some("Marsh Research"))],
        ),
        // A role in a collective is held where the text introduced such a
        // group, over the organization named last (fire); with none
        // introduced, the organization around still says (must not).
        (
            "Researchers from Ardley University found sand.\n\nThe wave was huge, the team reported.\n\nTraces were found by the Acme Trust.\n\nTeam leader Professor Ann Lee said the sand was new.",
            &[
                ("The wave was", Some("team"), Some("Ardley University")),
                ("the sand was", Some("Ann Lee"), Some("Ardley University")),
            ],
        ),
        (
            "Traces were found by the Acme Trust.\n\nTeam leader Professor Ann Lee said the sand was new.",
            &[("the sand was", Some("Ann Lee"), Some("Acme Trust"))],
        ),
        // A capitalized word of an office's title before its role word
        // belongs to the role phrase set off before the name (fire); before
        // no role word it makes none (must not).
        (
            "Scotland's First Minister, Ann Lee, said the raids were wrong.",
            &[("the raids we", Some("Ann Lee"), Some("Scottish Executive"))],
        ),
        (
            "Scotland's First Choice, Ann Lee, said the raids were wrong.",
            &[("the raids we", Some("Ann Lee"), None)],
        ),
        // The owner of a thing is not what the organizations after it are
        // about (fire); the owner of a body is (must not).
        (
            "Lily Grant's first novel will be published by Harrowgate & Finch.\n\nMiss Grant said she had sent it as a joke.",
            &[("she had sent", Some("Lily Grant"), None)],
        ),
        (
            "Lily Grant's firm, Harrowgate & Finch, will publish it.\n\nMiss Grant said she had sent it as a joke.",
            &[("she had sent", Some("Lily Grant"), Some("Harrowgate & Finch"))],
        ),
        (
            "Ann Lee's employer, the Ravenhill Trust, declined to comment. \"I cannot say more,\" Ms Lee said.",
            &[("I cannot say", Some("Ann Lee"), Some("Ravenhill Trust"))],
        ),
        // A group speaks for where the text introduced such a group, before
        // it or, in the lead, right after (fire); a group of other people
        // does not (must not).
        (
            "Researchers at Ardley Hospital followed 120 patients. The team said patients had improved.",
            &[("patients had", Some("team"), Some("Ardley Hospital"))],
        ),
        (
            "Gardening helps stroke patients recover, researchers say.\n\nA team from Ardley University followed 120 patients.",
            &[("Gardening he", Some("researchers"), Some("Ardley University"))],
        ),
        (
            "Scientists at Ardley University studied the bog. The researchers said the sand was new.",
            &[("the sand was", Some("researchers"), Some("Ardley University"))],
        ),
        (
            "Officials from the Home Office met charity leaders. The team said it would publish its own report.",
            &[("it would pub", Some("team"), None)],
        ),
        (
            "Doctors at Ardley Hospital raised concerns. A team from Fenby University reviewed the data. The doctors said they had been ignored.",
            &[("they had bee", Some("doctors"), Some("Ardley Hospital"))],
        ),
        (
            "Officials at Ardley Hospital said they had read the study. The researchers said it was small.",
            &[
                ("they had rea", Some("Officials"), Some("Ardley Hospital")),
                ("it was small", Some("researchers"), None),
            ],
        ),
        // A title ending the sentence keeps no stop (`Justice` is a title:
        // `Mr Justice Hale`).
        (
            "Pupils who use phones at night feel low, according to a study for the Institute for Youth Justice.",
            &[("Pupils who u", Some("study for the Institute for Youth Justice"), Some("Institute for Youth Justice"))],
        ),
        (
            "Pupils who use phones at night are twice as likely to feel low, according to a poll for the Ardley Echo.",
            &[("Pupils who u", Some("poll for the Ardley Echo"), Some("Ardley Echo"))],
        ),
        // A department's spokesperson, its name's briefs set off by commas.
        (
            "A Department for Culture, Media and Sport spokesperson said funding was fair.",
            &[("funding was ", Some("Department for Culture, Media and Sport spokesperson"), Some("Department for Culture, Media and Sport"))],
        ),
        // In an apposition, a unit named before the organization that owns
        // a thing after it is the person's (fire); one owning a role is (must not).
        (
            "Ann Lee, director of the Centre for Rivers at Ardley University's law school, said the rules were weak.",
            &[("the rules we", Some("Ann Lee"), Some("Centre for Rivers"))],
        ),
        (
            "Ann Lee, a fellow of the Centre for Rivers and Unison's head of health, said the rules were weak.",
            &[("the rules we", Some("Ann Lee"), Some("Unison"))],
        ),
        // A description with nothing in common with anybody: the latest fitting subject.
        (
            "Ann Cole spoke in Leeds. The Tory leader said the party would win.",
            &[("the party wo", Some("Ann Cole"), Some("Conservative Party"))],
        ),
        (
            "Chancellor Tom Bright spoke in Leeds. Ann Cole listened. The Tory leader said the party would win.",
            &[("the party wo", Some("Ann Cole"), Some("Conservative Party"))],
        ),
        // The organizations of the text around a person: theirs when the
        // sentence introduces them by it or the sentence before names it, not
        // when they are the subject of a clause about it, nor across a
        // headline, nor from earlier sentences at a later mention.
        (
            "Tom Bell, of Unison, spoke. Mr Bell said the plans were modest.",
            &[("the plans we", Some("Tom Bell"), Some("Unison"))],
        ),
        (
            "Unison met in Riga. Talks went on. Mr Cole said the plans were modest.",
            &[("the plans we", Some("Mr Cole"), Some("Unison"))],
        ),
        (
            "Ann Cole has been accused of hiding new EU farm rules. She said the rules were modest.",
            &[("the rules we", Some("Ann Cole"), None)],
        ),
        (
            "Row over EU farm rules\n\nAnn Cole spoke in Leeds. She said the rules were modest.",
            &[("the rules we", Some("Ann Cole"), None)],
        ),
        (
            "Tom Bell spoke in Leeds. The EU met in Riga. Mr Bell said the rules were modest.",
            &[("the rules we", Some("Tom Bell"), None)],
        ),
        // `who said` after a name and its role description: the relative
        // pronoun stands for the person, who a later pronoun is too (fire);
        // the head of `the chairman of Orlow Foods` is a role, who speaks
        // (must not take the name after `of`).
        (
            "The plan was attacked by Dana Pryke, general secretary of the Allied Bakers Union, who said jobs would go.\n\n“It is a disgrace,” she said.",
            &[
                ("jobs would g", Some("Dana Pryke"), Some("Allied Bakers Union")),
                ("It is a disg", Some("Dana Pryke"), Some("Allied Bakers Union")),
            ],
        ),
        (
            "It was the view of Dana Pryke, the union's organiser, who said jobs would go.",
            &[("jobs would g", Some("Dana Pryke"), None)],
        ),
        (
            "It was backed by the chairman of Orlow Foods, who said jobs would go.",
            &[("jobs would g", Some("chairman of Orlow Foods"), Some("Orlow Foods"))],
        ),
        // A clause before the cue ends its subject at its verb (fire);
        // a passive's agent is the subject (must not cut there).
        (
            "Her advisers have been reluctant to say how much the plan would cost.",
            &[("how much the", Some("Her advisers"), None)],
        ),
        // `The MPs` after a committee is named: the committee's members
        // (fire); ministers are not its members (must not).
        (
            "A report by the Commons transport committee said the plan was flawed. The MPs said the change should wait. It was rushed, MPs said.",
            &[
                ("the plan was", Some("Commons transport committee"), Some("Commons transport committee")),
                ("the change s", Some("MPs"), Some("Commons transport committee")),
                ("It was rushe", Some("MPs"), Some("Commons transport committee")),
            ],
        ),
        (
            "A report by the Commons transport committee said the plan was flawed. Ministers said the change would go ahead.",
            &[
                ("the plan was", Some("Commons transport committee"), Some("Commons transport committee")),
                ("the change w", Some("Ministers"), Some("Government")),
            ],
        ),
        // `The foundation said`: the one whose name holds the noun, before
        // the latest organization of its kind (fire); none named so, the
        // latest of its kind (must not).
        (
            "The Greenlaw Foundation said the tax was unfair. The charity Fenmoor Trust said the tax would hit the poor. The foundation said aviation must be curbed.",
            &[
                ("the tax was ", Some("Greenlaw Foundation"), Some("Greenlaw Foundation")),
                ("the tax woul", Some("Fenmoor Trust"), Some("Fenmoor Trust")),
                ("aviation mus", Some("Greenlaw Foundation"), Some("Greenlaw Foundation")),
            ],
        ),
        // `said welder Ryan Gilchrist, 24`: an occupation no list holds
        // before a known given name (fire); an adverb is no calling (must not).
        (
            "Ann Lee spoke first. “My dad built ships,” said welder Ryan Gilchrist, 24.",
            &[("My dad built", Some("Ryan Gilchrist"), None)],
        ),
        (
            "“My dad built ships,” said Ann Lee. “I never did,” said recently Ryan Gilchrist, 24.",
            &[("My dad built", Some("Ann Lee"), None)],
        ),
        // A given name inside the organization after a role's `of` names
        // nobody (fire); after a lowercase word it is a person's (must not).
        (
            "Jim Dornan, Scottish organiser of the Metal and Marine Trades Union, said: “This is a Christmas present.”",
            &[("This is a Ch", Some("Jim Dornan"), Some("Metal and Marine Trades Union"))],
        ),
        // `The company` is no union named last (fire: the company before
        // it); a company's legal form abroad ends its name (`Fjordlink AS`).
        (
            "Kilbrannan Marine, which owns the yard, said the order was welcome. The Marine Trades Union praised it. The company said it would hire 150 apprentices.",
            &[
                ("the order wa", Some("Kilbrannan Marine"), Some("Kilbrannan Marine")),
                ("it would hir", Some("Kilbrannan Marine"), Some("Kilbrannan Marine")),
            ],
        ),
        (
            "The order came from Fjordlink AS. Fjordlink’s technical director, Henrik Solberg, said price had not decided it.",
            &[("price had no", Some("Henrik Solberg"), Some("Fjordlink AS"))],
        ),
        // A role that is a given name too, before the run's last word, is
        // the given name (fire: `Dean`); a role that is none stays one
        // (must not: `Judge`).
        (
            "Chief executive Dean Mallory said the club would survive.",
            &[("the club wou", Some("Dean Mallory"), None)],
        ),
        (
            "Judge Ann Lee said the club would survive.",
            &[("the club wou", Some("Ann Lee"), None)],
        ),
        // `the university`, `a spokeswoman for the museum`: the one whose
        // name the noun heads (fire); not the object of a name's `of`
        // (must not: `the investigation` is no bureau).
        (
            "A dig by the University of Wessex found a mosaic. A spokeswoman for the university said 3,000 people had asked for tickets. The university said it would seek funding.",
            &[
                ("3,000 people", Some("spokeswoman"), Some("University of Wessex")),
                ("it would see", Some("University of Wessex"), Some("University of Wessex")),
            ],
        ),
        (
            "The Federal Bureau of Investigation was asked. The investigation said the files were lost.",
            &[("the files we", Some("investigation"), None)],
        ),
        // A company named only at the opening of its own report is the
        // story's (fire); one named inside another's direct quote is not
        // (must not).
        (
            "Regency Screens, the cinema chain, is to convert its screens, it said.\n\nChief executive Nigel Armitage said the cost would fall.",
            &[
                ("Regency Scre", Some("Regency Screens"), Some("Regency Screens")),
                ("the cost wou", Some("Nigel Armitage"), Some("Regency Screens")),
            ],
        ),
        (
            "“Regency Screens, the cinema chain, is finished,” said Ann Lee.\n\nChief executive Nigel Armitage said the cost would fall.",
            &[
                ("Regency Scre", Some("Ann Lee"), None),
                ("the cost wou", Some("Nigel Armitage"), None),
            ],
        ),
        // A role a kind of public body owns is held in none of another kind
        // named around (fire); one of that kind is its (must not).
        (
            "The Empire Theatre is to close after the borough council cut its grant. Council leader Graham Tuffnell said the authority had no choice.",
            &[("the authorit", Some("Graham Tuffnell"), None)],
        ),
        (
            "Darnford Borough Council has cut the grant of the Empire Theatre. Council leader Graham Tuffnell said the authority had no choice.",
            &[("the authorit", Some("Graham Tuffnell"), Some("Darnford Borough Council"))],
        ),
        // A team named by `Team` and its sponsor's name; `the team's rider`
        // is of it (fire); a nationality before a name is no word of the name.
        (
            "The sponsor of Team Kestrel, Kestrel Mobile, quit on Monday. Team Kestrel manager Rob Ainscough said he had until October. The team's leading rider, Welshman Owen Pritchard, said the news was a shock.",
            &[
                ("he had until", Some("Rob Ainscough"), Some("Team Kestrel")),
                ("the news was", Some("Owen Pritchard"), Some("Team Kestrel")),
            ],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(attributed(text), owned(expected), "attributing in {text:?}");
    }
}

/// Government offices given apart from the name or with a portfolio: the
/// office decides over the parties named around; another state's office is
/// its government's.
#[test]
fn office_holder_cases() {
    let cases: &[Case] = &[
        // A government role given in the sentence before a bare name outranks
        // the party the sentences around name (fire); a role of no government
        // leaves the organization around (must not).
        (
            "Hotels row\n\nThe Home Secretary last night pledged that the hotels would close, as Labour rebels met.\n\nPriya Castell told a meeting of Labour MPs that the hotels would shut by May.",
            &[("the hotels w", Some("Home Secretary"), Some("Government")), ("the hotels w", Some("Priya Castell"), Some("Government"))],
        ),
        (
            "Store closures\n\nBrindle Ltd is to close forty stores. The chairman last night pledged that the rest would stay open.\n\nPriya Castell told a meeting of staff that no more stores would shut.",
            &[("the rest wou", Some("chairman"), None), ("no more stor", Some("Priya Castell"), Some("Brindle Ltd"))],
        ),
        // An office with its portfolio opening the sentence before the name
        // (fire), and an opening prepositional phrase, which is no office
        // (must not).
        (
            "Senior Liberal Democrats attacked the plan. The Chief Secretary to the Treasury, Tom Hale, said the plan was fair.",
            &[("the plan was", Some("Tom Hale"), Some("HM Treasury"))],
        ),
        (
            "Labour MPs met on Monday. The Minister for Schools, Tom Hale, said the plan was fair.",
            &[("the plan was", Some("Tom Hale"), Some("Government"))],
        ),
        (
            "In a letter to Unite, Ann Lee said pay was too low.",
            &[("pay was too ", Some("Ann Lee"), None)],
        ),
        // An office held `at` a body that is not the government's is that
        // body's (fire); one held in the government's own stays its (must not).
        (
            "Ann Lee, cabinet member for housing at Ardley City Council, said families had waited.",
            &[("families had", Some("Ann Lee"), Some("Ardley City Council"))],
        ),
        (
            "Ann Lee, a minister at the Home Office, said families had waited.",
            &[("families had", Some("Ann Lee"), Some("Home Office"))],
        ),
        // An office in title case in apposition (fire), as in lowercase (must not change).
        (
            "Tom Hale, Chief Secretary to the Treasury, said the plan was fair.",
            &[("the plan was", Some("Tom Hale"), Some("HM Treasury"))],
        ),
        (
            "Tom Hale, chief secretary to the Treasury, said the plan was fair.",
            &[("the plan was", Some("Tom Hale"), Some("HM Treasury"))],
        ),
        // A minister of another state speaks for its government (fire); a
        // member of its parliament does not, nor does a minister of the
        // target who speaks there (must not).
        (
            "Portugal's housing minister, Rui Costa, said rents had doubled.",
            &[("rents had do", Some("Rui Costa"), Some("Portuguese government"))],
        ),
        (
            "The French finance minister, Ann Lee, said the euro was strong.",
            &[("the euro was", Some("Ann Lee"), Some("French government"))],
        ),
        (
            "Ann Lee, a Greek MP, said the euro was strong.",
            &[("the euro was", Some("Ann Lee"), None)],
        ),
        (
            "Europe minister Ann Lee, speaking in Spain, said the talks went well.",
            &[("the talks we", Some("Ann Lee"), Some("Government"))],
        ),
        // A portfolio minister after a sentence another state opens, as its
        // subject, is that state's (fire); not when the state opens the
        // minister's own sentence, what they speak about (must not).
        (
            "Peru is to borrow $4bn from its lenders.\n\nFinance Minister Ana Soto said the deal would restore confidence.",
            &[("the deal wou", Some("Ana Soto"), Some("Peruvian government"))],
        ),
        // A government body the mention gives another state is that
        // state's government's (fire); the target's is the target's (must not).
        (
            "The Home Office met. The French interior ministry said it would keep working with the UK.",
            &[("it would kee", Some("French interior ministry"), Some("French government"))],
        ),
        (
            "The Home Office met. The French government said it would keep working with the UK.",
            &[("it would kee", Some("French government"), Some("French government"))],
        ),
        (
            "The Home Office met. The ministry said it would keep working with France.",
            &[("it would kee", Some("Home Office"), Some("Home Office"))],
        ),
        // A government body described in a story about another state is
        // that state's government's (fire); not once the text names one of
        // the target's bodies (must not).
        (
            "Peru is to borrow $4bn. The country's finance ministry said the loan was needed.",
            &[("the loan was", Some("country's finance ministry"), Some("Peruvian government"))],
        ),
        (
            "The Treasury met. Peru is to borrow $4bn. The country's finance ministry said the loan was needed.",
            &[("the loan was", Some("HM Treasury"), Some("HM Treasury"))],
        ),
        (
            "Peru failed to act and \"should have acted sooner\", said Finance Minister Ana Soto.",
            &[("Peru failed ", Some("Ana Soto"), Some("Government"))],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(attributed(text), owned(expected), "attributing in {text:?}");
    }
}
