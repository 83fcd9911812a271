//! Methods of `set` and `frozenset`, and the set operators (`|`, `&`, `-`, `^` and their
//! in-place forms, reached from `runtime::ops`).
//!
//! Set iteration order is CPython's slot order, so every operation builds its result exactly
//! as `setobject.c` does for the operand's type: sets and dicts take the `runtime::table`
//! algebra (which mirrors CPython's presizing, layout copies and iteration sides), any other
//! iterable is streamed item by item (hashing each as it comes, stopping where CPython stops).
//!
//! The table functions compare keys without running Python code. When a comparison needs a
//! user `__eq__` they give up (`NeedsSlow`) and the operation is redone here with the same
//! algorithm on snapshots, one entry at a time, each through the resumable probes of
//! `Vm::set_lookup`/`Vm::dict_lookup` (comparing outside the table). The in-place table
//! operations that are retried this way are idempotent (adds of present keys and discards of
//! absent keys change nothing), so a partial fast attempt does no harm.

use crate::gc::Gc;
use crate::interp::bytecode::{BinOpKind, CmpKind};
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::ops::{fast_eq, fast_eq_nested};
use crate::runtime::table::{self, SetTable};
use crate::runtime::types::isinstance;
use crate::runtime::value::Value;

use super::list::descriptor_error;

type Kw<'a> = &'a [(Value, Value)];

/// Marker error: a key comparison needs Python code.
struct NeedsSlow;

fn fast(p: Value, q: Value) -> Result<bool, NeedsSlow> {
    fast_eq(p, q).ok_or(NeedsSlow)
}

pub(super) fn install(vm: &mut Vm) {
    let set = vm.types.set;
    super::add_methods(
        vm,
        set,
        &[
            ("add", set_add),
            ("remove", set_remove),
            ("discard", set_discard),
            ("pop", set_pop),
            ("clear", set_clear),
            ("copy", copy::<false>),
            ("update", set_update),
            ("union", union::<false>),
            ("intersection", intersection::<false>),
            ("difference", difference::<false>),
            ("symmetric_difference", symmetric_difference::<false>),
            ("intersection_update", set_intersection_update),
            ("difference_update", set_difference_update),
            ("symmetric_difference_update", set_symmetric_difference_update),
            ("issubset", issubset::<false>),
            ("issuperset", issuperset::<false>),
            ("isdisjoint", isdisjoint::<false>),
        ],
    );
    for cls in [vm.types.dict_keys, vm.types.dict_items] {
        super::add_methods(vm, cls, &[("isdisjoint", view_isdisjoint)]);
    }
    let frozenset = vm.types.frozenset;
    super::add_methods(
        vm,
        frozenset,
        &[
            ("copy", copy::<true>),
            ("union", union::<true>),
            ("intersection", intersection::<true>),
            ("difference", difference::<true>),
            ("symmetric_difference", symmetric_difference::<true>),
            ("issubset", issubset::<true>),
            ("issuperset", issuperset::<true>),
            ("isdisjoint", isdisjoint::<true>),
        ],
    );
}

// ---------------------------------------------------------------------------------------------
// receivers, rooting, operands

/// The receiver of a `set` (`FROZEN = false`) or `frozenset` method, with CPython's
/// descriptor errors for a wrong receiver (`set.add(frozenset(), 1)`).
fn this<const FROZEN: bool>(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<Gc<SetObj>> {
    match args.first().and_then(|v| v.downcast::<SetObj>()) {
        Some(s) if s.frozen == FROZEN => Ok(s),
        _ => Err(descriptor_error(vm, args, cls_name(FROZEN), name)),
    }
}

fn cls_name(frozen: bool) -> &'static str {
    if frozen { "frozenset" } else { "set" }
}

/// Checks the receiver and the argument count; `max = usize::MAX` for `*others` methods.
fn prologue<const FROZEN: bool>(
    vm: &mut Vm,
    args: &[Value],
    kw: Kw,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<Gc<SetObj>> {
    let s = this::<FROZEN>(vm, args, name)?;
    let n = args.len() - 1;
    if !kw.is_empty() || !(min..=max).contains(&n) {
        // The qualified name is only needed for the error message.
        let qual = format!("{}.{name}", cls_name(FROZEN));
        no_kwargs(vm, &qual, kw)?;
        check_args(vm, &qual, args.get(1..).unwrap_or_default(), min, max)?;
    }
    Ok(s)
}

/// `prologue` for a method of exactly one argument: the receiver and that argument.
fn prologue_one<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw, name: &str) -> PyResult<(Gc<SetObj>, Value)> {
    let s = prologue::<FROZEN>(vm, args, kw, name, 1, 1)?;
    match *args {
        [_, arg] => Ok((s, arg)),
        _ => Err(vm.system_error(format!("{name}: argument check admitted a wrong count"))),
    }
}

