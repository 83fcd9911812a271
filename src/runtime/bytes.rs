//! `bytes`, `bytearray` and the buffer protocol they share: the heap payloads, creation,
//! conversion of bytes-like operands, `repr`, hashing, comparison, operators, subscripts and
//! membership, and the constructors. Methods are in `methods/bytes.rs`, codecs in `codecs.rs`,
//! `%`-formatting in `bytes_format.rs`, `memoryview` in `memoryview.rs`; the byte-string
//! algorithms (search, split, case, ...) are in `byteops.rs`.

use std::cell::{Cell, UnsafeCell};

use crate::gc::{HeapData, Tracer, write_barrier};
use crate::interp::bytecode::{BinOpKind, CmpKind};
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

// ---------------------------------------------------------------------------------------------
// payloads

/// An immutable byte string; the hash is computed on first use (CPython's value).
pub struct BytesObj {
    pub data: Box<[u8]>,
    pub hash: Cell<i64>,
}

// SAFETY: kind Bytes is used only by BytesObj; it holds no Values.
unsafe impl HeapData for BytesObj {
    const KIND: Kind = Kind::Bytes;
    fn trace(&mut self, _: &mut Tracer) {}
    fn extra_bytes(&self) -> usize {
        crate::gc::malloc_bytes(self.data.len())
    }
}

/// A mutable byte string. The buffer is reached only through the short accessors below, which
/// run no Python code (the module rule of `runtime::object`).
pub struct ByteArrayObj {
    data: UnsafeCell<Vec<u8>>,
    /// Memoryviews made over it and not released, and how many of those a `with` block
    /// holds (`runtime::buffer_exports`).
    pub exports: Cell<u32>,
    pub held: Cell<u32>,
}

impl ByteArrayObj {
    pub fn new(data: Vec<u8>) -> ByteArrayObj {
        ByteArrayObj {
            data: UnsafeCell::new(data),
            exports: Cell::new(0),
            held: Cell::new(0),
        }
    }
    pub fn len(&self) -> usize {
        // SAFETY: no reference into the vector escapes any ByteArrayObj method.
        unsafe { (*self.data.get()).len() }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// A copy of the bytes (safe to hold while running Python code).
    pub fn to_vec(&self) -> Vec<u8> {
        // SAFETY: as in `len`.
        unsafe { (*self.data.get()).clone() }
    }
    /// Runs `f` with shared access to the bytes; `f` must not run Python code.
    pub fn with<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        // SAFETY: the borrow lives only for `f`, which by contract cannot reach this object.
        unsafe { f(&*self.data.get()) }
    }
    /// The bytes, borrowed for as long as the caller chooses (the host-function parameters of
    /// `api::borrowed`, which hold the engine shared meanwhile).
    ///
    /// # Safety
    /// While the slice lives, nothing may change this bytearray: the caller must hold a shared
    /// borrow of the engine that owns it for that long, since only code holding the engine
    /// exclusively (a script operation, through `with_mut`) changes a bytearray.
    pub unsafe fn bytes_unchecked(&self) -> &[u8] {
        // SAFETY: the caller promises no `with_mut` runs while the slice lives.
        unsafe { &*self.data.get() }
    }
    /// Runs `f` with exclusive access to the bytes; `f` must not run Python code. A change of
    /// capacity is accounted in the heap's bytes.
    pub fn with_mut<R>(&self, f: impl FnOnce(&mut Vec<u8>) -> R) -> R {
        let addr = self as *const ByteArrayObj as usize;
        // A byte buffer holds no references, but the barrier keeps the card rule simple.
        write_barrier(addr);
        // SAFETY: as in `with`.
        let data = unsafe { &mut *self.data.get() };
        let before = data.capacity();
        let r = f(data);
        crate::gc::note_buffer_resize(addr, before, data.capacity());
        r
    }
}

// SAFETY: kind ByteArray is used only by ByteArrayObj; it holds no Values.
unsafe impl HeapData for ByteArrayObj {
    const KIND: Kind = Kind::ByteArray;
    fn trace(&mut self, _: &mut Tracer) {}
    fn extra_bytes(&self) -> usize {
        // SAFETY: as in `len`.
        crate::gc::malloc_bytes(unsafe { (*self.data.get()).capacity() })
    }
}

/// A read view of a bytes or bytearray object: items `start + k * step` for `k < len` of the
/// underlying buffer. (Resizing a bytearray under a live view raises BufferError as in
/// CPython, but a view pyrite cannot see as live may let it through (see
/// `runtime::buffer_exports`), so every read is bounds-checked against the buffer's current
/// length.) Made by `MemoryViewObj::over`, which counts the export.
pub struct MemoryViewObj {
    pub obj: Value,
    pub start: usize,
    pub step: isize,
    pub len: usize,
    pub released: Cell<bool>,
    /// `__enter__` ran: a `with` block holds the view until it releases it.
    pub entered: Cell<bool>,
}

// SAFETY: kind MemoryView is used only by MemoryViewObj; trace visits its one Value.
unsafe impl HeapData for MemoryViewObj {
    const KIND: Kind = Kind::MemoryView;
    fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.obj);
    }
}

// ---------------------------------------------------------------------------------------------
// buffers

