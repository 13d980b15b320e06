//! Records as Python objects, built directly from the structs: what
//! `json.loads` gives for the CLI's line of the same record (dicts with the
//! serde field names in declaration order, spans as two-item lists, the
//! label enums as their names, `None` for `None`).
//!
//! This runs holding the GIL, so it is the part of `analyze_many` that no
//! number of threads makes faster; hence the care for its cost:
//!
//! - Each dict is a copy of a template holding its keys (made once, interned)
//!   whose values are then replaced: one allocation of the keys table, no
//!   growing it insert by insert.
//! - Strings are shared where they recur: the names of the enums, and within
//!   a call the short strings (cues, evidence words and rules, speakers'
//!   names, organizations).
//! - A record of a hundred quotes is over a thousand lists and dicts, which
//!   Python's cyclic garbage collector would walk at each of its passes. As
//!   CPython does for the dicts it finds to hold no container, the spans
//!   (lists of two numbers) and the dicts whose values are plain values or
//!   spans (a cue, a speaker, an organization, an evidence item) are taken out
//!   of its sight. No cycle can pass through them unless a container is put
//!   into a span (a dict given a container is tracked again by Python
//!   itself); the dicts and lists that hold dicts, or may be given them
//!   (`quotes`, `evidence`, even empty), stay tracked, so a user's
//!   back-reference still makes a cycle the collector sees.
//!
//! The fields are destructured without `..`, so a field added to a record
//! struct fails to compile here until it is converted too; the tests compare
//! the records with the CLI's JSON.

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyString};
use rustc_hash::FxHashMap;
use sayso::{
    Cue, DocumentRecord, Evidence, Organization, Quote, QuoteKind, Resolution, Speaker,
    SpeakerKind, Stance, StanceLabel,
};

/// Makes the Python objects of records; one per call, for what it shares
/// between the records of that call.
#[derive(Default)]
pub struct Converter {
    /// Short strings already made; cleared when it grows past `STRINGS`.
    strings: FxHashMap<Box<str>, Py<PyAny>>,
}

/// What a conversion works with: the converter's caches, and the shapes.
struct Making<'a, 'py> {
    py: Python<'py>,
    shapes: &'static Shapes,
    strings: &'a mut FxHashMap<Box<str>, Py<PyAny>>,
}

const STRINGS: usize = 4096;
/// Strings longer than this are seldom repeated (a quote's text, an error).
const SHORT: usize = 40;

impl Converter {
    /// `record` as `{"id": …, "quotes": [...], "error": …}`.
    pub fn record<'py>(
        &mut self,
        py: Python<'py>,
        record: &DocumentRecord,
    ) -> PyResult<Bound<'py, PyAny>> {
        Making {
            py,
            shapes: SHAPES.get_or_try_init(py, || Shapes::new(py))?,
            strings: &mut self.strings,
        }
        .record(record)
    }
}

