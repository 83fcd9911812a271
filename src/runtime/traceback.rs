//! Traceback and frame objects: `e.__traceback__`, `tb.tb_next`/`tb_lineno`/`tb_lasti`/
//! `tb_frame`, `frame.f_code`/`f_lineno`/`f_back`, `code.co_name`/`co_qualname`/
//! `co_filename`, and `e.with_traceback(tb)` / `e.__traceback__ = tb`.
//!
//! An exception keeps its traceback as entries (code object, instruction), innermost first
//! as the unwinder records them. Reading `__traceback__` builds the chain of `traceback`
//! objects from them, outermost first as CPython links them; each is an `InstanceObj` of the
//! built-in class `traceback` (`frame` for frames) with its attributes in the instance dict
//! and its entry under private keys. The chain is built at each read, so two reads give equal
//! chains of distinct objects. Frames have no `f_locals`/`f_globals`: reading them is an
//! AttributeError, never a wrong value.

use crate::gc::Gc;
use crate::interp::{PyResult, Vm};
use crate::runtime::dict::get_str;
use crate::runtime::object::*;
use crate::runtime::types::type_name;
use crate::runtime::value::Value;

/// Private instance-dict keys of a traceback object's entry.
const TB_CODE: &str = " code";
const TB_IP: &str = " ip";

impl Vm {
    /// `e.__traceback__`: None, or the chain from the outermost entry.
    pub(crate) fn exception_traceback(&mut self, e: Gc<ExceptionObj>) -> Value {
        let mut entries = e.traceback();
        // Host functions' lines (`runtime::host`) are for the host's error text only.
        entries.retain(|entry| entry.code.downcast::<CodeObj>().is_some());
        // Frame objects, outermost first, each `f_back` the one before.
        let mut frames = Vec::with_capacity(entries.len());
        let mut back = Value::NONE;
        for entry in entries.iter().rev() {
            let line = self.entry_line(entry);
            let line_v = self.new_i64(line as i64);
            let frame_cls = self.types.frame;
            let f = self.new_state_instance(
                frame_cls,
                &[("f_code", entry.code), ("f_lineno", line_v), ("f_back", back)],
            );
            frames.push(f);
            back = f;
        }
        let mut next = Value::NONE;
        for (entry, &frame) in entries.iter().zip(frames.iter().rev()) {
            let line = self.entry_line(entry);
            let line_v = self.new_i64(line as i64);
            let lasti = self.new_i64(entry.ip as i64 * 2);
            let ip = self.new_i64(entry.ip as i64);
            let tb_cls = self.types.traceback;
            next = self.new_state_instance(
                tb_cls,
                &[
                    ("tb_next", next),
                    ("tb_frame", frame),
                    ("tb_lineno", line_v),
                    ("tb_lasti", lasti),
                    (TB_CODE, entry.code),
                    (TB_IP, ip),
                ],
            );
        }
        next
    }

    fn entry_line(&self, entry: &TbEntry) -> u32 {
        entry
            .code
            .downcast::<CodeObj>()
            .and_then(|c| c.positions.get(entry.ip as usize).map(|p| p.0))
            .unwrap_or(0)
    }

    /// `e.__traceback__ = tb` / `e.with_traceback(tb)`: the entries of chain `tb` (None clears).
    pub(crate) fn set_exception_traceback(&mut self, e: Gc<ExceptionObj>, tb: Value) -> PyResult<()> {
        let mut entries = Vec::new();
        let mut t = tb;
        let (code_k, ip_k, next_k) = (self.intern(TB_CODE), self.intern(TB_IP), self.intern("tb_next"));
        // Bounded: `tb_next` is writable, so a chain could be made cyclic.
        while !t.is_none() && entries.len() < 1 << 20 {
            let inst = t.downcast::<InstanceObj>().filter(|i| i.class == self.types.traceback);
            let Some(inst) = inst else {
                return Err(self.type_error("__traceback__ must be a traceback or None"));
            };
            let d = self.inst_dict(inst);
            let code = get_str(d, code_k).unwrap_or(Value::NONE);
            let ip = get_str(d, ip_k).and_then(|v| self.as_i64(v)).unwrap_or(0);
            entries.push(TbEntry { code, ip: ip as u32 });
            t = get_str(d, next_k).unwrap_or(Value::NONE);
        }
        entries.reverse();
        e.set_traceback(entries);
        Ok(())
    }

    /// `repr(frame)` / `repr(code)` as CPython prints them (with addresses).
    pub(crate) fn traceback_helper_repr(&mut self, v: Value) -> PyResult<Option<String>> {
        let Some(inst) = v.downcast::<InstanceObj>() else {
            return Ok(None);
        };
        if inst.class != self.types.frame {
            return Ok(None);
        }
        let code = self.state_of(v, "f_code");
        let line = self.state_of(v, "f_lineno");
        let Some(c) = code.downcast::<CodeObj>() else {
            return Ok(None);
        };
        let id = self.id_of(v);
        let (file, name) = (c.filename.clone(), self.str_of(c.name));
        let line = self.repr(line)?;
        Ok(Some(format!(
            "<frame at {id:#x}, file '{file}', line {line}, code {name}>"
        )))
    }
}

/// `BaseException.with_traceback(tb)`: sets the traceback and returns the exception.
pub(crate) fn with_traceback(vm: &mut Vm, e: Gc<ExceptionObj>, tb: Value) -> PyResult<Value> {
    if !tb.is_none()
        && !tb
            .downcast::<InstanceObj>()
            .is_some_and(|i| i.class == vm.types.traceback)
    {
        let _ = type_name(vm, tb);
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    vm.set_exception_traceback(e, tb)?;
    Ok(e.value())
}
