//! `memoryview` over bytes and bytearray: format `'B'` (unsigned bytes), one dimension.
//! Indexing gives ints, slicing gives views, item and slice assignment write through a view of
//! a bytearray, `tobytes`/`tolist`/`hex`, `len`, `==` with any bytes-like object, iteration,
//! `release` and the context-manager protocol. What it does not do (casts to other formats,
//! multi-dimensional keys) raises `NotImplementedError: memoryview.<x> is not supported`.

use crate::interp::{PyResult, Vm};
use crate::runtime::bytes::{ByteArrayObj, BytesObj, MemoryViewObj, memoryview_bytes, with_buffer};
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;
use crate::runtime::work_meter::{Pass, TEXT_CHUNK};

type Kw<'a> = &'a [(Value, Value)];

pub(crate) fn ctor_memoryview(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let obj_kw = kw.iter().find(|&&(k, _)| vm.str_of(k) == "object").map(|&(_, v)| v);
    let a = args.get(1..).unwrap_or_default();
    if a.len() + kw.len() != 1 || (a.is_empty() && obj_kw.is_none()) {
        let msg = if a.is_empty() && obj_kw.is_none() {
            "memoryview() missing required argument 'object' (pos 1)".to_string()
        } else {
            format!("memoryview() takes at most 1 argument ({} given)", a.len() + kw.len())
        };
        return Err(vm.type_error(msg));
    }
    let Some(x) = a.first().copied().or(obj_kw) else {
        return Err(vm.system_error("internal error: expected one argument"));
    };
    vm.new_memoryview(x)
}

impl Vm {
    /// `memoryview(x)`.
    pub(crate) fn new_memoryview(&mut self, x: Value) -> PyResult<Value> {
        let base = self.unwrap_payload(x);
        if let Some(m) = base.downcast::<MemoryViewObj>() {
            self.check_released(&m)?;
            let view = MemoryViewObj::over(m.obj, m.start, m.step, m.len);
            return Ok(self.heap.alloc(view).value());
        }
        let len = if let Some(b) = base.downcast::<BytesObj>() {
            b.data.len()
        } else if let Some(b) = base.downcast::<ByteArrayObj>() {
            b.len()
        } else {
            let msg = format!(
                "memoryview: a bytes-like object is required, not '{}'",
                type_name(self, x)
            );
            return Err(self.type_error(msg));
        };
        let view = MemoryViewObj::over(base, 0, 1, len);
        Ok(self.heap.alloc(view).value())
    }

    /// CPython's ValueError for a released view.
    pub(crate) fn check_released(&mut self, m: &MemoryViewObj) -> PyResult<()> {
        if m.released.get() {
            return Err(self.value_error("operation forbidden on released memoryview object"));
        }
        Ok(())
    }

    /// `len(m)`.
    pub(crate) fn memoryview_len(&mut self, m: &MemoryViewObj) -> PyResult<usize> {
        self.check_released(m)?;
        Ok(m.len)
    }

    /// `m[i]` / `m[i:j:k]`; `None` for other values.
    pub(crate) fn memoryview_getitem(&mut self, obj: Value, i: Value) -> PyResult<Option<Value>> {
        let Some(m) = obj.downcast::<MemoryViewObj>() else {
            return Ok(None);
        };
        self.check_released(&m)?;
        if let Some(sl) = i.downcast::<SliceObj>() {
            let r = self.slice_range(sl, m.len)?;
            let start = (m.start as isize + r.start as isize * m.step).max(0) as usize;
            let view = MemoryViewObj::over(m.obj, start, m.step * r.step as isize, r.len);
            return Ok(Some(self.heap.alloc(view).value()));
        }
        if i.downcast::<TupleObj>().is_some() {
            return Err(self.not_implemented("memoryview.__getitem__ with a tuple is not supported"));
        }
        let idx = self.index_of(i, "memoryview: invalid slice key")?;
        let n = m.len as i64;
        let k = if idx < 0 { idx + n } else { idx };
        let byte = if (0..n).contains(&k) {
            let at = m.start as isize + k as isize * m.step;
            crate::runtime::bytes::with_buffer(m.obj, |b| usize::try_from(at).ok().and_then(|a| b.get(a).copied()))
                .flatten()
        } else {
            None
        };
        match byte {
            Some(c) => Ok(Some(Value::inline_int(c as i64))),
            None => Err(self.index_error("index out of bounds on dimension 1")),
        }
    }

