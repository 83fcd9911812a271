//! Loading compiled units into the heap: constants become objects, names interned strings, and
//! each global name gets an empty lookup cache (see `globals.rs`).

use crate::compiler::{CodeUnit, Const};
use crate::gc::Gc;
use crate::interp::Vm;
use crate::runtime::object::*;
use crate::runtime::value::Value;

/// Turns a compiled unit (and its nested units) into a heap code object.
/// Code objects and their constants are allocated in the old generation: the interpreter holds
/// code objects across safepoints, so they must never move.
pub(crate) fn load_unit(vm: &mut Vm, unit: &CodeUnit, source: &std::sync::Arc<str>) -> Gc<CodeObj> {
    let saved = vm.heap.set_pretenure(true);
    let code = load_unit_inner(vm, unit, source);
    vm.heap.set_pretenure(saved);
    code
}

fn load_unit_inner(vm: &mut Vm, unit: &CodeUnit, source: &std::sync::Arc<str>) -> Gc<CodeObj> {
    let consts: Vec<Value> = unit.consts.iter().map(|c| load_const(vm, c, source)).collect();
    let names: Vec<Value> = unit.names.iter().map(|n| vm.intern_for_code(n)).collect();
    let global_names: Vec<Value> = unit.global_names.iter().map(|n| vm.intern_for_code(n)).collect();
    let global_cache: Vec<std::cell::Cell<GlobalCache>> = global_names
        .iter()
        .map(|_| std::cell::Cell::new(GlobalCache::EMPTY))
        .collect();
    let name = vm.intern_for_code(&unit.name);
    let qualname = vm.intern_for_code(&unit.qualname);
    let param_names: Vec<Value> = unit.param_names.iter().map(|n| vm.intern_for_code(n)).collect();
    let local_names: Vec<Value> = unit
        .local_names
        .iter()
        .map(|n| n.as_ref().map_or(Value::NONE, |n| vm.intern_for_code(n)))
        .collect();
    vm.heap.alloc(CodeObj {
        name,
        qualname,
        filename: unit.filename.clone(),
        source: source.clone(),
        instrs: unit.instrs.as_slice().into(),
        positions: unit.positions.as_slice().into(),
        consts: consts.into_boxed_slice(),
        names: names.into_boxed_slice(),
        global_names: global_names.into_boxed_slice(),
        global_cache: global_cache.into_boxed_slice(),
        exc_table: unit.exc_table.as_slice().into(),
        flags: unit.flags,
        nregs: unit.nregs,
        argcount: unit.argcount,
        posonly: unit.posonly,
        kwonly: unit.kwonly,
        param_names: param_names.into_boxed_slice(),
        local_names: local_names.into_boxed_slice(),
        free_start: unit.free_start,
        nfree: unit.nfree,
        first_line: unit.first_line,
    })
}

fn load_const(vm: &mut Vm, c: &Const, source: &std::sync::Arc<str>) -> Value {
    match c {
        Const::None => Value::NONE,
        Const::True => Value::TRUE,
        Const::False => Value::FALSE,
        Const::Ellipsis => Value::ELLIPSIS,
        Const::Int(i) => vm.new_int(i.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Str(s) => vm.intern_for_code(s),
        Const::Bytes(b) => vm.new_bytes(b.clone()),
        Const::Tuple(items) => {
            let vs: Vec<Value> = items.iter().map(|i| load_const(vm, i, source)).collect();
            vm.new_tuple(vs)
        }
        Const::FrozenSet(items) => {
            // CPython's compiler builds the frozenset from the source order, then rebuilds it
            // from its own iteration order when merging constants, and once more when it
            // interns identifier-like strings in it; each rebuild can change the table layout
            // and so the iteration order of sets made from it.
            let vs: Vec<Value> = items.iter().map(|i| load_const(vm, i, source)).collect();
            let mut rebuilds = 2;
            if items
                .iter()
                .any(|c| matches!(c, Const::Str(s) if is_identifier_like(s)))
            {
                rebuilds += 1;
            }
            let mut set = vm.build_set(&vs, true).unwrap_or(Value::NONE);
            for _ in 1..rebuilds {
                let order: Vec<Value> = set
                    .downcast::<SetObj>()
                    .map_or(Vec::new(), |s| s.with(|t| t.keys().collect()));
                set = vm.build_set(&order, true).unwrap_or(Value::NONE);
            }
            set
        }
        Const::Code(u) => load_unit_inner(vm, u, source).value(),
    }
}

/// CPython's `all_name_chars`: the strings its code objects intern.
fn is_identifier_like(s: &str) -> bool {
    s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}
