//! Table-driven cases of `find_orgs` (the gazetteer, head-word patterns,
//! acronym links, context, later uses of a name), from invented sentences:
//! most rules with a case where they fire and one where they must not.

use super::*;

fn orgs(text: &str) -> Vec<(String, String, Option<String>)> {
    let k = Knowledge::builtin();
    find_orgs(text, &crate::segment::segment(text, &k), &k)
        .into_iter()
        .map(|m| (m.span.of(text).to_string(), m.org.name, m.org.acronym))
        .collect()
}

fn owned(items: &[(&str, &str, Option<&str>)]) -> Vec<(String, String, Option<String>)> {
    items
        .iter()
        .map(|(a, b, c)| (a.to_string(), b.to_string(), c.map(str::to_string)))
        .collect()
}

type Case = (
    &'static str,
    &'static [(&'static str, &'static str, Option<&'static str>)],
);

#[test]
fn gazetteer_patterns_and_acronyms() {
    let cases: &[Case] = &[
        // Words whose initials spell an acronym in brackets name a body
        // (fire), but not when their head word ends a thing's name, a
        // qualification or a law (must not).
        (
            "The Kiln Safety Panel (KSP) said so.",
            &[("Kiln Safety Panel", "Kiln Safety Panel", Some("KSP"))],
        ),
        (
            "Pupils take the Kiln Certificate of Glazing (KCG) and the Clean Kilns Act (CKA).",
            &[],
        ),
        // A head word's plural possessive ends the name (must not go on to
        // a person), unless the name goes on to a head word of its own (fire).
        (
            "Acme Holdings' Tom Hale said so.",
            &[("Acme Holdings", "Acme Holdings", None)],
        ),
        (
            "The Rural Councils' Network said so.",
            &[("Rural Councils' Network", "Rural Councils' Network", None)],
        ),
        // A label that names its party only before a member's office
        // (fire, after a place too); not after a given name, nor before
        // anything else (must not).
        (
            "Green MSP Ann Lee said so.",
            &[("Green", "Green Party", None)],
        ),
        (
            "Scottish Green councillor Ann Lee said so.",
            &[("Green", "Green Party", None)],
        ),
        ("Damian Green MP said so.", &[]),
        ("Mr Green MP said so.", &[]),
        ("Jo Smith-Green MP said so.", &[]),
        ("The Green belt campaigner Ann Lee said so.", &[]),
        // A head word that takes a purpose goes on with `to` and its
        // purpose in capitals (fire); not in a headline, nor after another
        // head word, nor in lowercase (must not).
        (
            "The Campaign to Protect Rural Wessex said so.",
            &[(
                "Campaign to Protect Rural Wessex",
                "Campaign to Protect Rural Wessex",
                None,
            )],
        ),
        ("Committee to Probe Deaths\n\nRain fell.", &[]),
        (
            "The Ashby Council to Close Libraries said so.",
            &[("Ashby Council", "Ashby Council", None)],
        ),
        ("The campaign to Protect Rural Wessex said so.", &[]),
        // … nor whom the body writes to: a person, a place, a body.
        (
            "A letter from the Ashby Committee to Ann Lee was read.",
            &[("Ashby Committee", "Ashby Committee", None)],
        ),
        (
            "A referral by the Ashby Committee to Wessex Police was made.",
            &[
                ("Ashby Committee", "Ashby Committee", None),
                ("Wessex Police", "Wessex Police", None),
            ],
        ),
        // Titles before a name of no known given name make a person,
        // who is of the organization after `of` (fire); a head word
        // after a title is no name (must not).
        (
            "Detective Inspector Ravi Okonkwo of Marsden Police said so.",
            &[("Marsden Police", "Marsden Police", None)],
        ),
        (
            "General Motors of Canada said so.",
            &[("General Motors of Canada", "General Motors of Canada", None)],
        ),
        // A body named with a government body's name before its own
        // head word is another body (fire); the department alone is the
        // department (must not).
        (
            "The chair of the Commons Treasury Committee said so.",
            &[(
                "Commons Treasury Committee",
                "Commons Treasury Committee",
                None,
            )],
        ),
        (
            "The Treasury said so.",
            &[("Treasury", "HM Treasury", None)],
        ),
        // After a head word, `for the` and `of the` go on to its remit
        // (fire); not to a lowercase word (must not).
        (
            "The Regional Office for the South West said so.",
            &[(
                "Regional Office for the South West",
                "Regional Office for the South West",
                None,
            )],
        ),
        (
            "Brightwater Holdings of the past decade said so.",
            &[("Brightwater Holdings", "Brightwater Holdings", None)],
        ),
        // So does a head word opening the name (fire); a word that is
        // none does not (must not).
        (
            "Researchers at the University of the Highlands said so.",
            &[(
                "University of the Highlands",
                "University of the Highlands",
                None,
            )],
        ),
        ("Visitors of the Highlands said so.", &[]),
        // A panel is a body; a lowercase one names none (must not).
        (
            "The Transplant Review Panel said so.",
            &[("Transplant Review Panel", "Transplant Review Panel", None)],
        ),
        ("The review panel said so.", &[]),
        // `the` joins a name's words only after another joiner (`Friends
        // of the Earth`), not after a kind noun opening the sentence.
        (
            "Regulator the Care Standards Commission said so.",
            &[(
                "Care Standards Commission",
                "Care Standards Commission",
                None,
            )],
        ),
        // A government body after another state's name, adjective or
        // possessive is that state's (fire; `The Treasury said so.`
        // above is the target's).
        (
            "The US Treasury said so.",
            &[("US Treasury", "US Treasury", None)],
        ),
        (
            "France's Ministry of Defence said so.",
            &[(
                "France's Ministry of Defence",
                "France's Ministry of Defence",
                None,
            )],
        ),
        // So does a lowercase role before two plain words (fire); a head
        // word ending them makes them the organization's (must not).
        (
            "Station commander Kieran Valk of Marsden Fire Service said so.",
            &[("Marsden Fire Service", "Marsden Fire Service", None)],
        ),
        // A capitalized role alone opening two plain words does too (fire);
        // not one word (must not).
        (
            "Analyst Oyelu Adeyemi of Whitcombe Securities said so.",
            &[("Whitcombe Securities", "Whitcombe Securities", None)],
        ),
        (
            "Trustee Valk of Whitcombe Securities said so.",
            &[(
                "Trustee Valk of Whitcombe Securities",
                "Trustee Valk of Whitcombe Securities",
                None,
            )],
        ),
        (
            "The union members Royal College of Nursing said so.",
            &[(
                "Royal College of Nursing",
                "Royal College of Nursing",
                Some("RCN"),
            )],
        ),
        // A name ending in a known one's head with one more word before
        // it, inside a sentence, is another body (fire); not after a
        // possessive or a place (must not).
        (
            "Ann Lee, of the opposition Social Green Party, spoke.",
            &[("Social Green Party", "Social Green Party", None)],
        ),
        (
            "Ann Lee, of Germany's Green Party, spoke.",
            &[("Green Party", "Green Party", None)],
        ),
        // A company named with its legal suffix is the same company
        // without it (fire), not inside another name (must not).
        (
            "Quillo Ltd makes glasses. Quillo said sales rose at Quillo Labs.",
            &[
                ("Quillo Ltd", "Quillo Ltd", None),
                ("Quillo", "Quillo Ltd", None),
                ("Quillo Labs", "Quillo Labs", None),
            ],
        ),
        // A name does not run on from a headline into the paragraph
        // after it (fire: two names).
        (
            "Deal for Harwick Vale\n\nHarwick Vale Group agreed.",
            &[("Harwick Vale Group", "Harwick Vale Group", None)],
        ),
        // A name ending in its possessive is the name without it
        // (fire); a possessive inside a name is the name's (must not cut).
        (
            "Workers oppose Ardley Borough Council's plans.",
            &[("Ardley Borough Council", "Ardley Borough Council", None)],
        ),
        (
            "Staff at Queen's College Ardley agreed.",
            &[("Queen's College Ardley", "Queen's College Ardley", None)],
        ),
        // A phrase that names no organization is none by its head word
        // either (must not); a name with the same head word is (fire).
        ("Women missed National Insurance payments.", &[]),
        (
            "Harbour Insurance said so.",
            &[("Harbour Insurance", "Harbour Insurance", None)],
        ),
        // A name with a head word reaching past a news outlet's is
        // another organization (fire); the outlet alone stays (must not).
        (
            "The Independent Traders Association said so.",
            &[(
                "Independent Traders Association",
                "Independent Traders Association",
                None,
            )],
        ),
        (
            "The Independent said so.",
            &[("The Independent", "The Independent", None)],
        ),
        (
            "Kevin Courtney of the National Education Union (NEU) spoke. The NEU agreed.",
            &[
                (
                    "National Education Union",
                    "National Education Union",
                    Some("NEU"),
                ),
                ("NEU", "National Education Union", Some("NEU")),
                ("NEU", "National Education Union", Some("NEU")),
            ],
        ),
        // An acronym the text gives an organization it found by shape
        // names it wherever else it stands as a word (fire), not inside
        // a longer word or where it gave it (must not).
        (
            "The Kestrel Review Board (KRB) met. The KRB said so; KRBX did not.",
            &[
                ("Kestrel Review Board", "Kestrel Review Board", Some("KRB")),
                ("KRB", "Kestrel Review Board", Some("KRB")),
            ],
        ),
        (
            "Talks with the Public and Commercial Services (PCS) civil service union.",
            &[
                (
                    "Public and Commercial Services",
                    "Public and Commercial Services",
                    Some("PCS"),
                ),
                ("PCS", "Public and Commercial Services", Some("PCS")),
            ],
        ),
        // British news writes an acronym said as a word with one capital
        // (fire); not one the initials before it do not spell (must not).
        (
            "Campaigners Action on Noise and Health (Anh) met. Anh said so.",
            &[
                (
                    "Action on Noise and Health",
                    "Action on Noise and Health",
                    Some("Anh"),
                ),
                ("Anh", "Action on Noise and Health", Some("Anh")),
            ],
        ),
        ("Campaigners said the Noise Lane (Nlx) site was quiet.", &[]),
        // A shorter mention a rule found inside the spelled-out name
        // gives way to it.
        (
            "Ann Lee, director of Action on Noise and Health (Anh), spoke.",
            &[(
                "Action on Noise and Health",
                "Action on Noise and Health",
                Some("Anh"),
            )],
        ),
        (
            "A meeting of the Whitley Council for staff.",
            &[("Whitley Council", "Whitley Council", None)],
        ),
        // A campaign's verb, `the` and a name, used as a noun, name a
        // campaign (fire); a sentence of them does not (must not).
        (
            "The Stop the Northfield Bypass campaign said it would appeal.",
            &[(
                "Stop the Northfield Bypass",
                "Stop the Northfield Bypass",
                None,
            )],
        ),
        ("Residents voted. Save the Old Mill.", &[]),
        // A council called by its kind in a story set in a town is that
        // town's (fire); not with no town named, nor after a name another
        // sets off, a street's or a town's (must not).
        (
            "The Empire Theatre in Darnford will close after the borough council cut its grant.",
            &[
                ("Empire Theatre", "Empire Theatre", None),
                ("borough council", "Darnford Borough Council", None),
            ],
        ),
        (
            "In Hexley, the chairman of the city council's planning committee spoke.",
            &[
                (
                    "city council's planning committee",
                    "city council's planning committee",
                    None,
                ),
                ("city council", "Hexley City Council", None),
            ],
        ),
        (
            "The theatre will close after the borough council cut its grant.",
            &[],
        ),
        (
            "Lorries got stuck in Mill Lane, Little Codford. The parish council wants a ban.",
            &[],
        ),
        // A head word left untranslated opens the name.
        (
            "The Institut Lemaire said the reform was modest.",
            &[("Institut Lemaire", "Institut Lemaire", None)],
        ),
        // A title that says a person's sex ends a name: theirs follows.
        (
            "In a speech to the Foreign Policy Centre Mr Straw said so.",
            &[("Foreign Policy Centre", "Foreign Policy Centre", None)],
        ),
        (
            "In a speech to the Foreign Policy Centre Mr. Straw said so.",
            &[("Foreign Policy Centre", "Foreign Policy Centre", None)],
        ),
        // A given name and a surname after a head word, or after an
        // office's portfolio, are the holder's (fire); a given name a
        // head word follows is the organization's (must not).
        (
            "President of the Ardley Society Ann Lee said so.",
            &[("Ardley Society", "Ardley Society", None)],
        ),
        (
            "Chairman of the Ardley Anglers Ann Lee said so.",
            &[("Ardley Anglers", "Ardley Anglers", None)],
        ),
        (
            "A fellow of the Ardley Society Ann Lee Trust said so.",
            &[(
                "Ardley Society Ann Lee Trust",
                "Ardley Society Ann Lee Trust",
                None,
            )],
        ),
        // A title that may stand inside an institution's name does not end it.
        (
            "A doctor at the Royal Prince Alfred Institute spoke.",
            &[(
                "Royal Prince Alfred Institute",
                "Royal Prince Alfred Institute",
                None,
            )],
        ),
        (
            "The RMT’s Mick Lynch spoke.",
            &[(
                "RMT",
                "National Union of Rail, Maritime and Transport Workers",
                Some("RMT"),
            )],
        ),
        (
            "the NHS Confederation said",
            &[("NHS Confederation", "NHS Confederation", None)],
        ),
        (
            "the Department for Work and Pensions",
            &[(
                "Department for Work and Pensions",
                "Department for Work and Pensions",
                Some("DWP"),
            )],
        ),
        // A head word that opens a name as well; the others only end one.
        (
            "Dr Hale told Radio Kernow the plan was late.",
            &[("Radio Kernow", "Radio Kernow", None)],
        ),
        ("Council Tax bills rose.", &[]),
        // A head word after a possessive.
        (
            "The Prison Governors’ Forum said so.",
            &[("Prison Governors’ Forum", "Prison Governors’ Forum", None)],
        ),
        ("The forum met.", &[]),
        // Two names joined by an ampersand: a firm, its possessive aside.
        (
            "Marks & Spencer said so.",
            &[("Marks & Spencer", "Marks & Spencer", None)],
        ),
        (
            "Procter & Gamble’s chief executive spoke.",
            &[("Procter & Gamble", "Procter & Gamble", None)],
        ),
        ("Sales & marketing staff spoke.", &[]),
        (
            "the Royal College of Podiatry said",
            &[(
                "Royal College of Podiatry",
                "Royal College of Podiatry",
                None,
            )],
        ),
        // A head word keeps a capitalized common word inside the name.
        (
            "The charity Patients First Alliance said",
            &[("Patients First Alliance", "Patients First Alliance", None)],
        ),
        // A sector a company's name ends in (fire); a sector before a role
        // is a portfolio (must not).
        (
            "Pellow Energy said so.",
            &[("Pellow Energy", "Pellow Energy", None)],
        ),
        ("Energy Secretary Ann Lee said so.", &[]),
        // `Campaign` ends a body's name; opening a sentence it names none.
        (
            "The Tenants' Rights Campaign said so.",
            &[("Tenants' Rights Campaign", "Tenants' Rights Campaign", None)],
        ),
        ("Campaign staff said so.", &[]),
        // A legal suffix in lowercase ends a name; another lowercase word does not.
        ("Acme plc said", &[("Acme plc", "Acme plc", None)]),
        (
            "Shares in Brightwater ltd fell",
            &[("Brightwater ltd", "Brightwater ltd", None)],
        ),
        ("Acme staff said", &[]),
        ("plc shares fell", &[]),
    ];
    for (text, expected) in cases {
        assert_eq!(orgs(text), owned(expected), "orgs of {text:?}");
    }
}

#[test]
fn publication_named_by_its_kind_noun() {
    let kind_of = |text: &str| {
        let k = Knowledge::builtin();
        find_orgs(text, &crate::segment::segment(text, &k), &k)
            .into_iter()
            .map(|m| (m.span.of(text).to_string(), m.org.kind))
            .collect::<Vec<_>>()
    };
    // A publication's name ending in a firm's head word (fire); a kind noun
    // that is no publication leaves the head word's kind (must not).
    assert_eq!(
        kind_of("The team reported in the journal Coastal Research."),
        [("Coastal Research".to_string(), OrgKind::Media)]
    );
    assert_eq!(
        kind_of("Shares in the insurer Coastal Research fell."),
        [("Coastal Research".to_string(), OrgKind::Company)]
    );
}
