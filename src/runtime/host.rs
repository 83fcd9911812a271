//! The per-engine state behind the embedding API's host functions and handles.
//!
//! **Host functions.** A host function is an ordinary [`NativeObj`] (so it is callable, bindable
//! as a method and printed as `<built-in function NAME>` wherever natives are) whose `host`
//! field indexes this engine's table of [`HostFnEntry`]s: an owned name, how the arguments
//! bind ([`HostSig`]), and the boxed Rust closure ([`HostFnBody`]) the API built around the
//! host's typed closure. The call paths (`interp::call`) dispatch on `host` before anything
//! else, so a call costs the binding checks and the closure, with no allocation and no lock.
//!
//! **Handles.** Script objects the host holds live in a table of slots (value, generation)
//! that every collection visits as roots and updates when it moves objects. A public `Handle`
//! names a slot by (engine id, index, generation); dropping it queues the slot on a
//! [`ReleaseQueue`] (the host may drop it on any thread, after its engine is gone), which the
//! engine drains at its next collection or handle creation, bumping the slot's generation so
//! a stale name can never reach the slot's next occupant.

use std::cell::RefCell;
use std::fmt;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use smallvec::SmallVec;

use crate::gc::Tracer;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// A native's name: a literal for the runtime's own natives, shared owned text for host
/// functions (registered at run time under any name).
#[derive(Clone, PartialEq, Eq)]
pub enum NativeName {
    Static(&'static str),
    Shared(Arc<str>),
}

impl std::ops::Deref for NativeName {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        match self {
            NativeName::Static(s) => s,
            NativeName::Shared(s) => s,
        }
    }
}

impl From<&'static str> for NativeName {
    fn from(s: &'static str) -> NativeName {
        NativeName::Static(s)
    }
}

impl fmt::Display for NativeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self)
    }
}

impl fmt::Debug for NativeName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

/// Index of a host function in its engine's table, or `NONE` for the runtime's natives.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct HostFnId(u32);

impl HostFnId {
    pub const NONE: HostFnId = HostFnId(u32::MAX);

    #[inline(always)]
    pub fn is_none(self) -> bool {
        self.0 == u32::MAX
    }
}

/// The body of a host function: bound positional arguments (or, for [`HostSig::Variadic`],
/// the call's own positional and keyword arguments) in, a value or an exception out. It runs
/// no script code, so nothing collects while it runs.
pub(crate) type HostFnBody = Box<dyn Fn(&mut Vm, &[Value], &[(Value, Value)]) -> PyResult<Value> + Send>;

/// How a host function's arguments bind before its body runs.
pub(crate) enum HostSig {
    /// Exactly this many positional arguments, no keywords (a closure registered without
    /// parameter names).
    Positional(usize),
    /// Named parameters, passed by position or keyword; the last `defaults.len()` have
    /// defaults (indexes into `HostState::values`).
    Named { names: Vec<Box<str>>, defaults: Vec<usize> },
    /// The call's arguments as given.
    Variadic,
}

/// One registered host function.
pub(crate) struct HostFnEntry {
    /// The positional argument count a call with no keywords may pass straight to `body`
    /// (`HostSig::Positional`), or `usize::MAX`: the hot path's one comparison.
    direct_arity: usize,
    pub name: Arc<str>,
    pub sig: HostSig,
    pub body: HostFnBody,
}

impl HostFnEntry {
    fn new(name: &str, sig: HostSig, body: HostFnBody) -> HostFnEntry {
        let direct_arity = match sig {
            HostSig::Positional(n) => n,
            _ => usize::MAX,
        };
        HostFnEntry {
            direct_arity,
            name: Arc::from(name),
            sig,
            body,
        }
    }
}

/// Drop notices of handles, shared by the engine and every `Handle` it gave out, so a handle
/// can be dropped anywhere, anytime (after its engine, on another thread).
#[derive(Default)]
pub(crate) struct ReleaseQueue {
    pending: Mutex<Vec<(u32, u32)>>,
    any: AtomicBool,
}

impl ReleaseQueue {
    /// Queues slot `index` of generation `generation` for release.
    pub(crate) fn release(&self, index: u32, generation: u32) {
        // A poisoned lock only means another thread panicked while pushing: the vector is fine.
        let mut pending = self.pending.lock().unwrap_or_else(|e| e.into_inner());
        pending.push((index, generation));
        self.any.store(true, Ordering::Release);
    }
}

