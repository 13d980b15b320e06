//! The text encoding of the input, and turning bytes into text.

use std::fmt;
use std::str::FromStr;

/// The UTF-8 byte-order mark: dropped from the start of a text.
pub(super) const BOM: &[u8] = b"\xef\xbb\xbf";

/// The encoding input files are read in: UTF-8 (the default), or any
/// ASCII-compatible encoding of the WHATWG Encoding Standard, named by one of
/// its labels (`windows-1252`, `latin1`, `iso-8859-15`, `shift_jis`, …).
///
/// As in web browsers, `latin1` and `iso-8859-1` name Windows-1252, which
/// agrees with Latin-1 on every printable character and gives `€`, `“`, `”`,
/// `‘`, `’`, `–` and `—` for the bytes 0x80–0x9F that Latin-1 leaves to control
/// characters.
///
/// ```
/// use sayso::corpus::Encoding;
/// let latin1: Encoding = "latin1".parse().unwrap();
/// assert_eq!(latin1, Encoding::WINDOWS_1252);
/// assert_eq!(latin1.decode(b"caf\xe9 \x93ok\x94"), Ok("café “ok”".to_string()));
/// assert_eq!(Encoding::UTF_8.decode(b"\xef\xbb\xbfcaf\xc3\xa9"), Ok("café".to_string()));
/// assert_eq!(Encoding::UTF_8.decode(b"caf\xe9"), Err(3));
/// assert!("utf-16le".parse::<Encoding>().is_err());
/// ```
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Encoding(&'static encoding_rs::Encoding);

impl Encoding {
    /// UTF-8, the default.
    pub const UTF_8: Encoding = Encoding(encoding_rs::UTF_8);
    /// Windows-1252, also for the labels `latin1` and `iso-8859-1`.
    pub const WINDOWS_1252: Encoding = Encoding(encoding_rs::WINDOWS_1252);

    /// The encoding's canonical name (`UTF-8`, `windows-1252`).
    pub fn name(self) -> &'static str {
        self.0.name()
    }

    /// Decodes a whole text. A UTF-8 byte-order mark at its start is dropped,
    /// and marks the text as UTF-8 whatever the encoding. `Err` holds the
    /// offset of the first byte that is not valid in the encoding.
    pub fn decode(self, bytes: &[u8]) -> Result<String, usize> {
        self.decode_owned(bytes.to_vec())
    }

    /// [`Encoding::decode`] without a copy for UTF-8.
    pub(crate) fn decode_owned(self, mut bytes: Vec<u8>) -> Result<String, usize> {
        let has_bom = bytes.starts_with(BOM);
        if self == Encoding::UTF_8 || has_bom {
            if has_bom {
                bytes.drain(..BOM.len());
            }
            return String::from_utf8(bytes).map_err(|e| e.utf8_error().valid_up_to());
        }
        let mut decoder = self.0.new_decoder_without_bom_handling();
        let capacity = decoder
            .max_utf8_buffer_length_without_replacement(bytes.len())
            .ok_or(0usize)?;
        let mut text = String::with_capacity(capacity);
        let (result, read) = decoder.decode_to_string_without_replacement(&bytes, &mut text, true);
        match result {
            encoding_rs::DecoderResult::InputEmpty => Ok(text),
            encoding_rs::DecoderResult::Malformed(bad, after) => {
                Err(read.saturating_sub(usize::from(bad) + usize::from(after)))
            }
            encoding_rs::DecoderResult::OutputFull => Err(read),
        }
    }
}

impl Default for Encoding {
    fn default() -> Encoding {
        Encoding::UTF_8
    }
}

impl fmt::Debug for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Encoding({})", self.name())
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A label that names no encoding sayso can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct UnknownEncoding(String);

impl FromStr for Encoding {
    type Err = UnknownEncoding;

    /// An encoding by one of its WHATWG labels, case-insensitively.
    fn from_str(label: &str) -> Result<Encoding, UnknownEncoding> {
        match encoding_rs::Encoding::for_label(label.trim().as_bytes()) {
            // Lines and JSON are found by their ASCII bytes.
            Some(e) if e.is_ascii_compatible() => Ok(Encoding(e)),
            Some(e) => Err(UnknownEncoding(format!(
                "{label:?} ({}) is not ASCII-compatible; convert the input to UTF-8 first",
                e.name()
            ))),
            None => Err(UnknownEncoding(format!(
                "unknown encoding {label:?} (e.g. utf-8, windows-1252, latin1, iso-8859-15)"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_and_decoding() {
        for label in ["utf-8", "UTF8", " utf-8 "] {
            assert_eq!(label.parse::<Encoding>(), Ok(Encoding::UTF_8), "{label}");
        }
        for label in ["latin1", "ISO-8859-1", "windows-1252", "cp1252"] {
            assert_eq!(
                label.parse::<Encoding>(),
                Ok(Encoding::WINDOWS_1252),
                "{label}"
            );
        }
        assert!("klingon".parse::<Encoding>().is_err());
        let sjis: Encoding = "shift_jis".parse().expect("a WHATWG label");
        assert_eq!(sjis.decode(b"ab\x82\xa0"), Ok("ab\u{3042}".to_string()));
        assert_eq!(sjis.decode(b"abc\x82"), Err(3), "a sequence cut short");
        assert_eq!(Encoding::UTF_8.decode(b"ab\xff"), Err(2));
        assert_eq!(Encoding::UTF_8.decode(b""), Ok(String::new()));
        // Every byte is a character in Windows-1252.
        let all: Vec<u8> = (0..=255).collect();
        let text = Encoding::WINDOWS_1252.decode(&all).expect("decodes");
        assert_eq!(text.chars().count(), 256);
        assert_eq!(text.chars().nth(0x80), Some('€'));
        assert_eq!(text.chars().nth(0xe9), Some('é'));
        // A byte-order mark makes a text UTF-8.
        assert_eq!(
            Encoding::WINDOWS_1252.decode("\u{feff}é".as_bytes()),
            Ok("é".to_string())
        );
    }
}