impl<'py> Making<'_, 'py> {
    fn record(&mut self, record: &DocumentRecord) -> PyResult<Bound<'py, PyAny>> {
        let DocumentRecord { id, quotes, error } = record;
        let quotes = self.list(quotes, Self::quote)?;
        let error = match error {
            Some(error) => self.new_str(error)?,
            None => self.none(),
        };
        let values = [self.new_str(id)?, quotes, error];
        self.dict(&self.shapes.record, values)
    }

    fn quote(&mut self, quote: &Quote) -> PyResult<Bound<'py, PyAny>> {
        let Quote {
            text,
            span,
            char_span,
            paragraph,
            sentence,
            kind,
            cue,
            speaker,
            organization,
            stance,
        } = quote;
        let values = [
            self.new_str(text)?,
            self.span(span)?,
            self.span(char_span)?,
            self.number(*paragraph)?,
            self.number(*sentence)?,
            self.shapes
                .quote_kinds
                .name(self.py, *kind as usize, kind.as_str()),
            self.option(cue.as_ref(), Self::cue)?,
            self.option(speaker.as_ref(), Self::speaker)?,
            self.option(organization.as_ref(), Self::organization)?,
            self.stance(stance)?,
        ];
        self.dict(&self.shapes.quote, values)
    }

    fn cue(&mut self, cue: &Cue) -> PyResult<Bound<'py, PyAny>> {
        let Cue { text, span } = cue;
        let values = [self.str(text)?, self.span(span)?];
        self.leaf_dict(&self.shapes.cue, values)
    }

    fn speaker(&mut self, speaker: &Speaker) -> PyResult<Bound<'py, PyAny>> {
        let Speaker {
            name,
            mention,
            span,
            char_span,
            kind,
            resolved_by,
        } = speaker;
        let values = [
            self.str(name)?,
            self.str(mention)?,
            self.span(span)?,
            self.span(char_span)?,
            self.shapes
                .speaker_kinds
                .name(self.py, *kind as usize, kind.as_str()),
            self.shapes
                .resolutions
                .name(self.py, *resolved_by as usize, resolved_by.as_str()),
        ];
        self.leaf_dict(&self.shapes.speaker, values)
    }

    fn organization(&mut self, organization: &Organization) -> PyResult<Bound<'py, PyAny>> {
        let Organization {
            name,
            acronym,
            government,
        } = organization;
        let values = [
            self.str(name)?,
            self.option(acronym.as_deref(), Self::str)?,
            pyo3::types::PyBool::new(self.py, *government)
                .to_owned()
                .into_any(),
        ];
        self.leaf_dict(&self.shapes.organization, values)
    }

    fn stance(&mut self, stance: &Stance) -> PyResult<Bound<'py, PyAny>> {
        let Stance {
            label,
            score,
            evidence,
        } = stance;
        let values = [
            self.shapes
                .labels
                .name(self.py, *label as usize, label.as_str()),
            self.float(*score)?,
            self.list(evidence, Self::evidence)?,
        ];
        self.dict(&self.shapes.stance, values)
    }

    fn evidence(&mut self, evidence: &Evidence) -> PyResult<Bound<'py, PyAny>> {
        let Evidence {
            text,
            span,
            weight,
            rule,
        } = evidence;
        let values = [
            self.str(text)?,
            self.span(span)?,
            self.float(*weight)?,
            self.str(rule)?,
        ];
        self.leaf_dict(&self.shapes.evidence, values)
    }

    fn none(&self) -> Bound<'py, PyAny> {
        self.py.None().into_bound(self.py)
    }

    fn option<T: ?Sized>(
        &mut self,
        value: Option<&T>,
        convert: impl FnOnce(&mut Self, &T) -> PyResult<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        match value {
            Some(value) => convert(self, value),
            None => Ok(self.none()),
        }
    }

    /// A string made anew (long ones seldom repeat).
    fn new_str(&self, text: &str) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: a pointer and length of valid UTF-8; a new reference or NULL with an error set.
        unsafe {
            Bound::from_owned_ptr_or_err(
                self.py,
                ffi::PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as isize),
            )
        }
    }

    /// A string, shared with the same earlier ones when short.
    fn str(&mut self, text: &str) -> PyResult<Bound<'py, PyAny>> {
        if text.len() > SHORT {
            return self.new_str(text);
        }
        if let Some(made) = self.strings.get(text) {
            return Ok(made.bind(self.py).clone());
        }
        if self.strings.len() >= STRINGS {
            self.strings.clear();
        }
        let made = self.new_str(text)?;
        self.strings.insert(text.into(), made.clone().unbind());
        Ok(made)
    }

    fn number(&self, value: usize) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: a new reference or NULL with an error set.
        unsafe { Bound::from_owned_ptr_or_err(self.py, ffi::PyLong_FromSize_t(value)) }
    }

    /// As `serde_json`: what JSON cannot hold (NaN, infinities) is `None`.
    fn float(&self, value: f64) -> PyResult<Bound<'py, PyAny>> {
        if !value.is_finite() {
            return Ok(self.none());
        }
        // SAFETY: a new reference or NULL with an error set.
        unsafe { Bound::from_owned_ptr_or_err(self.py, ffi::PyFloat_FromDouble(value)) }
    }

    /// `[start, end]`, out of the collector's sight.
    fn span(&self, &[start, end]: &[usize; 2]) -> PyResult<Bound<'py, PyAny>> {
        let list = new_list(self.py, [self.number(start)?, self.number(end)?])?;
        untrack(&list);
        Ok(list)
    }

    /// A list of `items` converted each; tracked, as it may be given dicts.
    fn list<T>(
        &mut self,
        items: &[T],
        convert: impl Fn(&mut Self, &T) -> PyResult<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let items = items
            .iter()
            .map(|item| convert(self, item))
            .collect::<PyResult<Vec<_>>>()?;
        new_list(self.py, items)
    }

    /// A dict of `shape`'s keys and these values, in order.
    fn dict<const N: usize>(
        &self,
        shape: &Shape<N>,
        values: [Bound<'py, PyAny>; N],
    ) -> PyResult<Bound<'py, PyAny>> {
        // SAFETY: the template is a live dict; a new reference or NULL with an error set.
        let dict = unsafe {
            Bound::from_owned_ptr_or_err(self.py, ffi::PyDict_Copy(shape.template.as_ptr()))?
        };
        for (key, value) in shape.keys.iter().zip(values) {
            // SAFETY: all three are live objects; `PyDict_SetItem` takes its own references.
            if unsafe { ffi::PyDict_SetItem(dict.as_ptr(), key.as_ptr(), value.as_ptr()) } < 0 {
                return Err(PyErr::fetch(self.py));
            }
        }
        Ok(dict)
    }

    /// A dict of plain values and spans, out of the collector's sight.
    fn leaf_dict<const N: usize>(
        &self,
        shape: &Shape<N>,
        values: [Bound<'py, PyAny>; N],
    ) -> PyResult<Bound<'py, PyAny>> {
        let dict = self.dict(shape, values)?;
        untrack(&dict);
        Ok(dict)
    }
}

