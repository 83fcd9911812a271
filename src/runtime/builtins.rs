//! The built-in functions (`print`, `len`, `range`, ...) and the constructors of built-in types.

use std::io::Write;

use crate::runtime::lead_args::checked_arg;

use dashu_int::IBig;

use crate::interp::bytecode::{BinOpKind, CmpKind};
use crate::interp::dynamic;
use crate::interp::stack_guard::RecursionSite;
use crate::interp::{PyResult, Throw, Vm};
use crate::runtime::num;
use crate::runtime::object::*;
use crate::runtime::ops::is_user_object;
use crate::runtime::types::{class_name, is_subclass, isinstance, lookup_in_mro, type_name, type_of};
use crate::runtime::value::Value;

type Kw<'a> = &'a [(Value, Value)];

/// Installs every builtin into the VM's builtins table.
pub fn install(vm: &mut Vm) {
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", builtin_print),
        ("len", builtin_len),
        ("repr", builtin_repr),
        ("ascii", builtin_ascii),
        ("abs", builtin_abs),
        ("min", builtin_min),
        ("max", builtin_max),
        ("sum", builtin_sum),
        ("sorted", builtin_sorted),
        ("any", builtin_any),
        ("all", builtin_all),
        ("isinstance", builtin_isinstance),
        ("issubclass", builtin_issubclass),
        ("hash", builtin_hash),
        ("ord", builtin_ord),
        ("chr", builtin_chr),
        ("divmod", builtin_divmod),
        ("pow", builtin_pow),
        ("round", builtin_round),
        ("hex", builtin_hex),
        ("oct", builtin_oct),
        ("bin", builtin_bin),
        ("iter", builtin_iter),
        ("next", builtin_next),
        ("callable", builtin_callable),
        ("format", builtin_format),
        ("id", builtin_id),
        ("getattr", builtin_getattr),
        ("setattr", builtin_setattr),
        ("hasattr", builtin_hasattr),
        ("delattr", builtin_delattr),
        ("vars", builtin_vars),
        ("dir", builtin_dir),
        ("globals", dynamic::builtin_globals),
        ("locals", dynamic::builtin_locals),
        ("exec", dynamic::builtin_exec),
        ("eval", dynamic::builtin_eval),
        ("compile", dynamic::builtin_compile),
        ("open", builtin_unsupported_open),
        ("input", builtin_unsupported_input),
        ("__import__", crate::interp::import::builtin_import),
    ];
    for &(name, f) in fns {
        let v = vm.new_native(name, f, Value::NONE);
        vm.add_builtin(name, v);
    }
    let ctors: &[(Value, NativeFn)] = &[
        (vm.types.int, ctor_int),
        (vm.types.bool_, ctor_bool),
        (vm.types.float, ctor_float),
        (vm.types.str_, ctor_str),
        (vm.types.list, ctor_list),
        (vm.types.tuple, ctor_tuple),
        (vm.types.dict, ctor_dict),
        (vm.types.set, ctor_set),
        (vm.types.frozenset, ctor_frozenset),
        (vm.types.range, ctor_range),
        (vm.types.slice, ctor_slice),
        (vm.types.type_, ctor_type),
        (vm.types.object, ctor_object),
        (vm.types.enumerate, ctor_enumerate),
        (vm.types.zip, ctor_zip),
        (vm.types.map, ctor_map),
        (vm.types.filter, ctor_filter),
        (vm.types.reversed, ctor_reversed),
    ];
    for &(cls, f) in ctors {
        vm.ctors.insert(cls.bits(), f);
    }
    for (name, cls) in vm.types.builtin_classes() {
        if matches!(
            name,
            "int"
                | "bool"
                | "float"
                | "str"
                | "list"
                | "tuple"
                | "dict"
                | "set"
                | "frozenset"
                | "range"
                | "slice"
                | "type"
                | "object"
                | "enumerate"
                | "zip"
                | "map"
                | "filter"
        ) {
            vm.add_builtin(name, cls);
        }
    }
    let rev = vm.types.reversed;
    vm.add_builtin("reversed", rev);
    for (name, cls) in vm.types.exception_classes() {
        vm.add_builtin(name, cls);
    }
    // CPython's aliases of OSError.
    let os_error = vm.types.OSError;
    vm.add_builtin("IOError", os_error);
    vm.add_builtin("EnvironmentError", os_error);
    vm.add_builtin("None", Value::NONE);
    vm.add_builtin("Ellipsis", Value::ELLIPSIS);
    vm.add_builtin("NotImplemented", Value::NOT_IMPLEMENTED);
    crate::runtime::bytes::install(vm);
    crate::runtime::classes::install(vm);
    crate::runtime::slots::install(vm);
    crate::runtime::builtins_module::install(vm);
    let name = vm.intern("__main__");
    vm.set_global("__name__", name);
    // A module without a docstring has `__doc__` None (the compiler stores a docstring).
    vm.set_global("__doc__", Value::NONE);
}

/// Checks a builtin's positional argument count with CPython's messages.
pub(crate) fn check_args(vm: &mut Vm, name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

pub(crate) fn no_kwargs(vm: &mut Vm, name: &str, kw: Kw) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        let msg = format!("{name}() takes no keyword arguments");
        Err(vm.type_error(msg))
    }
}

/// Splits keyword arguments into the allowed names (in order); errors on others.
pub(crate) fn take_kwargs<const N: usize>(
    vm: &mut Vm,
    fname: &str,
    kw: Kw,
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out = [None; N];
    for &(k, v) in kw {
        let ks = vm.str_of(k);
        match names.iter().position(|n| *n == ks) {
            Some(i) => {
                if let Some(slot) = out.get_mut(i) {
                    *slot = Some(v);
                }
            }
            None => {
                let msg = format!("{fname}() got an unexpected keyword argument '{ks}'");
                return Err(vm.type_error(msg));
            }
        }
    }
    Ok(out)
}

