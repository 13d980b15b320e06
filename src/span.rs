//! Byte spans and the byte → char offset mapping used at the output edge.

/// A half-open byte range `[start, end)` of a document; both ends lie on
/// char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers; empty when the span does not fit `text`.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub const fn to_array(self) -> [usize; 2] {
        [self.start, self.end]
    }
}

/// Maps byte offsets of one text to char (Unicode scalar) offsets.
///
/// Only the multi-byte chars are stored, so news text (mostly ASCII) costs a
/// few bytes per typographic quote mark rather than eight bytes per char.
///
/// ```
/// use sayso::span::CharMap;
/// let map = CharMap::new("£5 a week");
/// assert_eq!(map.char_offset(2), 1);
/// assert_eq!(map.char_offset(1), 0); // inside `£`
/// ```
pub struct CharMap {
    /// For every multi-byte char, in text order: its byte offset and the
    /// bytes beyond one per char accumulated up to its end (so that a byte
    /// offset after it, minus this, is a char offset).
    wide: Vec<(usize, usize)>,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        let mut wide = Vec::new();
        let mut extra = 0;
        let bytes = text.as_bytes();
        let mut at = 0;
        while at < bytes.len() {
            // Eight ASCII bytes at once are passed over with one test.
            if let Some(eight) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
                if u64::from_le_bytes(*eight) & 0x8080_8080_8080_8080 == 0 {
                    at += 8;
                    continue;
                }
            }
            // A lead byte of a multi-byte char: 0b11xx_xxxx. Its length
            // follows from the count of leading ones.
            if let Some(&b) = bytes.get(at).filter(|&&b| b >= 0xC0) {
                extra += b.leading_ones() as usize - 1;
                wide.push((at, extra));
            }
            at += 1;
        }
        CharMap { wide }
    }

    /// The char offset of a byte offset; a byte inside a char maps to that char.
    pub fn char_offset(&self, byte: usize) -> usize {
        // The wide chars starting before `byte`; the last of them may hold it.
        let before = self.wide.partition_point(|&(start, _)| start < byte);
        let Some(&(start, extra_after)) = before.checked_sub(1).and_then(|i| self.wide.get(i))
        else {
            return byte;
        };
        let char_len = extra_after - self.extra_before(before - 1) + 1;
        if byte < start + char_len {
            start - self.extra_before(before - 1)
        } else {
            byte - extra_after
        }
    }

    /// The bytes beyond one per char accumulated before wide char `i`.
    fn extra_before(&self, i: usize) -> usize {
        i.checked_sub(1)
            .and_then(|j| self.wide.get(j))
            .map_or(0, |&(_, extra)| extra)
    }

    pub fn char_span(&self, span: Span) -> [usize; 2] {
        [self.char_offset(span.start), self.char_offset(span.end)]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_agree_with_char_indices() {
        for text in [
            "",
            "abc",
            "£5",
            "“Hi,” she said—ok 😀 é.",
            "😀😀a€",
            "a\u{301}b",
            "Eight or more ASCII bytes, then “quoted” words — and 😀 at odd places: ééé x",
        ] {
            let map = CharMap::new(text);
            let mut expected = Vec::new();
            for (n, (start, c)) in text.char_indices().enumerate() {
                for byte in start..start + c.len_utf8() {
                    expected.push((byte, n));
                }
            }
            expected.push((text.len(), text.chars().count()));
            for (byte, want) in expected {
                assert_eq!(map.char_offset(byte), want, "{text:?} at byte {byte}");
            }
        }
    }
}
