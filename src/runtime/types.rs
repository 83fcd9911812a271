//! The built-in type objects and the exception hierarchy, and `type_of`.

use crate::gc::{Gc, Heap, Tracer};
use crate::interp::Vm;
use crate::runtime::object::*;
use crate::runtime::value::Value;

macro_rules! builtin_types {
    (
        types { $($field:ident : $name:literal => $kind:ident,)* }
        exceptions { $($exc:ident : $base:ident,)* }
    ) => {
        /// Every built-in class, created once per process in the shared runtime
        /// (`interp::shared`); each VM holds a copy of these references.
        #[allow(non_snake_case)]
        #[derive(Clone)]
        pub struct Types {
            $(pub $field: Value,)*
            $(pub $exc: Value,)*
        }

        impl Types {
            #[allow(non_snake_case)]
            pub fn bootstrap(heap: &mut Heap) -> Types {
                let object = new_builtin_class(heap, "object", &[], Kind::Instance);
                // `bool` derives from `int` (created just before it); every other type from
                // `object`.
                // `OrderedDict`'s views derive from the dict views (made before them).
                let mut int_class = object;
                let mut views = [object; 3];
                $(let $field = match $name {
                    "object" => object,
                    "bool" => new_builtin_class(heap, $name, &[int_class], Kind::$kind),
                    "odict_keys" => new_builtin_class(heap, $name, &[views[0]], Kind::$kind),
                    "odict_values" => new_builtin_class(heap, $name, &[views[1]], Kind::$kind),
                    "odict_items" => new_builtin_class(heap, $name, &[views[2]], Kind::$kind),
                    _ => new_builtin_class(heap, $name, &[object], Kind::$kind),
                };
                match $name {
                    "int" => int_class = $field,
                    "dict_keys" => views[0] = $field,
                    "dict_values" => views[1] = $field,
                    "dict_items" => views[2] = $field,
                    _ => {}
                })*
                let _ = (int_class, views);
                $(let $exc = new_builtin_class(heap, stringify!($exc), &[$base], Kind::Exception);)*
                Types { $($field,)* $($exc,)* }
            }

            pub fn trace(&mut self, t: &mut Tracer) {
                $(t.visit(&mut self.$field);)*
                $(t.visit(&mut self.$exc);)*
            }

            /// The built-in exception classes by name.
            pub fn exception_classes(&self) -> Vec<(&'static str, Value)> {
                vec![$((stringify!($exc), self.$exc)),*]
            }

            /// The built-in (non-exception) classes by name.
            pub fn builtin_classes(&self) -> Vec<(&'static str, Value)> {
                vec![$(($name, self.$field)),*]
            }
        }
    };
}