fn builtin_print(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    for &(k, _) in kw {
        let name = vm.str_of(k);
        if !matches!(name.as_str(), "sep" | "end" | "file" | "flush") {
            let msg = format!("'{name}' is an invalid keyword argument for print()");
            return Err(vm.type_error(msg));
        }
    }
    let [sep, end, file, flush] = take_kwargs(vm, "print", kw, ["sep", "end", "file", "flush"])?;
    // A file object, or a replaced `sys.stdout`, gets the text through its `write`.
    let file = match file.filter(|f| !f.is_none()) {
        Some(f) => Some(f),
        None => crate::stdlib::sys::print_target(vm),
    };
    let text_arg = |vm: &mut Vm, v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) if v.is_none() => Ok(default.to_string()),
            Some(v) => match v.downcast::<StrObj>() {
                Some(s) => Ok(s.as_str().to_string()),
                None => {
                    let msg = format!("{what} must be None or a string, not {}", type_name(vm, v));
                    Err(vm.type_error(msg))
                }
            },
        }
    };
    let sep = text_arg(vm, sep, " ", "sep")?;
    let end = text_arg(vm, end, "\n", "end")?;
    if let Some(file) = file {
        let flush = match flush {
            Some(f) => vm.truthy(f)?,
            None => false,
        };
        return crate::stdlib::sys::print_to_file(vm, file, args, &sep, &end, flush);
    }
    let mut out = String::new();
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    let _ = vm.out.write_all(out.as_bytes());
    Ok(Value::NONE)
}

/// `len(v)` as a Rust integer.
pub(crate) fn length(vm: &mut Vm, v: Value) -> PyResult<usize> {
    if let Some(s) = v.downcast::<StrObj>() {
        return Ok(s.char_len);
    }
    if let Some(l) = v.downcast::<ListObj>() {
        return Ok(l.len());
    }
    if let Some(t) = v.downcast::<TupleObj>() {
        return Ok(t.items.len());
    }
    if let Some(d) = v.downcast::<DictObj>() {
        return Ok(d.len());
    }
    if let Some(s) = v.downcast::<SetObj>() {
        return Ok(s.len());
    }
    if let Some(r) = v.downcast::<RangeObj>() {
        return vm.range_len(r);
    }
    if let Some(dv) = v.downcast::<DictViewObj>() {
        return Ok(dv.dict.downcast::<DictObj>().map_or(0, |d| d.len()));
    }
    if let Some(b) = v.downcast::<BytesObj>() {
        return Ok(b.data.len());
    }
    if let Some(b) = v.downcast::<ByteArrayObj>() {
        return Ok(b.len());
    }
    if let Some(m) = v.downcast::<MemoryViewObj>() {
        return vm.memoryview_len(&m);
    }
    if is_user_object(v)
        && let Some(m) = vm.lookup_special(v, "__len__")
    {
        let r = vm.call_function(m, &[v])?;
        let r = vm.unwrap_payload(r);
        return match vm.as_i64(r) {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(vm.value_error("__len__() should return >= 0")),
            None if vm.is_int_like(r) => {
                if vm.as_bigint(r).is_some_and(|i| i < IBig::ZERO) {
                    return Err(vm.value_error("__len__() should return >= 0"));
                }
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, r));
                Err(vm.type_error(msg))
            }
        };
    }
    if let Some(p) = vm.payload_of(v) {
        return length(vm, p);
    }
    let msg = format!("object of type '{}' has no len()", type_name(vm, v));
    Err(vm.type_error(msg))
}

fn builtin_len(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "len", kw)?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "len", args, 1)?;
    let n = length(vm, lead_args[0])?;
    Ok(vm.new_i64(n as i64))
}

fn builtin_repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "repr", args, 1)?;
    // CPython counts the call of a one-argument builtin as a recursion level.
    let s = vm.guarded(RecursionSite::Call, |vm| vm.repr(lead_args[0]))?;
    vm.new_string_metered(s)
}

fn builtin_ascii(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "ascii", args, 1)?;
    let s = vm.guarded(RecursionSite::Call, |vm| vm.repr(lead_args[0]))?;
    let a = vm.escape_non_ascii_metered(&s)?;
    vm.new_string_metered(a)
}

fn builtin_abs(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "abs", args, 1)?;
    let v = lead_args[0];
    if v.is_float() {
        return Ok(Value::float(v.as_float().abs()));
    }
    if let Some(i) = vm.as_bigint(v) {
        return Ok(vm.new_int(if i < IBig::ZERO { -i } else { i }));
    }
    if let Some(m) = vm.lookup_special(v, "__abs__") {
        return vm.call_function(m, &[v]);
    }
    if let Some(p) = vm.payload_of(v)
        && (p.is_float() || vm.is_int_like(p))
    {
        return builtin_abs(vm, &[p], &[]);
    }
    let msg = format!("bad operand type for abs(): '{}'", type_name(vm, v));
    Err(vm.type_error(msg))
}

/// Shared by `min` and `max`: CPython's `min_max`, one item at a time (next item, its key,
/// one comparison), with the key function and the iterator run unpinned (`interp::unpinned`).
fn min_max(vm: &mut Vm, args: &[Value], kw: Kw, name: &str, kind: CmpKind) -> PyResult<Value> {
    let [key, default] = take_kwargs(vm, name, kw, ["key", "default"])?;
    let seq = match args {
        [] => {
            let msg = format!("{name} expected at least 1 argument, got 0");
            return Err(vm.type_error(msg));
        }
        [only] => *only,
        _ => {
            if default.is_some() {
                let msg = format!("Cannot specify a default for {name}() with multiple positional arguments");
                return Err(vm.type_error(msg));
            }
            vm.new_tuple_from(args)
        }
    };
    let key = key.filter(|k| !k.is_none()).unwrap_or(Value::NONE);
    let default = default.unwrap_or(Value::UNBOUND);
    vm.rooted(|vm, scope| {
        // Everything read after the first unpinned call is rooted here first.
        let key = scope.push(vm, key);
        let default = scope.push(vm, default);
        let seq = scope.push(vm, seq);
        let iter = vm.get_iter(vm.root_get(seq))?;
        let it = scope.push(vm, iter);
        let item = scope.push(vm, Value::UNBOUND);
        let best = scope.push(vm, Value::UNBOUND);
        let best_key = scope.push(vm, Value::UNBOUND);
        while let Some(v) = vm.next_unpinned(it)? {
            vm.root_set(item, v);
            let k = if vm.root_get(key).is_none() {
                v
            } else {
                vm.call_unpinned(key, &[item])?
            };
            if vm.root_get(best).is_unbound() {
                vm.root_set(best, vm.root_get(item));
                vm.root_set(best_key, k);
                continue;
            }
            // Comparisons run script code under a pin, so `k` may stay in a local.
            let r = vm.compare(kind, k, vm.root_get(best_key))?;
            if vm.truthy(r)? {
                vm.root_set(best, vm.root_get(item));
                vm.root_set(best_key, k);
            }
        }
        if !vm.root_get(best).is_unbound() {
            return Ok(vm.root_get(best));
        }
        match vm.root_get(default) {
            d if !d.is_unbound() => Ok(d),
            _ => {
                let msg = format!("{name}() arg is an empty sequence");
                Err(vm.value_error(msg))
            }
        }
    })
}

