//! Reading gold and prediction files: JSON Lines documents keyed by id.

use std::collections::HashMap;
use std::path::Path;

use serde_json::Value;

use super::python::{py_is_space, py_str};
use super::{Docs, EvalError};

/// Reads JSON Lines: blank lines are skipped, each other line must be a JSON
/// object; its `"id"` (as Python's `str()` of the value, so `7` and `"7"` are
/// the same document) keys the document.
pub fn load_docs(text: &str) -> Result<Docs, EvalError> {
    let mut docs: Docs = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    // Python reads text files with universal newlines: \r\n, \r and \n all end a line.
    let text = text.replace("\r\n", "\n");
    for (n, line) in text.split(['\n', '\r']).enumerate() {
        let line = line.trim_matches(py_is_space);
        if line.is_empty() {
            continue;
        }
        let value: Value = serde_json::from_str(line).map_err(|e| EvalError::Json {
            file: None,
            line: n + 1,
            message: e.to_string(),
        })?;
        let Value::Object(obj) = &value else {
            return Err(EvalError::NotAnObject {
                file: None,
                line: n + 1,
            });
        };
        let id = py_str(obj.get("id").unwrap_or(&Value::Null));
        match index.get(&id) {
            Some(&i) => docs[i].1 = value,
            None => {
                index.insert(id.clone(), docs.len());
                docs.push((id, value));
            }
        }
    }
    Ok(docs)
}

/// Reads a JSON Lines file as [`load_docs`] does; errors name the file.
pub fn read_docs(path: &Path) -> Result<Docs, EvalError> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| EvalError::Io {
        file: name.clone(),
        source,
    })?;
    load_docs(&text).map_err(|e| match e {
        EvalError::Json { line, message, .. } => EvalError::Json {
            file: Some(name),
            line,
            message,
        },
        EvalError::NotAnObject { line, .. } => EvalError::NotAnObject {
            file: Some(name),
            line,
        },
        other => other,
    })
}
