//! What the `re` module's natives share: the subject of a match as the engine reads it,
//! argument binding with Argument Clinic's messages, and the meter that charges matching
//! to the engine's limits.

use std::sync::Arc;

use super::Regex;
use super::exec::{Meter, Scratch, Stopped, TICK};
use crate::gc::Gc;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::bytes::{refuses_simple_buffer, with_buffer};
use crate::runtime::dict::get_str;
use crate::runtime::hostobj::HostObj;
use crate::runtime::object::{BytesObj, InstanceObj, StrObj};
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

pub(super) type Kw<'a> = &'a [(Value, Value)];

/// The subject of a match: borrowed where the object's storage already is a slice of units
/// (an ASCII str is its bytes, a bytes object its data, a long non-ASCII str the code points
/// it keeps decoded), copied once per call otherwise. A borrowed subject must be looked up
/// again after anything that may collect (a collection moves young objects).
pub(super) enum Text {
    /// A str of only ASCII characters: its UTF-8 bytes are its code points.
    Ascii(Gc<StrObj>),
    /// A bytes object.
    Bytes(Gc<BytesObj>),
    /// A non-ASCII str long enough to keep its code points (`StrObj::code_points`, decoded
    /// on its first match): a call costs what the match reads, not the subject's length.
    Decoded(Gc<StrObj>),
    /// A copy of a bytearray's or memoryview's bytes.
    Owned(Vec<u8>),
    /// The code points of a str with non-ASCII characters.
    Wide(Vec<char>),
}

/// A subject's units, borrowed from a [`Text`].
pub(super) enum Units<'a> {
    Narrow(&'a [u8]),
    Wide(&'a [char]),
}

impl Text {
    pub(super) fn units(&self) -> Units<'_> {
        match self {
            Text::Ascii(s) => Units::Narrow(s.as_str().as_bytes()),
            Text::Bytes(b) => Units::Narrow(&b.data),
            // Made only once the code points are decoded, so this reads them (never writes).
            Text::Decoded(s) => Units::Wide(s.code_points(false).unwrap_or_default()),
            Text::Owned(v) => Units::Narrow(v),
            Text::Wide(v) => Units::Wide(v),
        }
    }

    pub(super) fn len(&self) -> usize {
        match self.units() {
            Units::Narrow(u) => u.len(),
            Units::Wide(u) => u.len(),
        }
    }
}

/// Runs `$body` with `$u` bound to the subject's units, whatever their type.
macro_rules! on_units {
    ($text:expr, $u:ident => $body:expr) => {
        match $text.units() {
            $crate::stdlib::re::subject::Units::Narrow($u) => $body,
            $crate::stdlib::re::subject::Units::Wide($u) => $body,
        }
    };
}
pub(super) use on_units;

/// The str inside `v` (a str, or the payload of an instance of a str subclass).
pub(super) fn str_of(vm: &mut Vm, v: Value) -> Option<Gc<StrObj>> {
    if let Some(s) = v.downcast::<StrObj>() {
        return Some(s);
    }
    vm.payload_of(v).and_then(|p| p.downcast::<StrObj>())
}

/// Whether `v` is bytes-like (bytes, bytearray, memoryview, or an instance of a subclass).
/// A view a simple buffer request refuses (strided or released) is not.
pub(super) fn bytes_value(vm: &mut Vm, v: Value) -> Option<Value> {
    if refuses_simple_buffer(v) {
        return None;
    }
    if with_buffer(v, |_| ()).is_some() {
        return Some(v);
    }
    vm.payload_of(v).filter(|&p| with_buffer(p, |_| ()).is_some())
}