/// Runs `f` over the bytes of a bytes, bytearray or memoryview value (not of subclass
/// instances: see `Vm::buffer_of`). `None` for other values.
pub(crate) fn with_buffer<R>(v: Value, f: impl FnOnce(&[u8]) -> R) -> Option<R> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Some(f(&b.data));
    }
    if let Some(b) = v.downcast::<ByteArrayObj>() {
        return Some(b.with(f));
    }
    if let Some(m) = v.downcast::<MemoryViewObj>() {
        // A contiguous view of a bytes or bytearray: its bytes borrowed where they lie.
        let contiguous = m.step == 1 && !m.released.get();
        let end = m.start.saturating_add(m.len);
        if contiguous && let Some(b) = m.obj.downcast::<BytesObj>() {
            return Some(match b.data.get(m.start..end) {
                Some(part) => f(part),
                None => f(&view_bytes(&m, &b.data)),
            });
        }
        if contiguous && let Some(b) = m.obj.downcast::<ByteArrayObj>() {
            return Some(b.with(|all| match all.get(m.start..end) {
                Some(part) => f(part),
                None => f(&view_bytes(&m, all)),
            }));
        }
        let data = memoryview_bytes(&m);
        return Some(f(&data));
    }
    None
}

/// Byte `i` of a bytes, bytearray or memoryview value (what their iterators step through).
pub(crate) fn byte_at(v: Value, i: usize) -> Option<u8> {
    if let Some(m) = v.downcast::<MemoryViewObj>() {
        if m.released.get() || i >= m.len {
            return None;
        }
        let at = usize::try_from(m.start as isize + i as isize * m.step).ok()?;
        return byte_at(m.obj, at);
    }
    with_buffer(v, |b| b.get(i).copied()).flatten()
}

/// The bytes a memoryview shows (empty once released).
pub(crate) fn memoryview_bytes(m: &MemoryViewObj) -> Vec<u8> {
    if m.released.get() {
        return Vec::new();
    }
    with_buffer(m.obj, |all| view_bytes(m, all)).unwrap_or_default()
}

/// The bytes `m` shows of `all`, its object's bytes.
fn view_bytes(m: &MemoryViewObj, all: &[u8]) -> Vec<u8> {
    (0..m.len)
        .filter_map(|k| {
            let i = m.start as isize + k as isize * m.step;
            usize::try_from(i).ok().and_then(|i| all.get(i).copied())
        })
        .collect()
}

/// A view CPython 3.11 does not flag C-contiguous (`MV_CONTIGUOUS_NDIM1`: one item, or a step
/// of 1; an empty view with another step is not contiguous either), which a simple buffer
/// request refuses.
pub(crate) fn is_strided(m: &MemoryViewObj) -> bool {
    m.step != 1 && m.len != 1
}

/// A memoryview a simple buffer request refuses: released, or not C-contiguous (`is_strided`).
pub(crate) fn refuses_simple_buffer(v: Value) -> bool {
    v.downcast::<MemoryViewObj>()
        .is_some_and(|m| m.released.get() || is_strided(&m))
}

/// True for bytes, bytearray and memoryview values.
pub(crate) fn is_buffer(v: Value) -> bool {
    v.downcast::<BytesObj>().is_some()
        || v.downcast::<ByteArrayObj>().is_some()
        || v.downcast::<MemoryViewObj>().is_some()
}

/// `x == y` for two bytes-like values (bytes, bytearray, memoryview in any mix); `None` when
/// either is something else.
pub(crate) fn buffers_equal(x: Value, y: Value) -> Option<bool> {
    if !is_buffer(x) || !is_buffer(y) {
        return None;
    }
    let a = with_buffer(x, |b| b.to_vec())?;
    with_buffer(y, |b| a == b)
}

/// CPython's `repr` of a byte string body with its quotes (`b'...'` without the `b`).
pub(crate) fn quoted_repr(data: &[u8]) -> String {
    let quote = crate::runtime::strops::repr_quote(data.contains(&b'\''), data.contains(&b'"'));
    quoted_repr_with(data, quote)
}

/// `quoted_repr` with the quote given (chosen from a whole of which `data` is the head).
pub(crate) fn quoted_repr_with(data: &[u8], quote: char) -> String {
    let mut out = String::with_capacity(data.len() + 2);
    out.push(quote);
    for &c in data {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            c if !(0x20..0x7f).contains(&c) => {
                out.push_str(&format!("\\x{c:02x}"));
            }
            c => out.push(c as char),
        }
    }
    out.push(quote);
    out
}

/// The repr of an instance `v` of a user subclass of bytes or bytearray whose payload is `p`:
/// bytes shows the bytes alone, bytearray names the instance's class (`Buf(b'..')`).
pub(crate) fn subclass_buffer_repr(vm: &mut Vm, v: Value, p: Value) -> Option<String> {
    if let Some(b) = p.downcast::<ByteArrayObj>() {
        let body = b.with(quoted_repr);
        return Some(format!("{}(b{body})", type_name(vm, v)));
    }
    buffer_repr(vm, p)
}

