//! Introspection attributes of functions and code objects: `__annotations__`, `__code__`
//! and the `co_*` attributes CPython scripts commonly read. The rest of a code object's
//! attributes (bytecode, constants, line tables) describe CPython's own bytecode and are
//! refused by name.

use crate::gc::Gc;
use crate::interp::bytecode::Op;
use crate::interp::{PyResult, Vm};
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// The attributes of CPython's code objects that pyrite's register bytecode cannot mirror.
const UNSUPPORTED_CODE_ATTRS: &[&str] = &[
    "co_code",
    "co_consts",
    "co_names",
    "co_lnotab",
    "co_linetable",
    "co_exceptiontable",
    "co_stacksize",
    "co_cellvars",
    "co_freevars",
    "co_lines",
    "co_positions",
    "co_nlocals",
    "co_flags",
    "_co_code_adaptive",
    "replace",
];

impl Vm {
    /// `f.__annotations__`: the dict made when the function was defined, or a new empty one
    /// kept from then on (CPython's `func_get_annotations`).
    pub(crate) fn function_annotations(&mut self, f: Gc<FunctionObj>) -> Value {
        let a = f.annotations.get();
        if a.downcast::<DictObj>().is_some() {
            return a;
        }
        let d = self.new_dict().value();
        f.annotations.set(d);
        d
    }

    /// An assigned `__doc__` or `__module__` of `f` (they live in the function object, not in
    /// its `__dict__`); `None` while it has its original value.
    pub(crate) fn function_member(&mut self, f: Gc<FunctionObj>, name: &str) -> Option<Value> {
        let v = match name {
            "__doc__" => f.doc.get(),
            _ => f.module.get(),
        };
        (!v.is_unbound()).then_some(v)
    }

    /// Assigns (UNBOUND: deletes) one of a function's own attributes; `Ok(false)` when `name`
    /// is not one of them (it goes to the function's `__dict__`).
    pub(crate) fn set_function_special(&mut self, f: Gc<FunctionObj>, name: &str, v: Value) -> PyResult<bool> {
        if name == "__doc__" || name == "__module__" {
            let cell = if name == "__doc__" { &f.doc } else { &f.module };
            cell.set(if v.is_unbound() { Value::NONE } else { v });
            return Ok(true);
        }
        match name {
            "__closure__" | "__globals__" | "__builtins__" => {
                return Err(self.attribute_error("readonly attribute"));
            }
            "__code__" if v.downcast::<CodeObj>().is_none() => {
                return Err(self.type_error("__code__ must be set to a code object"));
            }
            // A function's code is fixed when it is made (the interpreter holds it).
            "__code__" => return Err(self.not_implemented("assigning __code__ is not supported")),
            "__dict__" if v.is_unbound() => return Err(self.type_error("cannot delete __dict__")),
            "__dict__" => {
                if v.downcast::<DictObj>().is_none() {
                    let msg = format!("__dict__ must be set to a dictionary, not a '{}'", type_name(self, v));
                    return Err(self.type_error(msg));
                }
                f.dict.set(v);
                return Ok(true);
            }
            _ => {}
        }
        if name == "__name__" || name == "__qualname__" {
            if v.downcast::<StrObj>().is_none() {
                let msg = format!("{name} must be set to a string object");
                return Err(self.type_error(msg));
            }
            let cell = if name == "__name__" { &f.name } else { &f.qualname };
            cell.set(v);
            return Ok(true);
        }
        let (cell, what, ok) = match name {
            "__annotations__" => (&f.annotations, "dict", v.downcast::<DictObj>().is_some()),
            "__kwdefaults__" => (&f.kwdefaults, "dict", v.downcast::<DictObj>().is_some()),
            "__defaults__" => (&f.defaults, "tuple", v.downcast::<TupleObj>().is_some()),
            _ => return Ok(false),
        };
        if v.is_unbound() || v.is_none() {
            cell.set(Value::NONE);
            return Ok(true);
        }
        if !ok {
            let msg = format!("{name} must be set to a {what} object");
            return Err(self.type_error(msg));
        }
        cell.set(v);
        Ok(true)
    }

    /// `f.__closure__`: a tuple of the cells `f` closes over, or None.
    pub(crate) fn function_closure(&mut self, f: Gc<FunctionObj>) -> Value {
        if f.closure.is_empty() {
            return Value::NONE;
        }
        let cells = f.closure.to_vec();
        self.new_tuple(cells)
    }

    /// `cell.cell_contents`, with CPython's error for an empty cell.
    pub(crate) fn cell_contents(&mut self, c: Gc<CellObj>) -> PyResult<Value> {
        let v = c.value.get();
        if v.is_unbound() {
            return Err(self.value_error("Cell is empty"));
        }
        Ok(v)
    }

    /// `code.co_*` (and `code.__class__`); `None` for names code objects do not have.
    pub(crate) fn code_attr(&mut self, c: Gc<CodeObj>, n: &str) -> PyResult<Option<Value>> {
        Ok(Some(match n {
            "co_name" => c.name,
            "co_qualname" => c.qualname,
            "co_filename" => self.new_str(&c.filename),
            "co_firstlineno" => Value::inline_int(c.first_line as i64),
            // Code compiled for `exec`/`eval` takes its namespace as a hidden argument.
            "co_argcount" => {
                Value::inline_int(c.argcount as i64 - i64::from(crate::interp::dynamic::is_namespace_code(c)))
            }
            "co_posonlyargcount" => Value::inline_int(c.posonly as i64),
            "co_kwonlyargcount" => Value::inline_int(c.kwonly as i64),
            "co_varnames" => {
                let names = co_varnames(&c);
                self.new_tuple(names)
            }
            _ if UNSUPPORTED_CODE_ATTRS.contains(&n) => {
                let msg = format!("code.{n} is not supported");
                return Err(self.not_implemented(msg));
            }
            _ => return Ok(None),
        }))
    }
}

/// CPython's `co_varnames` of `c`: the parameters, then the locals that are not cells (CPython
/// lists those in `co_cellvars`). Cells are the registers the entry code wraps (`MakeCell`).
pub(crate) fn co_varnames(c: &CodeObj) -> Vec<Value> {
    let nparams =
        c.argcount + c.kwonly + usize::from(c.has(code_flags::VARARGS)) + usize::from(c.has(code_flags::VARKWARGS));
    let cells: Vec<usize> = c
        .instrs
        .iter()
        .take_while(|i| i.op_byte() == Op::MakeCell as u8)
        .map(|i| i.a())
        .collect();
    c.local_names
        .iter()
        .take(c.free_start)
        .enumerate()
        .filter(|&(r, v)| {
            (r < nparams || !cells.contains(&r))
                && v.downcast::<StrObj>()
                    .is_some_and(|s| !s.as_str().starts_with('.') && s.as_str() != "__class__")
        })
        .map(|(_, &v)| v)
        .collect()
}