    /// `m[i] = v` / `m[i:j:k] = v`: writes through a view of a bytearray (the length never
    /// changes); a view of bytes is read-only.
    pub(crate) fn memoryview_setitem(&mut self, m: crate::gc::Gc<MemoryViewObj>, i: Value, v: Value) -> PyResult<()> {
        self.check_released(&m)?;
        let Some(ba) = m.obj.downcast::<ByteArrayObj>() else {
            return Err(self.type_error("cannot modify read-only memory"));
        };
        // The buffer positions the view's items `k` map to.
        let (positions, single) = if let Some(sl) = i.downcast::<SliceObj>() {
            let r = self.slice_range(sl, m.len)?;
            (r.indices().collect::<Vec<usize>>(), false)
        } else {
            if i.downcast::<TupleObj>().is_some() {
                return Err(self.not_implemented("memoryview.__setitem__ with a tuple is not supported"));
            }
            let idx = self.index_of(i, "memoryview: invalid slice key")?;
            let n = m.len as i64;
            let k = if idx < 0 { idx + n } else { idx };
            if !(0..n).contains(&k) {
                return Err(self.index_error("index out of bounds on dimension 1"));
            }
            (vec![k as usize], true)
        };
        let data = if single {
            if !self.is_int_like(v) {
                return Err(self.type_error("memoryview: invalid type for format 'B'"));
            }
            match self.as_i64(v).and_then(|b| u8::try_from(b).ok()) {
                Some(b) => vec![b],
                None => return Err(self.value_error("memoryview: invalid value for format 'B'")),
            }
        } else {
            // CPython asks for any buffer (`PyBUF_FULL_RO`): a strided source is taken.
            let d = match self.buffer_of_any(v)? {
                Some(d) => d,
                None => {
                    let msg = format!("a bytes-like object is required, not '{}'", type_name(self, v));
                    return Err(self.type_error(msg));
                }
            };
            if d.len() != positions.len() {
                return Err(self.value_error("memoryview assignment: lvalue and rvalue have different structures"));
            }
            d
        };
        let (start, step) = (m.start as isize, m.step);
        ba.with_mut(|buf| {
            for (k, b) in positions.into_iter().zip(data) {
                if let Some(slot) = usize::try_from(start + k as isize * step)
                    .ok()
                    .and_then(|at| buf.get_mut(at))
                {
                    *slot = b;
                }
            }
        });
        Ok(())
    }

    /// Attributes of a memoryview; `None` for other values or names.
    pub(crate) fn memoryview_attr(&mut self, obj: Value, name: &str) -> PyResult<Option<Value>> {
        let Some(m) = obj.downcast::<MemoryViewObj>() else {
            return Ok(None);
        };
        let known = matches!(
            name,
            "obj"
                | "nbytes"
                | "readonly"
                | "itemsize"
                | "format"
                | "ndim"
                | "shape"
                | "strides"
                | "suboffsets"
                | "c_contiguous"
                | "f_contiguous"
                | "contiguous"
        );
        if !known {
            return Ok(None);
        }
        self.check_released(&m)?;
        let len = self.new_i64(m.len as i64);
        Ok(Some(match name {
            "obj" => m.obj,
            "nbytes" => len,
            "readonly" => Value::bool(m.obj.downcast::<ByteArrayObj>().is_none()),
            "itemsize" => Value::inline_int(1),
            "format" => self.new_str("B"),
            "ndim" => Value::inline_int(1),
            "shape" => self.new_tuple_from(&[len]),
            "strides" => {
                let s = self.new_i64(m.step as i64);
                self.new_tuple_from(&[s])
            }
            "suboffsets" => self.empty_tuple,
            _ => Value::bool(!crate::runtime::bytes::is_strided(&m)),
        }))
    }
}