/// `repr(b)` for bytes (`b'..'`), bytearray (`bytearray(b'..')`) and memoryview; `None` for
/// other values.
pub(crate) fn buffer_repr(vm: &mut Vm, v: Value) -> Option<String> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Some(format!("b{}", quoted_repr(&b.data)));
    }
    if let Some(b) = v.downcast::<ByteArrayObj>() {
        return Some(format!("bytearray(b{})", b.with(quoted_repr)));
    }
    if let Some(m) = v.downcast::<MemoryViewObj>() {
        let state = if m.released.get() { "released memory" } else { "memory" };
        let id = vm.id_of(v);
        return Some(format!("<{state} at {id:#x}>"));
    }
    None
}

impl Vm {
    pub(crate) fn new_bytes(&mut self, data: Vec<u8>) -> Value {
        self.heap
            .alloc(BytesObj {
                data: data.into_boxed_slice(),
                hash: Cell::new(-1),
            })
            .value()
    }

    pub(crate) fn new_bytearray(&mut self, data: Vec<u8>) -> Value {
        self.heap.alloc(ByteArrayObj::new(data)).value()
    }

    /// A new bytearray when `like` is one (or a subclass instance of one), else a new bytes:
    /// what the methods shared by both types return.
    pub(crate) fn new_bytes_like(&mut self, like: Value, data: Vec<u8>) -> Value {
        if like.downcast::<ByteArrayObj>().is_some() {
            self.new_bytearray(data)
        } else {
            self.new_bytes(data)
        }
    }

    /// A copy of the bytes of any bytes-like value (including instances of user subclasses of
    /// bytes and bytearray) as a simple buffer request (`PyBUF_SIMPLE`, what most functions
    /// taking a bytes-like argument make) gets them; `None` for other values. A view that is
    /// not C-contiguous is refused with CPython's BufferError, a released one with its
    /// ValueError. (`buffer_of_any` takes any view; `contiguous_buffer_of` turns a refusal into
    /// `None` for callers that raise their own TypeError.)
    pub(crate) fn buffer_of(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        self.check_simple_buffer(v)?;
        self.buffer_of_any(v)
    }

    /// CPython's refusals of a simple buffer request (`PyBUF_SIMPLE`) for a memoryview:
    /// ValueError for a released view, BufferError for one that is not C-contiguous
    /// (`is_strided`). Nothing for other values.
    pub(crate) fn check_simple_buffer(&mut self, v: Value) -> PyResult<()> {
        if let Some(m) = v.downcast::<MemoryViewObj>() {
            self.check_released(&m)?;
            if is_strided(&m) {
                let c = self.types.BufferError;
                return Err(self.raise_msg(c, "memoryview: underlying buffer is not C-contiguous"));
            }
        }
        Ok(())
    }

    /// `buffer_of`, but `None` for a view it would refuse: for the callers whose failed
    /// buffer request CPython reports as their own TypeError (`+`, `join`, `str(b, enc)`, ...).
    pub(crate) fn contiguous_buffer_of(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        if refuses_simple_buffer(v) {
            return Ok(None);
        }
        self.buffer_of_any(v)
    }

    /// A copy of the bytes of any bytes-like value, a strided view's gathered in order
    /// (CPython's `PyBUF_FULL_RO` request and `PyBuffer_ToContiguous`: `bytes(m)`,
    /// `bytearray(m)`, `%b`, `int.from_bytes`); a released view raises ValueError.
    pub(crate) fn buffer_of_any(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        if is_buffer(v) {
            if let Some(m) = v.downcast::<MemoryViewObj>() {
                self.check_released(&m)?;
            }
            return self.buffer_copy(v);
        }
        match self.payload_of(v) {
            Some(p) => self.buffer_copy(p),
            None => Ok(None),
        }
    }

    /// A copy of the bytes of a bytes, bytearray or memoryview value (`None` for others): one
    /// longer than a chunk (or a strided view's) made a metered chunk at a time.
    fn buffer_copy(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        if let Some(copy) = self.strided_copy(v)? {
            return Ok(Some(copy));
        }
        match with_buffer(v, <[u8]>::len) {
            None => Ok(None),
            Some(n) if n <= crate::runtime::work_meter::TEXT_CHUNK => Ok(with_buffer(v, <[u8]>::to_vec)),
            Some(n) => {
                let mut out = self.reserved(n)?;
                with_buffer(v, |d| self.extend_metered(&mut out, d)).transpose()?;
                Ok(Some(out))
            }
        }
    }

    /// `buffer_of`, or CPython's "a bytes-like object is required, not 'T'".
    pub(crate) fn need_buffer(&mut self, v: Value) -> PyResult<Vec<u8>> {
        match self.buffer_of(v)? {
            Some(b) => Ok(b),
            None => {
                let msg = format!("a bytes-like object is required, not '{}'", type_name(self, v));
                Err(self.type_error(msg))
            }
        }
    }