/// One slot of the handle table.
#[derive(Clone, Copy)]
struct HandleSlot {
    value: Value,
    generation: u32,
}

/// The handle table (see the module docs).
#[derive(Default)]
pub(crate) struct HandleTable {
    slots: Vec<HandleSlot>,
    free: Vec<u32>,
}

/// Unique ids of engines in this process (never reused, so a handle can never name the wrong
/// engine).
static NEXT_ENGINE_ID: AtomicU64 = AtomicU64::new(1);

/// The host side of one engine (`Vm::host`).
pub(crate) struct HostState {
    /// This engine's id, unique in the process.
    pub engine_id: u64,
    /// Registered host functions, by `HostFnId`. Entries are boxed, so an entry's address is
    /// stable while the vector grows, and replaced only by `register` (which needs the engine
    /// exclusively, so never while a host function runs).
    #[allow(clippy::vec_box)] // the box is the point: `call_host_fn` relies on stable addresses
    fns: Vec<Box<HostFnEntry>>,
    /// Values host functions keep (parameter defaults): roots.
    values: Vec<Value>,
    /// Handles. In a `RefCell` because handles are made during conversions, which see the
    /// engine only through a shared borrow (`api::ValueRef`); no borrow outlives one method.
    handles: RefCell<HandleTable>,
    pub release: Arc<ReleaseQueue>,
    /// The host function running (for the traceback line of an exception it raises).
    current: HostFnId,
}

impl Default for HostState {
    fn default() -> HostState {
        HostState {
            engine_id: NEXT_ENGINE_ID.fetch_add(1, Ordering::Relaxed),
            fns: Vec::new(),
            values: Vec::new(),
            handles: RefCell::new(HandleTable::default()),
            release: Arc::new(ReleaseQueue::default()),
            current: HostFnId::NONE,
        }
    }
}

impl HostState {
    /// Visits the values host functions keep and every live handle (roots of every
    /// collection), after freeing the slots of dropped handles.
    pub(crate) fn trace(&mut self, t: &mut Tracer) {
        t.visit_all(&mut self.values);
        let handles = self.handles.get_mut();
        drain_released(&self.release, handles);
        for slot in handles.slots.iter_mut() {
            t.visit(&mut slot.value);
        }
    }

    /// Keeps `v` alive for as long as the engine: its index in `values`.
    pub(crate) fn keep(&mut self, v: Value) -> usize {
        self.values.push(v);
        self.values.len() - 1
    }

    // `i` is an index `keep` returned; `values` only grows.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn kept(&self, i: usize) -> Value {
        self.values[i]
    }

    /// A new handle slot holding `v`: its (index, generation).
    // The free list holds only indexes of handle slots pushed earlier; the slot table never
    // shrinks.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn new_handle(&self, v: Value) -> (u32, u32) {
        let mut table = self.handles.borrow_mut();
        drain_released(&self.release, &mut table);
        match table.free.pop() {
            Some(i) => {
                let slot = &mut table.slots[i as usize];
                slot.value = v;
                (i, slot.generation)
            }
            None => {
                let i = table.slots.len() as u32;
                table.slots.push(HandleSlot {
                    value: v,
                    generation: 0,
                });
                (i, 0)
            }
        }
    }

    /// The value of handle slot `index` if it is still of `generation`.
    #[inline]
    pub(crate) fn handle_value(&self, index: u32, generation: u32) -> Option<Value> {
        let table = self.handles.borrow();
        let slot = table.slots.get(index as usize)?;
        (slot.generation == generation && !slot.value.is_unbound()).then_some(slot.value)
    }

    /// The name of host function `id`.
    pub(crate) fn fn_name(&self, id: HostFnId) -> Option<&str> {
        self.fns.get(id.0 as usize).map(|e| &*e.name)
    }

    /// Live handles (for tests and statistics).
    pub(crate) fn live_handles(&self) -> usize {
        let mut table = self.handles.borrow_mut();
        drain_released(&self.release, &mut table);
        table.slots.len() - table.free.len()
    }
}