fn builtin_min(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, "min", CmpKind::Lt)
}

fn builtin_max(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    min_max(vm, args, kw, "max", CmpKind::Gt)
}

fn builtin_sum(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [start_kw] = take_kwargs(vm, "sum", kw, ["start"])?;
    check_args(vm, "sum", args, 1, 2)?;
    let start = args.get(1).copied().or(start_kw).unwrap_or(Value::inline_int(0));
    if start.downcast::<StrObj>().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if start.downcast::<BytesObj>().is_some() || start.downcast::<ByteArrayObj>().is_some() {
        let msg = format!("sum() can't sum {} [use b''.join(seq) instead]", type_name(vm, start));
        return Err(vm.type_error(msg));
    }
    let iterable = checked_arg(vm, args, 0)?;
    let iter = vm.get_iter(iterable)?;
    vm.rooted(|vm, scope| {
        let acc = scope.push(vm, start);
        let it = scope.push(vm, iter);
        // The iterator runs unpinned (`interp::unpinned`): the sum so far is re-read from its
        // root after each item.
        while let Some(v) = vm.next_unpinned(it)? {
            let a = vm.root_get(acc);
            let next = if a.is_int() && v.is_int() {
                vm.new_i64(a.as_inline_int() + v.as_inline_int())
            } else if a.is_float() && v.is_float() {
                Value::float(a.as_float() + v.as_float())
            } else {
                vm.binary_op(BinOpKind::Add, a, v)?
            };
            vm.root_set(acc, next);
        }
        Ok(vm.root_get(acc))
    })
}

fn builtin_sorted(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let &[iterable] = args else {
        let msg = format!("sorted expected 1 argument, got {}", args.len());
        return Err(vm.type_error(msg));
    };
    vm.rooted(|vm, scope| {
        // The iterable and the key function run unpinned (`interp::unpinned`): everything read
        // afterwards is rooted first, the keyword arguments included.
        let src = scope.push(vm, iterable);
        let kw_roots: Vec<_> = kw
            .iter()
            .map(|&(k, v)| (scope.push(vm, k), scope.push(vm, v)))
            .collect();
        let items = vm.collect_rooted(scope, src)?;
        // CPython builds the list, then calls its `sort` with the keyword arguments.
        let kw: Vec<(Value, Value)> = kw_roots
            .iter()
            .map(|&(k, v)| (vm.root_get(k), vm.root_get(v)))
            .collect();
        let sort_args = crate::runtime::sort::parse_sort_args(vm, &kw)?;
        let Some(key) = sort_args.key else {
            let mut values = vm.root_values(items);
            crate::runtime::sort::sort_values(vm, &mut values, None, sort_args.reverse)?;
            return vm.new_list_bulk(values);
        };
        let key = scope.push(vm, key);
        let keys = scope.push_n(vm, items.len(), Value::NONE);
        for i in 0..items.len() {
            let k = vm.call_unpinned(key, &[items.at(i)])?;
            vm.root_set(keys.at(i), k);
        }
        // The comparisons pin: the values may stay in these vectors (they are rooted, too).
        let mut values = vm.root_values(items);
        let key_of = |vm: &Vm, i| vm.root_get(keys.at(i));
        crate::runtime::sort::sort_with_keys(vm, &mut values, key_of, sort_args.reverse)?;
        vm.new_list_bulk(values)
    })
}

fn any_all(vm: &mut Vm, args: &[Value], name: &str, want: bool) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, name, args, 1)?;
    let iter = vm.get_iter(lead_args[0])?;
    vm.rooted(|vm, scope| {
        let it = scope.push(vm, iter);
        while let Some(v) = vm.next_unpinned(it)? {
            if vm.truthy(v)? == want {
                return Ok(Value::bool(want));
            }
        }
        Ok(Value::bool(!want))
    })
}

fn builtin_any(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    any_all(vm, args, "any", true)
}

fn builtin_all(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    any_all(vm, args, "all", false)
}

fn class_check(
    vm: &mut Vm,
    subject: Value,
    cls: Value,
    fname: &str,
    test: &mut dyn FnMut(&mut Vm, Value) -> bool,
) -> PyResult<bool> {
    if let Some(r) = vm.metaclass_check(cls, subject, fname == "isinstance")? {
        return Ok(r);
    }
    // `int | None`: any member.
    if let Some(members) = vm.class_check_members(cls, fname)? {
        for m in members {
            if class_check(vm, subject, m, fname, test)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(t) = cls.downcast::<TupleObj>() {
        // Tuples of classes nest as deep as a script likes: one counted level per tuple, as
        // in CPython's object_recursive_isinstance.
        let site = if fname == "isinstance" {
            RecursionSite::InstanceCheck
        } else {
            RecursionSite::SubclassCheck
        };
        return vm.guarded(site, |vm| {
            for &c in t.items.iter() {
                if class_check(vm, subject, c, fname, test)? {
                    return Ok(true);
                }
            }
            Ok(false)
        });
    }
    if let Some(r) = vm.instance_hook_check(cls, subject, fname == "isinstance")? {
        return Ok(r);
    }
    if cls.downcast::<ClassObj>().is_none() {
        let msg = if fname == "isinstance" {
            "isinstance() arg 2 must be a type, a tuple of types, or a union".to_string()
        } else {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
        };
        return Err(vm.type_error(msg));
    }
    Ok(test(vm, cls))
}

fn builtin_isinstance(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "isinstance", args, 2)?;
    let v = lead_args[0];
    let r = class_check(vm, v, lead_args[1], "isinstance", &mut |vm, c| isinstance(vm, v, c))?;
    Ok(Value::bool(r))
}

fn builtin_issubclass(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "issubclass", args, 2)?;
    let v = lead_args[0];
    if v.downcast::<ClassObj>().is_none() {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    let r = class_check(vm, v, lead_args[1], "issubclass", &mut |vm, c| {
        is_subclass(v, c) || (c == vm.types.int && v == vm.types.bool_)
    })?;
    Ok(Value::bool(r))
}

fn builtin_hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "hash", args, 1)?;
    let h = vm.hash(lead_args[0])?;
    Ok(vm.new_i64(h))
}

