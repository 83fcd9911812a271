//! Running script code from Rust **without a pin**: root scopes, unpinned calls, and the
//! per-item drivers built on them (iteration of `map`/`filter`/`zip`/`enumerate`, collecting an
//! iterable).
//!
//! A pin (`Vm::pin`) makes every object born before it a root of major collections and stops
//! minor collections while it lasts. That is what lets ordinary helpers keep `Value`s in Rust
//! locals across calls into script code, but a helper that calls script code once per item
//! would pin once per item, and the garbage of item k, born before pin k + 1, would float until
//! the whole loop ends. The drivers here call script code without a new pin instead. That is
//! sound under rule 2 of the collector's "Safepoints" (see `gc`):
//!
//! - Everything the driver needs after an unpinned call lives in **rooted storage**: a slot of
//!   a [`RootScope`] (a window of `Vm::roots`, which every collection visits and updates), or a
//!   heap object reachable from one. It is re-read ([`Vm::root_get`]) after every unpinned call,
//!   because a minor collection may have moved it; never kept in a Rust local, a `Vec`, or an
//!   argument slice.
//! - **Every Rust frame between the driver and the innermost pin (or the dispatch loop) holds
//!   nothing across the call either.** Natives are entered from Rust code that may hold
//!   references only under a pin: `call_function_kw` pins around every call (natives and classes
//!   included), and the few places that call a constructor directly pin too. The dispatch loop's
//!   call instructions (`call_at`, `call_ex`), its `for` loop, and [`Vm::call_unpinned`] hold
//!   nothing. So a native may drive unpinned calls provided it roots, on entry, every argument it
//!   reads afterwards (its `args`/`kw` may be a copy, not the value stack).
//!
//! Roots are named by index ([`Root`]) and branded with their scope's lifetime, so a `Root`
//! cannot outlive the scope that truncates `Vm::roots` behind it.

use std::marker::PhantomData;

use super::stack_guard::RecursionSite;
use super::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::types::isinstance;
use crate::runtime::value::Value;
use crate::runtime::work_meter::{Pass, TEXT_CHUNK};

/// Invariant lifetime brand tying a [`Root`] to its [`RootScope`].
type Brand<'s> = PhantomData<fn(&'s ()) -> &'s ()>;

/// A slot of `Vm::roots` opened by a [`RootScope`]; read it with [`Vm::root_get`].
#[derive(Clone, Copy)]
pub(crate) struct Root<'s> {
    index: usize,
    _scope: Brand<'s>,
}

/// Slots of `Vm::roots` that live until the [`Vm::rooted`] call that opened the scope returns.
#[derive(Clone, Copy)]
pub(crate) struct RootScope<'s> {
    _scope: Brand<'s>,
}

/// Consecutive slots of `Vm::roots` opened by a [`RootScope`].
#[derive(Clone, Copy)]
pub(crate) struct RootRange<'s> {
    start: usize,
    len: usize,
    _scope: Brand<'s>,
}

impl<'s> RootRange<'s> {
    pub(crate) fn len(self) -> usize {
        self.len
    }

    /// The `i`th slot.
    pub(crate) fn at(self, i: usize) -> Root<'s> {
        assert!(i < self.len);
        Root {
            index: self.start + i,
            _scope: PhantomData,
        }
    }
}

impl<'s> RootScope<'s> {
    /// `n` slots holding `fill`, for the rest of the scope.
    pub(crate) fn push_n(self, vm: &mut Vm, n: usize, fill: Value) -> RootRange<'s> {
        let start = vm.roots.len();
        vm.roots.resize(start + n, fill);
        RootRange {
            start,
            len: n,
            _scope: PhantomData,
        }
    }

    /// Roots each of `vs` for the rest of the scope, a chunk at a time, each charged before it is copied (as `Vm::copy_items`:
    /// a tick per item). A charge never collects, so the items need no rooting meanwhile;
    /// when one trips, the slots pushed so far go with the scope.
    pub(crate) fn push_all_metered(self, vm: &mut Vm, vs: &[Value]) -> PyResult<RootRange<'s>> {
        let start = vm.roots.len();
        if vm.roots.try_reserve(vs.len()).is_err() {
            return Err(vm.memory_error());
        }
        let size = std::mem::size_of::<Value>();
        let mut p = Pass::new(vs.len().saturating_mul(size));
        for chunk in vs.chunks(TEXT_CHUNK / size) {
            let upto = (vm.roots.len() - start + chunk.len()).saturating_mul(size);
            vm.pass_to(&mut p, upto)?;
            vm.roots.extend_from_slice(chunk);
        }
        Ok(RootRange {
            start,
            len: vs.len(),
            _scope: PhantomData,
        })
    }

    /// Roots `v` for the rest of the scope.
    #[inline]
    pub(crate) fn push(self, vm: &mut Vm, v: Value) -> Root<'s> {
        vm.roots.push(v);
        Root {
            index: vm.roots.len() - 1,
            _scope: PhantomData,
        }
    }
}

