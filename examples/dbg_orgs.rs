fn main() {
    let text = std::fs::read_to_string("/tmp/x.txt").unwrap();
    let k = sayso::Knowledge::builtin();
    let seg = sayso::segment::segment(&text, &k);
    for m in sayso::orgs::find_orgs(&text, &seg, &k) {
        println!("{:?} {:?} {:?}", m.span, m.org.name, m.org.kind);
    }
}