fn builtin_ord(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "ord", args, 1)?;
    if let Some(b) = crate::runtime::bytes::with_buffer(lead_args[0], |b| b.to_vec())
        && lead_args[0].downcast::<MemoryViewObj>().is_none()
    {
        if let &[byte] = b.as_slice() {
            return Ok(Value::inline_int(i64::from(byte)));
        }
        let msg = format!("ord() expected a character, but string of length {} found", b.len());
        return Err(vm.type_error(msg));
    }
    match lead_args[0].downcast::<StrObj>() {
        Some(s) if s.char_len == 1 => {
            let Some(c) = s.s.chars().next() else {
                return Err(vm.system_error("internal error: expected one char"));
            };
            Ok(Value::inline_int(c as i64))
        }
        Some(s) => {
            let msg = format!("ord() expected a character, but string of length {} found", s.char_len);
            Err(vm.type_error(msg))
        }
        None => {
            let msg = format!(
                "ord() expected string of length 1, but {} found",
                type_name(vm, lead_args[0])
            );
            Err(vm.type_error(msg))
        }
    }
}

fn builtin_chr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "chr", args, 1)?;
    // `__index__` objects and int subclasses too.
    let i = int_arg(vm, lead_args[0])?;
    match i64::try_from(&i) {
        Ok(n) if (0..0x110000).contains(&n) => match char::from_u32(n as u32) {
            Some(c) => {
                let mut buf = [0u8; 4];
                Ok(vm.new_str(c.encode_utf8(&mut buf)))
            }
            None => Err(vm.not_implemented("lone surrogate is not supported")),
        },
        Ok(_) => Err(vm.value_error("chr() arg not in range(0x110000)")),
        Err(_) => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

fn builtin_divmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "divmod", args, 2)?;
    let (a, b) = (lead_args[0], lead_args[1]);
    if let (Some(x), Some(y)) = (vm.as_bigint(a), vm.as_bigint(b)) {
        let (q, r) = vm.int_floor_divmod(x, &y, "integer division or modulo by zero")?;
        let (q, r) = (vm.new_int(q), vm.new_int(r));
        return Ok(vm.new_tuple_from(&[q, r]));
    }
    let as_f = |vm: &Vm, v: Value| -> Option<f64> {
        if v.is_float() {
            Some(v.as_float())
        } else {
            vm.as_bigint(v).and_then(|i| num::int_to_f64(&i).ok())
        }
    };
    if let (Some(x), Some(y)) = (as_f(vm, a), as_f(vm, b)) {
        let (q, r) = num::float_divmod(x, y).map_err(|e| vm.num_error(e))?;
        return Ok(vm.new_tuple_from(&[Value::float(q), Value::float(r)]));
    }
    if let Some(m) = vm.lookup_special(a, "__divmod__") {
        let r = vm.call_function(m, &[a, b])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    if let Some(m) = vm.lookup_special(b, "__rdivmod__") {
        let r = vm.call_function(m, &[b, a])?;
        if r != Value::NOT_IMPLEMENTED {
            return Ok(r);
        }
    }
    let (pa, pb) = (vm.payload_of(a), vm.payload_of(b));
    if pa.is_some() || pb.is_some() {
        return builtin_divmod(vm, &[pa.unwrap_or(a), pb.unwrap_or(b)], &[]);
    }
    let msg = format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(vm, a),
        type_name(vm, b)
    );
    Err(vm.type_error(msg))
}

fn builtin_pow(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [base_kw, exp_kw, mod_kw] = take_kwargs(vm, "pow", kw, ["base", "exp", "mod"])?;
    let mut a: Vec<Value> = args.to_vec();
    for v in [base_kw, exp_kw, mod_kw].into_iter().flatten() {
        a.push(v);
    }
    check_args(vm, "pow", &a, 2, 3)?;
    let (base, exp, modulus) = match *a.as_slice() {
        [base, exp] => (base, exp, Value::NONE),
        [base, exp, modulus] => (base, exp, modulus),
        _ => return Err(vm.system_error("pow: argument check admitted a wrong count")),
    };
    if !modulus.is_none() {
        // A class of its own with `__pow__` takes the modulus (Decimal's three-argument pow).
        if vm.as_bigint(base).is_none()
            && let Some(f) = vm.lookup_special(base, "__pow__")
        {
            let r = vm.call_function(f, &[base, exp, modulus])?;
            if r != Value::NOT_IMPLEMENTED {
                return Ok(r);
            }
        }
        let (x, y, m) = (vm.as_bigint(base), vm.as_bigint(exp), vm.as_bigint(modulus));
        return match (x, y, m) {
            (Some(x), Some(y), Some(m)) => {
                let r = vm.int_pow_mod(&x, &y, &m)?;
                Ok(vm.new_int(r))
            }
            _ => Err(vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")),
        };
    }
    vm.binary_op(BinOpKind::Pow, base, exp)
}

fn builtin_round(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [nd_kw] = take_kwargs(vm, "round", kw, ["ndigits"])?;
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "round", args, 2)?;
    let v = lead_args[0];
    let nd = args.get(1).copied().or(nd_kw).filter(|n| !n.is_none());
    // A `__round__` method gets ndigits as given (Decimal and Fraction check it themselves).
    let custom = !v.is_float() && vm.as_bigint(v).is_none();
    let ndigits = match nd.filter(|_| !custom) {
        // Clamped into i64 as CPython clamps into `Py_ssize_t`: beyond it every float rounds
        // to itself (or to zero) and every int to itself (or to zero).
        Some(n) => match vm.index_big(n)? {
            Some(i) => Some(i64::try_from(&i).unwrap_or(if i < IBig::ZERO { i64::MIN } else { i64::MAX })),
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, n));
                return Err(vm.type_error(msg));
            }
        },
        None => None,
    };
    if v.is_float() {
        return match num::round_float(v.as_float(), ndigits).map_err(|e| vm.num_error(e))? {
            num::RoundResult::Int(i) => Ok(vm.new_int(i)),
            num::RoundResult::Float(f) => Ok(Value::float(f)),
        };
    }
    if let Some(i) = vm.as_bigint(v) {
        return Ok(match ndigits {
            Some(n) => {
                let r = num::round_int(&i, n);
                vm.new_int(r)
            }
            None => vm.new_int(i),
        });
    }
    if let Some(m) = vm.lookup_special(v, "__round__") {
        let mut a = vec![v];
        a.extend(nd);
        return vm.call_function(m, &a);
    }
    if let Some(p) = vm.payload_of(v)
        && (p.is_float() || vm.is_int_like(p))
    {
        let mut a = vec![p];
        a.extend(nd);
        return builtin_round(vm, &a, &[]);
    }
    let msg = format!("type {} doesn't define __round__ method", type_name(vm, v));
    Err(vm.type_error(msg))
}