builtin_types! {
    types {
    object: "object" => Instance,
    type_: "type" => Class,
    int: "int" => BigInt,
    bool_: "bool" => BigInt,
    float: "float" => BigInt,
    str_: "str" => Str,
    list: "list" => List,
    tuple: "tuple" => Tuple,
    dict: "dict" => Dict,
    set: "set" => Set,
    frozenset: "frozenset" => Set,
    range: "range" => Range,
    slice: "slice" => Slice,
    function: "function" => Function,
    builtin_function: "builtin_function_or_method" => Native,
    // The types of natives that are methods of built-in types (`runtime::slots::native_type`).
    method_descriptor: "method_descriptor" => Native,
    wrapper_descriptor: "wrapper_descriptor" => Native,
    method_wrapper: "method-wrapper" => Native,
    method: "method" => BoundMethod,
    cell: "cell" => Cell,
    code: "code" => Code,
    none_type: "NoneType" => Instance,
    not_implemented_type: "NotImplementedType" => Instance,
    ellipsis_type: "ellipsis" => Instance,
    generator: "generator" => Generator,
    list_iterator: "list_iterator" => Iter,
    list_reverseiterator: "list_reverseiterator" => Iter,
    reversed: "reversed" => Iter,
    callable_iterator: "callable_iterator" => Iter,
    tuple_iterator: "tuple_iterator" => Iter,
    str_iterator: "str_ascii_iterator" => Iter,
    range_iterator: "range_iterator" => Iter,
    longrange_iterator: "longrange_iterator" => Iter,
    dict_keyiterator: "dict_keyiterator" => Iter,
    dict_valueiterator: "dict_valueiterator" => Iter,
    dict_itemiterator: "dict_itemiterator" => Iter,
    set_iterator: "set_iterator" => Iter,
    enumerate: "enumerate" => Iter,
    zip: "zip" => Iter,
    map: "map" => Iter,
    filter: "filter" => Iter,
    iterator: "iterator" => Iter,
    dict_keys: "dict_keys" => DictView,
    dict_values: "dict_values" => DictView,
    dict_items: "dict_items" => DictView,
    odict_keys: "odict_keys" => DictView,
    odict_values: "odict_values" => DictView,
    odict_items: "odict_items" => DictView,
    odict_iterator: "odict_iterator" => Iter,
    // The object model's descriptor and helper types: their instances are `InstanceObj`s whose
    // state lives in the instance dict (see `runtime::classes`).
    property: "property" => Instance,
    staticmethod: "staticmethod" => Instance,
    classmethod: "classmethod" => Instance,
    super_: "super" => Instance,
    mappingproxy: "mappingproxy" => Instance,
    getset_descriptor: "getset_descriptor" => Instance,
    member_descriptor: "member_descriptor" => Instance,
    generic_alias: "GenericAlias" => Instance,
    union_type: "UnionType" => Instance,
    // A class whose constructor refuses (`complex` is outside the subset), and the type of the
    // `builtins` module object (`runtime::builtins_module`).
    complex: "complex" => Instance,
    module: "module" => Instance,
    // `runtime::traceback`.
    traceback: "traceback" => Instance,
    frame: "frame" => Instance,
    bytes: "bytes" => Bytes,
    bytearray: "bytearray" => ByteArray,
    memoryview: "memoryview" => MemoryView,
    bytes_iterator: "bytes_iterator" => Iter,
    bytearray_iterator: "bytearray_iterator" => Iter,
    memory_iterator: "memory_iterator" => Iter,
    }
    exceptions {
        BaseException: object,
                    Exception: BaseException,
                    ArithmeticError: Exception,
                    ZeroDivisionError: ArithmeticError,
                    OverflowError: ArithmeticError,
                    FloatingPointError: ArithmeticError,
                    AssertionError: Exception,
                    AttributeError: Exception,
                    LookupError: Exception,
                    IndexError: LookupError,
                    KeyError: LookupError,
                    NameError: Exception,
                    UnboundLocalError: NameError,
                    RuntimeError: Exception,
                    NotImplementedError: RuntimeError,
                    RecursionError: RuntimeError,
                    StopIteration: Exception,
                    TypeError: Exception,
                    ValueError: Exception,
                    UnicodeError: ValueError,
                    UnicodeDecodeError: UnicodeError,
                    UnicodeEncodeError: UnicodeError,
                    UnicodeTranslateError: UnicodeError,
                    MemoryError: Exception,
                    SyntaxError: Exception,
                    IndentationError: SyntaxError,
                    TabError: IndentationError,
                    SystemError: Exception,
                    ReferenceError: Exception,
                    ImportError: Exception,
                    ModuleNotFoundError: ImportError,
                    OSError: Exception,
                    BlockingIOError: OSError,
                    ChildProcessError: OSError,
                    ConnectionError: OSError,
                    BrokenPipeError: ConnectionError,
                    ConnectionAbortedError: ConnectionError,
                    ConnectionRefusedError: ConnectionError,
                    ConnectionResetError: ConnectionError,
                    FileExistsError: OSError,
                    FileNotFoundError: OSError,
                    InterruptedError: OSError,
                    IsADirectoryError: OSError,
                    NotADirectoryError: OSError,
                    PermissionError: OSError,
                    ProcessLookupError: OSError,
                    TimeoutError: OSError,
                    Warning: Exception,
                    UserWarning: Warning,
                    DeprecationWarning: Warning,
                    PendingDeprecationWarning: Warning,
                    SyntaxWarning: Warning,
                    RuntimeWarning: Warning,
                    FutureWarning: Warning,
                    ImportWarning: Warning,
                    UnicodeWarning: Warning,
                    BytesWarning: Warning,
                    ResourceWarning: Warning,
                    EncodingWarning: Warning,
                    EOFError: Exception,
                    BufferError: Exception,
                    StopAsyncIteration: Exception,
                    GeneratorExit: BaseException,
                    KeyboardInterrupt: BaseException,
                    SystemExit: BaseException,
                    BaseExceptionGroup: BaseException,
                    // Also a subclass of Exception: `runtime::exception_group` sets its MRO.
                    ExceptionGroup: BaseExceptionGroup,
    }
}

