//! Turning the command line's paths into a lazy, ordered sequence of sources.
//!
//! Directories are walked depth-first, one directory listing at a time, each
//! listing sorted by name: memory grows with the largest directory and the
//! depth, never with the number of files in the corpus.

use std::fs;
use std::path::{Path, PathBuf};

/// How a file's bytes become documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// One plain-text document.
    Text,
    /// One gzip-compressed plain-text document.
    TextGz,
    /// One document per line.
    Jsonl,
    /// One document per line, gzip-compressed (concatenated members too).
    JsonlGz,
}

/// One place documents come from, in input order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// Standard input: JSON Lines when its first non-blank byte is `{`, else one
    /// plain-text document; gzip is recognised by its magic bytes.
    Stdin,
    /// A file.
    File {
        /// Its path.
        path: PathBuf,
        /// The document id of a text file: its stem, or for a file found in a
        /// directory its path relative to that directory without the extension.
        id: String,
        /// How its bytes become documents.
        kind: FileKind,
    },
    /// A directory entry that could not be listed: it becomes one error document.
    Unreadable {
        /// The id of its error document.
        id: String,
        /// Why it could not be listed.
        reason: String,
    },
}

/// Directory entries passed over while walking directories, by reason.
/// (Files named on the command line are always read.)
///
/// ```
/// let skipped = sayso::corpus::Skipped { dangling_links: 1, other_extensions: 2, ..Default::default() };
/// assert_eq!(skipped.to_string(), "3 directory entries skipped: 1 dangling link, 2 with another extension (see --ext)");
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Skipped {
    /// Entries whose name starts with `.`.
    pub hidden: u64,
    /// Symbolic links whose target does not exist.
    pub dangling_links: u64,
    /// Symbolic links to directories (not followed, so no cycles).
    pub directory_links: u64,
    /// FIFOs, sockets and devices.
    pub special_files: u64,
    /// Files with an extension that is not read (not `.jsonl`, `.jsonl.gz`
    /// or one of the text extensions).
    pub other_extensions: u64,
    /// Entries that vanished or could not be inspected.
    pub unreadable: u64,
}

impl Skipped {
    /// All the entries skipped.
    pub fn total(&self) -> u64 {
        self.parts().iter().map(|&(n, _, _)| n).sum()
    }

    fn parts(&self) -> [(u64, &'static str, &'static str); 6] {
        [
            (self.hidden, "hidden", "hidden"),
            (self.dangling_links, "dangling link", "dangling links"),
            (
                self.directory_links,
                "link to a directory",
                "links to directories",
            ),
            (self.special_files, "special file", "special files"),
            (
                self.other_extensions,
                "with another extension (see --ext)",
                "with another extension (see --ext)",
            ),
            (self.unreadable, "unreadable", "unreadable"),
        ]
    }
}

/// `3 directory entries skipped: 1 dangling link, 2 with another extension (see --ext)`.
impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let total = self.total();
        let entries = if total == 1 { "entry" } else { "entries" };
        write!(f, "{total} directory {entries} skipped")?;
        let mut separator = ": ";
        for (n, one, many) in self.parts() {
            if n > 0 {
                write!(f, "{separator}{n} {}", if n == 1 { one } else { many })?;
                separator = ", ";
            }
        }
        Ok(())
    }
}

/// The kind of an explicitly named file, by its name (any extension is read).
pub fn kind_of_named_file(path: &Path) -> FileKind {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if name.ends_with(".jsonl") {
        FileKind::Jsonl
    } else if name.ends_with(".jsonl.gz") {
        FileKind::JsonlGz
    } else if name.ends_with(".gz") {
        FileKind::TextGz
    } else {
        FileKind::Text
    }
}

/// The id of an explicitly named text file: its stem (`a/b/x.txt` → `x`,
/// `x.txt.gz` → `x`).
fn named_file_id(path: &Path) -> String {
    let mut p = path.to_path_buf();
    if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("gz")) {
        p.set_extension("");
    }
    p.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

