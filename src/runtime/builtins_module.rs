//! The rest of CPython 3.11's `dir(builtins)`: the `builtins` module object itself
//! (`__builtins__`, `import builtins`), the names that refuse by name (what touches the host,
//! `async` helpers, `complex`), `exit`/`quit`, and the module-level dunders (`__debug__`,
//! `__spec__`, ...). `tests/builtins_names.rs` walks CPython's list and checks each name is
//! usable or refuses by name.
//!
//! The module is an `InstanceObj` of the built-in class `module` whose instance dict holds
//! every builtin, snapshotted when the VM starts: `builtins.len is len`, `getattr`, `dir` and
//! attribute assignment on it work as in CPython, but a name assigned on it later is not seen
//! by name lookups in scripts (those read the VM's builtins table).

use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// The docstring of CPython 3.11's `builtins` module.
const BUILTINS_DOC: &str = "Built-in functions, types, exceptions, and other objects.\n\nThis module provides direct access to all 'built-in'\nidentifiers of Python; for example, builtins.len is\nthe full name for the built-in function len().\n\nThis module is not normally accessed explicitly by most\napplications, but can be useful in modules that provide\nobjects with the same name as a built-in value, but in\nwhich the built-in of that name is also needed.";

macro_rules! refusing_builtins {
    ($($fn_name:ident => $what:literal),* $(,)?) => {
        $(fn $fn_name(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
            Err(vm.not_implemented(concat!($what, " is not supported")))
        })*
    };
}

refusing_builtins! {
    refuse_build_class => "__build_class__",
    refuse_aiter => "aiter",
    refuse_anext => "anext",
    refuse_breakpoint => "breakpoint",
    refuse_help => "help",
    refuse_copyright => "copyright",
    refuse_credits => "credits",
    refuse_license => "license",
    refuse_complex => "complex",
}

/// `exit(code=None)` / `quit(code=None)`: raise `SystemExit(code)`, as the `Quitter` objects
/// CPython's `site` installs do (the CLI exits with the code).
fn builtin_exit(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    crate::runtime::builtins::no_kwargs(vm, "exit", kw)?;
    crate::runtime::builtins::check_args(vm, "exit", args, 0, 1)?;
    // The code is always the one argument (None by default).
    let a = vm.new_tuple_from(&[args.first().copied().unwrap_or(Value::NONE)]);
    let cls = vm.types.SystemExit;
    let e = vm.new_exception_obj(cls, a);
    Err(vm.throw(e))
}

/// Installs the remaining builtins and, last, the `builtins` module holding them all.
pub(crate) fn install(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("__build_class__", refuse_build_class),
        ("aiter", refuse_aiter),
        ("anext", refuse_anext),
        ("breakpoint", refuse_breakpoint),
        ("help", refuse_help),
        ("copyright", refuse_copyright),
        ("credits", refuse_credits),
        ("license", refuse_license),
        ("exit", builtin_exit),
        ("quit", builtin_exit),
    ];
    for &(name, f) in fns {
        let v = vm.new_native(name, f, Value::NONE);
        vm.add_builtin(name, v);
    }
    let complex = vm.types.complex;
    vm.ctors.insert(complex.bits(), refuse_complex);
    vm.add_builtin("complex", complex);
    vm.add_builtin("__debug__", Value::TRUE);
    crate::runtime::exception_group::install(vm);

    // The module object: every builtin, plus the module's own attributes.
    let dict = vm.new_dict();
    let mut names = vm.builtin_entries();
    let name = vm.intern("builtins");
    let doc = vm.new_str(BUILTINS_DOC);
    let empty = vm.new_str("");
    names.push(("True".into(), Value::TRUE));
    names.push(("False".into(), Value::FALSE));
    names.push(("__name__".into(), name));
    names.push(("__doc__".into(), doc));
    names.push(("__package__".into(), empty));
    names.push(("__loader__".into(), Value::NONE));
    names.push(("__spec__".into(), Value::NONE));
    sort_in_cpython_order(&mut names);
    for (k, v) in names {
        let key = vm.intern(&k);
        // Str keys hash and compare without Python code: this cannot fail.
        let _ = vm.dict_set(dict, key, v);
    }
    let module = vm.heap.alloc(InstanceObj::with_dict(vm.types.module, dict)).value();
    vm.add_builtin("__builtins__", module);
}

/// Orders builtins as CPython's builtins module's dict lists them (`builtins_order`), names
/// CPython lacks last in alphabetical order: `vars(builtins)` then reads as CPython's, and
/// the "Did you mean" hint of a NameError (`runtime::suggestions`) breaks ties the same way.
pub(crate) fn sort_in_cpython_order(names: &mut [(String, Value)]) {
    let order = crate::runtime::builtins_order::CPYTHON_BUILTINS_ORDER;
    names.sort_by_cached_key(|(n, _)| {
        let at = order.iter().position(|o| o == n).unwrap_or(order.len());
        (at, n.clone())
    });
}

/// The dict of a module object, if `v` is one.
pub(crate) fn module_dict(vm: &Vm, v: Value) -> Option<Value> {
    let inst = v.downcast::<InstanceObj>()?;
    (inst.class == vm.types.module).then(|| inst.dict.get())
}

/// `dir(module)`: the sorted names of its dict, as CPython's `module.__dir__`.
pub(crate) fn module_dir(vm: &mut Vm, v: Value) -> Option<Vec<String>> {
    let d = module_dict(vm, v)?.downcast::<DictObj>()?;
    let mut names: Vec<String> = d
        .with(|t| t.keys().collect::<Vec<_>>())
        .into_iter()
        .filter_map(|k| k.downcast::<StrObj>().map(|s| s.as_str().to_string()))
        .collect();
    names.sort();
    Some(names)
}

/// The `__name__` of the module whose dict is `dict`, when it is a str.
pub(crate) fn module_name(vm: &mut Vm, dict: Value) -> Option<String> {
    let d = dict.downcast::<DictObj>()?;
    let key = vm.intern("__name__");
    let name = crate::runtime::dict::get_str(d, key)?;
    name.downcast::<StrObj>().map(|s| s.as_str().to_string())
}

/// `repr(module)`: `<module 'builtins' (built-in)>` for the builtins and host modules (which
/// CPython would import with its built-in importer), `<module 'm' from 'path'>` for a module
/// with a `__file__`.
pub(crate) fn module_repr(vm: &mut Vm, v: Value) -> PyResult<Option<String>> {
    let Some(d) = module_dict(vm, v).and_then(|d| d.downcast::<DictObj>()) else {
        return Ok(None);
    };
    let key = vm.intern("__name__");
    let name = match crate::runtime::dict::get_str(d, key) {
        Some(n) => vm.repr(n)?,
        None => "'?'".into(),
    };
    let key = vm.intern("__file__");
    if let Some(file) = crate::runtime::dict::get_str(d, key) {
        let file = vm.repr(file)?;
        return Ok(Some(format!("<module {name} from {file}>")));
    }
    // A module made by `types.ModuleType(name)` has no importer (its `__package__` is None,
    // where an imported one has a str): CPython prints just the name.
    let key = vm.intern("__package__");
    if crate::runtime::dict::get_str(d, key).is_some_and(|p| p.is_none()) {
        return Ok(Some(format!("<module {name}>")));
    }
    Ok(Some(format!("<module {name} (built-in)>")))
}
