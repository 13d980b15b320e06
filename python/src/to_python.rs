//! Records as Python objects, through their serde `Serialize`: the same
//! derive whose `serde_json` bytes the CLI's JSON writer is tested against,
//! so a record's Python value is what `json.loads` gives for its CLI line.
//!
//! As JSON has them: structs and maps are dicts, sequences and tuples (the
//! `[start, end]` spans) lists, unit variants (`"direct"`) strings, `None`
//! and non-finite floats `None`. Struct field names are made into Python
//! strings once and shared by every record.
//!
//! A record of a hundred quotes is over a thousand lists and dicts, which
//! Python's cyclic garbage collector would walk at each of its passes,
//! costing more than making them. As CPython does for the dicts it finds to
//! hold no container, the spans (non-empty lists of numbers) and the dicts
//! whose values are plain values or spans (a cue, a speaker, an evidence
//! item) are taken out of its sight. No cycle can pass through them unless a
//! container is put into a span (a dict given a container is tracked again
//! by Python itself); the dicts and lists that hold dicts, or may be given
//! them (`quotes`, `evidence`, even empty), stay tracked, so a user's
//! back-reference still makes a cycle the collector sees.

use std::cell::RefCell;
use std::fmt;
use std::sync::Mutex;

use pyo3::ffi;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString};
use pyo3::IntoPyObjectExt;
use rustc_hash::{FxBuildHasher, FxHashMap};
use serde::ser::{self, Serialize};

/// `value` as Python objects.
pub fn to_python<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    // Never waited for: Python code run meanwhile (a finalizer, another
    // thread) may convert too, and then gets names of its own.
    let mut shared = NAMES.try_lock();
    let mut own = NameTable::default();
    let names = RefCell::new(match &mut shared {
        Ok(shared) => &mut **shared,
        Err(_) => &mut own,
    });
    value
        .serialize(ToPython { py, names: &names })
        .map_err(|e| e.0)
}

/// Field and variant names as Python strings, by the address (and length)
/// of their `&'static str`.
static NAMES: Mutex<NameTable> = Mutex::new(FxHashMap::with_hasher(FxBuildHasher));

/// A Python error met while building the objects.
#[derive(Debug)]
pub struct Error(PyErr);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(pyo3::exceptions::PyValueError::new_err(msg.to_string()))
    }
}

impl From<PyErr> for Error {
    fn from(e: PyErr) -> Self {
        Error(e)
    }
}

type Result<T> = std::result::Result<T, Error>;

/// Each name's `&'static str` as (address, length), and its Python string.
type NameTable = FxHashMap<(usize, usize), Py<PyString>>;
type Names<'a> = &'a RefCell<&'a mut NameTable>;

#[derive(Clone, Copy)]
struct ToPython<'a, 'py> {
    py: Python<'py>,
    names: Names<'a>,
}

impl<'py> ToPython<'_, 'py> {
    fn object<T: IntoPyObject<'py>>(self, value: T) -> Result<Bound<'py, PyAny>> {
        value.into_bound_py_any(self.py).map_err(Error)
    }

    /// A field or variant name as a Python string, made once.
    fn name(self, name: &'static str) -> Bound<'py, PyString> {
        let address = (name.as_ptr() as usize, name.len());
        let mut names = self.names.borrow_mut();
        if let Some(made) = names.get(&address) {
            return made.bind(self.py).clone();
        }
        let made = PyString::intern(self.py, name);
        names.insert(address, made.clone().unbind());
        made
    }
}

