//! Methods of `list` and `tuple`.

use crate::interp::{PyResult, Vm};
use crate::runtime::builtins::{check_args, no_kwargs};
use crate::runtime::object::*;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

pub(super) fn install(vm: &mut Vm) {
    let list = vm.types.list;
    super::add_methods(vm, list, &[("append", list_append), ("sort", list_sort)]);
}

fn this(args: &[Value]) -> crate::gc::Gc<ListObj> {
    args[0].downcast::<ListObj>().expect("list method on a list")
}

fn list_append(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "list.append", kw)?;
    check_args(vm, "append", &args[1..], 1, 1)?;
    this(args).push(args[1]);
    vm.heap.note_growth(8);
    Ok(Value::NONE)
}

fn list_sort(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [key, reverse] = crate::runtime::builtins::take_kwargs(vm, "sort", kw, ["key", "reverse"])?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this(args);
    let mut items = l.with_mut(std::mem::take);
    let rev = match reverse {
        Some(r) => vm.truthy(r)?,
        None => false,
    };
    vm.roots.extend_from_slice(&items);
    let n = items.len();
    let r = crate::runtime::builtins::sort_values(vm, &mut items, key, rev);
    vm.roots.truncate(vm.roots.len() - n);
    let modified = !l.is_empty();
    l.with_mut(|v| *v = items);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}
