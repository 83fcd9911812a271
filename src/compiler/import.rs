//! `import` statements, compiled as CPython 3.11 compiles them (`compiler_import`,
//! `compiler_from_import`): `ImportName` does what `__import__(name, globals, None, fromlist,
//! level)` does and yields the top-level module (plain `import a.b`) or the module itself
//! (with a from-list); `ImportFrom` takes one name from it, `ImportStar` all of its public
//! names. The import system itself is `interp::import`.

use super::*;

impl<'a> Compiler<'a> {
    /// `import a.b.c`, `import a.b as c`, several aliases per statement.
    pub(super) fn import_stmt(&mut self, names: &'a [Alias], span: Span) -> CResult<()> {
        for a in names {
            let r = self.alloc_temp(a.span)?;
            let spec = self.import_spec(&a.name, None, 0, span)?;
            self.set_pos(span);
            self.emit_abx(Op::ImportName, r, spec);
            match &a.asname {
                Some(asname) => {
                    // `import a.b.c as d`: d is a.b.c, reached attribute by attribute from the
                    // top-level module `ImportName` returned.
                    for part in a.name.split('.').skip(1) {
                        let n = self.add_name(part, a.span)?;
                        self.set_pos(span);
                        self.emit(Op::ImportFrom, r, r, n);
                    }
                    self.store_name(asname, r, a.span)?;
                }
                None => {
                    let top = a.name.split('.').next().unwrap_or(&a.name);
                    self.store_name(top, r, a.span)?;
                }
            }
            self.free_temps(r);
        }
        Ok(())
    }

    /// `from module import a, b as c` and `from module import *` (any number of leading dots).
    pub(super) fn import_from_stmt(
        &mut self,
        module: Option<&str>,
        names: &'a [Alias],
        level: u32,
        span: Span,
    ) -> CResult<()> {
        let fromlist: Vec<&str> = names.iter().map(|a| a.name.as_str()).collect();
        let m = self.alloc_temp(span)?;
        let spec = self.import_spec(module.unwrap_or(""), Some(&fromlist), level, span)?;
        self.set_pos(span);
        self.emit_abx(Op::ImportName, m, spec);
        if let [star] = names
            && star.name == "*"
        {
            // The symbol table allows `*` only in module code; code given to `exec` with its
            // own locals binds into that namespace (register 0).
            let namespace = usize::from(self.func().unit.argcount == 1);
            self.set_pos(span);
            self.emit(Op::ImportStar, m, namespace, 0);
        } else {
            for a in names {
                let r = self.alloc_temp(a.span)?;
                let n = self.add_name(&a.name, a.span)?;
                self.set_pos(span);
                self.emit(Op::ImportFrom, r, m, n);
                self.store_name(a.asname.as_deref().unwrap_or(&a.name), r, a.span)?;
                self.free_temps(r);
            }
        }
        self.free_temps(m);
        Ok(())
    }

    /// The constant `(name, fromlist, level)` an `ImportName` reads.
    fn import_spec(&mut self, name: &str, fromlist: Option<&[&str]>, level: u32, span: Span) -> CResult<usize> {
        let fromlist = match fromlist {
            Some(names) => Const::Tuple(names.iter().map(|n| Const::Str(n.to_string())).collect()),
            None => Const::None,
        };
        let spec = Const::Tuple(vec![Const::Str(name.to_string()), fromlist, Const::Int(level.into())]);
        self.add_const(spec, span)
    }
}