fn new_builtin_class(heap: &mut Heap, name: &str, bases: &[Value], kind: Kind) -> Value {
    let name_v = heap.alloc(StrObj::new(name.into())).value();
    let dict = heap.alloc(DictObj::new());
    let cls = heap.alloc(ClassObj {
        name: crate::gc::ValueCell::new(name_v),
        qualname: crate::gc::ValueCell::new(name_v),
        bases: bases.into(),
        mro: crate::gc::ValueCell::new(Value::NONE),
        dict,
        instance_kind: kind,
        builtin: true,
        version: std::cell::Cell::new(0),
        metaclass: crate::gc::ValueCell::new(Value::NONE),
    });
    // Built-in classes use single inheritance: the MRO is the class, then its base's MRO.
    let mut mro = vec![cls.value()];
    if let Some(b) = bases.first().and_then(|b| b.downcast::<ClassObj>()) {
        mro.extend(b.mro_items().iter().copied());
    }
    let t = heap.alloc(TupleObj::new(mro.into_boxed_slice()));
    cls.mro.set(t.value());
    cls.value()
}

/// The class of any value.
#[inline]
pub fn type_of(vm: &Vm, v: Value) -> Value {
    let t = &vm.types;
    if v.is_int() {
        return t.int;
    }
    if v.is_float() {
        return t.float;
    }
    if !v.is_heap() {
        return match v {
            Value::TRUE | Value::FALSE => t.bool_,
            Value::NONE => t.none_type,
            Value::NOT_IMPLEMENTED => t.not_implemented_type,
            Value::ELLIPSIS => t.ellipsis_type,
            _ => t.object,
        };
    }
    // SAFETY: heap values point at live headers.
    let kind = unsafe { (*v.header_ptr()).kind };
    match kind {
        Kind::Str => t.str_,
        Kind::Bytes => t.bytes,
        Kind::ByteArray => t.bytearray,
        Kind::MemoryView => t.memoryview,
        Kind::BigInt => t.int,
        Kind::List => t.list,
        Kind::Tuple => t.tuple,
        Kind::Dict => t.dict,
        Kind::Set => {
            if v.downcast::<SetObj>().is_some_and(|s| s.frozen) {
                t.frozenset
            } else {
                t.set
            }
        }
        Kind::Range => t.range,
        Kind::Slice => t.slice,
        Kind::Code => t.code,
        Kind::Function => t.function,
        Kind::Cell => t.cell,
        Kind::Class => match v.downcast::<ClassObj>().map(|c| c.metaclass.get()) {
            Some(m) if !m.is_none() => m,
            _ => t.type_,
        },
        Kind::Instance => v.downcast::<InstanceObj>().map_or(t.object, |i| i.class),
        Kind::Host => v
            .downcast::<crate::runtime::hostobj::HostObj>()
            .map_or(t.object, |h| h.class),
        Kind::BoundMethod => t.method,
        Kind::Native => crate::runtime::slots::native_type(t, v),
        Kind::Exception => v.downcast::<ExceptionObj>().map_or(t.Exception, |e| e.class),
        Kind::Generator => t.generator,
        Kind::Poisoned => crate::gc::poisoned_access(v.header_ptr()),
        Kind::DictView => match v.downcast::<DictViewObj>().map(|d| (d.which, d.ordered)) {
            Some((DictViewKind::Keys, false)) => t.dict_keys,
            Some((DictViewKind::Values, false)) => t.dict_values,
            Some((DictViewKind::Keys, true)) => t.odict_keys,
            Some((DictViewKind::Values, true)) => t.odict_values,
            Some((DictViewKind::Items, true)) => t.odict_items,
            _ => t.dict_items,
        },
        Kind::Iter => {
            let Some(it) = v.downcast::<IterObj>() else {
                return t.object;
            };
            it.with_mut(|s| match s {
                IterState::List { .. } => t.list_iterator,
                IterState::ListReverse { .. } => t.list_reverseiterator,
                IterState::Tuple { .. } => t.tuple_iterator,
                IterState::Str { .. } => t.str_iterator,
                IterState::Bytes { seq, .. } => {
                    if seq.downcast::<ByteArrayObj>().is_some() {
                        t.bytearray_iterator
                    } else if seq.downcast::<MemoryViewObj>().is_some() {
                        t.memory_iterator
                    } else {
                        t.bytes_iterator
                    }
                }
                IterState::Range { .. } => t.range_iterator,
                IterState::BigRange(_) => t.longrange_iterator,
                IterState::DictKeys { .. } => t.dict_keyiterator,
                IterState::DictValues { .. } => t.dict_valueiterator,
                IterState::DictItems { .. } => t.dict_itemiterator,
                IterState::Set { .. } => t.set_iterator,
                IterState::ODict { .. } => t.odict_iterator,
                IterState::Enumerate { .. } => t.enumerate,
                IterState::Zip { .. } => t.zip,
                IterState::Map { .. } => t.map,
                IterState::Filter { .. } => t.filter,
                IterState::SeqIndex { .. } | IterState::Exhausted => t.iterator,
                IterState::SeqReverse { .. } => t.reversed,
                IterState::Callable { .. } | IterState::Stepper { .. } => t.callable_iterator,
            })
        }
    }
}

