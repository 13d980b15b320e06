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
/// ```
/// use sayso::span::CharMap;
/// let map = CharMap::new("£5 a week");
/// assert_eq!(map.char_offset(2), 1);
/// ```
pub struct CharMap {
    /// Byte offset of every char start, plus the text length.
    starts: Vec<usize>,
}

impl CharMap {
    pub fn new(text: &str) -> CharMap {
        let mut starts: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        starts.push(text.len());
        CharMap { starts }
    }

    /// The char offset of a byte offset; a byte inside a char maps to that char.
    pub fn char_offset(&self, byte: usize) -> usize {
        match self.starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    pub fn char_span(&self, span: Span) -> [usize; 2] {
        [self.char_offset(span.start), self.char_offset(span.end)]
    }
}