fn int_arg(vm: &mut Vm, v: Value) -> PyResult<IBig> {
    if let Some(i) = vm.as_bigint(v) {
        return Ok(i);
    }
    if let Some(m) = vm.lookup_special(v, "__index__") {
        let r = vm.call_function(m, &[v])?;
        let r = vm.unwrap_payload(r);
        if let Some(i) = vm.as_bigint(r) {
            return Ok(i);
        }
        let msg = format!("__index__ returned non-int (type {})", type_name(vm, r));
        return Err(vm.type_error(msg));
    }
    if let Some(p) = vm.payload_of(v)
        && vm.is_int_like(p)
    {
        return int_arg(vm, p);
    }
    let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, v));
    Err(vm.type_error(msg))
}

fn builtin_hex(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "hex", args, 1)?;
    let i = int_arg(vm, lead_args[0])?;
    vm.check_radix_len(&i, 4)?;
    let s = num::format_hex(&i);
    vm.new_string_metered(s)
}

fn builtin_oct(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "oct", args, 1)?;
    let i = int_arg(vm, lead_args[0])?;
    vm.check_radix_len(&i, 3)?;
    let s = num::format_oct(&i);
    vm.new_string_metered(s)
}

fn builtin_bin(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "bin", args, 1)?;
    let i = int_arg(vm, lead_args[0])?;
    vm.check_radix_len(&i, 1)?;
    let s = num::format_bin(&i);
    vm.new_string_metered(s)
}

fn builtin_iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "iter", args, 2)?;
    if let &[func, sentinel] = args {
        let callable = func.downcast::<FunctionObj>().is_some()
            || func.downcast::<NativeObj>().is_some()
            || func.downcast::<BoundMethodObj>().is_some()
            || func.downcast::<ClassObj>().is_some()
            || vm.lookup_special(func, "__call__").is_some();
        if !callable {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        return Ok(vm.new_iter(IterState::Callable { func, sentinel }));
    }
    vm.get_iter(lead_args[0])
}

fn builtin_next(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "next", args, 2)?;
    let it = lead_args[0];
    let is_iter = it.downcast::<IterObj>().is_some()
        || it.downcast::<GeneratorObj>().is_some()
        || vm.lookup_special(it, "__next__").is_some();
    if !is_iter {
        let msg = format!("'{}' object is not an iterator", type_name(vm, it));
        return Err(vm.type_error(msg));
    }
    match vm.iter_next(it)? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(&d) => Ok(d),
            None => {
                let sv = std::mem::replace(&mut vm.stop_value, Value::NONE);
                if sv.is_none() {
                    Err(vm.stop_iteration())
                } else {
                    let a = vm.new_tuple_from(&[sv]);
                    let c = vm.types.StopIteration;
                    let e = vm.new_exception_obj(c, a);
                    Err(vm.throw(e))
                }
            }
        },
    }
}

fn builtin_callable(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "callable", args, 1)?;
    let v = lead_args[0];
    let c = v.downcast::<FunctionObj>().is_some()
        || v.downcast::<NativeObj>().is_some()
        || v.downcast::<BoundMethodObj>().is_some()
        || v.downcast::<ClassObj>().is_some()
        || vm.lookup_special(v, "__call__").is_some()
        || vm.is_instance_of_builtin(v, vm.types.staticmethod);
    Ok(Value::bool(c))
}

fn builtin_format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "format", args, 2)?;
    let spec = match args.get(1) {
        Some(&s) => match s.downcast::<StrObj>() {
            // A long spec is copied a metered chunk at a time.
            Some(st) => {
                let text = st.as_str();
                let mut spec = vm.reserved_text(text.len())?;
                vm.push_str_in(&mut crate::runtime::work_meter::Pass::new(text.len()), &mut spec, text)?;
                spec
            }
            None => {
                let msg = format!("format() argument 2 must be str, not {}", type_name(vm, s));
                return Err(vm.type_error(msg));
            }
        },
        None => String::new(),
    };
    let s = vm.format_spec(lead_args[0], &spec)?;
    vm.new_string_metered(s)
}

fn builtin_id(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<1>(vm, "id", args, 1)?;
    let id = vm.id_of(lead_args[0]);
    Ok(vm.new_int(id.into()))
}

fn builtin_getattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "getattr", args, 3)?;
    if lead_args[1].downcast::<StrObj>().is_none() {
        let msg = format!("attribute name must be string, not '{}'", type_name(vm, lead_args[1]));
        return Err(vm.type_error(msg));
    }
    let name = vm.attr_name(lead_args[1]);
    match vm.getattr_opt(lead_args[0], name) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.get(2) {
            Some(&d) => Ok(d),
            None => Err(vm.no_attribute(lead_args[0], name)),
        },
        // A default replaces an AttributeError raised by the lookup (`__getattr__`, property).
        Err(Throw::Exception)
            if let Some(&default) = args.get(2)
                && isinstance(vm, vm.exc, vm.types.AttributeError) =>
        {
            Ok(default)
        }
        Err(e) => Err(vm.note_attribute_error(e, lead_args[0], name)),
    }
}

fn builtin_setattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<3>(vm, "setattr", args, 3)?;
    if lead_args[1].downcast::<StrObj>().is_none() {
        let msg = format!("attribute name must be string, not '{}'", type_name(vm, lead_args[1]));
        return Err(vm.type_error(msg));
    }
    let name = vm.attr_name(lead_args[1]);
    vm.setattr(lead_args[0], name, lead_args[2])?;
    Ok(Value::NONE)
}