/// The subject `v` of a pattern whose kind is `is_str`, with CPython's type errors.
pub(super) fn subject(vm: &mut Vm, is_str: bool, v: Value) -> PyResult<Text> {
    if let Some(s) = str_of(vm, v) {
        if !is_str {
            return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
        }
        if s.char_len == s.as_str().len() {
            return Ok(Text::Ascii(s));
        }
        let shared = crate::gc::is_immortal(s.value());
        if !s.has_code_points() {
            // The decoded copy is held by the string: the memory limit sees it now.
            vm.charge_holding(0, s.char_len.saturating_mul(size_of::<char>()))?;
            // A long subject's index and decoding, a metered chunk at a time.
            vm.code_points_metered(&s, shared)?;
        }
        if s.code_points(shared).is_some() {
            return Ok(Text::Decoded(s));
        }
        return Ok(Text::Wide(vm.chars_metered(s.as_str())?));
    }
    if let Some(b) = bytes_value(vm, v) {
        if is_str {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        if let Some(bytes) = b.downcast::<BytesObj>() {
            return Ok(Text::Bytes(bytes));
        }
        return Ok(Text::Owned(with_buffer(b, <[u8]>::to_vec).unwrap_or_default()));
    }
    let msg = format!("expected string or bytes-like object, got '{}'", type_name(vm, v));
    Err(vm.type_error(msg))
}

/// `string[s:e]` of a subject as a new str or bytes (plain, whatever the subject's type); a
/// long str's positions and copy are metered as a subscript's.
pub(super) fn slice(vm: &mut Vm, string: Value, s: usize, e: usize) -> PyResult<Value> {
    if let Some(st) = str_of(vm, string) {
        let len = st.char_len;
        vm.char_index_metered(&st)?;
        return vm.new_str_metered(st.char_slice(s.min(len), e.min(len)));
    }
    let b = bytes_value(vm, string).unwrap_or(string);
    // A bytearray may have shrunk since the match: its bytes are read clamped.
    let data = with_buffer(b, |d| d.get(s.min(d.len())..e.min(d.len())).map(<[u8]>::to_vec))
        .flatten()
        .unwrap_or_default();
    Ok(vm.new_bytes(data))
}

/// An empty str or bytes, as the subject's kind.
pub(super) fn empty(vm: &mut Vm, is_str: bool) -> Value {
    if is_str {
        vm.new_str("")
    } else {
        vm.new_bytes(Vec::new())
    }
}

/// Binds a native's arguments as Argument Clinic does: positionals, then keywords by name,
/// the first `required` being required; CPython's messages.
pub(super) fn bind<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    args: &[Value],
    kw: Kw,
    names: [&str; N],
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    if args.len() > N {
        let msg = if N == 0 {
            format!("{fname}() takes no arguments ({} given)", args.len())
        } else {
            let s = if N == 1 { "" } else { "s" };
            format!("{fname}() takes at most {N} argument{s} ({} given)", args.len())
        };
        return Err(vm.type_error(msg));
    }
    for (slot, &a) in out.iter_mut().zip(args) {
        *slot = Some(a);
    }
    for &(k, v) in kw {
        let key = vm.str_of(k);
        match names.iter().position(|n| *n == key) {
            Some(i) => {
                if i < args.len() {
                    let msg = format!(
                        "argument for {fname}() given by name ('{key}') and position ({})",
                        i + 1
                    );
                    return Err(vm.type_error(msg));
                }
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v);
                }
            }
            None => {
                let msg = format!("'{key}' is an invalid keyword argument for {fname}()");
                return Err(vm.type_error(msg));
            }
        }
    }
    for (i, (slot, name)) in out.iter().zip(names).enumerate().take(required) {
        if slot.is_none() {
            let msg = format!("{fname}() missing required argument '{name}' (pos {})", i + 1);
            return Err(vm.type_error(msg));
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (ints and `__index__`), or `default` when absent.
pub(super) fn ssize(vm: &mut Vm, v: Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => crate::runtime::methods::list::ssize_arg(vm, v),
    }
}

/// `pos`/`endpos` clamped to the subject as sre's `state_init` clamps them.
pub(super) fn clamp(pos: i64, endpos: i64, len: usize) -> (usize, usize) {
    let c = |v: i64| usize::try_from(v.max(0)).unwrap_or(usize::MAX).min(len);
    (c(pos), c(endpos))
}

/// An instance of `cls` (a Pattern, Match or scanner) holding `entries`: attributes, and
/// hidden entries under keys no attribute name can spell. They live in the instance's slots,
/// named by its shape (no dict to make, a read is a scan of a few names); a class with
/// `__slots__ = ()` never gets a `__dict__` that would show them.
pub(super) fn new_instance(vm: &mut Vm, cls: Value, entries: &[(&str, Value)]) -> PyResult<Value> {
    let inst = vm.heap.alloc(InstanceObj::with_slots(cls));
    for &(key, v) in entries {
        let k = vm.intern(key);
        // Allocates nothing that collects: `inst` stays put.
        vm.slot_set(inst, k, v)?;
    }
    Ok(inst.value())
}

/// Entry `key` (an attribute or a hidden entry) of such an instance. Its shape's few names
/// are compared by text (cheaper than interning `key` on every call).
pub(super) fn entry(vm: &mut Vm, v: Value, key: &str) -> Option<Value> {
    let inst = v.downcast::<InstanceObj>()?;
    if let Some(d) = inst.dict_obj() {
        let k = vm.intern(key);
        return get_str(d, k);
    }
    let i = vm
        .shape_names(inst.shape.get())
        .iter()
        .position(|n| n.downcast::<StrObj>().is_some_and(|s| s.as_str() == key))?;
    Some(inst.slot(i)).filter(|v| !v.is_unbound())
}

/// The compiled program a Pattern instance holds.
pub(super) fn regex_of(vm: &mut Vm, pattern: Value) -> Option<Arc<Regex>> {
    let h = entry(vm, pattern, PROGRAM)?.downcast::<HostObj>()?;
    // SAFETY: the host object stays reachable (the pattern's dict holds it, and the pattern
    // is an argument of the running native) while the cell is borrowed, and the borrow ends
    // before this function returns.
    let cell = unsafe { h.cell() };
    let value = cell.borrow().ok()?;
    value.downcast_ref::<Arc<Regex>>().cloned()
}

/// The hidden dict entry of a Pattern holding its program (a host object).
pub(super) const PROGRAM: &str = " program";

/// Charges matching to the engine: fuel per [`TICK`] steps and per match, the deadline, an
/// interrupt and the memory the backtracking stacks hold. It never collects (the subject
/// may be borrowed from a heap object), and keeps the limit it hit for the caller.
pub(super) struct VmMeter<'a> {
    pub(super) vm: &'a mut Vm,
    pub(super) stop: Option<Throw>,
}

