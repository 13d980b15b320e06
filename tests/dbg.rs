#[test]
fn dbg() {
    use sayso::*;
    for text in ["City Attorney Brad Holm said in the letter that the advertisement “unmistakably and wrongfully” suggests that Phoenix and its officers support Trump’s campaign.",
    "Trump tweeted in the early morning hours that Machado was “disgusting” and “a con” and encouraged Americans to “check out” her non-existent tape."] {
    let k = knowledge::Knowledge::builtin();
    let seg = segment::segment(text, &k);
    let m = quotes::marks::pair_marks(text, &seg);
    for x in &m { println!("mark {:?}", x.content.of(text)); }
    let fr = quotes::frames::find_frames(text, &seg, &m.iter().map(|q| q.outer()).collect::<Vec<_>>(), &k);
    for f in &fr { println!("frame {:?} {:?} clause@{:?}", f.cue.of(text), f.subject.of(text), &text[f.clause_start..]); }
    let q = quotes::detect(text, &seg, &k, Default::default());
    for x in &q { println!("{:?} {:?} {:?}", x.kind, x.span.of(text), x.mention.map(|m| m.of(text))); }
    }
}
