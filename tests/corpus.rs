//! `sayso::corpus`: lazy reading of files, directories, JSON Lines and gzip, and
//! the batched parallel run that writes in input order.

use std::io::Write;
use std::path::{Path, PathBuf};

use flate2::write::GzEncoder;
use sayso::corpus::{self, Documents, InputDocument, ReadOptions, RunOptions};
use sayso::output::Format;
use sayso::Pipeline;

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sayso-corpus-{name}-{}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn read(paths: &[PathBuf], options: &ReadOptions) -> Vec<InputDocument> {
    Documents::new(paths, options)
        .map(|raw| raw.decode(options))
        .collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).expect("compress");
    gz.finish().expect("compress")
}

#[test]
fn a_line_over_the_cap_is_skipped_without_being_held_and_the_next_lines_keep_their_numbers() {
    let dir = temp_dir("long");
    let path = dir.join("c.jsonl");
    // Over the cap, parsed (a line may be three times its text, plus 64 KiB) …
    let long = format!("{{\"id\": \"long\", \"text\": \"{}\"}}", "a".repeat(5000));
    // … and too long to be held at all.
    let huge = format!(
        "{{\"id\": \"huge\", \"text\": \"{}\"}}",
        "a".repeat(100_000)
    );
    let content = format!(
        "{{\"id\": \"a\", \"text\": \"One.\"}}\r\n\n{long}\n{huge}\n{{\"id\": \"b\", \"text\": \"Two.\"}}"
    );
    std::fs::write(&path, content).expect("write");
    let options = ReadOptions {
        max_bytes: 1000,
        ..ReadOptions::default()
    };
    let docs = read(std::slice::from_ref(&path), &options);
    let source = path.display().to_string();
    assert_eq!(docs.len(), 4);
    assert_eq!(docs[0].id, "a");
    assert_eq!(
        docs[0].text.as_deref(),
        Ok("One."),
        "CR LF line ends are fine"
    );
    assert_eq!(docs[1].id, "long");
    assert_eq!(
        docs[1].text,
        Err(format!(
            "{source}:3: document of 5000 bytes is over the size cap of 1000 bytes (--max-bytes)"
        ))
    );
    assert_eq!(docs[2].id, format!("{source}:4"));
    let reason = docs[2].text.as_ref().expect_err("over the cap");
    assert!(
        reason.starts_with(&format!("{source}:4: line of 100027 bytes is too long")),
        "{reason}"
    );
    assert_eq!(docs[3].id, "b");
    assert_eq!(
        docs[3].text.as_deref(),
        Ok("Two."),
        "a last line without a newline"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn concatenated_gzip_members_are_all_read() {
    let dir = temp_dir("members");
    let path = dir.join("c.jsonl.gz");
    let mut bytes = gzip(b"{\"id\": \"a\", \"text\": \"One.\"}\n");
    bytes.extend(gzip(b"{\"id\": \"b\", \"text\": \"Two.\"}\n"));
    std::fs::write(&path, bytes).expect("write");
    let text_path = dir.join("t.txt.gz");
    std::fs::write(&text_path, gzip("Caf\u{e9}.".as_bytes())).expect("write");
    // Gzip is known by its magic bytes, whatever the file is called.
    let misnamed = dir.join("m.jsonl");
    std::fs::write(&misnamed, gzip(b"{\"id\": \"m\", \"text\": \"M.\"}\n")).expect("write");
    let docs = read(&[path, text_path, misnamed], &ReadOptions::default());
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "t", "m"]);
    assert_eq!(docs[3].text.as_deref(), Ok("M."));
    assert_eq!(docs[1].text.as_deref(), Ok("Two."));
    assert_eq!(docs[2].text.as_deref(), Ok("Caf\u{e9}."));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn directories_are_walked_depth_first_in_name_order() {
    let dir = temp_dir("walk");
    for (path, text) in [
        ("b.txt", "B."),
        ("a/z.txt", "AZ."),
        ("a/b/c.txt", "ABC."),
        ("a/y.TXT", "AY."),
        ("c.jsonl", "{\"id\": \"from-c\", \"text\": \"C.\"}\n"),
        ("a/skip.html", "no"),
        (".git/x.txt", "no"),
        ("bad.txt", "caf\u{e9}"),
    ] {
        let full = dir.join(path);
        std::fs::create_dir_all(full.parent().expect("parent")).expect("dirs");
        std::fs::write(&full, text).expect("write");
    }
    std::fs::write(dir.join("bad.txt"), b"caf\xe9").expect("write");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.join("a"), dir.join("loop")).expect("symlink");
    let docs = read(std::slice::from_ref(&dir), &ReadOptions::default());
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        ["a/b/c", "a/y", "a/z", "b", "bad", "from-c"],
        "symbolic links to directories are not followed"
    );
    assert_eq!(docs[0].text.as_deref(), Ok("ABC."));
    let reason = docs[4].text.as_ref().expect_err("not UTF-8");
    assert_eq!(
        *reason,
        format!(
            "{}: invalid UTF-8 at byte 3 (another encoding? see --encoding)",
            dir.join("bad.txt").display()
        )
    );
    // The progress total: every file that is read, by its size on disk.
    let expected: u64 = [
        "a/b/c.txt",
        "a/y.TXT",
        "a/z.txt",
        "b.txt",
        "bad.txt",
        "c.jsonl",
    ]
    .iter()
    .map(|p| std::fs::metadata(dir.join(p)).map_or(0, |m| m.len()))
    .sum();
    assert_eq!(
        corpus::total_size(std::slice::from_ref(&dir), &["txt".into()]),
        Some(expected)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_missing_input_is_refused_before_anything_is_read() {
    let missing = PathBuf::from("no/such/file.jsonl");
    assert!(corpus::check_inputs(&[PathBuf::from("-"), missing.clone()])
        .is_err_and(|e| e.contains("no such file")));
    assert!(corpus::read_inputs(&[missing], &Default::default()).is_err());
}

fn run_to_bytes(paths: &[PathBuf], options: &RunOptions) -> (Vec<u8>, corpus::RunStats, usize) {
    let mut out = Vec::new();
    let mut batches = 0;
    let stats = corpus::run(&Pipeline::new(), paths, options, &mut out, &mut |_| {
        batches += 1
    })
    .expect("runs");
    (out, stats, batches)
}

#[test]
fn runs_write_in_input_order_whatever_the_threads_and_batches() {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/invented.jsonl");
    let dir = temp_dir("run");
    let mixed = dir.join("mixed.jsonl");
    std::fs::write(&mixed, "{\"id\": \"x\"}\nnot json\n").expect("write");
    let paths = vec![seeds.clone(), mixed, seeds];
    let base = RunOptions {
        jobs: 1,
        batch_docs: 100,
        ..RunOptions::default()
    };
    let (reference, stats, batches) = run_to_bytes(&paths, &base);
    assert_eq!(batches, 1);
    assert_eq!(stats.documents, 10);
    assert_eq!(stats.errors, 2);
    assert!(stats.quotes > 20);
    assert!(stats.input_bytes > 10_000);
    for (jobs, batch_docs, batch_bytes) in [(2, 1, 1), (2, 3, 1_000_000), (3, 100, 5_000)] {
        let options = RunOptions {
            jobs,
            batch_docs,
            batch_bytes,
            ..base.clone()
        };
        let (out, other_stats, batches) = run_to_bytes(&paths, &options);
        assert!(out == reference, "jobs {jobs}, batches of {batch_docs}");
        assert_eq!(other_stats, stats);
        assert!(batches > 1);
    }
    // The same records as analysing each document alone, in order.
    let pipeline = Pipeline::new();
    let expected: String = corpus::read_inputs(&paths, &Default::default())
        .expect("inputs exist")
        .iter()
        .map(|d| {
            serde_json::to_string(&corpus::record_of(&pipeline, d)).expect("serializes") + "\n"
        })
        .collect();
    assert_eq!(String::from_utf8_lossy(&reference), expected);
    let csv = RunOptions {
        format: Format::Csv,
        ..base
    };
    let (out, _, _) = run_to_bytes(&paths, &csv);
    let rows = csv::Reader::from_reader(out.as_slice()).records().count();
    assert_eq!(
        rows as u64,
        stats.quotes + 2,
        "a row per quote, and per error"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn records_of_many_documents_equal_their_records_alone() {
    let pipeline = Pipeline::new();
    let document = |id: &str, text: Result<&str, &str>| InputDocument {
        id: id.into(),
        text: text.map(str::to_string).map_err(str::to_string),
        meta: Vec::new(),
    };
    let docs = vec![
        document("unreadable", Err("not JSON: expected value at line 1")),
        document(
            "a",
            Ok("\u{201c}We will strike,\u{201d} said Ann Lee of the GMB."),
        ),
        document("empty", Ok(" \n")),
        document("b", Ok("Nothing was said.")),
        document(
            "c",
            Ok("Mr Hale said the plan was fair. \u{201c}It is,\u{201d} he added."),
        ),
    ];
    let alone: Vec<_> = docs
        .iter()
        .map(|d| corpus::record_of(&pipeline, d))
        .collect();
    assert_eq!(corpus::records_of(&pipeline, &docs), alone);
    assert_eq!(
        alone[0].error.as_deref(),
        Some("not JSON: expected value at line 1")
    );
    assert_eq!(alone[2].error.as_deref(), Some(sayso::EMPTY_DOCUMENT));
    assert_eq!(alone[1].quotes.len(), 1);
    assert_eq!(alone[4].quotes.len(), 2);
    assert!(corpus::records_of(&pipeline, &[]).is_empty());
}

#[test]
fn the_encoding_and_byte_order_marks_of_files() {
    let dir = temp_dir("encoding");
    std::fs::write(dir.join("a.txt"), b"\xef\xbb\xbfCaf\xc3\xa9.").expect("write");
    std::fs::write(dir.join("b.txt"), b"Caf\xe9 \x96 \x93bar\x94.").expect("write");
    std::fs::write(
        dir.join("c.jsonl"),
        b"{\"id\": \"c1\", \"text\": \"Caf\xe9.\"}\n{\"id\": \"c2\", \"text\": \"\\u00e9\"}\n",
    )
    .expect("write");
    let paths = [dir.clone()];
    let utf8 = read(&paths, &ReadOptions::default());
    let texts: Vec<Result<&str, &str>> = utf8
        .iter()
        .map(|d| d.text.as_deref().map_err(String::as_str))
        .collect();
    let b = dir.join("b.txt").display().to_string();
    let c = dir.join("c.jsonl").display().to_string();
    assert_eq!(
        texts,
        [
            Ok("Caf\u{e9}."),
            Err(
                format!("{b}: invalid UTF-8 at byte 3 (another encoding? see --encoding)").as_str()
            ),
            Err(format!(
                "{c}:1: invalid UTF-8 at byte 25 of the line (another encoding? see --encoding)"
            )
            .as_str()),
            Ok("\u{e9}"),
        ]
    );
    let latin1 = ReadOptions {
        encoding: "latin1".parse().expect("a label"),
        ..ReadOptions::default()
    };
    let texts: Vec<String> = read(&paths, &latin1)
        .into_iter()
        .map(|d| d.text.expect("every byte is a Windows-1252 character"))
        .collect();
    assert_eq!(
        texts,
        [
            "Caf\u{e9}.",
            "Caf\u{e9} \u{2013} \u{201c}bar\u{201d}.",
            "Caf\u{e9}.",
            "\u{e9}"
        ],
        "a byte-order mark still makes a file UTF-8"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn documents_count_the_directory_entries_they_skip() {
    let dir = temp_dir("skips");
    for name in [
        "a.txt",
        "b.md",
        "c.jsonl.bak",
        ".x.txt",
        "sub/.git/config",
        "sub/d.txt",
    ] {
        let path = dir.join(name);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
        std::fs::write(&path, "Text.").expect("write");
    }
    std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("e.txt")).expect("symlink");
    std::os::unix::fs::symlink(dir.join("sub"), dir.join("f")).expect("symlink");
    std::os::unix::fs::symlink(dir.join("a.txt"), dir.join("g.txt")).expect("symlink");
    let options = ReadOptions::default();
    let mut documents = Documents::new(std::slice::from_ref(&dir), &options);
    let ids: Vec<String> = documents
        .by_ref()
        .map(|raw| raw.decode(&options).id)
        .collect();
    assert_eq!(ids, ["a", "g", "sub/d"], "links to files are followed");
    assert_eq!(
        documents.skipped(),
        corpus::Skipped {
            hidden: 2,
            dangling_links: 1,
            directory_links: 1,
            other_extensions: 2,
            ..Default::default()
        }
    );
    // And a run reports them.
    let (_, stats, _) = run_to_bytes(std::slice::from_ref(&dir), &RunOptions::default());
    assert_eq!(stats.skipped, documents.skipped());
    assert_eq!(stats.skipped.total(), 6);
    std::fs::remove_dir_all(&dir).ok();
}
