//! Table-driven cases of the context rules, from invented sentences.

use crate::orgs::find_orgs;
use crate::segment::segment;
use crate::Knowledge;

/// Each mention's text and the name of its organization.
fn mentions(text: &str) -> Vec<(String, String)> {
    let k = Knowledge::builtin();
    find_orgs(text, &segment(text, &k), &k)
        .into_iter()
        .map(|m| (m.span.of(text).to_string(), m.org.name))
        .collect()
}

fn names(text: &str) -> Vec<String> {
    mentions(text)
        .into_iter()
        .map(|(written, _)| written)
        .collect()
}

#[test]
fn organizations_by_context() {
    let cases: &[(&str, &[&str])] = &[
        // A kind noun before the name.
        ("Shares in music giant Zorbex fell.", &["Zorbex"]),
        // A plural kind before a name that no given name opens (fire);
        // before people's names (must not).
        ("Sales rose, according to market researchers Pagecount.", &["Pagecount"]),
        ("The study was led by researchers Ann Lee and Tom Hale.", &[]),
        ("Deaths fell, according to researchers Brennan and Holt.", &[]),
        // A role's employer before a noun (fire), unless the text makes
        // it a town by basing a body there (must not).
        ("Workers will be offered jobs at the Hallam factory.", &["Hallam"]),
        (
            "The Hallam-based group made a loss. Workers will be offered jobs at the Hallam factory.",
            &[],
        ),
        (
            "Ann Lee, head of messaging firm Quillo Networks, said so.",
            &["Quillo Networks"],
        ),
        (
            "Not after an office: the minister Harriet Jones spoke.",
            &[],
        ),
        // A name in title case after a kind noun keeps its function words
        // (fire); a capitalized function word of a sentence run on, or a
        // day, is none of it (must not).
        (
            "The protest group Hands Off Our Parks said the sale was wrong.",
            &["Hands Off Our Parks"],
        ),
        ("Tom Hale, who leads the pressure group Our Streets Now, spoke.", &["Our Streets Now"]),
        ("Sales rose, according to analysts Brandwell More than half were sold.", &["Brandwell"]),
        ("The research firm Brandwell Monday said sales rose.", &["Brandwell"]),
        // A person set off by commas, then `of the` and a name, with a kind
        // noun after it or not: an employer (fire); a home town takes no
        // `the` (must not).
        ("Ruth Aske, of the Fenland Action group, said so.", &["Fenland Action"]),
        ("Ruth Aske, of the Fenland Action Network, said so.", &["Fenland Action Network"]),
        ("Ruth Aske, of Fenby St Michael, said so.", &[]),
        // What a role at an organization's head heads is no person, whatever
        // its first word (fire); a spokesman may speak for one (must not).
        ("Keith Harland, managing director of Harland Freight, said so.", &["Harland Freight"]),
        ("A spokesman for Tom Hale said so.", &[]),
        // A kind noun followed by where it works, before or after the name
        // (fire); with a name in that place it is no apposition (must not).
        ("The main operator in the area, Netlane, said so.", &["Netlane"]),
        ("Netlane, the main operator in the area, said so.", &["Netlane"]),
        ("The main operator in Keswick, Netlane, said so.", &[]),
        // A spelled-out name ends before its possessive (fire); written
        // again as first and head word after `the`, it is named again (fire;
        // not without `the`: must not).
        (
            "It was taken by the Lunar Survey Agency's (LSA) probe. The LSA said so.",
            &["Lunar Survey Agency", "LSA"],
        ),
        (
            "Ann Lee, of the Northgate Space Science Centre, spoke. Tom Hale, at the Northgate centre, agreed.",
            &["Northgate Space Science Centre", "Northgate centre"],
        ),
        (
            "Ann Lee, of the Northgate Space Science Centre, spoke. Northgate centre staff agreed.",
            &["Northgate Space Science Centre"],
        ),
        // A name opening a sentence, past an apposition, that the next
        // calls by its kind, with words saying which (fire); a person's
        // name so followed is none (must not).
        (
            "Ardley Cycles, one of the last bicycle makers in Britain, is to create 80 jobs. The family-owned firm said it would invest.",
            &["Ardley Cycles"],
        ),
        (
            "Ann Lee, one of the last bicycle makers in Britain, is to create 80 jobs. The family-owned firm said it would invest.",
            &[],
        ),
        // One word with an abstract noun's ending that only opens a
        // sentence is that noun (must not); one written inside a sentence
        // too is a name (fire).
        ("Recruitment will begin in May. The firm said it would hire.", &[]),
        (
            "Recruitment cut prices. The firm said sales rose. Shares in Recruitment fell.",
            &["Recruitment", "Recruitment"],
        ),
        ("Ann Lee, of the Ardley Archaeology Unit, said so.", &["Ardley Archaeology Unit"]),
        // A name set off by commas after a kind noun with its article
        // (fire); a person's name so set off is none (must not).
        (
            "Ann Lee now runs a charity, Stand Together, which visits schools.",
            &["Stand Together"],
        ),
        ("Ann Lee met the charity, Tom Hale, and others.", &[]),
        // A plural's possessive mark written right after its word joins it
        // to the next capitalized word (fire).
        (
            "The campaign group Drivers’ Voice said fines were too high.",
            &["Drivers’ Voice"],
        ),
        // An apposition after it.
        (
            "Brandwell, the research firm, expects growth.",
            &["Brandwell"],
        ),
        ("Brandwell, the research director, spoke.", &[]),
        // (A grocer is a kind of firm; a name may end in a possessive mark.)
        (
            "Fairfield’s, the country’s third-largest grocer, cut prices.",
            &["Fairfield’s"],
        ),
        // … followed by a participle's agent or place (fire), not by a verb
        // in the past (must not); an opening `The` stands before the name,
        // a name's inner word opens none (fire).
        (
            "The Friends of Ardley Baths, a charity set up by residents, raised £4,000.",
            &["Friends of Ardley Baths"],
        ),
        (
            "Brandwell, the company founded in 1990, grew.",
            &["Brandwell"],
        ),
        ("After the deal with Brandwell, the union invested $10m.", &[]),
        // … whose kind noun a modifier follows (fire); a kind noun that
        // modifies another noun is no apposition (must not).
        (
            "Ravenholt Inns, the pub group with 600 sites, reported a loss.",
            &["Ravenholt Inns"],
        ),
        (
            "Brandwell, the company whose tools design chips, agreed.",
            &["Brandwell"],
        ),
        ("Brandwell, a company director with a plan, spoke.", &[]),
        // … an `of` phrase too, where a comma closes the apposition (fire);
        // `a group of` opening a clause's subject counts people (must not).
        (
            "Kestrel, the independent regulator of foundation trusts, said most were sound.",
            &["Kestrel"],
        ),
        (
            "At Hallam, a group of rabbis called for a boycott of the speech, and left.",
            &[],
        ),
        // (Nor after a person's name, who may be a regulator, nor with a
        // possessive making the body an owner.)
        ("Kwame Asante, the regulator of the scheme, said it worked.", &[]),
        ("Kestrel, the group of parents' spokeswoman, said so.", &[]),
        // A place's possessive opens one as an article does (fire); a
        // person's apposition names no kind of organization (must not).
        (
            "Halden Crowe, Britain's sixth-largest bank, reported a loss.",
            &["Halden Crowe"],
        ),
        ("Ann Lee, Britain's richest woman, spoke.", &[]),
        // Shaped like an organization's name before a role and a name.
        ("BT chief executive Ben Verwaayen said so.", &["BT"]),
        (
            "Plusnet boss Lee Strafford and Plus.net chief Ann Dale spoke.",
            &["Plus.net"],
        ),
        ("US trade representative Rob Port spoke.", &[]),
        // A branch named by its devolved nation after the shaped name,
        // before a role held in it (fire); a nation after a plain word, a
        // calling held in no body, or a place with no government of its own
        // names none (must not).
        ("TGWU Scotland organiser Rob Port spoke.", &["TGWU Scotland"]),
        ("Rhondda Wales organiser Rob Port spoke.", &[]),
        ("LGBT Wales activist Rob Port spoke.", &[]),
        ("BAME London organiser Rob Port spoke.", &[]),
        ("MP spokesman John Fry spoke.", &[]),
        // A plain name before a role held in an organization.
        (
            "\"We agree,\" said Fernlow chief executive Ann Dale.",
            &["Fernlow"],
        ),
        ("Sales fell, a Quarrow spokeswoman said.", &["Quarrow"]),
        (
            "The fund is run by Brackwater. Brackwater partner Lucas Hale spoke.",
            &["Brackwater", "Brackwater"],
        ),
        (
            "Shares in Quarrow fell. Quarrow's chairman, Tom Hale, said so.",
            &["Quarrow", "Quarrow"],
        ),
        // A place may say where the owner's role is held (fire), but a
        // place owns no role (must not).
        (
            "\"We agree,\" said Quarrow's UK managing director, Tom Hale.",
            &["Quarrow"],
        ),
        (
            "\"We agree,\" said Britain's UK managing director, Tom Hale.",
            &[],
        ),
        (
            "Rivals include Fernlow. Fernlow boss Ann Dale spoke.",
            &["Fernlow", "Fernlow"],
        ),
        (
            "\"We agree,\" said Fernlow managing partner Ann Dale.",
            &["Fernlow"],
        ),
        // At sentences' starts, a name of two words written twice (fire);
        // its last word standing elsewhere only opening a sentence or
        // inside another name reads as no surname (fire).
        (
            "Crest Netball clubs voted. Crest Netball chief executive Ann Dale spoke.",
            &["Crest Netball", "Crest Netball"],
        ),
        (
            "Rowing clubs vote\n\nHarbour Rowing clubs voted. Harbour Rowing chief executive Ann Dale spoke. The Rowing Union agreed.",
            &["Harbour Rowing", "Harbour Rowing", "Rowing Union"],
        ),
        // Not at a sentence's start alone, before an office, or a person's.
        ("Acting chief executive Tom Hale spoke.", &[]),
        ("Fernlow boss Ann Dale spoke. Fernlow rose.", &[]),
        ("Acting chief Ann Dale spoke. Acting chief Tom Hale spoke.", &[]),
        (
            "Crest Netball clubs voted. Crest Netball chief executive Ann Dale spoke, and Dr Netball said so.",
            &[],
        ),
        ("He met the Bolton MP Tom Hale.", &[]),
        ("Jeb Hale spoke, a Hale spokeswoman said.", &[]),
        ("Mr. Hale spoke, a Hale spokeswoman said.", &[]),
        (
            "It is a rival to BT. Fernlow said so, a Fernlow spokeswoman said.",
            &["Fernlow", "Fernlow"],
        ),
        ("He is Mitt Ramsey's chief adviser, and Ramsey agreed.", &[]),
        // A kind noun opening a sentence.
        (
            "Carmaker Vantor will build a plant. Vantor's staff cheered.",
            &["Vantor", "Vantor"],
        ),
        ("Council Tax rose. The Council Tax is high.", &[]),
        ("Trust Bratton. Bill Bratton said so.", &[]),
        // A role's employer, and its later uses.
        (
            "Tom Hale, chief executive of Plumnet, said it. Plumnet agreed.",
            &["Plumnet", "Plumnet"],
        ),
        (
            "said Ann Carr, an analyst at Bexley Securities.",
            &["Bexley Securities"],
        ),
        (
            "Jo Brand, vice president for music at Korvia, spoke.",
            &["Korvia"],
        ),
        (
            "Jo Brand, vice president of digital sales and marketing at Korvia, spoke.",
            &["Korvia"],
        ),
        // Only `at` reaches over a long portfolio.
        (
            "Jo Brand, vice president of digital sales and marketing for Korvia, spoke.",
            &[],
        ),
        ("spokesman for Zentix’s board", &["Zentix"]),
        // A name set off by commas after the kind noun.
        (
            "The operator, Northern Isles Boats, said so.",
            &["Northern Isles Boats"],
        ),
        ("The operator, Tom Hale, said so.", &[]),
        (
            "The operator said Northern Isles Boats, a rival, was late.",
            &[],
        ),
        (
            "Jim Fenn, from Parents Need Help, said so.",
            &["Parents Need Help"],
        ),
        ("Jim Fenn, from London, said so.", &[]),
        ("Jim Fenn, 47, from Market Harwell, said so.", &[]),
        // A name after the `The` opening its sentence speaks as a body
        // through a `which` clause (fire); after a `The` inside the
        // sentence it is not read so (must not).
        (
            "The Fenby Register, which keeps records of lost art, said so.",
            &["Fenby Register"],
        ),
        (
            "Critics of The Fenby Register, which keeps records of lost art, said so.",
            &[],
        ),
        ("The Duchess of Fenby said its collection would stay.", &[]),
        // A name between `the` and `union` is a union (fire); before
        // another kind noun, a place, a people or an owner as often (must
        // not).
        ("Jobs will go, the Harwick union said.", &["Harwick"]),
        ("Jobs will go, the Fenby council said.", &[]),
        ("Demand has doubled, the Harwick charity said.", &[]),
        ("Ann Lee was quoted in the Harwick Pennant newspaper.", &[]),
        // A compound adjective is no name's word (must not); a hyphened
        // name ending in a capital is (fire).
        ("The board of the Bristol-based provider said so.", &[]),
        ("Tom Hale, chief executive of Harwick-Lane, said so.", &["Harwick-Lane"]),
        // A person's name before `of` (fire); a home town, a place, two
        // people or a one-word name after it (must not).
        (
            "Tim Ross of Data Rights Watch said so.",
            &["Data Rights Watch"],
        ),
        (
            "Critics agree. Sela Grant of Data Rights Watch said: \"No.\"",
            &["Data Rights Watch"],
        ),
        ("Tim Ross of Laconia said so.", &[]),
        // A title may open the name, whatever its given name (fire); a home
        // town after it is still none (must not).
        (
            "Dr Osric Brann of Data Rights Watch said so.",
            &["Data Rights Watch"],
        ),
        ("Dr Osric Brann of Laconia said so.", &[]),
        // Set off by commas after a role held in an organization (fire);
        // after none, a home town (must not).
        (
            "Site manager Tim Ross, of Harwood Aggregates, said so.",
            &["Harwood Aggregates"],
        ),
        ("Tim Ross, of Fenby St Michael, said so.", &[]),
        // A region after a role's `for` is its patch, no employer.
        ("Ann Lee, director for Yorkshire, said so.", &[]),
        // After an owner's possessive, one capitalized word before a
        // lowercase noun names a portfolio (fire: none); with no owner, or
        // closing the phrase, it is the employer (must not).
        ("Ann Lee, Esa's director of Earth observation, said so.", &["Esa"]),
        ("Ann Lee, director of Fenbury stores, said so.", &["Fenbury"]),
        ("Ann Lee, director of Fenbury, said so.", &["Fenbury"]),
        // A name that speaks as a body does (`its` opening what it said, a
        // `which` clause before its verb) is an organization's (fire); a
        // person's name or a place is not (must not). A headline's last
        // word is no word of the sentence after it.
        ("Rain fell. Keep Kent Green said its members were angry.", &["Keep Kent Green"]),
        (
            "Rain fell. Keep Kent Green, which has 2,000 members, said no.",
            &["Keep Kent Green"],
        ),
        ("Green belt row\n\nKeep Kent Green said its members were angry.", &["Keep Kent Green"]),
        ("Broadband row\n\nBT said prices would rise.", &["BT"]),
        ("Rain fell. Tom Hale said its members were angry.", &[]),
        // A `which` clause says a name is no person's, whatever its first
        // word (fire); `who` says it is (must not).
        (
            "Rain fell. Trinity Hall, which runs the harbour, said no.",
            &["Trinity Hall"],
        ),
        ("Rain fell. Trinity Hale, who runs the harbour, said no.", &[]),
        // … after a conjunction opening the sentence too (fire); not one
        // inside it (must not).
        (
            "Rain fell. But Trinity Hall, which runs the harbour, said no.",
            &["Trinity Hall"],
        ),
        ("Rain fell but Trinity Hall, which runs the harbour, said no.", &[]),
        ("Rain fell. Leeds, which has a new stadium, said no.", &[]),
        // … past a participle's clause (fire); not a person, nor without
        // `its` after the verb (must not).
        (
            "Rain fell. Ardley Perry, based near Ledbury, said its crop had failed.",
            &["Ardley Perry"],
        ),
        ("Rain fell. Tom Hale, based near Ledbury, said its crop had failed.", &[]),
        ("Rain fell. Ardley Perry, based near Ledbury, said the crop had failed.", &[]),
        // The agent of owning or making that a `which` clause of running
        // or making or an `its` follows (fire, and its later uses); not a
        // person's name, nor one the text names as a person's, nor one
        // nothing marks or a clause about the thing follows, nor a place,
        // nor after another verb (must not).
        (
            "The pier is owned by Marlow Leisure, which also runs the fair. Marlow Leisure said no.",
            &["Marlow Leisure", "Marlow Leisure"],
        ),
        ("The cheese is made by Fenby Dairies at its plant near Hull.", &["Fenby Dairies"]),
        ("The pier is owned by Ann Lee, which also runs the fair.", &[]),
        ("Kit Marlow spoke. The pier, owned by Marlow, which runs the fair, shut.", &[]),
        ("The pier is owned by Marlow Leisure. It shut.", &[]),
        ("The mural, made by Fenwick Hale, which appeared overnight, was removed.", &[]),
        ("The pier was bought by Leeds, which runs the park.", &[]),
        ("The pier was hit by Storm Fenby, which runs north.", &[]),
        ("Tim Ross of London said so.", &[]),
        ("Tim Ross of Ohio and Ann Lee of Iowa said so.", &[]),
        ("The Duke of Kent said so.", &[]),
        // A trade or a kind of organization between the preposition and
        // the name says it is an organization, even of one word (fire);
        // a trade before a given name is a person's, and a trade after a
        // word that is no preposition names nothing (must not).
        ("Tim Ross of broker Pellow Keane said so.", &["Pellow Keane"]),
        ("\"No,\" said Ann Lee of stockbroker Numis.", &["Numis"]),
        (
            "said Ann Carr, an analyst at stockbroker Bexley Hale.",
            &["Bexley Hale"],
        ),
        ("Tim Ross of accountancy firm Smith Cole said so.", &["Smith Cole"]),
        ("The wife of farmer Tom Hale said so.", &[]),
        ("Tim Ross of broker Tom Hale said so.", &[]),
        ("He met broker Pellow Keane said so.", &[]),
        // Not a place, a person or an office's portfolio.
        ("the president of France said", &[]),
        ("a spokesman for Michael Harding said", &[]),
        ("the minister for Europe said", &[]),
        ("Jim Cole, MP for Bolton, said", &[]),
        // A committee by its remit alone.
        (
            "the environment select committee said",
            &["environment select committee"],
        ),
        ("the committee said", &[]),
        ("the members of the committee said", &[]),
        // A remit of three areas, a list with commas (fire); commas that set
        // off other words, or a list without its `and`, are none (must not).
        (
            "the culture, media and sport committee said",
            &["culture, media and sport committee"],
        ),
        ("the chairman, the committee said", &[]),
        ("the culture, media, sport committee said", &[]),
        // A committee named after the department it scrutinizes is the
        // committee (fire); the department before a committee is the
        // department (must not).
        (
            "the Commons Treasury select committee said",
            &["Commons Treasury select committee"],
        ),
        ("the Treasury told the committee", &["the Treasury"]),
        // A carrier's name ends in its trade (fire); a minister's portfolio
        // is an office, not a company (must not), as a role between the
        // head word and a name unknown as a given name is (must not); but an
        // office's `of the` may lead to where it is held, and a head word
        // opening a body's name is its own (fire).
        ("Carrick Transport said so.", &["Carrick Transport"]),
        // After `the`, a capitalized function word is the name's own (fire);
        // elsewhere it may open the sentence (must not).
        ("said Ann Lee, of the Later Life Alliance.", &["Later Life Alliance"]),
        ("Later Life Alliance members said so.", &["Life Alliance"]),
        ("The Minister of Transport said so.", &[]),
        ("Secretary of State for Energy Ann Lee said so.", &[]),
        ("Energy Secretary Philippa Lowther said so.", &[]),
        ("The Governor of the Bank of England said so.", &["Bank of England"]),
        ("The Board of Education said so.", &["Board of Education"]),
        // A capitalized committee's remit list runs back over its commas to
        // its `the` (fire); without the `the`, the list is the sentence's
        // (must not).
        (
            "The Farming, Food and Fisheries Committee said so.",
            &["Farming, Food and Fisheries Committee"],
        ),
        (
            "In Leeds, Food and Fisheries Committee members said so.",
            &["Food and Fisheries Committee"],
        ),
        // A name's own `'s` before a comma or a verb, where the text never
        // writes it bare (fire); a possessive, or a name written bare
        // elsewhere (must not).
        (
            "Dovecot's, the garden centre chain, has cut prices. Dovecot's has 40 stores.",
            &["Dovecot's", "Dovecot's"],
        ),
        (
            "Dovecot, the garden centre chain, has cut prices. Dovecot's stores are busy.",
            &["Dovecot", "Dovecot"],
        ),
        (
            "Dovecot's, the garden centre chain, has cut prices. Dovecot has 40 stores.",
            &["Dovecot", "Dovecot"],
        ),
        // A name opening a sentence whose next sentence names the role
        // of something of its kind (fire); a person's name (must not),
        // nor a sentence further on (must not).
        (
            "Brightfold said it would hire 200 people. \"We are growing,\" said the firm's chief executive, Ann Dale.",
            &["Brightfold"],
        ),
        (
            "Tom Hale said he would hire 200 people. \"We are growing,\" said the firm's chief executive, Ann Dale.",
            &[],
        ),
        (
            "Brightfold Labs said it would hire 200 people. Sales rose. \"We are growing,\" said the firm's chief executive, Ann Dale.",
            &["Brightfold Labs"],
        ),
        (
            "Brightfold said it would hire 200 people. Sales rose. \"We are growing,\" said the firm's chief executive, Ann Dale.",
            &[],
        ),
        (
            "Brightfold said it would hire 200 people. The firm's shares rose.",
            &[],
        ),
        // An apposition's kind noun may take a phrase after it, and the name
        // may open the first sentence after a headline ending in a capital
        // (fire); a person's apposition names no organization (must not).
        (
            "Closures face Scrutiny\n\nKelvo, the watchdog for postal services, said it would act.",
            &["Kelvo"],
        ),
        ("Ann Lee, the campaigner for postal services, said so.", &[]),
        // Capitals before a kind noun say what the firm deals in: the name
        // is the one after the kind (fire), not the capitals (must not).
        (
            "Broadband provider Netwise is to cut prices. The company said costs fell.",
            &["Netwise"],
        ),
        (
            "Online music store Tunewell.com is to cut prices. The store said costs fell.",
            &["Tunewell.com"],
        ),
        (
            "Department store chain Ormby's is to shut 40 shops. The company said sales fell.",
            &["Ormby's"],
        ),
        // ... and so does a headline's capital right before a kind noun
        // (must not: `Mobile`); a name before its verb is one (fire).
        (
            "Mobile firm to refund users\n\nThe company said a fault had added charges.",
            &[],
        ),
        (
            "Skylink agreed to refund users.\n\nThe company said a fault had added charges.",
            &["Skylink"],
        ),
        // … or calls it the subject of a cue after a quote (fire); not when
        // a sentence lies between (must not).
        (
            "Skylink, whose network covers the north, agreed to refund users.\n\n\"We are sorry,\" the company said.",
            &["Skylink"],
        ),
        (
            "Skylink, whose network covers the north, agreed to refund users.\n\nBills rose.\n\n\"We are sorry,\" the company said.",
            &[],
        ),
        // The call may set off a phrase before its cue (fire), but a call
        // with a name of its own is no call (must not: `Skylink`).
        (
            "Skylink is to cut 300 jobs.\n\nThe company, part of the Orwell Group, said demand had fallen.",
            &["Skylink", "Orwell Group"],
        ),
        (
            "Skylink is to cut 300 jobs.\n\nThe company Orwell, which owns it, said demand had fallen.",
            &["Orwell"],
        ),
        // A headline ends at its line break: the kind noun two sentences on
        // calls the company named between, not the headline's first word
        // (must not: `Biscuit`).
        (
            "Biscuit factory to close\n\nCake maker Pemberton Foods is to close a plant.\n\n\
             The company said costs had risen.",
            &["Pemberton Foods"],
        ),
        // A role the next sentence opens with `Its` is held in the name
        // opening this one, after a `which` clause too (fire); not a
        // person's, nor with no role after `Its` (must not).
        (
            "Brightfold confirmed the breach. Its co-founder, Ann Dale, said sorry.",
            &["Brightfold"],
        ),
        (
            "Brightfold, which says its tools are widely used, confirmed the breach. Its chief executive, Ann Dale, said sorry.",
            &["Brightfold"],
        ),
        (
            "Tom Hale confirmed the breach. Its chief executive, Ann Dale, said sorry.",
            &[],
        ),
        ("Brightfold confirmed the breach. Its shares fell.", &[]),
        // An apposition after a kind noun that `the` or a possessive and
        // words saying which determine (fire); after a role (must not).
        ("Britain's third-largest provider, Tellport, said so.", &["Tellport"]),
        ("The firm's new boss, Ann Dale, said so.", &[]),
        // A `which` clause may list names before its comma (fire); a last
        // word that stands alone after a title is a person's (must not), not
        // after another name (fire).
        (
            "Westvale Rail, which runs trains between Bristol, Taunton and Exeter, cut services. The company's chief executive, Ann Dale, said sorry. Network Rail said nothing.",
            &["Westvale Rail", "Network Rail"],
        ),
        (
            "Westvale Rail, which runs trains, cut services. The company's chief executive, Ann Dale, said sorry. Mr Rail said nothing.",
            &[],
        ),
        // Words may say which role (fire), but one must follow (must not).
        (
            "Brightfold confirmed the breach. Its regional science adviser, Ann Dale, said sorry.",
            &["Brightfold"],
        ),
        ("Brightfold confirmed the breach. Its regional shares fell.", &[]),
        // A member of the public's calling may open the name of a body
        // speaking for them (fire); another role may not (must not).
        ("Rail watchdog Passenger Voice said fares were too high.", &["Passenger Voice"]),
        ("Rail watchdog Director Ann Dale said fares were too high.", &[]),
        // `its` owning such a role after a name whose `which` clause
        // tells a thing (fire); `who` tells a person (must not).
        (
            "Brightfold, which represents retailers, welcomed the plan. \"We are pleased,\" said its chief executive, Ann Dale.",
            &["Brightfold"],
        ),
        (
            "Tom Hale, who represents retailers, welcomed the plan. \"We are pleased,\" said its chief executive, Ann Dale.",
            &[],
        ),
        // A committee by its house and remit.
        (
            "the chairman of the Commons education select committee said",
            &["Commons education select committee"],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(names(text), *expected, "organizations in {text:?}");
    }
}

/// An organization found by context under the first words of one named in
/// full is that one (fire); not a body named after it, nor a person's
/// surname (must not).
#[test]
fn short_names_take_the_full_name() {
    let cases: &[(&str, &str, Option<&str>)] = &[
        (
            "Staff at Harbury Cider Company were told. Output fell, and Harbury cut shifts. Harbury chief executive Tom Hale said so.",
            "Harbury",
            Some("Harbury Cider Company"),
        ),
        // (A headline's last word is no given name of the paragraph after it.)
        (
            "Harbury sack coach Pollard\n\nHarbury Cider Company sacked its coach. Output fell, and Harbury cut shifts. Harbury chief executive Tom Hale said so.",
            "Harbury",
            Some("Harbury Cider Company"),
        ),
        (
            "The Harbury Supporters' Trust met. Output fell, and Harbury cut shifts. Harbury chief executive Tom Hale said so.",
            "Harbury",
            Some("Harbury"),
        ),
        (
            "Ann Harbury spoke to the Harbury Foundation. Harbury cut shifts. Harbury spokesman Tom Hale said so.",
            "Harbury",
            None,
        ),
        // Opening a sentence, the short name is one where the text writes it
        // opening a longer name (fire), not opening an office's title (must not).
        (
            "Harbury Cider Company has new plans. Prices rose.\n\nHarbury chief executive Tom Hale said so.",
            "Harbury",
            Some("Harbury Cider Company"),
        ),
        (
            "Health Minister Ann Lee has new plans. Prices rose.\n\nHealth spokesman Tom Hale said so.",
            "Health",
            None,
        ),
        (
            "Police Scotland said inquiries went on. Prices rose.\n\nPolice spokeswoman Ann Lee said so.",
            "Police",
            None,
        ),
    ];
    for (text, short, full) in cases {
        let found = mentions(text);
        let last = found.iter().rev().find(|(span, _)| span == short);
        assert_eq!(
            last.map(|(_, name)| name.as_str()),
            *full,
            "{text:?}: {found:?}"
        );
    }
}