/// Whether a file found in a directory is read, as what, and the length of the
/// suffix its id drops.
fn kind_in_directory(name: &str, text_extensions: &[String]) -> Option<(FileKind, usize)> {
    let lower = name.to_ascii_lowercase();
    if lower.ends_with(".jsonl") || lower.ends_with(".jsonl.gz") {
        let kind = if lower.ends_with(".gz") {
            FileKind::JsonlGz
        } else {
            FileKind::Jsonl
        };
        return Some((kind, 0));
    }
    text_extensions.iter().find_map(|ext| {
        let ext = ext.trim_start_matches('.').to_ascii_lowercase();
        let suffix_len = ext.len() + 1;
        let matches = !ext.is_empty()
            && lower.len() > suffix_len
            && lower.ends_with(&ext)
            && lower.as_bytes()[lower.len() - suffix_len] == b'.';
        matches.then(|| {
            let kind = if ext == "gz" || ext.ends_with(".gz") {
                FileKind::TextGz
            } else {
                FileKind::Text
            };
            (kind, suffix_len)
        })
    })
}

/// Checks that every named input exists, before anything is read or written:
/// a missing input is a usage error, not a document error.
pub fn check_inputs(paths: &[PathBuf]) -> Result<(), String> {
    for path in paths {
        if path.as_os_str() != "-" && fs::metadata(path).is_err() {
            return Err(format!("{}: no such file or directory", path.display()));
        }
    }
    Ok(())
}

struct DirFrame {
    root: PathBuf,
    entries: std::vec::IntoIter<PathBuf>,
}

/// The sources named by a list of paths, lazily, in order.
pub struct Sources {
    inputs: std::collections::VecDeque<PathBuf>,
    stack: Vec<DirFrame>,
    text_extensions: Vec<String>,
    skipped: Skipped,
}

impl Sources {
    /// `text_extensions` names the plain-text files taken from directories
    /// (`txt`, or `txt.gz`); `.jsonl` and `.jsonl.gz` files are always taken.
    pub fn new(paths: &[PathBuf], text_extensions: &[String]) -> Sources {
        Sources {
            inputs: paths.iter().cloned().collect(),
            stack: Vec::new(),
            text_extensions: text_extensions.to_vec(),
            skipped: Skipped::default(),
        }
    }

    /// The directory entries passed over so far.
    pub fn skipped(&self) -> Skipped {
        self.skipped
    }

    /// Pushes a directory's sorted listing; a listing that fails is a source of
    /// its own (an error document).
    fn enter(&mut self, root: PathBuf, dir: &Path) -> Option<Source> {
        match fs::read_dir(dir) {
            Ok(listing) => {
                let mut entries = Vec::new();
                for entry in listing {
                    match entry {
                        Ok(e) => {
                            if e.file_name().to_string_lossy().starts_with('.') {
                                self.skipped.hidden += 1;
                            } else {
                                entries.push(e.path());
                            }
                        }
                        Err(e) => {
                            return Some(Source::Unreadable {
                                id: relative_id(&root, dir),
                                reason: format!("{}: cannot list directory: {e}", dir.display()),
                            })
                        }
                    }
                }
                entries.sort();
                self.stack.push(DirFrame {
                    root,
                    entries: entries.into_iter(),
                });
                None
            }
            Err(e) => Some(Source::Unreadable {
                id: relative_id(&root, dir),
                reason: format!("{}: cannot list directory: {e}", dir.display()),
            }),
        }
    }
}

fn relative_id(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.is_empty() {
        path.display().to_string()
    } else {
        parts.join("/")
    }
}

impl Iterator for Sources {
    type Item = Source;

