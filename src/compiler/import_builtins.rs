//! `import builtins` (optionally `as x`) and `from builtins import a, b as c`: the one module
//! pyrite has before the import system exists (issue 11). The module object is the builtin
//! `__builtins__` (`runtime::builtins_module`), so `import builtins as b` compiles as
//! `b = __builtins__` and `from builtins import len` as `len = __builtins__.len`. Every other
//! import stays refused.

use super::*;

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
                    let m = self.alloc_temp(a.span)?;
                    self.load_name("__builtins__", m, a.span)?;
                    let n = self.add_name(&a.name, a.span)?;
                    self.set_pos(a.span);
                    self.emit(Op::GetAttr, m, m, n);
                    self.store_name(a.asname.as_deref().unwrap_or(&a.name), m, a.span)?;
                    self.free_temps(m);
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}