    /// An int in `0..256` (`__index__` honoured), with CPython's errors: TypeError for a
    /// non-integer, ValueError `range_msg` outside the range.
    pub(crate) fn byte_value(&mut self, v: Value, range_msg: &str) -> PyResult<u8> {
        match self.index_big(v)? {
            Some(i) => match u8::try_from(&i) {
                Ok(b) => Ok(b),
                Err(_) => Err(self.value_error(range_msg)),
            },
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(self, v));
                Err(self.type_error(msg))
            }
        }
    }

    /// The bytes of `x` as `bytes(x)` (CPython's `PyObject_Bytes`, for `int.from_bytes`).
    pub(crate) fn bytes_of_object(&mut self, x: Value) -> PyResult<Vec<u8>> {
        if self.unwrap_payload(x).downcast::<StrObj>().is_some() {
            return Err(self.type_error("cannot convert 'str' object to bytes"));
        }
        if crate::runtime::ops::is_user_object(x)
            && let Some(m) = self.lookup_special(x, "__bytes__")
        {
            let r = self.call_function(m, &[x])?;
            return match self
                .buffer_of(r)?
                .filter(|_| self.unwrap_payload(r).downcast::<BytesObj>().is_some())
            {
                Some(b) => Ok(b),
                None => {
                    let msg = format!("__bytes__ returned non-bytes (type {})", type_name(self, r));
                    Err(self.type_error(msg))
                }
            };
        }
        self.bytes_from_object(x, "bytes", "bytes must be in range(0, 256)")
    }

    /// The bytes of `x` as `bytes(x)`/`bytearray(x)` take them from an iterable or a buffer
    /// (not from an int or str: the constructors handle those first).
    fn bytes_from_object(&mut self, x: Value, tname: &str, range_msg: &str) -> PyResult<Vec<u8>> {
        if let Some(b) = self.buffer_of_any(x)? {
            return Ok(b);
        }
        if !self.is_any_iterable(x) {
            let msg = format!("cannot convert '{}' object to {tname}", type_name(self, x));
            return Err(self.type_error(msg));
        }
        let items = self.collect_iterable(x)?;
        let mut out = self.reserved(items.len())?;
        for item in items {
            out.push(self.byte_value(item, range_msg)?);
        }
        Ok(out)
    }

    /// A zero-filled buffer of `n` bytes for `bytes(n)` / `bytearray(n)`.
    fn zeroed_bytes(&mut self, n: Value, tname: &str) -> PyResult<Vec<u8>> {
        let Some(i) = self.as_i64(n) else {
            let msg = format!("cannot fit '{}' into an index-sized integer", type_name(self, n));
            return Err(self.overflow_error(msg));
        };
        if i < 0 {
            return Err(self.value_error("negative count"));
        }
        let n = i as usize;
        self.check_bytes_size(n, tname == "bytes")?;
        let mut v = self.reserved(n)?;
        v.resize(n, 0);
        Ok(v)
    }

    /// The source/encoding/errors arguments shared by `bytes()` and `bytearray()`, resolved to
    /// the initial contents.
    fn bytes_ctor_contents(&mut self, args: &[Value], kw: Kw, tname: &str, range_msg: &str) -> PyResult<Vec<u8>> {
        let mut kws = [None; 3];
        for &(k, v) in kw {
            let ks = self.str_of(k);
            match ["source", "encoding", "errors"].iter().position(|n| *n == ks) {
                Some(i) => {
                    if let Some(slot) = kws.get_mut(i) {
                        *slot = Some(v);
                    }
                }
                None => {
                    let msg = format!("'{ks}' is an invalid keyword argument for {tname}()");
                    return Err(self.type_error(msg));
                }
            }
        }
        let [source_kw, encoding_kw, errors_kw] = kws;
        if args.len() > 3 {
            let msg = format!("{tname}() takes at most 3 arguments ({} given)", args.len() + kw.len());
            return Err(self.type_error(msg));
        }
        let source = args.first().copied().or(source_kw);
        let encoding = args.get(1).copied().or(encoding_kw);
        let errors = args.get(2).copied().or(errors_kw);
        let encoding = match encoding {
            Some(e) => Some(self.str_arg(e, tname, "encoding", 2)?),
            None => None,
        };
        let errors = match errors {
            Some(e) => Some(self.str_arg(e, tname, "errors", 3)?),
            None => None,
        };
        let Some(x) = source else {
            if encoding.is_some() {
                return Err(self.type_error("encoding without a string argument"));
            }
            if errors.is_some() {
                return Err(self.type_error("errors without a string argument"));
            }
            return Ok(Vec::new());
        };
        let is_str = self.unwrap_payload(x).downcast::<StrObj>().is_some();
        if let Some(enc) = encoding {
            if !is_str {
                return Err(self.type_error("encoding without a string argument"));
            }
            let xs = self.unwrap_payload(x);
            let s = self.str_of(xs);
            return self.encode_str(&s, &enc, errors.as_deref());
        }
        if errors.is_some() {
            return Err(self.type_error(if is_str {
                "string argument without an encoding"
            } else {
                "errors without a string argument"
            }));
        }
        if tname == "bytes"
            && crate::runtime::ops::is_user_object(x)
            && let Some(m) = self.lookup_special(x, "__bytes__")
        {
            let r = self.call_function(m, &[x])?;
            return match r.downcast::<BytesObj>() {
                Some(b) => Ok(b.data.to_vec()),
                None => match self.payload_of(r).and_then(|p| p.downcast::<BytesObj>()) {
                    Some(b) => Ok(b.data.to_vec()),
                    None => {
                        let msg = format!("__bytes__ returned non-bytes (type {})", type_name(self, r));
                        Err(self.type_error(msg))
                    }
                },
            };
        }
        if is_str {
            return Err(self.type_error("string argument without an encoding"));
        }
        if self.is_int_like(x) {
            return self.zeroed_bytes(x, tname);
        }
        if crate::runtime::ops::is_user_object(x)
            && self.lookup_special(x, "__index__").is_some()
            && let Some(i) = self.index_big(x)?
        {
            let n = self.new_int(i);
            return self.zeroed_bytes(n, tname);
        }
        self.bytes_from_object(x, tname, range_msg)
    }

    /// A str argument of a constructor or method, with CPython's argument-type error.
    pub(crate) fn str_arg(&mut self, v: Value, fname: &str, what: &str, pos: usize) -> PyResult<String> {
        let p = self.unwrap_payload(v);
        match p.downcast::<StrObj>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let msg = format!("{fname}() argument '{what}' must be str, not {}", type_name(self, v));
                let _ = pos;
                Err(self.type_error(msg))
            }
        }
    }

    /// `int(b, base)` for a bytes-like `b`: its ASCII text parsed as for a str, with the bytes'
    /// repr in the error message; `None` for other values and for a view a simple buffer
    /// request refuses (`int()` reports those as its TypeError).
    pub(crate) fn int_from_buffer(&mut self, x: Value, base: u32) -> PyResult<Option<Value>> {
        let Some(data) = self.contiguous_buffer_of(x)? else {
            return Ok(None);
        };
        let parsed = if data.is_ascii() {
            let text: String = data.iter().map(|&c| c as char).collect();
            let limit = self.decimal_to_int_limit(text.len())?;
            match crate::runtime::num::parse_int(&text, base, limit) {
                Ok(i) => Some(i),
                // Other errors (the digit limit) are the str parser's own.
                Err(e) if !e.msg.starts_with("invalid literal") => return Err(self.num_error(e)),
                Err(_) => None,
            }
        } else {
            None
        };
        match parsed {
            Some(i) => Ok(Some(self.new_int(i))),
            None => {
                let msg = format!("invalid literal for int() with base {base}: b{}", quoted_repr(&data));
                Err(self.value_error(msg))
            }
        }
    }

    /// `float(b)` for a bytes-like `b`; `None` for other values and for a view a simple buffer
    /// request refuses (`float()` reports those as its TypeError).
    pub(crate) fn float_from_buffer(&mut self, x: Value) -> PyResult<Option<Value>> {
        let Some(data) = self.contiguous_buffer_of(x)? else {
            return Ok(None);
        };
        let parsed = if data.is_ascii() {
            let text: String = data.iter().map(|&c| c as char).collect();
            crate::runtime::num::parse_float(&text).ok()
        } else {
            None
        };
        match parsed {
            Some(f) => Ok(Some(Value::float(f))),
            None => {
                // CPython shows the argument's repr (a view's is `<memory at ...>`).
                let shown = if x.downcast::<MemoryViewObj>().is_some() {
                    self.repr(x)?
                } else {
                    format!("b{}", quoted_repr(&data))
                };
                let msg = format!("could not convert string to float: {shown}");
                Err(self.value_error(msg))
            }
        }
    }

    // ----- operators ------------------------------------------------------------------------

    /// `+`, `*` and `%` with a bytes or bytearray operand; `None` when they do not apply.
    pub(crate) fn bytes_binary_op(&mut self, kind: BinOpKind, x: Value, y: Value) -> PyResult<Option<Value>> {
        let x_bytes = x.downcast::<BytesObj>().is_some() || x.downcast::<ByteArrayObj>().is_some();
        let y_bytes = y.downcast::<BytesObj>().is_some() || y.downcast::<ByteArrayObj>().is_some();
        if !x_bytes && !y_bytes {
            return Ok(None);
        }
        match kind {
            BinOpKind::Add if x_bytes => {
                let Some(b) = self.contiguous_buffer_of(y)? else {
                    if crate::runtime::ops::is_user_object(y) && self.lookup_special(y, "__radd__").is_some() {
                        return Ok(None);
                    }
                    let msg = format!("can't concat {} to {}", type_name(self, y), type_name(self, x));
                    return Err(self.type_error(msg));
                };
                let Some(a_len) = with_buffer(x, <[u8]>::len) else {
                    return Err(self.system_error("internal error: expected bytes operand"));
                };
                let total = a_len.saturating_add(b.len());
                self.check_size(total)?;
                let mut out = self.reserved(total)?;
                // Copied a metered chunk at a time (a charge runs no script code, so neither
                // operand changes meanwhile).
                let mut p = crate::runtime::work_meter::Pass::new(total);
                if let Some(r) = with_buffer(x, |a| self.extend_in(&mut p, &mut out, a)) {
                    r?;
                }
                self.extend_in(&mut p, &mut out, &b)?;
                Ok(Some(self.new_bytes_like(x, out)))
            }
            BinOpKind::Mul => {
                let (seq, n) = if x_bytes { (x, y) } else { (y, x) };
                if !self.is_int_like(n) {
                    return Ok(None);
                }
                let Some(count) = self.as_i64(n) else {
                    let msg = format!("cannot fit '{}' into an index-sized integer", type_name(self, n));
                    return Err(self.overflow_error(msg));
                };
                let is_bytes = seq.downcast::<ByteArrayObj>().is_none();
                let Some(r) = with_buffer(seq, |data| self.repeat_bytes(data, count, is_bytes)) else {
                    return Err(self.system_error("internal error: expected bytes operand"));
                };
                let r = r?;
                Ok(Some(self.new_bytes_like(seq, r)))
            }
            BinOpKind::Mod if x_bytes => {
                let Some(fmt) = self.buffer_of(x)? else {
                    return Err(self.system_error("internal error: expected bytes operand"));
                };
                let r = self.bytes_percent_format(&fmt, y)?;
                Ok(Some(self.new_bytes_like(x, r)))
            }
            _ => Ok(None),
        }
    }

    /// `data * count` (a bytes result when `is_bytes`, else a bytearray) with the size limit
    /// and a fallible allocation: CPython's `bytes_repeat` raises OverflowError when the
    /// length passes `sys.maxsize`, `bytearray_repeat` MemoryError.
    pub(crate) fn repeat_bytes(&mut self, data: &[u8], count: i64, is_bytes: bool) -> PyResult<Vec<u8>> {
        let count = count.max(0) as usize;
        let total = data.len().checked_mul(count).filter(|&n| n <= isize::MAX as usize);
        let total = match total {
            Some(n) => n,
            None if is_bytes => return Err(self.overflow_error("repeated bytes are too long")),
            None => return Err(self.memory_error()),
        };
        self.check_size(total)?;
        let mut out = self.reserved(total)?;
        self.repeat_into(&mut out, data, total)?;
        Ok(out)
    }

    /// `x += y` / `x *= y` on a bytearray: in place; `None` for other operands.
    pub(crate) fn bytearray_inplace(&mut self, kind: BinOpKind, x: Value, y: Value) -> PyResult<Option<Value>> {
        let Some(ba) = x.downcast::<ByteArrayObj>() else {
            return Ok(None);
        };
        match kind {
            BinOpKind::Add => {
                if x == y {
                    // CPython holds an export of the right operand while it resizes the left.
                    let c = self.types.BufferError;
                    return Err(self.raise_msg(c, "Existing exports of data: object cannot be re-sized"));
                }
                let Some(b) = self.contiguous_buffer_of(y)? else {
                    let msg = format!("can't concat {} to bytearray", type_name(self, y));
                    return Err(self.type_error(msg));
                };
                self.check_size(ba.len().saturating_add(b.len()))?;
                self.check_bytearray_resize(ba, ba.len() + b.len())?;
                ba.with_mut(|v| v.extend_from_slice(&b));
                Ok(Some(x))
            }
            BinOpKind::Mul if self.is_int_like(y) => {
                let Some(count) = self.as_i64(y) else {
                    let msg = format!("cannot fit '{}' into an index-sized integer", type_name(self, y));
                    return Err(self.overflow_error(msg));
                };
                let data = ba.to_vec();
                let r = self.repeat_bytes(&data, count, false)?;
                self.check_bytearray_resize(ba, r.len())?;
                ba.with_mut(|v| *v = r);
                Ok(Some(x))
            }
            _ => Ok(None),
        }
    }

    /// Comparison of two byte strings (bytes, bytearray or memoryview on either side; a
    /// memoryview only for `==`/`!=`); `None` when the types do not compare.
    /// Long operands are compared a metered chunk at a time (`cmp_text`).
    pub(crate) fn bytes_compare(&mut self, kind: CmpKind, x: Value, y: Value) -> Option<PyResult<bool>> {
        if !is_buffer(x) || !is_buffer(y) {
            return None;
        }
        let eq_only = matches!(kind, CmpKind::Eq | CmpKind::Ne);
        let views = x.downcast::<MemoryViewObj>().is_some() || y.downcast::<MemoryViewObj>().is_some();
        if views && !eq_only {
            return None;
        }
        // Both buffers borrowed while they are compared: the charges between chunks run no
        // script code, so neither can change meanwhile.
        // A strided view's bytes are copied first (a metered chunk at a time).
        let (xs, ys) = match (self.strided_copy(x), self.strided_copy(y)) {
            (Ok(xs), Ok(ys)) => (xs, ys),
            (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
        };
        let ord = match (xs.as_deref(), ys.as_deref()) {
            (Some(a), Some(b)) => Some(self.cmp_text(a, b, eq_only)),
            (Some(a), None) => with_buffer(y, |b| self.cmp_text(a, b, eq_only)),
            (None, Some(b)) => with_buffer(x, |a| self.cmp_text(a, b, eq_only)),
            (None, None) => with_buffer(x, |a| with_buffer(y, |b| self.cmp_text(a, b, eq_only))).flatten(),
        }?;
        Some(ord.map(|o| kind.test(o)))
    }

    /// `hash(b)` for bytes; `None` for other values.
    pub(crate) fn bytes_hash(&mut self, v: Value) -> Option<PyResult<i64>> {
        if let Some(b) = v.downcast::<BytesObj>() {
            let h = b.hash.get();
            if h != -1 {
                return Some(Ok(h));
            }
            let h = match self.hash_data(&b.data) {
                Ok(h) => h,
                Err(e) => return Some(Err(e)),
            };
            b.hash.set(h);
            return Some(Ok(h));
        }
        if v.downcast::<ByteArrayObj>().is_some() {
            return Some(Err(self.type_error("unhashable type: 'bytearray'")));
        }
        if let Some(m) = v.downcast::<MemoryViewObj>() {
            if let Err(e) = self.check_released(&m) {
                return Some(Err(e));
            }
            if m.obj.downcast::<ByteArrayObj>().is_some() {
                return Some(Err(self.value_error("cannot hash writable memoryview object")));
            }
            return match self.strided_copy(v) {
                Ok(Some(data)) => Some(self.hash_data(&data)),
                Ok(None) => with_buffer(v, |data| self.hash_data(data)),
                Err(e) => Some(Err(e)),
            };
        }
        None
    }

    /// The hash of a byte string; a long one is hashed a metered chunk at a time.
    fn hash_data(&mut self, data: &[u8]) -> PyResult<i64> {
        if data.len() <= crate::runtime::work_meter::TEXT_CHUNK {
            return Ok(crate::runtime::hash::hash_bytes(data));
        }
        let mut h = crate::runtime::hash::TextHash::new();
        self.bytes_pass(data.len(), |r| {
            h.write(data.get(r).unwrap_or_default());
            std::ops::ControlFlow::<()>::Continue(())
        })?;
        Ok(h.finish())
    }

    // ----- subscripts and membership --------------------------------------------------------

    /// `b[i]` / `b[i:j:k]` for bytes and bytearray; `None` for other values.
    pub(crate) fn bytes_getitem(&mut self, obj: Value, i: Value) -> PyResult<Option<Value>> {
        let (len, tname) = if let Some(b) = obj.downcast::<BytesObj>() {
            (b.data.len(), "byte")
        } else if let Some(b) = obj.downcast::<ByteArrayObj>() {
            (b.len(), "bytearray")
        } else {
            return Ok(None);
        };
        if let Some(sl) = i.downcast::<SliceObj>() {
            // The length as it is once the bounds' `__index__` methods have run.
            let r = self.slice_range_with(sl, || with_buffer(obj, |b| b.len()).unwrap_or(0))?;
            // Copied a metered chunk at a time (a charge runs no script code, so a bytearray
            // cannot change meanwhile).
            let out = with_buffer(obj, |b| self.pick_items(b, &r)).unwrap_or(Ok(Vec::new()))?;
            return Ok(Some(self.new_bytes_like(obj, out)));
        }
        let what = format!("{tname} indices must be integers or slices, not {{}}");
        let idx = self.index_of(i, &what)?;
        let n = len as i64;
        let k = if idx < 0 { idx + n } else { idx };
        let byte = if (0..n).contains(&k) {
            with_buffer(obj, |b| b.get(k as usize).copied()).flatten()
        } else {
            None
        };
        match byte {
            Some(c) => Ok(Some(Value::inline_int(c as i64))),
            None => Err(self.index_error(if tname == "byte" {
                "index out of range"
            } else {
                "bytearray index out of range"
            })),
        }
    }

    /// `ba[i] = v` / `ba[i:j:k] = v` for a bytearray.
    pub(crate) fn bytearray_setitem(&mut self, ba: crate::gc::Gc<ByteArrayObj>, i: Value, v: Value) -> PyResult<()> {
        if let Some(sl) = i.downcast::<SliceObj>() {
            let items = if self.is_int_like(v) || v.is_none() || v.is_float() {
                return Err(self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            } else if let Some(b) = self.buffer_of_any(v)? {
                // `PyByteArray_FromObject`: any buffer, a strided view's gathered.
                b
            } else if self.unwrap_payload(v).downcast::<StrObj>().is_some() {
                return Err(self.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)"));
            } else {
                self.bytes_from_object(v, "bytearray", "byte must be in range(0, 256)")?
            };
            let r = self.slice_range_with(sl, || ba.len())?;
            if r.step == 1 {
                let start = r.start.clamp(0, ba.len() as i64) as usize;
                let end = start + r.len;
                self.check_bytearray_resize(ba, ba.len().saturating_sub(r.len).saturating_add(items.len()))?;
                ba.with_mut(|vec| {
                    // In bounds (the length was read after the bounds' `__index__` calls);
                    // clamped all the same.
                    let end = end.min(vec.len());
                    vec.splice(start.min(end)..end, items);
                });
                return Ok(());
            }
            if items.is_empty() {
                // CPython deletes an extended slice assigned nothing.
                return self.bytearray_delete_range(ba, &r);
            }
            if items.len() != r.len {
                let msg = format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    items.len(),
                    r.len
                );
                return Err(self.value_error(msg));
            }
            let idx: Vec<usize> = r.indices().collect();
            ba.with_mut(|vec| {
                for (k, b) in idx.into_iter().zip(items) {
                    if let Some(slot) = vec.get_mut(k) {
                        *slot = b;
                    }
                }
            });
            return Ok(());
        }
        let idx = self.index_of(i, "bytearray indices must be integers or slices, not {}")?;
        let b = self.byte_value(v, "byte must be in range(0, 256)")?;
        let n = ba.len() as i64;
        let k = if idx < 0 { idx + n } else { idx };
        if k < 0 || k >= n {
            return Err(self.index_error("bytearray index out of range"));
        }
        ba.with_mut(|vec| {
            if let Some(slot) = vec.get_mut(k as usize) {
                *slot = b;
            }
        });
        Ok(())
    }

    /// `del ba[i]` / `del ba[i:j:k]` for a bytearray.
    pub(crate) fn bytearray_delitem(&mut self, ba: crate::gc::Gc<ByteArrayObj>, i: Value) -> PyResult<()> {
        if let Some(sl) = i.downcast::<SliceObj>() {
            let r = self.slice_range_with(sl, || ba.len())?;
            return self.bytearray_delete_range(ba, &r);
        }
        let idx = self.index_of(i, "bytearray indices must be integers or slices, not {}")?;
        let n = ba.len() as i64;
        let k = if idx < 0 { idx + n } else { idx };
        if k < 0 || k >= n {
            return Err(self.index_error("bytearray index out of range"));
        }
        self.check_bytearray_resize(ba, ba.len() - 1)?;
        ba.with_mut(|vec| vec.remove(k as usize));
        Ok(())
    }

    /// Deletes the items of `r` (a slice resolved against `ba`) from `ba`.
    fn bytearray_delete_range(
        &mut self,
        ba: crate::gc::Gc<ByteArrayObj>,
        r: &crate::runtime::access::SliceRange,
    ) -> PyResult<()> {
        self.check_bytearray_resize(ba, ba.len().saturating_sub(r.len))?;
        let mut kill = vec![false; ba.len()];
        for k in r.indices() {
            if let Some(flag) = kill.get_mut(k) {
                *flag = true;
            }
        }
        ba.with_mut(|vec| {
            let mut idx = 0;
            vec.retain(|_| {
                idx += 1;
                !kill.get(idx - 1).copied().unwrap_or(false)
            });
        });
        Ok(())
    }

    /// `x in b` for bytes and bytearray containers; `None` for other containers.
    pub(crate) fn bytes_contains(&mut self, container: Value, x: Value) -> PyResult<Option<bool>> {
        if container.downcast::<BytesObj>().is_none() && container.downcast::<ByteArrayObj>().is_none() {
            return Ok(None);
        }
        let needle = self.byte_or_buffer_arg(x)?;
        let n = match needle {
            ByteNeedle::Byte(c) => vec![c],
            ByteNeedle::Bytes(n) => n,
        };
        // Searched in place, a metered chunk at a time (a charge runs no script code, so a
        // bytearray cannot change meanwhile).
        let found = with_buffer(container, |hay| {
            crate::runtime::byteops::find(hay, &n, 0, hay.len(), false, &mut self.meter(hay.len()))
        });
        match found {
            Some(r) => Ok(Some(r?.is_some())),
            None => Err(self.system_error("internal error: expected bytes container")),
        }
    }

    /// The argument of `in` and the search methods: an int byte or a bytes-like object.
    pub(crate) fn byte_or_buffer_arg(&mut self, x: Value) -> PyResult<ByteNeedle> {
        if let Some(b) = self.buffer_of(x)? {
            return Ok(ByteNeedle::Bytes(b));
        }
        if self.index_big(x)?.is_some() {
            return Ok(ByteNeedle::Byte(self.byte_value(x, "byte must be in range(0, 256)")?));
        }
        let msg = format!("a bytes-like object is required, not '{}'", type_name(self, x));
        Err(self.type_error(msg))
    }
}