fn builtin_hasattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "hasattr", args, 2)?;
    if lead_args[1].downcast::<StrObj>().is_none() {
        let msg = format!("attribute name must be string, not '{}'", type_name(vm, lead_args[1]));
        return Err(vm.type_error(msg));
    }
    let name = vm.attr_name(lead_args[1]);
    match vm.getattr_opt(lead_args[0], name) {
        Ok(v) => Ok(Value::bool(v.is_some())),
        Err(Throw::Exception) if isinstance(vm, vm.exc, vm.types.AttributeError) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn builtin_delattr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let lead_args = crate::runtime::lead_args::check_lead::<2>(vm, "delattr", args, 2)?;
    if lead_args[1].downcast::<StrObj>().is_none() {
        let msg = format!("attribute name must be string, not '{}'", type_name(vm, lead_args[1]));
        return Err(vm.type_error(msg));
    }
    let name = vm.attr_name(lead_args[1]);
    vm.delattr(lead_args[0], name)?;
    Ok(Value::NONE)
}

fn builtin_vars(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args(vm, "vars", args, 0, 1)?;
    let Some(&obj) = args.first() else {
        return vm.current_locals();
    };
    let n = vm.intern("__dict__");
    // CPython's `_PyObject_LookupAttr`: an AttributeError (a `__dict__` property that refuses)
    // counts as no attribute.
    match vm.getattr_opt(obj, n) {
        Ok(Some(d)) => Ok(d),
        Ok(None) => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        Err(Throw::Exception) if isinstance(vm, vm.exc, vm.types.AttributeError) => {
            Err(vm.type_error("vars() argument must have __dict__ attribute"))
        }
        Err(e) => Err(e),
    }
}

fn builtin_dir(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    check_args(vm, "dir", args, 0, 1)?;
    match args.first() {
        Some(&v) => dir_list(vm, v),
        None => dynamic::dir_of_scope(vm),
    }
}

/// `dir(v)`: a new sorted list of names.
pub(crate) fn dir_list(vm: &mut Vm, v: Value) -> PyResult<Value> {
    // A user `__dir__` (looked up on the type) decides; the result is sorted.
    if is_user_object(v)
        && let Some(m) = vm.lookup_special(v, "__dir__")
    {
        let r = vm.call_function(m, &[v])?;
        vm.roots.push(r);
        let items = vm.collect_iterable(r);
        vm.roots.pop();
        let mut items = items?;
        crate::runtime::sort::sort_values(vm, &mut items, None, false)?;
        return Ok(vm.new_list(items));
    }
    let names = match crate::runtime::builtins_module::module_dir(vm, v) {
        Some(names) => names,
        None => vm.dir_names(v)?,
    };
    let items: Vec<Value> = names.iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(items))
}

macro_rules! unsupported_builtin {
    ($($fn_name:ident => $what:literal),* $(,)?) => {
        $(fn $fn_name(vm: &mut Vm, _args: &[Value], _kw: Kw) -> PyResult<Value> {
            Err(vm.not_implemented(concat!($what, " is not supported")))
        })*
    };
}

unsupported_builtin! {
    builtin_unsupported_open => "open()",
    builtin_unsupported_input => "input()",
}

// ----- constructors (args[0] is the class) ---------------------------------------------------

/// The int a conversion method (`__int__`, `__index__`, `__trunc__`) returned, with an int
/// subclass or bool counting as its int value; `Err` with the (unwrapped) result otherwise.
fn int_result(vm: &mut Vm, r: Value) -> Result<Value, Value> {
    let r = vm.unwrap_payload(r);
    if !vm.is_int_like(r) {
        return Err(r);
    }
    Ok(if r.is_bool() {
        Value::inline_int((r == Value::TRUE) as i64)
    } else {
        r
    })
}

fn ctor_int(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [base_kw] = take_kwargs(vm, "int", kw, ["base"])?;
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 2 {
        let msg = format!("int() takes at most 2 arguments ({} given)", a.len());
        return Err(vm.type_error(msg));
    }
    let base = a.get(1).copied().or(base_kw);
    let Some(&x) = a.first() else {
        return Ok(Value::inline_int(0));
    };
    if let Some(b) = base {
        // A base past the machine range is clipped, then refused as out of range (CPython's
        // `PyNumber_AsSsize_t(base, NULL)`).
        let bn = match vm.as_i64(b) {
            Some(bn) => bn,
            None if vm.is_int_like(b) => i64::MAX,
            None => {
                let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, b));
                return Err(vm.type_error(msg));
            }
        };
        if bn != 0 && !(2..=36).contains(&bn) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        // With a base, only bytes and bytearray (a memoryview is "non-string").
        let p = vm.unwrap_payload(x);
        let bytes = p.downcast::<crate::runtime::bytes::BytesObj>().is_some()
            || p.downcast::<crate::runtime::bytes::ByteArrayObj>().is_some();
        if bytes && let Some(i) = vm.int_from_buffer(x, bn as u32)? {
            return Ok(i);
        }
        return match x.downcast::<StrObj>() {
            Some(s) => {
                let t = s.as_str().to_string();
                vm.charge_text(t.len())?;
                let limit = vm.decimal_to_int_limit(t.len())?;
                let i = num::parse_int(&t, bn as u32, limit).map_err(|e| vm.num_error(e))?;
                Ok(vm.new_int(i))
            }
            None => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    if x.is_bool() {
        return Ok(Value::inline_int((x == Value::TRUE) as i64));
    }
    if vm.is_int_like(x) {
        return Ok(x);
    }
    if x.is_float() {
        let i = num::f64_to_int(x.as_float().trunc()).map_err(|e| vm.num_error(e))?;
        return Ok(vm.new_int(i));
    }
    if let Some(s) = x.downcast::<StrObj>() {
        let t = s.as_str().to_string();
        let limit = vm.decimal_to_int_limit(t.len())?;
        let i = num::parse_int(&t, 10, limit).map_err(|e| vm.num_error(e))?;
        return Ok(vm.new_int(i));
    }
    if let Some(i) = vm.int_from_buffer(x, 10)? {
        return Ok(i);
    }
    for name in ["__int__", "__index__"] {
        if let Some(m) = vm.lookup_special(x, name) {
            let r = vm.call_function(m, &[x])?;
            let r = match int_result(vm, r) {
                Ok(i) => return Ok(i),
                Err(r) => r,
            };
            let msg = format!("{name} returned non-int (type {})", type_name(vm, r));
            return Err(vm.type_error(msg));
        }
    }
    // CPython 3.11 still falls back on `__trunc__` (deprecated; the warning goes to stderr).
    if let Some(m) = vm.lookup_special(x, "__trunc__") {
        let r = vm.call_function(m, &[x])?;
        let r = match int_result(vm, r) {
            Ok(i) => return Ok(i),
            Err(r) => r,
        };
        if let Some(ix) = vm.lookup_special(r, "__index__") {
            let i = vm.call_function(ix, &[r])?;
            let i = match int_result(vm, i) {
                Ok(i) => return Ok(i),
                Err(i) => i,
            };
            let msg = format!("__index__ returned non-int (type {})", type_name(vm, i));
            return Err(vm.type_error(msg));
        }
        let msg = format!("__trunc__ returned non-Integral (type {})", type_name(vm, r));
        return Err(vm.type_error(msg));
    }
    if let Some(p) = vm.payload_of(x) {
        let cls = checked_arg(vm, args, 0)?;
        return ctor_int(vm, &[cls, p], &[]);
    }
    let msg = format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(vm, x)
    );
    Err(vm.type_error(msg))
}