/// Runs `f`, then drops every temporary root it pushed. The helpers below root freely (new
/// result sets, snapshots, streamed items) and rely on this to clean up.
fn guarded<R>(vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<R>) -> PyResult<R> {
    let mark = vm.roots.len();
    let r = f(vm);
    vm.roots.truncate(mark);
    r
}

/// How CPython's set code treats an operand.
enum Operand {
    Set(Gc<SetObj>),
    Dict(Gc<DictObj>),
    Other(Value),
}

fn operand(v: Value) -> Operand {
    if let Some(s) = v.downcast::<SetObj>() {
        Operand::Set(s)
    } else if let Some(d) = v.downcast::<DictObj>() {
        Operand::Dict(d)
    } else {
        Operand::Other(v)
    }
}

/// A new (rooted) set or frozenset over `table`.
fn new_set(vm: &mut Vm, table: SetTable<Value>, frozen: bool) -> Gc<SetObj> {
    let s = vm.heap.alloc(SetObj::new(table, frozen));
    vm.roots.push(s.value());
    s
}

/// `set_copy`: a same-kind copy laid out as CPython's `set_merge` into a fresh set.
fn copy_of(vm: &mut Vm, s: Gc<SetObj>, frozen: bool) -> Gc<SetObj> {
    let t = s.with(|t| t.copy());
    new_set(vm, t, frozen)
}

/// The entries of a set, in iteration order, rooted (user `__eq__` may empty the set while
/// the snapshot is walked).
fn entries(vm: &mut Vm, s: Gc<SetObj>) -> Vec<(i64, Value)> {
    let e: Vec<(i64, Value)> = s.with(|t| t.iter().collect());
    vm.roots.extend(e.iter().map(|&(_, k)| k));
    e
}

fn dict_entries(vm: &mut Vm, d: Gc<DictObj>) -> Vec<(i64, Value)> {
    let e: Vec<(i64, Value)> = d.with(|t| t.iter().map(|(h, k, _)| (h, k)).collect());
    vm.roots.extend(e.iter().map(|&(_, k)| k));
    e
}

/// Streams `iterable`, calling `f(vm, hash, item)` for each item until it returns false.
fn for_each_hashed(
    vm: &mut Vm,
    iterable: Value,
    mut f: impl FnMut(&mut Vm, i64, Value) -> PyResult<bool>,
) -> PyResult<()> {
    let it = vm.get_iter(iterable)?;
    vm.roots.push(it);
    // One pin for the whole loop rather than one per item (`interp::unpinned`): the callers
    // hold references, but the garbage each item makes stays collectible.
    vm.pin();
    let r = vm.rooted(|vm, scope| {
        let it = scope.push(vm, it);
        while let Some(item) = vm.next_unpinned(it)? {
            vm.roots.push(item);
            let h = vm.hash(item)?;
            if !f(vm, h, item)? {
                break;
            }
        }
        Ok(())
    });
    vm.unpin();
    r
}

// ---------------------------------------------------------------------------------------------
// single-entry operations with a known hash (fast comparison first, Python equality after)

fn contains_entry(vm: &mut Vm, s: Gc<SetObj>, h: i64, key: Value) -> PyResult<bool> {
    Ok(matches!(vm.set_lookup(s, h, key, false)?, table::SetLookup::Found(_)))
}

/// Adds `key` (hash `h`) unless an equal key is present; true if added.
fn add_entry(vm: &mut Vm, s: Gc<SetObj>, h: i64, key: Value) -> PyResult<bool> {
    vm.set_add_hashed(s, h, key)
}

/// Removes the key equal to `key`; true if there was one.
fn discard_entry(vm: &mut Vm, s: Gc<SetObj>, h: i64, key: Value) -> PyResult<bool> {
    vm.set_discard_hashed(s, h, key)
}

fn dict_has_entry(vm: &mut Vm, d: Gc<DictObj>, h: i64, key: Value) -> PyResult<bool> {
    vm.dict_has(d, h, key)
}

/// `symmetric_difference_update`'s step: remove `key` if present, else add it.
fn toggle(vm: &mut Vm, s: Gc<SetObj>, h: i64, key: Value) -> PyResult<()> {
    if !discard_entry(vm, s, h, key)? {
        add_entry(vm, s, h, key)?;
    }
    Ok(())
}