/// A search argument: one byte (an int) or a byte string.
pub(crate) enum ByteNeedle {
    Byte(u8),
    Bytes(Vec<u8>),
}

// ---------------------------------------------------------------------------------------------
// constructors (args[0] is the class)

pub(crate) fn ctor_bytes(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or_default();
    // `bytes(b)` of an exact bytes object is that object.
    if let &[only] = a
        && kw.is_empty()
        && only.downcast::<BytesObj>().is_some()
    {
        return Ok(only);
    }
    let data = vm.bytes_ctor_contents(a, kw, "bytes", "bytes must be in range(0, 256)")?;
    Ok(vm.new_bytes(data))
}

pub(crate) fn ctor_bytearray(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let data = vm.bytes_ctor_contents(
        args.get(1..).unwrap_or_default(),
        kw,
        "bytearray",
        "byte must be in range(0, 256)",
    )?;
    Ok(vm.new_bytearray(data))
}

/// Registers the classes `bytes`, `bytearray` and `memoryview` and their constructors.
pub(crate) fn install(vm: &mut Vm) {
    let t = &vm.types;
    let (bytes, bytearray, memoryview) = (t.bytes, t.bytearray, t.memoryview);
    vm.ctors.insert(bytes.bits(), ctor_bytes);
    vm.ctors.insert(bytearray.bits(), ctor_bytearray);
    vm.ctors
        .insert(memoryview.bits(), crate::runtime::memoryview::ctor_memoryview);
    vm.add_builtin("bytes", bytes);
    vm.add_builtin("bytearray", bytearray);
    vm.add_builtin("memoryview", memoryview);
}

#[cfg(test)]
mod tests {
    use super::quoted_repr;

    #[test]
    fn bytes_repr_quotes_and_escapes() {
        assert_eq!(quoted_repr(b"ab"), "'ab'");
        assert_eq!(quoted_repr(b"a'b"), "\"a'b\"");
        assert_eq!(quoted_repr(b"a'\"b"), "'a\\'\"b'");
        assert_eq!(quoted_repr(b"\t\n\r\\\x00\x7f\xff"), "'\\t\\n\\r\\\\\\x00\\x7f\\xff'");
    }
}
