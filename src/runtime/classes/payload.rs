//! Subclasses of built-in types: the `__new__`/`__init__` and special methods that reach the
//! built-in value (the payload) an instance of such a subclass carries.

use super::*;

// ----- subclasses of built-in types ---------------------------------------------------------

/// `__new__`/`__init__` and the special methods of the built-in types user classes may derive
/// from, so that `super().__init__(...)`, `str.__new__(cls, ...)`, `super().__getitem__(k)` and
/// the like work. (Operators on built-in values never look these up: they are Rust code.)
// Runs while the runtime is built, on the built-in classes it has just made (always ClassObj): a
// failure would be a build bug that every test hits, never a script's doing.
#[allow(clippy::expect_used)]
pub(super) fn install_payload_methods(vm: &mut Vm) {
    let t = &vm.types;
    let (int, float, str_, list, tuple, dict, set, frozenset) =
        (t.int, t.float, t.str_, t.list, t.tuple, t.dict, t.set, t.frozenset);
    let (bytes, bytearray) = (t.bytes, t.bytearray);
    for cls in [int, float, str_, bytes, bytearray, list, tuple, dict, set, frozenset] {
        set_wrapped(vm, cls, "__new__", payload_new, true);
    }
    for cls in [list, dict, set, bytearray] {
        add_methods(vm, cls, &[("__init__", payload_init)]);
        // Mutable containers are unhashable (`__hash__ = None`, as in CPython).
        let key = vm.intern("__hash__");
        let d = cls.downcast::<ClassObj>().expect("class").dict;
        let _ = vm.dict_set(d, key, Value::NONE);
    }
    // Their special methods (`__len__`, `__add__`, ...) come from `runtime::slots`.
}

/// `T.__new__(cls, *args)` for built-in `T`: the value `T(*args)` would be, wrapped in an
/// instance when `cls` is a user subclass. Mutable types start empty (`__init__` fills them).
pub(super) fn payload_new(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let Some(&cls) = args.first() else {
        return Err(vm.type_error("__new__(): not enough arguments"));
    };
    let Some(c) = cls.downcast::<ClassObj>() else {
        let msg = format!("__new__(X): X is not a type object ({})", type_name(vm, cls));
        return Err(vm.type_error(msg));
    };
    let base = vm.solid_base(cls);
    let Some(ctor) = vm.ctor(base) else {
        return Err(vm.type_error("__new__(): not a built-in type"));
    };
    let t = &vm.types;
    let mutable = [t.list, t.dict, t.set, t.bytearray].contains(&base);
    let mut a = vec![base];
    if !mutable {
        a.extend_from_slice(args.get(1..).unwrap_or_default());
    }
    // Constructors may run script code unpinned (`interp::unpinned`); this frame holds `cls`.
    vm.pin();
    let value = if mutable { ctor(vm, &a, &[]) } else { ctor(vm, &a, kw) };
    vm.unpin();
    let value = value?;
    if c.builtin {
        return Ok(value);
    }
    // The instance dict holds the payload and, separately, the attribute dict (what
    // `__dict__` shows), so user attributes never mix with the payload. A class whose
    // `__slots__` leave out `__dict__` (`__slots__ = ()`) gets none: its instances take no
    // attributes.
    let dict_key = vm.intern("__dict__");
    let has_dict = !vm.slots_seen
        || vm
            .lookup_type(cls, dict_key)
            .is_some_and(|d| vm.is_instance_of_builtin(d, vm.types.getset_descriptor));
    if !has_dict {
        return Ok(vm.new_state_instance(cls, &[(PAYLOAD, value)]));
    }
    let attrs = vm.new_dict();
    let holder = vm.new_state_instance(cls, &[(PAYLOAD, value), (ATTRS, attrs.value())]);
    Ok(holder)
}

/// `list.__init__` / `dict.__init__` / `set.__init__`: refill the (payload) value (a dict is
/// updated, not emptied first).
pub(super) fn payload_init(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    let target = need_self(vm, args, "__init__", "object")?;
    let target = vm.unwrap_payload(target);
    let t = &vm.types;
    let (base, name) = if target.downcast::<ListObj>().is_some() {
        (t.list, "list")
    } else if target.downcast::<DictObj>().is_some() {
        (t.dict, "dict")
    } else if target.downcast::<SetObj>().is_some() {
        (t.set, "set")
    } else if target.downcast::<ByteArrayObj>().is_some() {
        (t.bytearray, "bytearray")
    } else {
        let msg = format!(
            "descriptor '__init__' requires a built-in container but received a '{}'",
            type_name(vm, target)
        );
        return Err(vm.type_error(msg));
    };
    let Some(ctor) = vm.ctor(base) else {
        return Err(vm.system_error("internal error: expected constructor"));
    };
    let mut a = vec![base];
    a.extend_from_slice(args.get(1..).unwrap_or_default());
    // Constructors may run script code unpinned (`interp::unpinned`); this frame holds `target`.
    vm.pin();
    let fresh = ctor(vm, &a, kw);
    vm.unpin();
    let fresh = fresh?;
    let _ = name;
    // Refilling may hash user keys (Python code): keep the new value rooted.
    vm.roots.push(fresh);
    let r = if let (Some(l), Some(f)) = (target.downcast::<ListObj>(), fresh.downcast::<ListObj>()) {
        let items = f.to_vec();
        l.with_mut(|v| *v = items);
        Ok(())
    } else if target.downcast::<DictObj>().is_some() {
        // CPython's dict_init only updates: `d.__init__()` keeps what `d` holds (a Counter
        // re-initialised counts on), unlike list and set, which start over.
        vm.dict_update(target, fresh, false)
    } else if let Some(s) = target.downcast::<SetObj>() {
        s.with_mut(|t| *t = crate::runtime::table::SetTable::new());
        vm.set_update(target, fresh)
    } else if let (Some(b), Some(f)) = (target.downcast::<ByteArrayObj>(), fresh.downcast::<ByteArrayObj>()) {
        let data = f.to_vec();
        b.with_mut(|v| *v = data);
        Ok(())
    } else {
        Ok(())
    };
    vm.roots.pop();
    r?;
    Ok(Value::NONE)
}
