//! Constructors of built-in types that scripts reach through the `types` module:
//! `types.ModuleType(name, doc=None)`, `types.MethodType(func, obj)` and
//! `types.GenericAlias(origin, args)`, with CPython's argument errors.

use super::*;

/// The constructors, keyed by class (installed with the others in `install`).
pub(super) fn ctors(vm: &Vm) -> [(Value, NativeFn); 3] {
    [
        (vm.types.module, ctor_module),
        (vm.types.method, ctor_method),
        (vm.types.generic_alias, ctor_generic_alias),
    ]
}

/// `module(name, doc=None)`: a module object with CPython's fresh namespace (`__name__`,
/// `__doc__`, and None for `__package__`, `__loader__` and `__spec__`).
fn ctor_module(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or_default();
    let [name_kw, doc_kw] = take_kwargs(vm, "module", kw, ["name", "doc"])?;
    let (name, doc) = match (a, name_kw, doc_kw) {
        ([n], None, d) => (*n, d.unwrap_or(Value::NONE)),
        ([n, d], None, None) => (*n, *d),
        ([], Some(n), d) => (n, d.unwrap_or(Value::NONE)),
        ([], None, _) => {
            return Err(vm.type_error("module() missing required argument 'name' (pos 1)"));
        }
        ([_, ..], Some(_), _) | ([_, _], _, Some(_)) => {
            return Err(vm.type_error("argument for module() given by name ('name') and position (1)"));
        }
        _ => {
            let msg = format!("module() takes at most 2 arguments ({} given)", a.len());
            return Err(vm.type_error(msg));
        }
    };
    if name.downcast::<StrObj>().is_none() {
        let msg = format!("module() argument 'name' must be str, not {}", type_name(vm, name));
        return Err(vm.type_error(msg));
    }
    let dict = vm.new_dict();
    for (k, v) in [
        ("__name__", name),
        ("__doc__", doc),
        ("__package__", Value::NONE),
        ("__loader__", Value::NONE),
        ("__spec__", Value::NONE),
    ] {
        let key = vm.intern(k);
        vm.dict_set(dict, key, v)?;
    }
    let module = vm.types.module;
    Ok(vm.heap.alloc(InstanceObj::with_dict(module, dict)).value())
}

/// `method(function, instance)`: `function` bound to `instance`.
fn ctor_method(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "method", kw)?;
    let a = args.get(1..).unwrap_or_default();
    let [func, obj] = a else {
        let msg = format!("method expected 2 arguments, got {}", a.len());
        return Err(vm.type_error(msg));
    };
    let callable = func.downcast::<FunctionObj>().is_some()
        || func.downcast::<NativeObj>().is_some()
        || func.downcast::<BoundMethodObj>().is_some()
        || func.downcast::<ClassObj>().is_some()
        || vm.lookup_special(*func, "__call__").is_some();
    if !callable {
        return Err(vm.type_error("first argument must be callable"));
    }
    if obj.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm
        .heap
        .alloc(BoundMethodObj {
            func: *func,
            self_: *obj,
        })
        .value())
}

/// `GenericAlias(origin, args)`: `args` a tuple, or one argument.
fn ctor_generic_alias(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "GenericAlias", kw)?;
    let a = args.get(1..).unwrap_or_default();
    let [origin, alias_args] = a else {
        let msg = format!("GenericAlias expected 2 arguments, got {}", a.len());
        return Err(vm.type_error(msg));
    };
    let alias_args = match alias_args.downcast::<TupleObj>() {
        Some(_) => *alias_args,
        None => vm.new_tuple_from(&[*alias_args]),
    };
    let params = vm.new_tuple(Vec::new());
    Ok(vm.new_state_instance(
        vm.types.generic_alias,
        &[
            ("__origin__", *origin),
            ("__args__", alias_args),
            ("__parameters__", params),
        ],
    ))
}