impl<'a, 'py> ser::Serializer for ToPython<'a, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;
    type SerializeSeq = List<'a, 'py>;
    type SerializeTuple = List<'a, 'py>;
    type SerializeTupleStruct = List<'a, 'py>;
    type SerializeTupleVariant = ser::Impossible<Bound<'py, PyAny>, Error>;
    type SerializeMap = Dict<'a, 'py>;
    type SerializeStruct = Dict<'a, 'py>;
    type SerializeStructVariant = ser::Impossible<Bound<'py, PyAny>, Error>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i8(self, v: i8) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i16(self, v: i16) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i32(self, v: i32) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_i64(self, v: i64) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u8(self, v: u8) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u16(self, v: u16) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u32(self, v: u32) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_u64(self, v: u64) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_f32(self, v: f32) -> Result<Self::Ok> {
        self.serialize_f64(f64::from(v))
    }
    /// As `serde_json`: what JSON cannot hold (NaN, infinities) is `null`.
    fn serialize_f64(self, v: f64) -> Result<Self::Ok> {
        if v.is_finite() {
            self.object(v)
        } else {
            self.serialize_none()
        }
    }
    fn serialize_char(self, v: char) -> Result<Self::Ok> {
        self.object(v)
    }
    fn serialize_str(self, v: &str) -> Result<Self::Ok> {
        Ok(PyString::new(self.py, v).into_any())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Self::Ok> {
        self.object(v.to_vec())
    }
    fn serialize_none(self) -> Result<Self::Ok> {
        Ok(self.py.None().into_bound(self.py))
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Self::Ok> {
        self.serialize_none()
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Self::Ok> {
        Ok(self.name(variant).into_any())
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Self::Ok> {
        let dict = PyDict::new(self.py);
        dict.set_item(self.name(variant), value.serialize(self)?)?;
        Ok(dict.into_any())
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<List<'a, 'py>> {
        Ok(List {
            to: self,
            items: Vec::with_capacity(len.unwrap_or(0)),
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<List<'a, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(self, _name: &'static str, len: usize) -> Result<List<'a, 'py>> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(ser::Error::custom(format!(
            "{name}: tuple variants are not records"
        )))
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Dict<'a, 'py>> {
        Ok(Dict {
            to: self,
            dict: PyDict::new(self.py),
            leaf: true,
            pending_key: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Dict<'a, 'py>> {
        self.serialize_map(None)
    }
    fn serialize_struct_variant(
        self,
        name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(ser::Error::custom(format!(
            "{name}: struct variants are not records"
        )))
    }
}

pub struct List<'a, 'py> {
    to: ToPython<'a, 'py>,
    items: Vec<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeSeq for List<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        self.items.push(value.serialize(self.to)?);
        Ok(())
    }

    fn end(self) -> Result<Self::Ok> {
        let span = !self.items.is_empty() && self.items.iter().all(|item| !is_container(item));
        let list = list_of(self.to.py, self.items)?;
        if span {
            untrack(&list);
        }
        Ok(list)
    }
}

impl<'py> ser::SerializeTuple for List<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<Self::Ok> {
        ser::SerializeSeq::end(self)
    }
}

impl<'py> ser::SerializeTupleStruct for List<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        ser::SerializeSeq::serialize_element(self, value)
    }

    fn end(self) -> Result<Self::Ok> {
        ser::SerializeSeq::end(self)
    }
}

pub struct Dict<'a, 'py> {
    to: ToPython<'a, 'py>,
    dict: Bound<'py, PyDict>,
    /// Every value so far is a plain value or an untracked span.
    leaf: bool,
    pending_key: Option<Bound<'py, PyAny>>,
}

impl<'py> ser::SerializeMap for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<()> {
        self.pending_key = Some(key.serialize(self.to)?);
        Ok(())
    }

    fn serialize_value<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<()> {
        let key = self
            .pending_key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a map value without its key"))?;
        let value = value.serialize(self.to)?;
        self.leaf &= is_leaf_value(&value);
        set_item(&self.dict, &key, &value)
    }

    fn end(self) -> Result<Self::Ok> {
        Ok(self.finish())
    }
}

impl<'py> ser::SerializeStruct for Dict<'_, 'py> {
    type Ok = Bound<'py, PyAny>;
    type Error = Error;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<()> {
        let value = value.serialize(self.to)?;
        self.leaf &= is_leaf_value(&value);
        set_item(&self.dict, &self.to.name(name), &value)
    }

    fn end(self) -> Result<Self::Ok> {
        Ok(self.finish())
    }
}

impl<'py> Dict<'_, 'py> {
    fn finish(self) -> Bound<'py, PyAny> {
        let dict = self.dict.into_any();
        if self.leaf {
            untrack(&dict);
        }
        dict
    }
}

/// A list of `items`, made without pyo3's checks on each (a record makes
/// tens of thousands of two-item lists).
fn list_of<'py>(py: Python<'py>, items: Vec<Bound<'py, PyAny>>) -> Result<Bound<'py, PyAny>> {
    let len = ffi::Py_ssize_t::try_from(items.len())
        .map_err(|_| <Error as ser::Error>::custom("a list too long for Python"))?;
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

/// `dict[key] = value`, without pyo3's conversions.
fn set_item(
    dict: &Bound<'_, PyDict>,
    key: &Bound<'_, PyAny>,
    value: &Bound<'_, PyAny>,
) -> Result<()> {
    // SAFETY: all three are live objects; `PyDict_SetItem` takes its own references.
    if unsafe { ffi::PyDict_SetItem(dict.as_ptr(), key.as_ptr(), value.as_ptr()) } < 0 {
        return Err(Error(PyErr::fetch(dict.py())));
    }
    Ok(())
}

/// Whether the garbage collector can see `object` (a list, a dict, …, but
/// not a str, int, float, bool or None): only such objects make cycles.
fn is_container(object: &Bound<'_, PyAny>) -> bool {
    // SAFETY: `object` is a live object, so its type is too.
    unsafe { ffi::PyType_GetFlags(ffi::Py_TYPE(object.as_ptr())) & ffi::Py_TPFLAGS_HAVE_GC != 0 }
}

/// A plain value, or a span made untracked.
fn is_leaf_value(value: &Bound<'_, PyAny>) -> bool {
    if !is_container(value) {
        return true;
    }
    // SAFETY: `value` is a live object.
    value.is_exact_instance_of::<PyList>()
        && unsafe { ffi::PyObject_GC_IsTracked(value.as_ptr()) } == 0
}

/// Takes a span, or a dict of plain values and spans, out of the collector's sight.
fn untrack(container: &Bound<'_, PyAny>) {
    // SAFETY: `container` is a live, tracked GC object (a list or dict just made).
    unsafe { ffi::PyObject_GC_UnTrack(container.as_ptr().cast()) }
}