fn ctor_bool(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "bool", kw)?;
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 1 {
        let msg = format!("bool expected at most 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    match a.first() {
        Some(&v) => Ok(Value::bool(vm.truthy(v)?)),
        None => Ok(Value::FALSE),
    }
}

fn ctor_float(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "float", kw)?;
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 1 {
        let msg = format!("float expected at most 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    let Some(&x) = a.first() else {
        return Ok(Value::float(0.0));
    };
    if x.is_float() {
        return Ok(x);
    }
    if let Some(i) = vm.as_bigint(x) {
        let f = num::int_to_f64(&i).map_err(|e| vm.num_error(e))?;
        return Ok(Value::float(f));
    }
    if let Some(s) = x.downcast::<StrObj>() {
        // A long plain literal is made short first, in a metered pass (`Vm::short_decimal`).
        let short = if s.as_str().len() > num::LONG_DECIMAL {
            vm.short_decimal(s.as_str())?
        } else {
            None
        };
        let t = short.unwrap_or_else(|| s.as_str().to_string());
        let f = num::parse_float(&t).map_err(|e| vm.num_error(e))?;
        return Ok(Value::float(f));
    }
    if let Some(f) = vm.float_from_buffer(x)? {
        return Ok(f);
    }
    if let Some(m) = vm.lookup_special(x, "__float__") {
        let r = vm.call_function(m, &[x])?;
        let r = vm.unwrap_payload(r);
        if r.is_float() {
            return Ok(r);
        }
        let msg = format!(
            "{}.__float__ returned non-float (type {})",
            type_name(vm, x),
            type_name(vm, r)
        );
        return Err(vm.type_error(msg));
    }
    if vm.lookup_special(x, "__index__").is_some() {
        let i = int_arg(vm, x)?;
        let f = num::int_to_f64(&i).map_err(|e| vm.num_error(e))?;
        return Ok(Value::float(f));
    }
    if let Some(p) = vm.payload_of(x) {
        let cls = checked_arg(vm, args, 0)?;
        return ctor_float(vm, &[cls, p], &[]);
    }
    let msg = format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(vm, x)
    );
    Err(vm.type_error(msg))
}

fn ctor_str(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or_default();
    if a.len() <= 1 && kw.is_empty() {
        return match a.first() {
            None => Ok(vm.empty_str),
            Some(&x) => vm.str_value(x),
        };
    }
    // `str(object, encoding, errors)`: decoding (runtime::codecs).
    crate::runtime::codecs::ctor_str_decode(vm, a, kw)
}

fn ctor_list(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "list", kw)?;
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 1 {
        let msg = format!("list expected at most 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    let items = match a.first() {
        Some(&x) => vm.rooted(|vm, scope| {
            let x = scope.push(vm, x);
            vm.collect_unpinned(x)
        })?,
        None => Vec::new(),
    };
    vm.new_list_bulk(items)
}

fn ctor_tuple(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "tuple", kw)?;
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 1 {
        let msg = format!("tuple expected at most 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    match a.first() {
        Some(&x) if x.downcast::<TupleObj>().is_some() => Ok(x),
        Some(&x) => {
            let items = vm.rooted(|vm, scope| {
                let x = scope.push(vm, x);
                vm.collect_unpinned(x)
            })?;
            vm.new_tuple_bulk(items)
        }
        None => Ok(vm.empty_tuple),
    }
}