fn view_self(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<crate::gc::Gc<MemoryViewObj>> {
    match args.first().and_then(|v| v.downcast::<MemoryViewObj>()) {
        Some(m) => Ok(m),
        None => {
            let msg = match args.first() {
                None => format!("unbound method memoryview.{name}() needs an argument"),
                Some(&v) => format!(
                    "descriptor '{name}' for 'memoryview' objects doesn't apply to a '{}' object",
                    type_name(vm, v)
                ),
            };
            Err(vm.type_error(msg))
        }
    }
}

/// A copy of the bytes `m` shows, made a metered chunk at a time.
fn view_copy(vm: &mut Vm, m: crate::gc::Gc<MemoryViewObj>) -> PyResult<Vec<u8>> {
    if m.step != 1 {
        return vm.view_bytes_metered(&m);
    }
    let copy = with_buffer(m.value(), |d| {
        let mut out = vm.reserved(d.len())?;
        vm.extend_metered(&mut out, d)?;
        Ok(out)
    });
    copy.unwrap_or_else(|| Ok(memoryview_bytes(&m)))
}

impl Vm {
    /// The bytes `m` shows (empty once released), gathered a metered chunk (`TEXT_CHUNK` of
    /// them) at a time: a strided view's are not contiguous, so they are copied wherever
    /// they are needed as one slice (compared, hashed, passed as an argument).
    pub(crate) fn view_bytes_metered(&mut self, m: &MemoryViewObj) -> PyResult<Vec<u8>> {
        if m.released.get() || m.len <= TEXT_CHUNK {
            return Ok(memoryview_bytes(m));
        }
        let mut out = self.reserved(m.len)?;
        let mut p = Pass::new(m.len);
        let (start, step) = (m.start as isize, m.step);
        let mut k = 0;
        while k < m.len {
            let e = (k + TEXT_CHUNK).min(m.len);
            self.pass_to(&mut p, e)?;
            // A charge runs no script code: the buffer cannot change between chunks.
            with_buffer(m.obj, |all| {
                out.extend((k..e).filter_map(|j| {
                    let i = start + j as isize * step;
                    usize::try_from(i).ok().and_then(|i| all.get(i).copied())
                }));
            });
            k = e;
        }
        Ok(out)
    }

    /// For a value whose bytes cannot be borrowed as one slice (a strided memoryview): a
    /// metered copy of them; `None` for any other value (`with_buffer` borrows its bytes).
    pub(crate) fn strided_copy(&mut self, v: Value) -> PyResult<Option<Vec<u8>>> {
        match v.downcast::<MemoryViewObj>() {
            Some(m) if m.step != 1 && !m.released.get() => Ok(Some(self.view_bytes_metered(&m)?)),
            _ => Ok(None),
        }
    }
}

fn mv_tobytes(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "tobytes")?;
    vm.check_released(&m)?;
    let data = view_copy(vm, m)?;
    Ok(vm.new_bytes(data))
}

fn mv_tolist(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "tolist")?;
    vm.check_released(&m)?;
    // The ints made a metered chunk at a time (they are immediates: nothing to root).
    let data = view_copy(vm, m)?;
    let mut items = vm.reserved(data.len())?;
    let mut p = Pass::new(data.len().saturating_mul(std::mem::size_of::<Value>()));
    for chunk in data.chunks(crate::runtime::work_meter::items_per_chunk::<Value>()) {
        vm.pass_to(&mut p, (items.len() + chunk.len()) * std::mem::size_of::<Value>())?;
        items.extend(chunk.iter().map(|&c| Value::inline_int(i64::from(c))));
    }
    Ok(vm.new_list(items))
}

fn mv_hex(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "hex")?;
    vm.check_released(&m)?;
    let data = view_copy(vm, m)?;
    let b = vm.new_bytes(data);
    let mut a = vec![b];
    a.extend_from_slice(args.get(1..).unwrap_or_default());
    let Some(hex) = crate::runtime::types::lookup_in_mro(vm.types.bytes, vm.intern("hex")) else {
        return Err(vm.system_error("internal error: expected bytes.hex"));
    };
    let Some(checked) = hex.downcast::<NativeObj>() else {
        return Err(vm.system_error("internal error: expected native"));
    };
    let f = checked.f;
    f(vm, &a, kw)
}

fn mv_release(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "release")?;
    m.release();
    Ok(Value::NONE)
}

fn mv_enter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "__enter__")?;
    vm.check_released(&m)?;
    m.enter();
    Ok(m.value())
}

fn mv_exit(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "__exit__")?;
    m.release();
    Ok(Value::NONE)
}

fn mv_toreadonly(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "toreadonly")?;
    vm.check_released(&m)?;
    if m.obj.downcast::<ByteArrayObj>().is_some() {
        // A read-only view over a bytearray would need a flag of its own.
        return Err(vm.not_implemented("memoryview.toreadonly is not supported"));
    }
    Ok(m.value())
}

fn mv_cast(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let m = view_self(vm, args, "cast")?;
    vm.check_released(&m)?;
    let same = matches!(args, [_, f] if f.downcast::<StrObj>().is_some_and(|s| s.as_str() == "B"));
    if same && m.step == 1 {
        return vm.new_memoryview(m.value());
    }
    Err(vm.not_implemented("memoryview.cast is not supported"))
}

/// Registers the methods of `memoryview`.
pub(crate) fn install(vm: &mut Vm) {
    let cls = vm.types.memoryview;
    crate::runtime::methods::add_methods(
        vm,
        cls,
        &[
            ("tobytes", mv_tobytes),
            ("tolist", mv_tolist),
            ("hex", mv_hex),
            ("release", mv_release),
            ("__enter__", mv_enter),
            ("__exit__", mv_exit),
            ("toreadonly", mv_toreadonly),
            ("cast", mv_cast),
        ],
    );
}