/// Frees the slots of dropped handles: each is emptied, its generation bumped (so the dropped
/// name is stale), and put on the free list.
fn drain_released(queue: &ReleaseQueue, table: &mut HandleTable) {
    if !queue.any.load(Ordering::Acquire) {
        return;
    }
    let mut pending = queue.pending.lock().unwrap_or_else(|e| e.into_inner());
    queue.any.store(false, Ordering::Release);
    for (index, generation) in pending.drain(..) {
        let Some(slot) = table.slots.get_mut(index as usize) else {
            continue;
        };
        if slot.generation != generation {
            continue;
        }
        slot.value = Value::UNBOUND;
        slot.generation = slot.generation.wrapping_add(1);
        table.free.push(index);
    }
}

/// A stand-in `NativeFn` for host functions: the call paths dispatch on `NativeObj::host`
/// before reaching `f`, so this only runs if a path forgot to.
fn host_fn_stand_in(vm: &mut Vm, _: &[Value], _: &[(Value, Value)]) -> PyResult<Value> {
    Err(vm.runtime_error("host function called through a path that does not know host functions"))
}

impl Vm {
    /// Registers host function `name` (replacing the body of an earlier one of the same name,
    /// so code that already looked it up calls the new one) and makes it a builtin. Returns
    /// the function object.
    // Host function ids are indexes `register_host_fn` got by pushing onto `fns`, which never
    // shrinks.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn register_host_fn(&mut self, name: &str, sig: HostSig, body: HostFnBody) -> Value {
        if let Some(existing) = self.builtins.get(name).copied()
            && let Some(n) = existing.downcast::<NativeObj>()
            && !n.host.is_none()
        {
            *self.host.fns[n.host.0 as usize] = HostFnEntry::new(name, sig, body);
            return existing;
        }
        let f = self.new_host_fn(name, sig, body, Value::NONE);
        self.install_host_builtin(name, f);
        f
    }

    /// A new host function object, not installed anywhere: a builtin (`register_host_fn`) or
    /// a method of a class (`owner`, NONE for a plain function), which binds it like any
    /// native (`self` is `args[0]` of the body).
    pub(crate) fn new_host_fn(&mut self, name: &str, sig: HostSig, body: HostFnBody, owner: Value) -> Value {
        self.new_host_fn_titled(name, name, sig, body, owner)
    }

    /// `new_host_fn` with a different name in tracebacks and error messages (`title`, e.g. a
    /// method's qualified name `Vec2.scale`) than the object's `__name__` (`name`).
    pub(crate) fn new_host_fn_titled(
        &mut self,
        name: &str,
        title: &str,
        sig: HostSig,
        body: HostFnBody,
        owner: Value,
    ) -> Value {
        let entry = HostFnEntry::new(title, sig, body);
        let object_name: Arc<str> = if name == title {
            entry.name.clone()
        } else {
            Arc::from(name)
        };
        let id = HostFnId(self.host.fns.len() as u32);
        self.host.fns.push(Box::new(entry));
        // Old, like every builtin: code caches builtins and may hold them across safepoints.
        self.heap
            .alloc_old(NativeObj {
                name: NativeName::Shared(object_name),
                f: host_fn_stand_in,
                host: id,
                self_: Value::UNBOUND,
                owner,
            })
            .value()
    }

    /// Makes `v` the builtin `name`: in the builtins table, the `builtins` module and the
    /// builtins dict (if made). Code that cached an earlier builtin of that name in the
    /// engine's globals looks it up again.
    fn install_host_builtin(&mut self, name: &str, v: Value) {
        let replaced = self.builtin(name).is_some();
        self.add_builtin(name, v);
        let key = self.intern(name);
        if let Some(&module) = self.builtins.get("__builtins__")
            && let Some(d) =
                crate::runtime::builtins_module::module_dict(self, module).and_then(|d| d.downcast::<DictObj>())
        {
            // A str key compares without script code: this cannot fail.
            let _ = self.dict_set(d, key, v);
        }
        if let Some(d) = self.builtins_dict.downcast::<DictObj>() {
            let _ = self.dict_set(d, key, v);
        }
        if replaced {
            // Global caches are tagged with the globals' version: a key inserted and removed
            // changes it, so every cached lookup in the engine's namespace misses once.
            let g = self.main_globals;
            let probe = self.intern(" host function registered");
            let _ = self.dict_set(g, probe, Value::NONE);
            let _ = self.dict_remove(g, probe);
        }
    }

    /// Calls host function `id` with a call's arguments: binds them as its signature says,
    /// then runs its body. Inlined into the dispatch loop's call: the common case (positional
    /// arguments matching a closure without parameter names) is a comparison and the body.
    // Host function ids are indexes `register_host_fn` got by pushing onto `fns`, which never
    // shrinks.
    #[allow(clippy::indexing_slicing)]
    #[inline(always)]
    pub(crate) fn call_host_fn(&mut self, id: HostFnId, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        let entry: *const HostFnEntry = &*self.host.fns[id.0 as usize];
        // SAFETY: the entry is boxed, so its address does not change when the table grows, and
        // it is replaced or dropped only by `register_host_fn`, which needs the engine
        // exclusively (the API's `&mut Engine`) and so never runs while a host function body
        // does: bodies see no engine, run no script code and cannot reach the table. The
        // reference therefore stays valid for this call.
        let entry = unsafe { &*entry };
        self.host.current = id;
        if entry.direct_arity == args.len() && kw.is_empty() {
            return (entry.body)(self, args, &[]);
        }
        self.call_host_fn_binding(entry, args, kw)
    }

    /// `call_host_fn` for everything but the direct case: argument errors, named parameters,
    /// variadic functions.
    #[inline(never)]
    fn call_host_fn_binding(&mut self, entry: &HostFnEntry, args: &[Value], kw: &[(Value, Value)]) -> PyResult<Value> {
        match &entry.sig {
            HostSig::Positional(n) => {
                if !kw.is_empty() {
                    let msg = format!("{}() takes no keyword arguments", entry.name);
                    return Err(self.type_error(msg));
                }
                let msg = too_many_message(&entry.name, *n, *n, args.len());
                Err(self.type_error(msg))
            }
            HostSig::Named { names, defaults } => {
                let bound = self.bind_host_args(&entry.name, names, defaults, args, kw)?;
                (entry.body)(self, &bound, &[])
            }
            HostSig::Variadic => (entry.body)(self, args, kw),
        }
    }

    /// Calls `callee` with the `n` arguments in the stack slots from `base` (reserved by
    /// [`Vm::host_call_slots`]) for the host, as a top-level entry: like running a program,
    /// with no pin (so a loop inside the callee collects its young garbage in minor
    /// collections) and nothing held on the Rust side across the run. The arguments are
    /// roots before anything runs; the caller reads only the result, before anything else
    /// runs. The API calls it only between runs (the host holds the engine exclusively), with
    /// a checkpoint restored after it.
    pub(crate) fn call_from_host(&mut self, callee: Value, base: usize, n: usize) -> PyResult<Value> {
        // A plain function taking exactly these arguments: its frame straight away, as the
        // `Call` instruction's fast path makes it.
        if let Some(func) = callee.downcast::<FunctionObj>()
            && func.code.flags & crate::interp::run::SIMPLE_CALL_BLOCKERS == 0
            && func.code.argcount == n
            && func.code.kwonly == 0
        {
            self.stack_top = base + n;
            self.push_frame(func, callee, base, n, base - 1)?;
            if let Some(frame) = self.frames.last_mut() {
                frame.is_entry = true;
            }
            // Frame entry is a safepoint, whatever path made the frame.
            return self.safepoint().or_else(|t| self.unwind(t)).and_then(|()| self.run());
        }
        // Anything else: the general call path, still without a pin (natives called this way
        // root what they keep, see `interp::unpinned`). It stores its arguments from the stack
        // top up, over the slots they are in now, so they are copied out first.
        let args: SmallVec<[Value; 8]> = self.slots(base, n).iter().copied().collect();
        self.call_from_rust(callee, &args, &[])
    }

    /// Reserves the slots of a host call's `n` arguments just above the stack top and returns
    /// the first one's index; the caller stores the arguments there, then calls
    /// [`Vm::call_from_host`] before anything can collect.
    pub(crate) fn host_call_slots(&mut self, n: usize) -> PyResult<usize> {
        let base = self.stack_top + 1;
        self.ensure_stack(base + n + 1)?;
        // Every slot below the new top must hold a valid value (it is a GC root).
        self.set_slot(base - 1, Value::UNBOUND);
        Ok(base)
    }

    /// Adds the running host function's line to the traceback of the exception in flight
    /// (one that its body raised: an error it returned or a panic).
    pub(crate) fn push_host_frame(&mut self) {
        if let Some(e) = self.exc.downcast::<ExceptionObj>()
            && !self.host.current.is_none()
        {
            e.push_traceback(TbEntry {
                code: host_frame_marker(self.host.current),
                ip: 0,
            });
        }
    }

    /// CPython's argument binding for a function `def name(p0, p1, ..., pk=d, ...)`, with its
    /// TypeErrors.
    // `bound` has `n = names.len()` entries; `args.len() <= n` is checked first, every `i` is a
    // position in `names` or below `n`, and `defaults` is read at `i - required` for `i` in
    // `required..n`, below its length.
    #[allow(clippy::indexing_slicing)]
    fn bind_host_args(
        &mut self,
        fname: &str,
        names: &[Box<str>],
        defaults: &[usize],
        args: &[Value],
        kw: &[(Value, Value)],
    ) -> PyResult<SmallVec<[Value; 8]>> {
        let n = names.len();
        let required = n.saturating_sub(defaults.len());
        if args.len() > n {
            let msg = too_many_message(fname, required, n, args.len());
            return Err(self.type_error(msg));
        }
        let mut bound: SmallVec<[Value; 8]> = SmallVec::from_elem(Value::UNBOUND, n);
        bound[..args.len()].copy_from_slice(args);
        for &(k, v) in kw {
            let key = self.str_of(k);
            let Some(i) = names.iter().position(|p| **p == *key) else {
                let msg = format!("{fname}() got an unexpected keyword argument '{key}'");
                return Err(self.type_error(msg));
            };
            if !bound[i].is_unbound() {
                let msg = format!("{fname}() got multiple values for argument '{key}'");
                return Err(self.type_error(msg));
            }
            bound[i] = v;
        }
        let mut missing = Vec::new();
        for i in 0..n {
            if bound[i].is_unbound() {
                if i >= required {
                    bound[i] = self.host.kept(defaults[i - required]);
                } else {
                    missing.push(format!("'{}'", names[i]));
                }
            }
        }
        if !missing.is_empty() {
            let msg = format!(
                "{fname}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                join_names(&missing)
            );
            return Err(self.type_error(msg));
        }
        Ok(bound)
    }
}