/// The trailing "resize away dummies" step of `set_difference_update_internal`.
fn difference_epilogue(s: Gc<SetObj>) {
    // An empty discard list runs only the epilogue (no key is compared).
    let _ = s.with_mut(|t| t.difference_update_items(&[], &mut fast));
}

// ---------------------------------------------------------------------------------------------
// CPython's set algorithms (setobject.c), per operand type

/// `set_update_internal(so, other)`.
fn update_internal(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<()> {
    match operand(other) {
        Operand::Set(o) => {
            if o == so {
                return Ok(());
            }
            if o.with(|ot| so.with_mut(|st| st.merge_from(ot, &mut fast))).is_err() {
                for (h, k) in entries(vm, o) {
                    add_entry(vm, so, h, k)?;
                }
            }
        }
        Operand::Dict(d) => {
            if d.with(|dt| so.with_mut(|st| st.merge_from_dict(dt, &mut fast)))
                .is_err()
            {
                for (h, k) in dict_entries(vm, d) {
                    add_entry(vm, so, h, k)?;
                }
            }
        }
        Operand::Other(x) => for_each_hashed(vm, x, |vm, h, k| add_entry(vm, so, h, k).map(|_| true))?,
    }
    Ok(())
}

/// `set_union(so, *others)` / `so | other`.
fn union_of(vm: &mut Vm, so: Gc<SetObj>, others: &[Value], frozen: bool) -> PyResult<Gc<SetObj>> {
    let result = copy_of(vm, so, frozen);
    for &o in others {
        if o != so.value() {
            update_internal(vm, result, o)?;
        }
    }
    Ok(result)
}

/// `set_intersection(so, other)`: a new set of `so`'s kind.
fn intersection_of(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<Gc<SetObj>> {
    let frozen = so.frozen;
    if other == so.value() {
        return Ok(copy_of(vm, so, frozen));
    }
    if let Operand::Set(o) = operand(other) {
        if let Ok(t) = so.with(|a| o.with(|b| table::set_intersection(a, b, &mut fast))) {
            return Ok(new_set(vm, t, frozen));
        }
        // Iterate the smaller set (the other one on ties), probe the larger.
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        let result = new_set(vm, SetTable::new(), frozen);
        for (h, k) in entries(vm, small) {
            if contains_entry(vm, big, h, k)? {
                add_entry(vm, result, h, k)?;
            }
        }
        return Ok(result);
    }
    let result = new_set(vm, SetTable::new(), frozen);
    for_each_hashed(vm, other, |vm, h, k| {
        if contains_entry(vm, so, h, k)? {
            add_entry(vm, result, h, k)?;
            // Every key of `so` found: nothing more can be added.
            if result.len() >= so.len() {
                return Ok(false);
            }
        }
        Ok(true)
    })?;
    Ok(result)
}

/// `set_intersection_multi(so, *others)`.
fn intersection_multi(vm: &mut Vm, so: Gc<SetObj>, others: &[Value]) -> PyResult<Gc<SetObj>> {
    if others.is_empty() {
        return Ok(copy_of(vm, so, so.frozen));
    }
    let mut result = so;
    for &o in others {
        result = intersection_of(vm, result, o)?;
    }
    Ok(result)
}

/// `set_difference_update_internal(so, other)`.
fn difference_update_internal(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<()> {
    if other == so.value() {
        so.with_mut(|t| t.clear());
        return Ok(());
    }
    if let Operand::Set(o) = operand(other) {
        if so
            .with_mut(|st| o.with(|ot| st.difference_update(ot, &mut fast)))
            .is_ok()
        {
            return Ok(());
        }
        // When `other` is much larger, only the common keys are walked.
        let items = if (o.len() >> 3) > so.len() {
            let common = intersection_of(vm, so, o.value())?;
            entries(vm, common)
        } else {
            entries(vm, o)
        };
        for (h, k) in items {
            discard_entry(vm, so, h, k)?;
        }
    } else {
        for_each_hashed(vm, other, |vm, h, k| discard_entry(vm, so, h, k).map(|_| true))?;
    }
    difference_epilogue(so);
    Ok(())
}

/// `set_difference(so, other)`: a new set of `so`'s kind.
fn difference_of(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<Gc<SetObj>> {
    let frozen = so.frozen;
    let other_len = match operand(other) {
        Operand::Set(o) => {
            if let Ok(t) = so.with(|a| o.with(|b| table::set_difference(a, b, &mut fast))) {
                return Ok(new_set(vm, t, frozen));
            }
            o.len()
        }
        Operand::Dict(d) => {
            if let Ok(t) = so.with(|a| d.with(|b| table::set_difference_dict(a, b, &mut fast))) {
                return Ok(new_set(vm, t, frozen));
            }
            d.len()
        }
        Operand::Other(_) => {
            let result = copy_of(vm, so, frozen);
            difference_update_internal(vm, result, other)?;
            return Ok(result);
        }
    };
    // Slow path for a set or dict operand, same algorithm as the table's.
    if (so.len() >> 2) > other_len {
        let result = copy_of(vm, so, frozen);
        match operand(other) {
            Operand::Dict(d) => {
                for (h, k) in dict_entries(vm, d) {
                    discard_entry(vm, result, h, k)?;
                }
                difference_epilogue(result);
            }
            _ => difference_update_internal(vm, result, other)?,
        }
        return Ok(result);
    }
    let result = new_set(vm, SetTable::new(), frozen);
    for (h, k) in entries(vm, so) {
        let found = match operand(other) {
            Operand::Dict(d) => dict_has_entry(vm, d, h, k)?,
            Operand::Set(o) => contains_entry(vm, o, h, k)?,
            Operand::Other(_) => return Err(vm.system_error("set difference with a non-set operand")),
        };
        if !found {
            add_entry(vm, result, h, k)?;
        }
    }
    Ok(result)
}

/// `set_difference_multi(so, *others)`.
fn difference_multi(vm: &mut Vm, so: Gc<SetObj>, others: &[Value]) -> PyResult<Gc<SetObj>> {
    let Some((&first, rest)) = others.split_first() else {
        return Ok(copy_of(vm, so, so.frozen));
    };
    let result = difference_of(vm, so, first)?;
    for &o in rest {
        difference_update_internal(vm, result, o)?;
    }
    Ok(result)
}

/// `set_symmetric_difference_update(so, other)`.
fn symmetric_difference_update(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<()> {
    if other == so.value() {
        so.with_mut(|t| t.clear());
        return Ok(());
    }
    let items = match operand(other) {
        // A dict's keys are toggled directly, in dict order.
        Operand::Dict(d) => dict_entries(vm, d),
        Operand::Set(o) => entries(vm, o),
        // Any other iterable becomes a set first (duplicates toggle once).
        Operand::Other(x) => {
            let tmp = new_set(vm, SetTable::new(), false);
            update_internal(vm, tmp, x)?;
            entries(vm, tmp)
        }
    };
    for (h, k) in items {
        toggle(vm, so, h, k)?;
    }
    Ok(())
}

/// `set_symmetric_difference(so, other)`: `set(other)`, then toggle each key of `so`.
fn symmetric_difference_of(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<Gc<SetObj>> {
    let frozen = so.frozen;
    let fast_result = match operand(other) {
        Operand::Set(o) => so
            .with(|a| o.with(|b| table::set_symmetric_difference(a, b, &mut fast)))
            .ok(),
        Operand::Dict(d) => so
            .with(|a| d.with(|b| table::set_symmetric_difference_dict(a, b, &mut fast)))
            .ok(),
        Operand::Other(_) => None,
    };
    if let Some(t) = fast_result {
        return Ok(new_set(vm, t, frozen));
    }
    let result = new_set(vm, SetTable::new(), frozen);
    update_internal(vm, result, other)?;
    for (h, k) in entries(vm, so) {
        toggle(vm, result, h, k)?;
    }
    Ok(result)
}

/// `a <= b` for two sets.
fn subset_sets(vm: &mut Vm, a: Gc<SetObj>, b: Gc<SetObj>) -> PyResult<bool> {
    // Set comparison recurses into nested frozensets: near the recursion limit the fast path
    // looks only as deep as the levels left (`Vm::fast_eq_start`).
    let start = vm.fast_eq_start();
    let mut fast_within = |p, q| fast_eq_nested(p, q, start).ok_or(NeedsSlow);
    if let Ok(r) = a.with(|ta| b.with(|tb| table::set_issubset(ta, tb, &mut fast_within))) {
        return Ok(r);
    }
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in entries(vm, a) {
        if !contains_entry(vm, b, h, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `set_issubset(so, other)`: a non-set operand becomes a set first (3.11).
fn issubset_of(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<bool> {
    let o = match operand(other) {
        Operand::Set(o) => o,
        _ => {
            let tmp = new_set(vm, SetTable::new(), false);
            update_internal(vm, tmp, other)?;
            tmp
        }
    };
    subset_sets(vm, so, o)
}

/// `set_issuperset(so, other)`: a non-set operand is streamed, stopping at the first miss.
fn issuperset_of(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<bool> {
    if let Operand::Set(o) = operand(other) {
        return subset_sets(vm, o, so);
    }
    let mut all = true;
    for_each_hashed(vm, other, |vm, h, k| {
        all = contains_entry(vm, so, h, k)?;
        Ok(all)
    })?;
    Ok(all)
}

/// `set_isdisjoint(so, other)`.
fn isdisjoint_of(vm: &mut Vm, so: Gc<SetObj>, other: Value) -> PyResult<bool> {
    if other == so.value() {
        return Ok(so.is_empty());
    }
    if let Operand::Set(o) = operand(other) {
        if let Ok(r) = so.with(|a| o.with(|b| table::set_isdisjoint(a, b, &mut fast))) {
            return Ok(r);
        }
        let (big, small) = if o.len() > so.len() { (o, so) } else { (so, o) };
        for (h, k) in entries(vm, small) {
            if contains_entry(vm, big, h, k)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let mut disjoint = true;
    for_each_hashed(vm, other, |vm, h, k| {
        disjoint = !contains_entry(vm, so, h, k)?;
        Ok(disjoint)
    })?;
    Ok(disjoint)
}

/// The hash of a `remove`/`discard` key; an unhashable set is looked up as the equal
/// frozenset, as CPython does.
fn lookup_key(vm: &mut Vm, key: Value) -> PyResult<(i64, Value)> {
    match vm.hash(key) {
        Ok(h) => Ok((h, key)),
        Err(Throw::Exception) if key.downcast::<SetObj>().is_some() && isinstance(vm, vm.exc, vm.types.TypeError) => {
            let Some(s) = key.downcast::<SetObj>() else {
                return Err(vm.system_error("internal error: expected set"));
            };
            let fs = copy_of(vm, s, true);
            let h = vm.hash(fs.value())?;
            Ok((h, fs.value()))
        }
        Err(e) => Err(e),
    }
}

// ---------------------------------------------------------------------------------------------
// the operators

impl Vm {
    /// `s.update(iterable)` for set `s` (`set_update_internal`: set and dict operands keep
    /// their stored hashes, other iterables are streamed).
    pub(crate) fn set_update(&mut self, s: Value, other: Value) -> PyResult<()> {
        let Some(so) = s.downcast::<SetObj>() else {
            return Err(self.system_error("internal error: expected set target"));
        };
        guarded(self, |vm| update_internal(vm, so, other))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for two sets; the result has `a`'s kind.
    pub(crate) fn set_binop(&mut self, kind: BinOpKind, a: Gc<SetObj>, b: Gc<SetObj>) -> PyResult<Value> {
        let frozen = a.frozen;
        guarded(self, |vm| {
            let r = match kind {
                BinOpKind::BitOr => union_of(vm, a, &[b.value()], frozen)?,
                BinOpKind::BitAnd => intersection_of(vm, a, b.value())?,
                BinOpKind::Sub => difference_of(vm, a, b.value())?,
                _ => symmetric_difference_of(vm, a, b.value())?,
            };
            Ok(r.value())
        })
    }

    /// `a == b`, `a <= b`, ... for two sets (`set_richcompare`), with Python equality for
    /// keys that need it.
    pub(crate) fn set_compare(&mut self, kind: CmpKind, a: Gc<SetObj>, b: Gc<SetObj>) -> PyResult<bool> {
        guarded(self, |vm| match kind {
            CmpKind::Eq => Ok(a.len() == b.len() && subset_sets(vm, a, b)?),
            CmpKind::Ne => Ok(!(a.len() == b.len() && subset_sets(vm, a, b)?)),
            CmpKind::Le => subset_sets(vm, a, b),
            CmpKind::Ge => subset_sets(vm, b, a),
            CmpKind::Lt => Ok(a.len() < b.len() && subset_sets(vm, a, b)?),
            CmpKind::Gt => Ok(a.len() > b.len() && subset_sets(vm, b, a)?),
        })
    }

    /// `a |= b`, `a &= b`, `a -= b`, `a ^= b` for a mutable set `a` and a set `b`: `a` is
    /// updated in place (its table keeps its dummies and size, as in CPython).
    pub(crate) fn set_inplace(&mut self, kind: BinOpKind, a: Gc<SetObj>, b: Gc<SetObj>) -> PyResult<()> {
        guarded(self, |vm| match kind {
            BinOpKind::BitOr => update_internal(vm, a, b.value()),
            BinOpKind::BitAnd => {
                let tmp = intersection_of(vm, a, b.value())?;
                let t = tmp.with_mut(std::mem::take);
                a.with_mut(|at| at.replace_body(t));
                Ok(())
            }
            BinOpKind::Sub => difference_update_internal(vm, a, b.value()),
            _ => symmetric_difference_update(vm, a, b.value()),
        })
    }
}

// ---------------------------------------------------------------------------------------------
// dict keys/items views as sets (`dictviews_or`, `_PyDictView_Intersect`, ... in dictobject.c)

/// A keys or items view (values views are not set-like).
fn set_view(v: Value) -> Option<Gc<DictViewObj>> {
    v.downcast::<DictViewObj>().filter(|d| d.which != DictViewKind::Values)
}

// A dict view is made only over a dict (`DictViewObj::dict` is set once, by the view's constructor,
// to a DictObj).
#[allow(clippy::expect_used)]
fn view_dict(v: Gc<DictViewObj>) -> Gc<DictObj> {
    v.dict.downcast::<DictObj>().expect("view of a dict")
}

/// `dictviews_to_set`: a keys view converts from its dict (presized), anything else by
/// iteration.
fn view_operand_to_set(vm: &mut Vm, v: Value) -> PyResult<Gc<SetObj>> {
    let src = match set_view(v) {
        Some(dv) if dv.which == DictViewKind::Keys => dv.dict,
        _ => v,
    };
    let r = new_set(vm, SetTable::new(), false);
    update_internal(vm, r, src)?;
    Ok(r)
}

/// `item in view` for a keys or items view.
fn view_contains(vm: &mut Vm, dv: Gc<DictViewObj>, item: Value) -> PyResult<bool> {
    let d = view_dict(dv);
    if dv.which == DictViewKind::Keys {
        return Ok(vm.dict_get(d, item)?.is_some());
    }
    let Some(t) = item.downcast::<TupleObj>() else {
        return Ok(false);
    };
    let [k, v] = *t.items else {
        return Ok(false);
    };
    match vm.dict_get(d, k)? {
        Some(found) => {
            vm.roots.push(found);
            vm.eq(found, v)
        }
        None => Ok(false),
    }
}

/// `PySequence_Contains(container, item)` for the containers a view comparison meets.
fn contained_in(vm: &mut Vm, container: Value, item: Value) -> PyResult<bool> {
    match set_view(container) {
        Some(dv) => view_contains(vm, dv, item),
        None => vm.contains(container, item),
    }
}

/// `all_contained_in(a, b)`: every item of iterable `a` is in `b`.
fn all_contained_in(vm: &mut Vm, a: Value, b: Value) -> PyResult<bool> {
    let it = vm.get_iter(a)?;
    vm.roots.push(it);
    while let Some(item) = vm.iter_next(it)? {
        vm.roots.push(item);
        if !contained_in(vm, b, item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `_PyDictView_Intersect(x, y)`, one of which is a keys/items view.
fn view_intersect(vm: &mut Vm, x: Value, y: Value) -> PyResult<Gc<SetObj>> {
    // CPython receives the operands swapped when the view is on the right.
    let (mut this, mut other) = if set_view(x).is_some() { (x, y) } else { (y, x) };
    let len_self = crate::runtime::builtins::length(vm, this)?;
    if let Some(s) = other.downcast::<SetObj>()
        && !s.frozen
        && len_self <= s.len()
    {
        return intersection_of(vm, s, this);
    }
    if set_view(other).is_some() && crate::runtime::builtins::length(vm, other)? > len_self {
        std::mem::swap(&mut this, &mut other);
    }
    let Some(dv) = set_view(this) else {
        return Err(vm.system_error("internal error: expected a set-like view"));
    };
    let result = new_set(vm, SetTable::new(), false);
    let it = vm.get_iter(other)?;
    vm.roots.push(it);
    while let Some(item) = vm.iter_next(it)? {
        vm.roots.push(item);
        if view_contains(vm, dv, item)? {
            let h = vm.hash(item)?;
            add_entry(vm, result, h, item)?;
        }
    }
    Ok(result)
}

/// `dictview_richcompare(view, other)` for a set or set-like view `other`.
fn view_compare(vm: &mut Vm, kind: CmpKind, view: Value, other: Value) -> PyResult<bool> {
    let len_self = crate::runtime::builtins::length(vm, view)?;
    let len_other = crate::runtime::builtins::length(vm, other)?;
    Ok(match kind {
        CmpKind::Eq => len_self == len_other && all_contained_in(vm, view, other)?,
        CmpKind::Ne => !(len_self == len_other && all_contained_in(vm, view, other)?),
        CmpKind::Lt => len_self < len_other && all_contained_in(vm, view, other)?,
        CmpKind::Le => len_self <= len_other && all_contained_in(vm, view, other)?,
        CmpKind::Gt => len_self > len_other && all_contained_in(vm, other, view)?,
        CmpKind::Ge => len_self >= len_other && all_contained_in(vm, other, view)?,
    })
}

impl Vm {
    /// `x | y`, `x & y`, `x - y`, `x ^ y` when either operand is a keys/items view (the
    /// view's number slots, which CPython reaches with the operands in their original
    /// order); `None` when neither is.
    pub(crate) fn dictview_binop(&mut self, kind: BinOpKind, x: Value, y: Value) -> PyResult<Option<Value>> {
        if set_view(x).is_none() && set_view(y).is_none() {
            return Ok(None);
        }
        if !matches!(
            kind,
            BinOpKind::BitOr | BinOpKind::BitAnd | BinOpKind::Sub | BinOpKind::BitXor
        ) {
            return Ok(None);
        }
        // A user object on the left gets its own `__or__` etc. first.
        if is_user_object(x) {
            return Ok(None);
        }
        if kind == BinOpKind::BitXor
            && set_view(x).is_some_and(|v| v.which == DictViewKind::Items)
            && set_view(y).is_some_and(|v| v.which == DictViewKind::Items)
        {
            return Err(self.not_implemented("'^' between two dict_items views is not supported"));
        }
        guarded(self, |vm| {
            let r = match kind {
                BinOpKind::BitAnd => view_intersect(vm, x, y)?,
                _ => {
                    let r = view_operand_to_set(vm, x)?;
                    match kind {
                        BinOpKind::BitOr => update_internal(vm, r, y)?,
                        BinOpKind::Sub => difference_update_internal(vm, r, y)?,
                        _ => symmetric_difference_update(vm, r, y)?,
                    }
                    r
                }
            };
            Ok(Some(r.value()))
        })
    }

    /// Comparisons between a keys/items view and a set or another such view; `None` for
    /// other operand types.
    pub(crate) fn dictview_compare(&mut self, kind: CmpKind, x: Value, y: Value) -> PyResult<Option<bool>> {
        let setlike = |v: Value| v.downcast::<SetObj>().is_some() || set_view(v).is_some();
        let (view, other, kind) = if set_view(x).is_some() && setlike(y) {
            (x, y, kind)
        } else if set_view(y).is_some() && setlike(x) {
            // The set declines (`NotImplemented`); the view answers the reflected question.
            (y, x, kind.swapped())
        } else {
            return Ok(None);
        };
        guarded(self, |vm| view_compare(vm, kind, view, other).map(Some))
    }
}

/// `dictviews_isdisjoint(view, other)`.
fn view_isdisjoint(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(dv) = args.first().and_then(|&v| set_view(v)) else {
        let cls = if args.first().and_then(|v| v.downcast::<DictViewObj>()).is_some() {
            "dict_items"
        } else {
            "dict_keys"
        };
        return Err(descriptor_error(vm, args, cls, "isdisjoint"));
    };
    no_kwargs(vm, "isdisjoint", kw)?;
    check_args(vm, "isdisjoint", args.get(1..).unwrap_or_default(), 1, 1)?;
    let [view, other] = *args else {
        return Err(vm.system_error("isdisjoint: argument check admitted a wrong count"));
    };
    if view == other {
        return Ok(Value::bool(view_dict(dv).is_empty()));
    }
    guarded(vm, |vm| {
        let (mut this, mut iterated) = (view, other);
        // Iterate the shorter operand when both have cheap membership.
        if other.downcast::<SetObj>().is_some() || set_view(other).is_some() {
            let len_self = crate::runtime::builtins::length(vm, view)?;
            if crate::runtime::builtins::length(vm, other)? > len_self {
                std::mem::swap(&mut this, &mut iterated);
            }
        }
        let it = vm.get_iter(iterated)?;
        vm.roots.push(it);
        while let Some(item) = vm.iter_next(it)? {
            vm.roots.push(item);
            if contained_in(vm, this, item)? {
                return Ok(Value::FALSE);
            }
        }
        Ok(Value::TRUE)
    })
}

// ---------------------------------------------------------------------------------------------
// the methods

fn set_add(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, key) = prologue_one::<false>(vm, args, kw, "add")?;
    let h = vm.hash(key)?;
    add_entry(vm, s, h, key)?;
    Ok(Value::NONE)
}

fn set_remove(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, key) = prologue_one::<false>(vm, args, kw, "remove")?;
    let found = guarded(vm, |vm| {
        let (h, k) = lookup_key(vm, key)?;
        discard_entry(vm, s, h, k)
    })?;
    if !found {
        return Err(vm.key_error(key));
    }
    Ok(Value::NONE)
}

fn set_discard(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, key) = prologue_one::<false>(vm, args, kw, "discard")?;
    guarded(vm, |vm| {
        let (h, k) = lookup_key(vm, key)?;
        discard_entry(vm, s, h, k)
    })?;
    Ok(Value::NONE)
}

fn set_pop(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<false>(vm, args, kw, "pop", 0, 0)?;
    match s.with_mut(|t| t.pop()) {
        Some((_, k)) => Ok(k),
        None => {
            let msg = vm.new_str("pop from an empty set");
            Err(vm.key_error(msg))
        }
    }
}

fn set_clear(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<false>(vm, args, kw, "clear", 0, 0)?;
    s.with_mut(|t| t.clear());
    Ok(Value::NONE)
}

fn copy<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<FROZEN>(vm, args, kw, "copy", 0, 0)?;
    if FROZEN {
        // Frozensets are immutable: `copy()` is the object itself.
        return Ok(s.value());
    }
    guarded(vm, |vm| Ok(copy_of(vm, s, false).value()))
}

fn union<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<FROZEN>(vm, args, kw, "union", 0, usize::MAX)?;
    guarded(vm, |vm| {
        Ok(union_of(vm, s, args.get(1..).unwrap_or_default(), FROZEN)?.value())
    })
}

fn intersection<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<FROZEN>(vm, args, kw, "intersection", 0, usize::MAX)?;
    guarded(vm, |vm| {
        Ok(intersection_multi(vm, s, args.get(1..).unwrap_or_default())?.value())
    })
}

fn difference<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<FROZEN>(vm, args, kw, "difference", 0, usize::MAX)?;
    guarded(vm, |vm| {
        Ok(difference_multi(vm, s, args.get(1..).unwrap_or_default())?.value())
    })
}

fn symmetric_difference<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, other) = prologue_one::<FROZEN>(vm, args, kw, "symmetric_difference")?;
    guarded(vm, |vm| Ok(symmetric_difference_of(vm, s, other)?.value()))
}

fn issubset<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, other) = prologue_one::<FROZEN>(vm, args, kw, "issubset")?;
    guarded(vm, |vm| issubset_of(vm, s, other).map(Value::bool))
}

fn issuperset<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, other) = prologue_one::<FROZEN>(vm, args, kw, "issuperset")?;
    guarded(vm, |vm| issuperset_of(vm, s, other).map(Value::bool))
}

fn isdisjoint<const FROZEN: bool>(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, other) = prologue_one::<FROZEN>(vm, args, kw, "isdisjoint")?;
    guarded(vm, |vm| isdisjoint_of(vm, s, other).map(Value::bool))
}

fn set_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<false>(vm, args, kw, "update", 0, usize::MAX)?;
    guarded(vm, |vm| {
        for &o in args.get(1..).unwrap_or_default() {
            update_internal(vm, s, o)?;
        }
        Ok(Value::NONE)
    })
}

fn set_intersection_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<false>(vm, args, kw, "intersection_update", 0, usize::MAX)?;
    guarded(vm, |vm| {
        // The result replaces the receiver's table (CPython swaps bodies), so even
        // `s.intersection_update()` compacts `s`.
        let tmp = intersection_multi(vm, s, args.get(1..).unwrap_or_default())?;
        if tmp != s {
            let t = tmp.with_mut(std::mem::take);
            s.with_mut(|st| st.replace_body(t));
        }
        Ok(Value::NONE)
    })
}

fn set_difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let s = prologue::<false>(vm, args, kw, "difference_update", 0, usize::MAX)?;
    guarded(vm, |vm| {
        for &o in args.get(1..).unwrap_or_default() {
            difference_update_internal(vm, s, o)?;
        }
        Ok(Value::NONE)
    })
}

fn set_symmetric_difference_update(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let (s, other) = prologue_one::<false>(vm, args, kw, "symmetric_difference_update")?;
    guarded(vm, |vm| symmetric_difference_update(vm, s, other).map(|_| Value::NONE))
}