impl Vm {
    /// Runs `f` with a root scope; every root it opened is dropped when `f` returns, however
    /// it returns.
    #[inline]
    pub(crate) fn rooted<R>(&mut self, f: impl for<'s> FnOnce(&mut Vm, RootScope<'s>) -> R) -> R {
        let mark = self.roots.len();
        let r = f(self, RootScope { _scope: PhantomData });
        self.roots.truncate(mark);
        r
    }

    /// The current value of root `r` (it may have moved since it was stored).
    // Roots index `roots` at positions their scope pushed; the scope (which the `Root`
    // borrows) truncates `roots` only when it ends, after every root of it is gone.
    #[allow(clippy::indexing_slicing)]
    #[inline]
    pub(crate) fn root_get(&self, r: Root<'_>) -> Value {
        self.roots[r.index]
    }

    /// The current values of `r` (fresh: valid until the next unpinned call or safepoint).
    // As `root_get`: the range was pushed by a scope that is still open.
    #[allow(clippy::indexing_slicing)]
    pub(crate) fn root_values(&self, r: RootRange<'_>) -> Vec<Value> {
        self.roots[r.start..r.start + r.len].to_vec()
    }

    // As `root_get`: the root's scope is still open.
    #[allow(clippy::indexing_slicing)]
    #[inline]
    pub(crate) fn root_set(&mut self, r: Root<'_>, v: Value) {
        self.roots[r.index] = v;
    }

    /// Calls `callee(*args)` with no pin of its own (see the module docs for when that is
    /// allowed). The result is fresh: valid until the next unpinned call or safepoint.
    pub(crate) fn call_unpinned(&mut self, callee: Root<'_>, args: &[Root<'_>]) -> PyResult<Value> {
        let callee = self.root_get(callee);
        // Nothing collects between reading the roots and the callee taking its arguments.
        match *args {
            [] => self.call_from_rust(callee, &[], &[]),
            [a] => self.call_from_rust(callee, &[self.root_get(a)], &[]),
            [a, b] => self.call_from_rust(callee, &[self.root_get(a), self.root_get(b)], &[]),
            _ => {
                let vals: smallvec::SmallVec<[Value; 4]> = args.iter().map(|&a| self.root_get(a)).collect();
                self.call_from_rust(callee, &vals, &[])
            }
        }
    }

    /// `next(it)` for the iterator in root `it`, with no pin of its own: generators resume
    /// unpinned and `map`/`filter`/`zip`/`enumerate` call their functions unpinned. `Ok(None)`
    /// when exhausted.
    pub(crate) fn next_unpinned(&mut self, it: Root<'_>) -> PyResult<Option<Value>> {
        let v = self.root_get(it);
        if let Some(io) = v.downcast::<IterObj>() {
            if io.with(is_composite) {
                return self.composite_next(it);
            }
            return self.builtin_iter_next(io);
        }
        if let Some(g) = v.downcast::<GeneratorObj>() {
            return self.gen_resume_unpinned(g);
        }
        if is_user_object(v)
            && let Some(m) = self.lookup_special(v, "__next__")
        {
            let r = self.rooted(|vm, scope| {
                let m = scope.push(vm, m);
                vm.call_unpinned(m, &[it])
            });
            return match r {
                Ok(v) => Ok(Some(v)),
                Err(super::Throw::Exception) if isinstance(self, self.exc, self.types.StopIteration) => {
                    let e = self.exc;
                    self.stop_value = self.stop_iteration_value(e);
                    Ok(None)
                }
                Err(e) => Err(e),
            };
        }
        // Anything else: the general protocol (which pins if it runs script code).
        self.iter_next(v)
    }

    /// One step of a `map`, `filter`, `zip` or `enumerate` iterator in root `it`. A
    /// StopIteration raised by a step (a `map` function raising it) ends the iteration, as
    /// CPython's consumers treat any `tp_iternext` failing with it.
    pub(crate) fn composite_next(&mut self, it: Root<'_>) -> PyResult<Option<Value>> {
        match self.composite_step(it) {
            Err(super::Throw::Exception) if isinstance(self, self.exc, self.types.StopIteration) => {
                let e = self.exc;
                self.stop_value = self.stop_iteration_value(e);
                Ok(None)
            }
            r => r,
        }
    }

    fn composite_step(&mut self, it: Root<'_>) -> PyResult<Option<Value>> {
        // Iterators of iterators nest as deep as a script likes.
        self.check_native_stack(RecursionSite::Plain)?;
        // An iterator whose state is no longer the composite it was (none of pyrite's paths
        // do that) is treated as exhausted rather than trusted.
        let state = |vm: &Vm| vm.root_get(it).downcast::<IterObj>();
        let Some(outer) = state(self) else {
            return Ok(None);
        };
        let kind = outer.with(|st| match st {
            IterState::Map { iters, .. } => Composite::Map(iters.len()),
            IterState::Zip { iters, strict } => Composite::Zip(iters.len(), *strict),
            IterState::Filter { .. } => Composite::Filter,
            _ => Composite::Enumerate,
        });
        // The `k`th inner iterator, re-read from the (rooted) outer one.
        let inner = |vm: &Vm, k: usize| {
            state(vm)?.with(|st| match st {
                IterState::Map { iters, .. } | IterState::Zip { iters, .. } => iters.get(k).copied(),
                IterState::Filter { iter, .. } | IterState::Enumerate { iter, .. } => Some(*iter),
                _ => None,
            })
        };
        let func = |vm: &Vm| {
            state(vm)?.with(|st| match st {
                IterState::Map { func, .. } | IterState::Filter { func, .. } => Some(*func),
                _ => None,
            })
        };
        self.rooted(|vm, scope| match kind {
            Composite::Map(n) => {
                let args: Vec<Root> = (0..n).map(|_| scope.push(vm, Value::NONE)).collect();
                for (k, &arg) in args.iter().enumerate() {
                    let Some(inner_k) = inner(vm, k) else {
                        return Ok(None);
                    };
                    let i = scope.push(vm, inner_k);
                    match vm.next_unpinned(i)? {
                        Some(v) => vm.root_set(arg, v),
                        None => return Ok(None),
                    }
                }
                let Some(func) = func(vm) else {
                    return Ok(None);
                };
                let f = scope.push(vm, func);
                vm.call_unpinned(f, &args).map(Some)
            }
            Composite::Filter => {
                let (Some(inner_0), Some(func)) = (inner(vm, 0), func(vm)) else {
                    return Ok(None);
                };
                let i = scope.push(vm, inner_0);
                let f = scope.push(vm, func);
                let item = scope.push(vm, Value::NONE);
                loop {
                    let Some(v) = vm.next_unpinned(i)? else {
                        return Ok(None);
                    };
                    vm.root_set(item, v);
                    let keep = if vm.root_get(f).is_none() {
                        vm.truthy(v)?
                    } else {
                        let r = vm.call_unpinned(f, &[item])?;
                        vm.truthy(r)?
                    };
                    if keep {
                        return Ok(Some(vm.root_get(item)));
                    }
                }
            }
            Composite::Enumerate => {
                let Some(inner_0) = inner(vm, 0) else {
                    return Ok(None);
                };
                let i = scope.push(vm, inner_0);
                let Some(v) = vm.next_unpinned(i)? else {
                    return Ok(None);
                };
                // No script code runs from here on (the count is an int), so locals will do.
                let Some(io) = state(vm) else {
                    return Ok(None);
                };
                let Some(count) = io.with(|st| match st {
                    IterState::Enumerate { count, .. } => Some(*count),
                    _ => None,
                }) else {
                    return Ok(None);
                };
                scope.push(vm, v);
                let next = vm.binary_op(crate::interp::bytecode::BinOpKind::Add, count, Value::inline_int(1))?;
                io.with_mut(|st| {
                    if let IterState::Enumerate { count: c, .. } = st {
                        *c = next;
                    }
                });
                Ok(Some(vm.new_tuple_from(&[count, v])))
            }
            Composite::Zip(n, strict) => {
                if n == 0 {
                    return Ok(None);
                }
                let items: Vec<Root> = (0..n).map(|_| scope.push(vm, Value::NONE)).collect();
                for (k, &slot) in items.iter().enumerate() {
                    let Some(inner_k) = inner(vm, k) else {
                        return Ok(None);
                    };
                    let i = scope.push(vm, inner_k);
                    match vm.next_unpinned(i)? {
                        Some(v) => vm.root_set(slot, v),
                        None => {
                            if strict && k > 0 {
                                let msg = format!(
                                    "zip() argument {} is shorter than argument{} 1",
                                    k + 1,
                                    if k > 1 { "s" } else { "" }
                                );
                                return Err(vm.value_error(msg));
                            }
                            if strict && k == 0 {
                                for j in 1..n {
                                    let Some(inner_j) = inner(vm, j) else {
                                        break;
                                    };
                                    let other = scope.push(vm, inner_j);
                                    if vm.next_unpinned(other)?.is_some() {
                                        let msg = format!(
                                            "zip() argument {} is longer than argument{} 1",
                                            j + 1,
                                            if j > 1 { "s" } else { "" }
                                        );
                                        return Err(vm.value_error(msg));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                let vals: Vec<Value> = items.iter().map(|&r| vm.root_get(r)).collect();
                Ok(Some(vm.new_tuple(vals)))
            }
        })
    }

    /// All items of the iterable in root `x`, in order, gathered in rooted storage while the
    /// iterator runs unpinned. The result is fresh (valid until the next unpinned call or
    /// safepoint).
    pub(crate) fn collect_unpinned(&mut self, x: Root<'_>) -> PyResult<Vec<Value>> {
        // A list's or tuple's items are copied out a metered chunk at a time; no script code
        // runs meanwhile (a charge never collects), so the copy needs no rooting.
        let v = self.root_get(x);
        if let Some(l) = v.downcast::<ListObj>() {
            return l.with(|items| self.copy_items(items));
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return self.copy_items(&t.items);
        }
        self.rooted(|vm, scope| {
            let items = vm.collect_rooted(scope, x)?;
            Ok(vm.root_values(items))
        })
    }

    /// `collect_unpinned`, leaving the items in slots of `scope`.
    pub(crate) fn collect_rooted<'s>(&mut self, scope: RootScope<'s>, x: Root<'_>) -> PyResult<RootRange<'s>> {
        let v = self.root_get(x);
        // Copies of a list or tuple are linear work: their items are rooted a metered chunk
        // at a time.
        if let Some(l) = v.downcast::<ListObj>() {
            return l.with(|items| scope.push_all_metered(self, items));
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return scope.push_all_metered(self, &t.items);
        }
        // A range's length is known in advance: refuse one too long to hold at once (CPython
        // preallocates from the length hint and raises MemoryError) and reserve for the rest.
        let hint = crate::runtime::range::range_length_hint(v);
        if let Some(n) = hint {
            self.check_new_size_u128(n, std::mem::size_of::<Value>())?;
        }
        let iter = self.get_iter(v)?;
        let it = scope.push(self, iter);
        self.drain_rooted(scope, it, hint)
    }

    /// The remaining items of the iterator in root `it`, in order, gathered in rooted storage
    /// while it runs unpinned. The result is fresh.
    pub(crate) fn drain_unpinned(&mut self, it: Root<'_>) -> PyResult<Vec<Value>> {
        self.rooted(|vm, scope| {
            let items = vm.drain_rooted(scope, it, None)?;
            Ok(vm.root_values(items))
        })
    }

    /// `drain_unpinned` (`hint`: how many items to expect), leaving the items in slots of
    /// `scope`.
    fn drain_rooted<'s>(&mut self, _scope: RootScope<'s>, it: Root<'_>, hint: Option<u128>) -> PyResult<RootRange<'s>> {
        // The items go on `Vm::roots` one per step: whatever a step pushes there it has popped
        // again by the time it returns, so they stay consecutive.
        let start = self.roots.len();
        if let Some(n) = hint
            && self.roots.try_reserve(n as usize).is_err()
        {
            return Err(self.memory_error());
        }
        // A long iterator is stopped as its items pass the object size bound, since they are
        // meant to become one list or tuple.
        let most = self.heap.max_object_bytes / std::mem::size_of::<Value>();
        while let Some(item) = self.next_unpinned(it)? {
            if self.roots.len() - start >= most {
                return Err(self.memory_error());
            }
            self.roots.push(item);
            // The items gathered so far count against the memory limit (they are not in the
            // heap yet).
            let n = self.roots.len() - start;
            if n.is_multiple_of(1024) {
                self.charge_holding(0, n.saturating_mul(std::mem::size_of::<Value>()))?;
            }
        }
        Ok(RootRange {
            start,
            len: self.roots.len() - start,
            _scope: PhantomData,
        })
    }
}

/// The iterator kinds whose steps run script code per item.
enum Composite {
    Map(usize),
    Zip(usize, bool),
    Filter,
    Enumerate,
}

pub(crate) fn is_composite(st: &IterState) -> bool {
    matches!(
        st,
        IterState::Map { .. } | IterState::Filter { .. } | IterState::Zip { .. } | IterState::Enumerate { .. }
    )
}

fn is_user_object(v: Value) -> bool {
    crate::runtime::ops::is_user_object(v)
}
