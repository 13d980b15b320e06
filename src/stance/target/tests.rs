use super::*;

fn uk() -> Target {
    Target::parse(include_str!("../../../data/stance/target_uk.txt")).unwrap()
}

/// What is read without the document's parties agrees with them.
#[test]
fn shortcuts_agree_with_the_parties() {
    let t = uk();
    let docs: [(&str, &[&str]); 4] = [
        (
            "Tony Blair spoke. Mr Brown and Mr Trump met.",
            &["Charles Clarke"],
        ),
        ("Mr Blair spoke.", &[]),
        (
            "Tory MP Boris Johnson and Labour's Gordon Brown.",
            &["jo smith", "Ann Widdecombe's"],
        ),
        ("Prime Minister Rishi Sunak and Democrats.", &["Sunak"]),
    ];
    let surnames = [
        "Blair",
        "Brown",
        "Trump",
        "Clarke",
        "Johnson",
        "Widdecombe",
        "smith",
        "Sunak",
        "",
    ];
    for (text, speakers) in docs {
        let doc = t.read_document(text, speakers);
        for surname in surnames {
            let listed = doc.people().iter().any(|p| p == surname);
            assert_eq!(doc.is_person(surname), listed, "{text:?}: {surname:?}");
        }
        // The governing party is always one that may govern.
        if let Some(party) = doc.governing_party() {
            let entries = (0..t.place_party.len()).filter(|&e| t.party(e) == Some(party));
            assert!(entries.clone().count() > 0, "{text:?}");
            assert!(entries.clone().all(|e| t.may_govern(e)), "{text:?}");
        }
    }
}

#[test]
fn government_names_are_the_target() {
    let t = uk();
    for n in [
        "Government",
        "Department of Health and Social Care",
        "DHSC spokesperson",
        "Whitehall source",
        "Steve Barclay",
        "Keir Starmer",
        "Rachel Reeves",
        "the Treasury",
        "the government's spokesman",
        "British ministers",
        "Scottish Secretary Alistair Darling",
        "the UK Treasury",
        // A target name holding an excluded one is the target (`!local
        // government` is councils).
        "Local government minister Colin Rafferty",
        "local government secretary",
    ] {
        assert!(t.is_target(n), "{n}");
    }
}

#[test]
fn others_are_not() {
    let t = uk();
    for n in [
        "Unite",
        "Royal College of Nursing",
        "Local Government Association",
        "local government",
        "a local government officer",
        "NHS Confederation",
        "a hunt for",
    ] {
        assert!(!t.is_target(n), "{n}");
    }
}

/// Generic names put elsewhere by the words around them (fire), and the
/// same names left in place (must not fire).
#[test]
fn generic_names_in_context() {
    let t = uk();
    let elsewhere = [
        "South Africa's finance minister Trevor Manuel",
        "the US Treasury under-secretary",
        "former Dutch prime minister",
        "Scottish ministers",
        "the Welsh health minister",
        "EU finance ministers",
        "the prime minister of Japan",
        "a minister in the Scottish Executive",
        "shadow chancellor",
        "former prime minister Tony Blair",
        "the Irish government",
        // Inside the name of another government (the elsewhere list's bodies).
        "a Scottish Government spokesman",
        "the Welsh Assembly Government",
    ];
    for n in elsewhere {
        assert!(!t.is_target(n), "{n}");
    }
    let in_place = [
        "finance minister",
        "the prime minister, Tony Blair",
        "the government of the day",
        "Conservative ministers",
        "Tony Blair",
        "the Chancellor met US officials",
        "a Government spokesman",
    ];
    for n in in_place {
        assert!(t.is_target(n), "{n}");
    }
}

#[test]
fn own_places_depend_on_the_target_file() {
    let us = Target::parse("?the administration\n?Treasury\n@US\n@American\n").unwrap();
    assert!(us.is_target("the US Treasury"));
    assert!(!us.is_target("the British Treasury"));
    assert!(!uk().is_target("the US Treasury"));
}

#[test]
fn a_place_inside_an_own_body_modifies_nothing() {
    let uk = uk();
    // Fire: a minister of the UK department for Wales is the target's.
    assert!(uk.is_target("Wales Office minister"));
    assert!(uk.is_target("the Northern Ireland Office minister"));
    // Must not fire: Wales's own ministers, and the file without the body.
    assert!(!uk.is_target("Welsh health minister"));
    assert!(!uk.is_target("Wales health minister"));
    let bare = Target::parse("?minister\n").unwrap();
    assert!(!bare.is_target("Wales Office minister"));
}

#[test]
fn mentions_in_text() {
    let t = uk();
    let text =
        "The government's plan pleased South Africa's finance minister and Scottish ministers.";
    let all = Span::new(0, text.len());
    let found: Vec<&str> = t
        .mentions(text, all, &tokenize(text, all))
        .iter()
        .map(|h| h.span.of(text))
        .collect();
    assert_eq!(found, ["government's"]);
}

#[test]
fn surname_needs_its_capital() {
    let t = Target::parse("Hunt\n").unwrap();
    assert!(t.is_target("Mr Hunt"));
    assert!(t.is_target("Mr Hunt's plan"));
    assert!(!t.is_target("the hunt goes on"));
}

#[test]
fn empty_target_is_an_error() {
    assert!(Target::parse("# nothing\n").is_err());
    assert!(Target::parse("@UK\n!Labour\n").is_err());
}

#[test]
fn bad_elsewhere_line_is_an_error() {
    assert!(Target::parse_with("minister\n", "country\tFrance\n").is_err());
}