impl<'a> VmMeter<'a> {
    pub(super) fn new(vm: &'a mut Vm) -> VmMeter<'a> {
        VmMeter { vm, stop: None }
    }

    fn charge(&mut self, work: u64, pending: usize) -> bool {
        match self.vm.charge_holding(work, pending) {
            Ok(()) => true,
            Err(t) => {
                self.stop = Some(t);
                false
            }
        }
    }
}

/// Runs `f` with a [`VmMeter`]; a stop becomes the limit (or exception) that caused it.
pub(super) fn metered<R>(vm: &mut Vm, f: impl FnOnce(&mut VmMeter) -> Result<R, Stopped>) -> PyResult<R> {
    let mut meter = VmMeter::new(vm);
    let r = f(&mut meter);
    let stop = meter.stop.take();
    match (r, stop) {
        (Ok(v), _) => Ok(v),
        (Err(Stopped), Some(t)) => Err(t),
        (Err(Stopped), None) => Err(vm.runtime_error("the regular expression matcher stopped without a reason")),
    }
}

impl Meter for VmMeter<'_> {
    fn tick(&mut self, _steps: u64, stack_bytes: usize) -> bool {
        self.charge(TICK, stack_bytes)
    }

    fn matched(&mut self, units: u64) -> bool {
        self.charge(units / 16 + 1, 0)
    }

    fn holding(&mut self, bytes: usize) -> bool {
        if bytes > self.vm.heap.max_object_bytes {
            self.stop = Some(self.vm.memory_error());
            return false;
        }
        self.charge(0, bytes)
    }
}

/// Stacks a thread's matches reuse (a `match`/`search` call would otherwise allocate them
/// each time), dropped when a match left them large.
const SCRATCH_KEPT_BYTES: usize = 1 << 20;

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// Runs `f` with the thread's reusable matcher stacks (fresh ones if they are in use).
pub(super) fn with_scratch<R>(f: impl FnOnce(&mut Scratch) -> R) -> R {
    SCRATCH.with(|cell| match cell.try_borrow_mut() {
        Ok(mut scratch) => {
            let r = f(&mut scratch);
            if scratch.bytes() > SCRATCH_KEPT_BYTES {
                *scratch = Scratch::default();
            }
            r
        }
        Err(_) => f(&mut Scratch::default()),
    })
}