fn ctor_dict(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 1 {
        let msg = format!("dict expected at most 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    let d = vm.new_dict();
    vm.roots.push(d.value());
    let r = (|| {
        if let Some(&x) = a.first() {
            vm.dict_update(d.value(), x, false)?;
        }
        for &(k, v) in kw {
            vm.dict_set(d, k, v)?;
        }
        Ok(d.value())
    })();
    vm.roots.pop();
    r
}

fn set_ctor(vm: &mut Vm, args: &[Value], kw: Kw, frozen: bool) -> PyResult<Value> {
    let name = if frozen { "frozenset" } else { "set" };
    no_kwargs(vm, name, kw)?;
    let a = args.get(1..).unwrap_or_default();
    if a.len() > 1 {
        let msg = format!("{name} expected at most 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    let s = vm.new_set(frozen);
    if let Some(&x) = a.first() {
        if frozen && x.downcast::<SetObj>().is_some_and(|o| o.frozen) {
            return Ok(x);
        }
        // A table slot is a hash and a key.
        vm.check_sized_iterable(x, 16)?;
        vm.roots.push(s);
        let r = vm.set_update(s, x);
        vm.roots.pop();
        r?;
    }
    Ok(s)
}

fn ctor_set(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    set_ctor(vm, args, kw, false)
}

fn ctor_frozenset(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    set_ctor(vm, args, kw, true)
}

fn ctor_range(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "range", kw)?;
    let a = args.get(1..).unwrap_or_default();
    if a.is_empty() {
        return Err(vm.type_error("range expected at least 1 argument, got 0"));
    }
    if a.len() > 3 {
        let msg = format!("range expected at most 3 arguments, got {}", a.len());
        return Err(vm.type_error(msg));
    }
    vm.new_range(a)
}

fn ctor_slice(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "slice", kw)?;
    let a = args.get(1..).unwrap_or_default();
    let (start, stop, step) = match *a {
        [stop] => (Value::NONE, stop, Value::NONE),
        [start, stop] => (start, stop, Value::NONE),
        [start, stop, step] => (start, stop, step),
        _ => {
            let n = a.len();
            let msg = if n == 0 {
                "slice expected at least 1 argument, got 0".to_string()
            } else {
                format!("slice expected at most 3 arguments, got {n}")
            };
            return Err(vm.type_error(msg));
        }
    };
    Ok(vm.heap.alloc(SliceObj { start, stop, step }).value())
}

fn ctor_type(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    match args.len().saturating_sub(1) {
        1 if kw.is_empty() => {
            let obj = checked_arg(vm, args, 1)?;
            Ok(type_of(vm, obj))
        }
        // type(name, bases, dict): type.__new__, then the new class's metaclass __init__.
        3 => {
            let cls = crate::runtime::classes::type_new(vm, args, kw)?;
            vm.roots.push(cls);
            let r = vm.metaclass_init(cls, args.get(1..).unwrap_or_default(), kw);
            vm.roots.pop();
            r.map(|()| cls)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn ctor_object(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    if args.len() > 1 || !kw.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    let d = vm.new_dict();
    let cls = vm.types.object;
    Ok(vm.heap.alloc(InstanceObj::with_dict(cls, d)).value())
}

fn ctor_enumerate(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [it_kw, start_kw] = take_kwargs(vm, "enumerate", kw, ["iterable", "start"])?;
    let a = args.get(1..).unwrap_or_default();
    let Some(&src) = a.first().or(it_kw.as_ref()) else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"));
    };
    let start = a.get(1).copied().or(start_kw).unwrap_or(Value::inline_int(0));
    if !vm.is_int_like(start) {
        let msg = format!("'{}' object cannot be interpreted as an integer", type_name(vm, start));
        return Err(vm.type_error(msg));
    }
    let iter = vm.get_iter(src)?;
    Ok(vm.new_iter(IterState::Enumerate { iter, count: start }))
}

fn ctor_zip(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let [strict] = take_kwargs(vm, "zip", kw, ["strict"])?;
    let strict = match strict {
        Some(s) => vm.truthy(s)?,
        None => false,
    };
    let mut iters = Vec::new();
    for (i, &a) in args.get(1..).unwrap_or_default().iter().enumerate() {
        match vm.get_iter(a) {
            Ok(it) => {
                vm.roots.push(it);
                iters.push(it)
            }
            Err(e) => {
                vm.roots.truncate(vm.roots.len() - i);
                return Err(e);
            }
        }
    }
    vm.roots.truncate(vm.roots.len() - iters.len());
    Ok(vm.new_iter(IterState::Zip {
        iters: iters.into_boxed_slice(),
        strict,
    }))
}

fn ctor_map(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "map", kw)?;
    if args.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for &a in args.get(2..).unwrap_or_default() {
        let it = vm.get_iter(a)?;
        vm.roots.push(it);
        iters.push(it);
    }
    vm.roots.truncate(vm.roots.len() - iters.len());
    let func = checked_arg(vm, args, 1)?;
    Ok(vm.new_iter(IterState::Map {
        func,
        iters: iters.into_boxed_slice(),
    }))
}

fn ctor_filter(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "filter", kw)?;
    let &[_, func, iterable] = args else {
        let msg = format!("filter expected 2 arguments, got {}", args.len().saturating_sub(1));
        return Err(vm.type_error(msg));
    };
    let iter = vm.get_iter(iterable)?;
    Ok(vm.new_iter(IterState::Filter { func, iter }))
}

fn ctor_reversed(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    no_kwargs(vm, "reversed", kw)?;
    let a = args.get(1..).unwrap_or_default();
    let &[x] = a else {
        let msg = format!("reversed expected 1 argument, got {}", a.len());
        return Err(vm.type_error(msg));
    };
    if let Some(l) = x.downcast::<ListObj>() {
        return Ok(vm.new_iter(IterState::ListReverse { seq: x, index: l.len() }));
    }
    if let Some(r) = x.downcast::<RangeObj>() {
        return Ok(vm.range_reversed(r));
    }
    if is_user_object(x)
        && let Some(m) = vm.lookup_special(x, "__reversed__")
    {
        return vm.call_function(m, &[x]);
    }
    if is_user_object(x)
        && vm.lookup_special(x, "__getitem__").is_none()
        && let Some(p) = vm.payload_of(x)
    {
        let cls = checked_arg(vm, args, 0)?;
        return ctor_reversed(vm, &[cls, p], kw);
    }
    if x.downcast::<TupleObj>().is_some()
        || x.downcast::<StrObj>().is_some()
        || crate::runtime::bytes::is_buffer(x)
        || (is_user_object(x) && vm.lookup_special(x, "__getitem__").is_some())
    {
        // A lazy `reversed` object over the sequence protocol, as CPython's.
        let remaining = length(vm, x)?;
        return Ok(vm.new_iter(IterState::SeqReverse { seq: x, remaining }));
    }
    if let Some(dv) = x.downcast::<DictViewObj>()
        && dv.ordered
    {
        return Ok(vm.odict_iter(dv.dict, dv.which, true));
    }
    // Dicts and dict views iterate backwards over a snapshot of their order.
    if x.downcast::<DictViewObj>().is_none() && x.downcast::<DictObj>().is_none() {
        let msg = format!("'{}' object is not reversible", type_name(vm, x));
        return Err(vm.type_error(msg));
    }
    let mut items = vm.collect_iterable(x)?;
    items.reverse();
    let l = vm.new_list(items);
    Ok(vm.new_iter(IterState::List { seq: l, index: 0 }))
}

#[allow(dead_code)]
fn _uses(vm: &mut Vm) {
    let _ = (class_name(vm.types.int), lookup_in_mro(vm.types.int, Value::NONE));
}