/// The name of a class (`__name__`).
pub fn class_name(cls: Value) -> String {
    cls.downcast::<ClassObj>()
        .and_then(|c| c.name.get().downcast::<StrObj>().map(|s| s.as_str().to_string()))
        .unwrap_or_else(|| "?".into())
}

/// The name of a value's type, as error messages print it: the class's `__name__`, or, for a
/// class of a bundled module that stands for one of CPython's C types, that type's `tp_name`
/// (`datetime.timedelta`), kept in the class's own dict (so not inherited, as CPython's
/// subclasses print their own name) under `__pyrite_tp_name__`.
pub fn type_name(vm: &Vm, v: Value) -> String {
    let cls = type_of(vm, v);
    if let Some(name) = cls.downcast::<ClassObj>().and_then(c_type_name) {
        return name;
    }
    class_name(cls)
}

/// The `__pyrite_tp_name__` of a user class (see `type_name`).
fn c_type_name(c: Gc<ClassObj>) -> Option<String> {
    if c.builtin {
        return None;
    }
    c.dict.with(|t| {
        t.iter().find_map(|(_, k, v)| {
            let key = k.downcast::<StrObj>()?;
            if key.as_str() != "__pyrite_tp_name__" {
                return None;
            }
            v.downcast::<StrObj>().map(|s| s.as_str().to_string())
        })
    })
}

/// True when class `cls` has `base` in its MRO.
pub fn is_subclass(cls: Value, base: Value) -> bool {
    if cls == base {
        return true;
    }
    match cls.downcast::<ClassObj>() {
        Some(c) => c.mro_items().contains(&base),
        None => false,
    }
}

pub fn isinstance(vm: &Vm, v: Value, cls: Value) -> bool {
    let t = type_of(vm, v);
    t == cls || is_subclass(t, cls) || (cls == vm.types.int && v.is_bool())
}

/// Looks `name` up along the MRO of class `cls`.
pub fn lookup_in_mro(cls: Value, name: Value) -> Option<Value> {
    let c = cls.downcast::<ClassObj>()?;
    for &k in c.mro_items().iter() {
        let kc = k.downcast::<ClassObj>()?;
        if let Some(v) = crate::runtime::dict::get_str(kc.dict, name) {
            return Some(v);
        }
    }
    None
}

/// Registers the methods of every built-in type.
pub fn install_methods(vm: &mut Vm) {
    crate::runtime::methods::install(vm);
}

#[allow(dead_code)]
fn _unused(_: Gc<ClassObj>) {}
