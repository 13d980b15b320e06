//! Arrow string columns read in place from their buffers, as pyarrow gives
//! them (`Array.buffers()`): an optional validity bitmap, offsets (`int32`
//! for `string`, `int64` for `large_string`) and UTF-8 data, with the
//! array's offset into them and its length. A malformed column gives each
//! row it breaks an error, never a panic.

use pyo3::prelude::*;
use pyo3::types::PyBytes;

/// `(validity or None, offsets, data, offset, length, large)` from Python.
#[derive(FromPyObject)]
pub struct Buffers<'py>(
    Option<Bound<'py, PyBytes>>,
    Bound<'py, PyBytes>,
    Bound<'py, PyBytes>,
    usize,
    usize,
    bool,
);

impl<'py> Buffers<'py> {
    /// The column, borrowing the buffers (immutable `bytes`).
    pub fn column(&self) -> StringColumn<'_> {
        StringColumn {
            validity: self.0.as_ref().map(|v| v.as_bytes()),
            offsets: self.1.as_bytes(),
            data: self.2.as_bytes(),
            offset: self.3,
            len: self.4,
            large: self.5,
        }
    }
}

/// One string column of an Arrow batch.
pub struct StringColumn<'a> {
    validity: Option<&'a [u8]>,
    offsets: &'a [u8],
    data: &'a [u8],
    offset: usize,
    len: usize,
    large: bool,
}

impl StringColumn<'_> {
    pub fn len(&self) -> usize {
        self.len
    }

    /// Row `n`: its string, `None` for a null, or why it cannot be read.
    pub fn get(&self, n: usize) -> Result<Option<&str>, String> {
        let row = self.offset + n;
        if let Some(bits) = self.validity {
            let byte = bits
                .get(row / 8)
                .ok_or("malformed Arrow column: short validity bitmap")?;
            if byte >> (row % 8) & 1 == 0 {
                return Ok(None);
            }
        }
        let (start, end) = (self.position(row)?, self.position(row + 1)?);
        let bytes = self
            .data
            .get(start..end)
            .ok_or("malformed Arrow column: an offset past the data")?;
        std::str::from_utf8(bytes)
            .map(Some)
            .map_err(|e| format!("invalid UTF-8 at byte {}", e.valid_up_to()))
    }

    /// The `k`-th offset.
    fn position(&self, k: usize) -> Result<usize, String> {
        let width = if self.large { 8 } else { 4 };
        let bytes = k
            .checked_mul(width)
            .and_then(|at| self.offsets.get(at..at + width))
            .ok_or("malformed Arrow column: short offsets")?;
        let value = match bytes.try_into() {
            Ok(eight) => i64::from_le_bytes(eight),
            Err(_) => bytes
                .try_into()
                .map(|four| i64::from(i32::from_le_bytes(four)))
                .map_err(|_| "malformed Arrow column: short offsets")?,
        };
        usize::try_from(value).map_err(|_| "malformed Arrow column: a negative offset".into())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn column<'a>(
        offsets: &'a [u8],
        data: &'a [u8],
        validity: Option<&'a [u8]>,
        offset: usize,
        len: usize,
        large: bool,
    ) -> StringColumn<'a> {
        StringColumn {
            validity,
            offsets,
            data,
            offset,
            len,
            large,
        }
    }

    #[test]
    fn rows_nulls_slices_and_widths() {
        let data = "ab\u{e9}xyz".as_bytes();
        let narrow: Vec<u8> = [0i32, 2, 2, 4, 7]
            .iter()
            .flat_map(|o| o.to_le_bytes())
            .collect();
        let wide: Vec<u8> = [0i64, 2, 2, 4, 7]
            .iter()
            .flat_map(|o| o.to_le_bytes())
            .collect();
        let validity = [0b1101u8];
        for (offsets, large) in [(&narrow[..], false), (&wide[..], true)] {
            let all = column(offsets, data, Some(&validity), 0, 4, large);
            let rows: Vec<_> = (0..4).map(|n| all.get(n)).collect();
            assert_eq!(
                rows,
                [
                    Ok(Some("ab")),
                    Ok(None),
                    Ok(Some("\u{e9}")),
                    Ok(Some("xyz"))
                ]
            );
            let sliced = column(offsets, data, None, 2, 2, large);
            assert_eq!(sliced.get(0), Ok(Some("\u{e9}")));
            assert_eq!(sliced.get(1), Ok(Some("xyz")));
        }
    }

    #[test]
    fn malformed_columns_give_errors() {
        let offsets: Vec<u8> = [0i32, 9].iter().flat_map(|o| o.to_le_bytes()).collect();
        assert!(column(&offsets, b"abc", None, 0, 1, false).get(0).is_err());
        assert!(column(&offsets, b"abc", None, 0, 1, false).get(5).is_err());
        assert!(column(&offsets[..3], b"abc", None, 0, 1, false)
            .get(0)
            .is_err());
        assert!(column(&offsets, b"abc", Some(&[]), 0, 1, false)
            .get(0)
            .is_err());
        let bad: Vec<u8> = [0i32, 2].iter().flat_map(|o| o.to_le_bytes()).collect();
        assert_eq!(
            column(&bad, b"\xff\xfe", None, 0, 1, false).get(0),
            Err("invalid UTF-8 at byte 0".into())
        );
    }
}
