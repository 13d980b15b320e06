//! What the binary's test files share: running `sayso` with arguments and
//! standard input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs the `sayso` binary from the crate's root with `args`, writes `stdin`
/// to it and returns what it printed and its exit status.
pub fn sayso(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_sayso"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    if let Some(mut pipe) = child.stdin.take() {
        pipe.write_all(stdin).expect("stdin is writable");
    }
    child.wait_with_output().expect("the binary finishes")
}
