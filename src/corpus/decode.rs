//! Decoding one JSON line: only the id and text fields, and those named by
//! [`JsonFields::keep`] (as their JSON text), are kept; every other field is
//! skipped without being built.

use std::fmt;

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

use super::{Encoding, JsonFields};

/// The line's id (when it has a usable one), its text or why there is none,
/// and the JSON text of the kept fields (aligned with [`JsonFields::keep`]);
/// `Err` when the line is not a JSON object at all.
pub(super) type Decoded = (Option<String>, Result<String, String>, Vec<Option<String>>);

pub(super) fn json_line(
    line: Vec<u8>,
    fields: &JsonFields,
    encoding: Encoding,
    location: &str,
) -> Result<Decoded, String> {
    let line = encoding
        .decode_owned(line)
        .map_err(|at| super::not_in_encoding(location, encoding, at, " of the line"))?;
    // From the checked `str`, so the parser does not check the UTF-8 again.
    let mut de = serde_json::Deserializer::from_str(&line);
    let selected = Selector { fields }
        .deserialize(&mut de)
        .and_then(|s| de.end().map(|()| s))
        .map_err(|e| format!("{location}: malformed JSON: {e}"))?;
    let id = match selected.id {
        Some(Value::String(s)) => Some(s),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let text = match selected.text {
        Some(Value::String(text)) => Ok(text),
        Some(_) => Err(format!(
            "{location}: field {:?} is not a string",
            fields.text
        )),
        None => Err(format!("{location}: no {:?} field", fields.text)),
    };
    Ok((id, text, selected.kept))
}

struct Selected {
    id: Option<Value>,
    text: Option<Value>,
    kept: Vec<Option<String>>,
}

struct Selector<'a> {
    fields: &'a JsonFields,
}

impl<'de> DeserializeSeed<'de> for Selector<'_> {
    type Value = Selected;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Selected, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Selector<'_> {
    type Value = Selected;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Selected, A::Error> {
        let mut selected = Selected {
            id: None,
            text: None,
            kept: vec![None; self.fields.keep.len()],
        };
        while let Some(key) = map.next_key_seed(KeySeed {
            fields: self.fields,
        })? {
            match key {
                Key::Id => selected.id = Some(map.next_value()?),
                Key::Text => selected.text = Some(map.next_value()?),
                Key::Kept(n) => {
                    let raw: &RawValue = map.next_value()?;
                    // A kept field may be the id or the text field too.
                    if self.fields.id == self.fields.keep[n] {
                        selected.id = serde_json::from_str(raw.get()).ok();
                    } else if self.fields.text == self.fields.keep[n] {
                        selected.text = serde_json::from_str(raw.get()).ok();
                    }
                    selected.kept[n] = Some(raw.get().to_string());
                }
                Key::Other => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(selected)
    }
}

enum Key {
    Id,
    Text,
    /// The field at this index of [`JsonFields::keep`].
    Kept(usize),
    Other,
}

struct KeySeed<'a> {
    fields: &'a JsonFields,
}

impl<'de> DeserializeSeed<'de> for KeySeed<'_> {
    type Value = Key;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed<'_> {
    type Value = Key;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<Key, E> {
        Ok(
            if let Some(n) = self.fields.keep.iter().position(|k| k == key) {
                Key::Kept(n)
            } else if key == self.fields.text {
                Key::Text
            } else if key == self.fields.id {
                Key::Id
            } else {
                Key::Other
            },
        )
    }
}
