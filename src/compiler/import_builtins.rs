//! `import builtins` (optionally `as x`) and `from builtins import a, b as c`: the one module
//! pyrite has before the import system exists (issue 11). The module object is the builtin
//! `__builtins__` (`runtime::builtins_module`), so `import builtins as b` compiles as
//! `b = __builtins__` and `from builtins import len` as `len = __builtins__.len`. Every other
//! import stays refused.

use super::*;

/// The unspellable builtin `from builtins import x` calls (CPython's `IMPORT_FROM`,
/// `runtime::builtins_module`): it is not in the `builtins` module, only in the VM's table
/// that name lookups read.
pub(crate) const IMPORT_FROM_NAME: &str = "<import_from>";

impl<'a> Compiler<'a> {
    /// Compiles an import of the builtins module; `Ok(false)` when `s` imports anything else.
    pub(super) fn import_builtins(&mut self, s: &'a Stmt) -> CResult<bool> {
        match &s.kind {
            StmtKind::Import(names) => {
                if names.iter().any(|a| a.name != "builtins") {
                    return Ok(false);
                }
                for a in names {
                    let r = self.alloc_temp(a.span)?;
                    self.load_name("__builtins__", r, a.span)?;
                    self.store_name(a.asname.as_deref().unwrap_or("builtins"), r, a.span)?;
                    self.free_temps(r);
                }
                Ok(true)
            }
            StmtKind::ImportFrom { module, names, level } => {
                if *level != 0 || module.as_deref() != Some("builtins") || names.iter().any(|a| a.name == "*") {
                    return Ok(false);
                }
                for a in names {
                    // `<import_from>(__builtins__, "name")`: a missing name is an ImportError.
                    let f = self.alloc_temp(a.span)?;
                    let m = self.alloc_temp(a.span)?;
                    let n = self.alloc_temp(a.span)?;
                    self.load_name(IMPORT_FROM_NAME, f, a.span)?;
                    self.load_name("__builtins__", m, a.span)?;
                    self.load_const(Const::Str(a.name.clone()), n, a.span)?;
                    // CPython positions `IMPORT_FROM` at the whole statement.
                    self.set_pos(s.span);
                    self.emit(Op::Call, f, 2, 0);
                    self.store_name(a.asname.as_deref().unwrap_or(&a.name), f, a.span)?;
                    self.free_temps(f);
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}