    fn next(&mut self) -> Option<Source> {
        loop {
            if let Some(frame) = self.stack.last_mut() {
                let Some(path) = frame.entries.next() else {
                    self.stack.pop();
                    continue;
                };
                let root = frame.root.clone();
                // Symbolic links to files are followed; to directories they are
                // not (no cycles).
                let Ok(link_meta) = fs::symlink_metadata(&path) else {
                    self.skipped.unreadable += 1;
                    continue;
                };
                if link_meta.is_dir() {
                    if let Some(failed) = self.enter(root, &path) {
                        return Some(failed);
                    }
                    continue;
                }
                let meta = if link_meta.file_type().is_symlink() {
                    match fs::metadata(&path) {
                        Ok(meta) if meta.is_dir() => {
                            self.skipped.directory_links += 1;
                            continue;
                        }
                        Ok(meta) => meta,
                        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                            self.skipped.dangling_links += 1;
                            continue;
                        }
                        Err(_) => {
                            self.skipped.unreadable += 1;
                            continue;
                        }
                    }
                } else {
                    link_meta
                };
                if !meta.is_file() {
                    self.skipped.special_files += 1;
                    continue;
                }
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let Some((kind, suffix)) = kind_in_directory(&name, &self.text_extensions) else {
                    self.skipped.other_extensions += 1;
                    continue;
                };
                let mut id = relative_id(&root, &path);
                id.truncate(id.len().saturating_sub(suffix));
                return Some(Source::File { path, id, kind });
            }
            let path = self.inputs.pop_front()?;
            if path.as_os_str() == "-" {
                return Some(Source::Stdin);
            }
            if path.is_dir() {
                if let Some(failed) = self.enter(path.clone(), &path) {
                    return Some(failed);
                }
                continue;
            }
            let kind = kind_of_named_file(&path);
            let id = named_file_id(&path);
            return Some(Source::File { path, id, kind });
        }
    }
}

/// The total size in bytes of the files the paths name (compressed sizes for
/// gzip), or `None` when standard input is among them. Walks the directories
/// once more, so callers run it off the main path (the progress bar's total).
pub fn total_size(paths: &[PathBuf], text_extensions: &[String]) -> Option<u64> {
    let mut total = 0u64;
    for source in Sources::new(paths, text_extensions) {
        match source {
            Source::Stdin => return None,
            Source::File { path, .. } => {
                total = total.saturating_add(fs::metadata(&path).map_or(0, |m| m.len()));
            }
            Source::Unreadable { .. } => {}
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directory_kinds() {
        let txt = vec!["txt".to_string()];
        assert_eq!(kind_in_directory("a.txt", &txt), Some((FileKind::Text, 4)));
        assert_eq!(kind_in_directory("a.TXT", &txt), Some((FileKind::Text, 4)));
        assert_eq!(
            kind_in_directory("a.jsonl", &txt),
            Some((FileKind::Jsonl, 0))
        );
        assert_eq!(
            kind_in_directory("a.jsonl.gz", &txt),
            Some((FileKind::JsonlGz, 0))
        );
        assert_eq!(kind_in_directory("a.txt.gz", &txt), None);
        assert_eq!(kind_in_directory("atxt", &txt), None);
        assert_eq!(kind_in_directory(".txt", &txt), None);
        let gz = vec!["txt.gz".to_string(), "md".to_string()];
        assert_eq!(
            kind_in_directory("a.txt.gz", &gz),
            Some((FileKind::TextGz, 7))
        );
        assert_eq!(kind_in_directory("a.md", &gz), Some((FileKind::Text, 3)));
    }

    #[test]
    fn named_files() {
        assert_eq!(kind_of_named_file(Path::new("x.jsonl")), FileKind::Jsonl);
        assert_eq!(
            kind_of_named_file(Path::new("x.jsonl.gz")),
            FileKind::JsonlGz
        );
        assert_eq!(kind_of_named_file(Path::new("x.txt.gz")), FileKind::TextGz);
        assert_eq!(kind_of_named_file(Path::new("x.html")), FileKind::Text);
        assert_eq!(named_file_id(Path::new("dir/x.txt.gz")), "x");
        assert_eq!(named_file_id(Path::new("dir/x.txt")), "x");
    }
}
