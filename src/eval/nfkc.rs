//! A partial NFKC normalization, enough for the names the scorer compares.
//!
//! The reference scorer applies `unicodedata.normalize("NFKC", name)` before it
//! compares speaker and organization names. The crate has no Unicode
//! normalization dependency, so this module carries a small generated table
//! (`nfkc_table.rs`) and does:
//!
//! 1. every char in the covered blocks is replaced by the NFKC form of that char
//!    alone (Latin-1 supplement to Cyrillic `U+00A0..=U+04FF`, Latin extended
//!    additional and Greek extended `U+1E00..=U+1FFF`, general punctuation to
//!    number forms `U+2000..=U+218F`, enclosed alphanumerics `U+2460..=U+24FF`,
//!    `U+3000`, the Latin ligatures `U+FB00..=U+FB06` and fullwidth ASCII
//!    `U+FF01..=U+FF5E`);
//! 2. a char followed directly by a combining mark is composed when the pair has a
//!    primary composite in `U+00C0..=U+04FF` or `U+1E00..=U+1FFF`.
//!
//! Known differences from real NFKC: chars outside those blocks are left as they
//! are (CJK compatibility forms, Hangul, Arabic presentation forms, ...); marks
//! are not put in canonical order, and only a mark directly after its base is
//! composed, so a base followed by two marks of different combining classes may
//! stay partly decomposed. Names in news text almost never hit these cases.
//!
//! The table was generated with Python 3.11 (Unicode 14.0):
//!
//! ```text
//! import unicodedata as u
//! MAP = [(0xA0, 0x4FF), (0x1E00, 0x1FFF), (0x2000, 0x218F), (0x2460, 0x24FF),
//!        (0x3000, 0x3000), (0xFB00, 0xFB06), (0xFF01, 0xFF5E)]
//! COMPOSE = [(0xC0, 0x4FF), (0x1E00, 0x1FFF)]
//! COMPAT = [(c, u.normalize("NFKC", chr(c))) for a, b in MAP for c in range(a, b + 1)
//!           if u.normalize("NFKC", chr(c)) != chr(c)]
//! pairs = []
//! for a, b in COMPOSE:
//!     for c in range(a, b + 1):
//!         d = u.decomposition(chr(c))
//!         if d and not d.startswith("<"):
//!             p = [int(x, 16) for x in d.split()]
//!             if len(p) == 2 and u.normalize("NFC", chr(p[0]) + chr(p[1])) == chr(c):
//!                 pairs.append((p[0], p[1], c))
//! COMPOSE_TABLE = sorted(pairs)   # then printed as Rust arrays
//! ```

use super::nfkc_table::{COMPAT, COMPOSE};

/// The NFKC form of `s`, within the limits described in the module docs.
pub(crate) fn nfkc(s: &str) -> String {
    let mut mapped = String::with_capacity(s.len());
    for c in s.chars() {
        match COMPAT.binary_search_by_key(&u32::from(c), |&(k, _)| k) {
            Ok(i) => mapped.push_str(COMPAT[i].1),
            Err(_) => mapped.push(c),
        }
    }
    let mut out: Vec<char> = Vec::with_capacity(mapped.len());
    for c in mapped.chars() {
        if let Some(last) = out.last_mut() {
            if let Some(composite) = compose(*last, c) {
                *last = composite;
                continue;
            }
        }
        out.push(c);
    }
    out.into_iter().collect()
}

fn compose(base: char, mark: char) -> Option<char> {
    let key = (u32::from(base), u32::from(mark));
    let i = COMPOSE
        .binary_search_by_key(&key, |&(b, m, _)| (b, m))
        .ok()?;
    char::from_u32(COMPOSE[i].2)
}

#[cfg(test)]
mod tests {
    use super::nfkc;

    #[test]
    fn maps_compatibility_forms_and_composes_marks() {
        assert_eq!(nfkc("ﬁnance"), "finance");
        assert_eq!(nfkc("Ｐｅｎｃｅ"), "Pence");
        assert_eq!(nfkc("Gov.\u{a0}Mike"), "Gov. Mike");
        assert_eq!(nfkc("Rau\u{301}l"), "Raúl");
        assert_eq!(nfkc("Castañeda"), "Castañeda");
        assert_eq!(nfkc("e\u{323}\u{302}"), "ệ");
        assert_eq!(nfkc("Ǆ"), "DŽ");
        assert_eq!(nfkc("x²"), "x2");
    }
}