/// A list of `items`, made without pyo3's checks on each.
fn new_list<'py>(
    py: Python<'py>,
    items: impl IntoIterator<Item = Bound<'py, PyAny>, IntoIter: ExactSizeIterator>,
) -> PyResult<Bound<'py, PyAny>> {
    let items = items.into_iter();
    let len = ffi::Py_ssize_t::try_from(items.len())
        .map_err(|_| pyo3::exceptions::PyOverflowError::new_err("a list too long for Python"))?;
    // SAFETY: `PyList_New` gives a new reference (or NULL with an error set),
    // whose `len` slots are each filled once, `PyList_SetItem` taking over
    // the item's reference.
    unsafe {
        let list = Bound::from_owned_ptr_or_err(py, ffi::PyList_New(len))?;
        for (n, item) in (0..len).zip(items) {
            ffi::PyList_SetItem(list.as_ptr(), n, item.into_ptr());
        }
        Ok(list)
    }
}

/// Takes a span, or a dict of plain values and spans, out of the collector's
/// sight (a no-op when it is not tracked).
fn untrack(container: &Bound<'_, PyAny>) {
    // SAFETY: `container` is a live GC object (a list or dict just made).
    unsafe { ffi::PyObject_GC_UnTrack(container.as_ptr().cast()) }
}

/// The keys of the record structs and their templates, and the names of the
/// label enums, made once.
struct Shapes {
    record: Shape<3>,
    quote: Shape<10>,
    cue: Shape<2>,
    speaker: Shape<6>,
    organization: Shape<3>,
    stance: Shape<3>,
    evidence: Shape<4>,
    quote_kinds: Names,
    speaker_kinds: Names,
    resolutions: Names,
    labels: Names,
}

static SHAPES: PyOnceLock<Shapes> = PyOnceLock::new();

impl Shapes {
    fn new(py: Python<'_>) -> PyResult<Self> {
        Ok(Shapes {
            record: Shape::new(py, ["id", "quotes", "error"])?,
            quote: Shape::new(
                py,
                [
                    "text",
                    "span",
                    "char_span",
                    "paragraph",
                    "sentence",
                    "kind",
                    "cue",
                    "speaker",
                    "organization",
                    "stance",
                ],
            )?,
            cue: Shape::new(py, ["text", "span"])?,
            speaker: Shape::new(
                py,
                [
                    "name",
                    "mention",
                    "span",
                    "char_span",
                    "kind",
                    "resolved_by",
                ],
            )?,
            organization: Shape::new(py, ["name", "acronym", "government"])?,
            stance: Shape::new(py, ["label", "score", "evidence"])?,
            evidence: Shape::new(py, ["text", "span", "weight", "rule"])?,
            quote_kinds: Names::new(py, QuoteKind::ALL, |&k| k as usize, |k| k.as_str())?,
            speaker_kinds: Names::new(py, SpeakerKind::ALL, |&k| k as usize, |k| k.as_str())?,
            resolutions: Names::new(py, Resolution::ALL, |&k| k as usize, |k| k.as_str())?,
            labels: Names::new(py, StanceLabel::ALL, |&k| k as usize, |k| k.as_str())?,
        })
    }
}

/// A struct's field names as interned strings, and a dict of them all
/// (`None` for each value) to copy.
struct Shape<const N: usize> {
    keys: [Py<PyString>; N],
    template: Py<PyDict>,
}

impl<const N: usize> Shape<N> {
    fn new(py: Python<'_>, names: [&str; N]) -> PyResult<Self> {
        let keys = names.map(|name| PyString::intern(py, name).unbind());
        let template = PyDict::new(py);
        for key in &keys {
            template.set_item(key, py.None())?;
        }
        Ok(Shape {
            keys,
            template: template.unbind(),
        })
    }
}

/// An enum's names by discriminant, as interned strings.
struct Names(Vec<Py<PyString>>);

impl Names {
    fn new<T>(
        py: Python<'_>,
        all: &[T],
        index: impl Fn(&T) -> usize,
        name: impl Fn(&T) -> &'static str,
    ) -> PyResult<Self> {
        let mut names = Vec::with_capacity(all.len());
        for (n, value) in all.iter().enumerate() {
            if index(value) != n {
                return Err(pyo3::exceptions::PyRuntimeError::new_err(format!(
                    "sayso: {:?} is not in declaration order",
                    name(value)
                )));
            }
            names.push(PyString::intern(py, name(value)).unbind());
        }
        Ok(Names(names))
    }

    /// The name of the value of discriminant `index`, whose name is `name`.
    fn name<'py>(&self, py: Python<'py>, index: usize, name: &str) -> Bound<'py, PyAny> {
        match self.0.get(index) {
            Some(made) => made.bind(py).clone().into_any(),
            None => PyString::intern(py, name).into_any(),
        }
    }
}
