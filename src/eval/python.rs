//! Python's semantics where the reference scorer relies on them: `round`,
//! `repr`, `str`, truthiness, `str.isspace`, indexing and slicing.

use std::sync::OnceLock;

use serde_json::Value;

/// Python's `round(x, 1)`: the decimal nearest to the exact binary value, ties
/// to even, read back as a float. Rust's fixed-precision formatting rounds the
/// exact value the same way.
pub(super) fn py_round1(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.1}").parse().unwrap_or(x)
}

/// Python's `str.isspace()`: Unicode White_Space plus the separators U+001C..U+001F.
pub(super) fn py_is_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python truthiness of a JSON value.
pub(super) fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// Python's `seq[i]` for a sequence: negative counts from the end.
pub(super) fn char_at(text: &[char], i: i64) -> Option<char> {
    let len = i64::try_from(text.len()).ok()?;
    let i = if i < 0 { i + len } else { i };
    usize::try_from(i).ok().and_then(|i| text.get(i)).copied()
}

/// Python's `seq[start:end]` bounds for a sequence of `len` items.
pub(super) fn py_slice(len: usize, start: i64, end: i64) -> (usize, usize) {
    let clamp = |i: i64| -> usize {
        let len_i = i64::try_from(len).unwrap_or(i64::MAX);
        let i = if i < 0 {
            (i + len_i).max(0)
        } else {
            i.min(len_i)
        };
        usize::try_from(i).unwrap_or(0)
    };
    let (s, e) = (clamp(start), clamp(end));
    (s, e.max(s))
}

/// Python's `str()` of a JSON value.
pub(super) fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python's `repr()` of a JSON value as `json.loads` would build it.
pub(super) fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => match (n.as_i64(), n.as_u64(), n.as_f64()) {
            (Some(i), _, _) => i.to_string(),
            (_, Some(u), _) => u.to_string(),
            (_, _, Some(x)) => py_float_repr(x),
            _ => n.to_string(),
        },
        Value::String(s) => py_str_repr(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => format!(
            "{{{}}}",
            m.iter()
                .map(|(k, v)| format!("{}: {}", py_str_repr(k), py_repr(v)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// Python's `repr()` of a float: shortest round-trip digits, positional for
/// exponents -4..16 (always with a fraction), scientific otherwise.
pub(super) fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sci = format!("{x:e}");
    let Some((mant, exp)) = sci.split_once('e') else {
        return format!("{x:?}");
    };
    let Ok(exp) = exp.parse::<i32>() else {
        return format!("{x:?}");
    };
    let (sign, mant) = match mant.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mant),
    };
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let point = usize::try_from(exp).unwrap_or(0) + 1;
            let mut int_part: String = digits.chars().take(point).collect();
            while int_part.len() < point {
                int_part.push('0');
            }
            let frac: String = digits.chars().skip(point).collect();
            let frac = if frac.is_empty() {
                "0".to_string()
            } else {
                frac
            };
            format!("{sign}{int_part}.{frac}")
        } else {
            let zeros = "0".repeat(usize::try_from(-exp - 1).unwrap_or(0));
            format!("{sign}0.{zeros}{digits}")
        }
    } else {
        let mut chars = digits.chars();
        let first: String = chars.next().into_iter().collect();
        let rest: String = chars.collect();
        let mant = if rest.is_empty() {
            first
        } else {
            format!("{first}.{rest}")
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// Python's `repr()` of a string.
pub(super) fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        let code = u32::from(c);
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            _ if code < 0x20 || code == 0x7f => out.push_str(&format!("\\x{code:02x}")),
            _ if code < 0x7f || py_printable(c) => out.push(c),
            _ if code <= 0xff => out.push_str(&format!("\\x{code:02x}")),
            _ if code <= 0xffff => out.push_str(&format!("\\u{code:04x}")),
            _ => out.push_str(&format!("\\U{code:08x}")),
        }
    }
    out.push(quote);
    out
}

/// Python's `str.isprintable()` for one non-ASCII char: not a control, format,
/// private-use, unassigned, or separator char.
pub(super) fn py_printable(c: char) -> bool {
    static NON_PRINTABLE: OnceLock<Option<regex::Regex>> = OnceLock::new();
    let re = NON_PRINTABLE
        .get_or_init(|| regex::Regex::new(r"^[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$").ok());
    let mut buf = [0u8; 4];
    re.as_ref()
        .is_none_or(|re| !re.is_match(c.encode_utf8(&mut buf)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_like_python() {
        assert_eq!(py_round1(6.25), 6.2);
        assert_eq!(py_round1(3.75), 3.8);
        assert_eq!(py_round1(0.35), 0.3);
        assert_eq!(py_round1(99.95), 100.0);
        assert_eq!(py_round1(100.0 * (2.0 / 3.0)), 66.7);
    }

    #[test]
    fn float_repr_like_python() {
        assert_eq!(py_float_repr(100.0), "100.0");
        assert_eq!(py_float_repr(97.6), "97.6");
        assert_eq!(py_float_repr(0.0), "0.0");
        assert_eq!(py_float_repr(-0.0), "-0.0");
        assert_eq!(py_float_repr(1e16), "1e+16");
        assert_eq!(py_float_repr(1.5e-5), "1.5e-05");
        assert_eq!(py_float_repr(0.0001), "0.0001");
        assert_eq!(py_float_repr(123456789012345.6), "123456789012345.6");
    }

    #[test]
    fn repr_like_python() {
        assert_eq!(py_str_repr("it's"), "\"it's\"");
        assert_eq!(py_str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(py_str_repr("a\u{a0}b\u{2019}\n"), "'a\\xa0b\u{2019}\\n'");
        assert_eq!(
            py_repr(&serde_json::json!({"name": [1, 2.0, null, true]})),
            "{'name': [1, 2.0, None, True]}"
        );
        assert_eq!(py_str(&serde_json::json!(7)), "7");
    }

    #[test]
    fn python_slices_and_indexes() {
        assert_eq!(py_slice(10, -3, 100), (7, 10));
        assert_eq!(py_slice(10, 5, 2), (5, 5));
        let t: Vec<char> = "abc".chars().collect();
        assert_eq!(char_at(&t, -1), Some('c'));
        assert_eq!(char_at(&t, 3), None);
    }
}
