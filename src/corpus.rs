//! Reading documents from files, directories, JSON Lines and standard input.
//!
//! Every input document becomes one [`InputDocument`], including those that
//! cannot be read: their `text` holds the reason, so the output keeps one line
//! per input document and loses nothing.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One document to analyse, or the reason it cannot be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputDocument {
    pub id: String,
    pub text: Result<String, String>,
}

impl InputDocument {
    fn ok(id: impl Into<String>, text: String) -> InputDocument {
        let id = id.into();
        if text.trim().is_empty() {
            return InputDocument {
                id,
                text: Err("empty document".into()),
            };
        }
        InputDocument { id, text: Ok(text) }
    }

    fn failed(id: impl Into<String>, reason: impl Into<String>) -> InputDocument {
        InputDocument {
            id: id.into(),
            text: Err(reason.into()),
        }
    }
}

/// Field names of JSON Lines input.
#[derive(Debug, Clone)]
pub struct JsonFields {
    pub id: String,
    pub text: String,
}

impl Default for JsonFields {
    fn default() -> Self {
        JsonFields {
            id: "id".into(),
            text: "text".into(),
        }
    }
}

/// Reads the documents named by `paths` (`-` is standard input), in order.
///
/// A path that cannot be read at all is an `Err`: it names no documents, so it
/// is a usage error rather than a document error.
pub fn read_inputs(paths: &[PathBuf], fields: &JsonFields) -> Result<Vec<InputDocument>, String> {
    let mut docs = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|e| format!("standard input: {e}"))?;
            let looks_jsonl = bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{');
            if looks_jsonl {
                docs.extend(parse_jsonl(&bytes, "stdin", fields));
            } else {
                docs.push(text_document("stdin".into(), bytes));
            }
        } else if path.is_dir() {
            let mut files: Vec<PathBuf> = fs::read_dir(path)
                .map_err(|e| format!("{}: {e}", path.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            for file in files {
                docs.push(read_text_file(&file));
            }
        } else if path.extension().is_some_and(|x| x == "jsonl") {
            let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            docs.extend(parse_jsonl(&bytes, &path.display().to_string(), fields));
        } else if path.exists() {
            docs.push(read_text_file(path));
        } else {
            return Err(format!("{}: no such file or directory", path.display()));
        }
    }
    Ok(docs)
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(
        || path.display().to_string(),
        |s| s.to_string_lossy().into_owned(),
    )
}

fn read_text_file(path: &Path) -> InputDocument {
    match fs::read(path) {
        Ok(bytes) => text_document(stem(path), bytes),
        Err(e) => InputDocument::failed(stem(path), format!("{}: {e}", path.display())),
    }
}

fn text_document(id: String, bytes: Vec<u8>) -> InputDocument {
    match String::from_utf8(bytes) {
        Ok(text) => InputDocument::ok(id, text),
        Err(e) => InputDocument::failed(
            id,
            format!("invalid UTF-8 at byte {}", e.utf8_error().valid_up_to()),
        ),
    }
}

/// One document per non-blank line; a bad line still yields a document, whose
/// id is the line's id when it can be read, else `SOURCE:LINE`.
pub fn parse_jsonl(bytes: &[u8], source: &str, fields: &JsonFields) -> Vec<InputDocument> {
    bytes
        .split(|&b| b == b'\n')
        .enumerate()
        .filter(|(_, line)| !line.iter().all(u8::is_ascii_whitespace))
        .map(|(n, line)| parse_jsonl_line(line, source, n + 1, fields))
        .collect()
}

fn parse_jsonl_line(
    line: &[u8],
    source: &str,
    number: usize,
    fields: &JsonFields,
) -> InputDocument {
    let fallback_id = format!("{source}:{number}");
    let Ok(line) = std::str::from_utf8(line) else {
        return InputDocument::failed(fallback_id, format!("line {number}: invalid UTF-8"));
    };
    let value: serde_json::Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => {
            return InputDocument::failed(
                fallback_id,
                format!("line {number}: malformed JSON: {e}"),
            )
        }
    };
    let id = match value.get(&fields.id) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => fallback_id,
    };
    match value.get(&fields.text) {
        Some(serde_json::Value::String(text)) => InputDocument::ok(id, text.clone()),
        Some(_) => InputDocument::failed(
            id,
            format!("line {number}: field {:?} is not a string", fields.text),
        ),
        None => InputDocument::failed(id, format!("line {number}: no {:?} field", fields.text)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_gives_a_document() {
        let input = b"{\"id\": \"a\", \"text\": \"Hello.\"}\nnot json\n{\"id\": 7}\n\n{\"id\": \"e\", \"text\": \"  \"}\n\xff\xfe\n";
        let docs = parse_jsonl(input, "in.jsonl", &JsonFields::default());
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "in.jsonl:2", "7", "e", "in.jsonl:6"]);
        assert_eq!(docs[0].text, Ok("Hello.".to_string()));
        assert!(docs[1]
            .text
            .as_ref()
            .is_err_and(|e| e.starts_with("line 2: malformed JSON")));
        assert_eq!(docs[2].text, Err("line 3: no \"text\" field".to_string()));
        assert_eq!(docs[3].text, Err("empty document".to_string()));
        assert_eq!(docs[4].text, Err("line 6: invalid UTF-8".to_string()));
    }
}