/// The `code` of a traceback entry for host function `id`: an int where script frames have a
/// code object (`api` prints it as `File "<host>", in NAME`; `__traceback__` leaves it out).
fn host_frame_marker(id: HostFnId) -> Value {
    Value::inline_int(id.0 as i64)
}

/// The host function of a traceback entry's `code`, if it is a host frame.
pub(crate) fn host_frame_of(code: Value) -> Option<HostFnId> {
    code.is_int().then(|| HostFnId(code.as_inline_int() as u32))
}

/// CPython's "f() takes N positional arguments but M were given" (with "from R to N" when
/// some parameters have defaults).
fn too_many_message(fname: &str, required: usize, n: usize, given: usize) -> String {
    let takes = if required == n {
        format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
    } else {
        format!("from {required} to {n} positional arguments")
    };
    let was = if given == 1 { "was" } else { "were" };
    format!("{fname}() takes {takes} but {given} {was} given")
}

/// `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`, as CPython lists missing arguments.
fn join_names(names: &[String]) -> String {
    match names {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_released_slot_is_reused_with_a_new_generation() {
        let host = HostState::default();
        let (i, g) = host.new_handle(Value::TRUE);
        assert_eq!(host.handle_value(i, g), Some(Value::TRUE));
        host.release.release(i, g);
        // Reused by the next handle, under a new generation: the old name is stale.
        let (j, h) = host.new_handle(Value::FALSE);
        assert_eq!(j, i);
        assert_ne!(h, g);
        assert_eq!(host.handle_value(i, g), None);
        assert_eq!(host.handle_value(j, h), Some(Value::FALSE));
        // A stale release (of the old generation) does not free the new occupant.
        host.release.release(i, g);
        assert_eq!(host.live_handles(), 1);
        assert_eq!(host.handle_value(j, h), Some(Value::FALSE));
    }

    #[test]
    fn engine_ids_are_unique() {
        let (a, b) = (HostState::default(), HostState::default());
        assert_ne!(a.engine_id, b.engine_id);
    }
}
