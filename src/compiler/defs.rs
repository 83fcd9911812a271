//! Function and class definitions: code units for bodies, parameters, defaults, closures
//! and decorators.

use super::*;

/// True for the code name of a comprehension's scope.
fn is_comprehension_name(name: &str) -> bool {
    matches!(name, "<listcomp>" | "<setcomp>" | "<dictcomp>" | "<genexpr>")
}

/// The parameters of a signature in the order CPython 3.11 evaluates their annotations and
/// lists them in `__annotations__`: plain, positional-only, `*args`, keyword-only, `**kwargs`.
pub(super) fn annotation_order(args: &Arguments) -> impl Iterator<Item = &Arg> {
    args.args
        .iter()
        .chain(&args.posonlyargs)
        .chain(&args.vararg)
        .chain(&args.kwonlyargs)
        .chain(&args.kwarg)
}

impl<'a> Compiler<'a> {
    // ----- functions and classes ------------------------------------------------------------

    /// Compiles a nested function (def, lambda, comprehension) and emits `MakeFunction` into
    /// register `dst`, using the registers after `dst` for defaults and closure.
    // One parameter per part of a definition (the signature's annotations included): grouping
    // them would only move the list elsewhere.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn make_function(
        &mut self,
        dst: usize,
        name: &str,
        key: usize,
        args: &'a Arguments,
        body: FuncBody<'a>,
        returns: Option<&'a Expr>,
        span: Span,
    ) -> CResult<()> {
        let scope_idx = self.scope_for(key)?;
        let parent_qual = {
            let Some(f) = self.funcs.last() else {
                return Err(CompileError::internal("function stack underflow"));
            };
            match self.scope(f.scope).kind {
                ScopeKind::Module => String::new(),
                // Comprehensions add no `<locals>` (CPython's compiler_set_qualname).
                ScopeKind::Function if is_comprehension_name(&f.unit.name) => format!("{}.", f.unit.qualname),
                ScopeKind::Function => format!("{}.<locals>.", f.unit.qualname),
                ScopeKind::Class => format!("{}.", f.unit.qualname),
            }
        };
        let qualname = format!("{parent_qual}{name}");
        // Defaults are evaluated now, in the enclosing scope.
        let mark = self.temps_mark();
        let mut flags = 0;
        let mut extra = Vec::new();
        if let [default] = args.defaults.as_slice()
            && dst >= self.func().first_temp
        {
            // One default, and `dst` is a temporary nothing reads before the function is
            // made: the default is evaluated into `dst` itself, so `lambda x=lambda x=...`
            // nested any depth needs two registers, not two per level.
            self.expr_into(default, dst)?;
            let t = self.alloc_temp(span)?;
            self.emit(Op::BuildTuple, t, dst, 1);
            extra.push(t);
            flags |= code_flags::HAS_DEFAULTS;
        } else if !args.defaults.is_empty() {
            let base = self.temps_mark();
            for d in &args.defaults {
                let r = self.alloc_temp(d.span)?;
                self.expr_into(d, r)?;
            }
            let t = self.alloc_temp(span)?;
            self.emit(Op::BuildTuple, t, base, args.defaults.len());
            extra.push(t);
            flags |= code_flags::HAS_DEFAULTS;
        }
        if args.kw_defaults.iter().any(|d| d.is_some()) {
            let base = self.temps_mark();
            let mut n = 0;
            for (a, d) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
                if let Some(d) = d {
                    let k = self.alloc_temp(d.span)?;
                    let ci = self.add_const(Const::Str(self.mangled(&a.name).into_owned()), d.span)?;
                    self.emit_abx(Op::LoadConst, k, ci);
                    let v = self.alloc_temp(d.span)?;
                    self.expr_into(d, v)?;
                    n += 1;
                }
            }
            let t = self.alloc_temp(span)?;
            self.emit(Op::BuildDict, t, base, n);
            extra.push(t);
            flags |= code_flags::HAS_KWDEFAULTS;
        }
        // Annotations, evaluated after the defaults into a dict `__annotations__` returns.
        let annotated: Vec<(&str, &'a Expr)> = annotation_order(args)
            .filter_map(|a| a.annotation.as_ref().map(|e| (a.name.as_str(), e)))
            .chain(returns.map(|r| ("return", r)))
            .collect();
        if !annotated.is_empty() {
            let base = self.temps_mark();
            for &(pname, e) in &annotated {
                let k = self.alloc_temp(e.span)?;
                let ci = self.add_const(Const::Str(self.mangled(pname).into_owned()), e.span)?;
                self.emit_abx(Op::LoadConst, k, ci);
                let v = self.alloc_temp(e.span)?;
                self.annotation_into(e, v)?;
            }
            let t = self.alloc_temp(span)?;
            self.set_pos(span);
            self.emit(Op::BuildDict, t, base, annotated.len());
            extra.push(t);
            flags |= code_flags::HAS_ANNOTATIONS;
        }

        let mut fs = FuncState::new(scope_idx, name.to_string(), qualname, self.filename.clone());
        fs.unit.first_line = span.line;
        fs.pos = span;
        self.funcs.push(fs);
        // Constant 0 of every function is its docstring or None (what `__doc__` reads).
        let doc = match body {
            FuncBody::Stmts(stmts) => match stmts.first().map(|s| &s.kind) {
                Some(StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(d)),
                    ..
                })) => Const::Str(d.clone()),
                _ => Const::None,
            },
            _ => Const::None,
        };
        self.add_const(doc, span)?;
        self.setup_function_registers(args)?;
        match body {
            FuncBody::Stmts(stmts) => {
                self.stmts(stmts)?;
                self.emit(Op::ReturnNone, 0, 0, 0);
            }
            FuncBody::Expr(e) => {
                let r = self.expr_reg(e)?;
                self.emit(Op::Return, r, 0, 0);
            }
            FuncBody::Comprehension(e) => {
                self.comprehension_body(e)?;
            }
        }
        let child = self.pop_func()?;
        let free = self.scope(scope_idx).free_order.clone();
        let mut unit = child.finish()?;
        unit.flags |= flags;
        if !free.is_empty() {
            unit.flags |= code_flags::HAS_CLOSURE;
            let base = self.temps_mark();
            for n in &free {
                let r = self.alloc_temp(span)?;
                let src = match self.funcs.last().and_then(|f| f.regs.get(n)) {
                    Some(&src) => src as usize,
                    None => {
                        return Err(CompileError::syntax_at(
                            format!("internal compiler error: no cell for '{n}'"),
                            span.line,
                            span.col,
                        ));
                    }
                };
                self.emit(Op::Move, r, src, 0);
            }
            let t = self.alloc_temp(span)?;
            self.emit(Op::BuildTuple, t, base, free.len());
            extra.push(t);
        }
        // Lay the extras out right after dst.
        for (i, &r) in extra.iter().enumerate() {
            let want = dst + 1 + i;
            if r != want {
                // Extras are temps allocated after dst; make room if dst+1.. are still in use.
                let top = self.temps_mark().max(want + 1);
                self.func().max_reg = self.func().max_reg.max(top);
                self.emit(Op::Move, want, r, 0);
            }
        }
        let ci = self.add_const(Const::Code(Box::new(unit)), span)?;
        self.set_pos(span);
        self.emit_abx(Op::MakeFunction, dst, ci);
        self.free_temps(mark.max(dst + 1));
        Ok(())
    }

    /// Assigns registers to parameters, locals and free variables of the function being
    /// started, and emits the entry code that creates cells.
    pub(super) fn setup_function_registers(&mut self, args: &'a Arguments) -> CResult<()> {
        let scope_idx = self.func().scope;
        let scope = self.scope(scope_idx);
        let params = scope.params.clone();
        let locals = scope.local_order.clone();
        let bindings = scope.bindings.clone();
        let free = scope.free_order.clone();
        let is_gen = scope.is_generator;
        let mut next = 0usize;
        let f = self.func();
        for p in &params {
            f.regs.insert(p.clone(), next as u8);
            f.unit.param_names.push(p.clone());
            f.unit.local_names.push(Some(p.clone()));
            f.bound.insert(p.clone());
            next += 1;
        }
        for l in &locals {
            if f.regs.contains_key(l) {
                continue;
            }
            if matches!(bindings.get(l), Some(Binding::Local) | Some(Binding::Cell)) {
                f.regs.insert(l.clone(), next as u8);
                f.unit.local_names.push(Some(l.clone()));
                next += 1;
            }
        }
        // Cells for names only used by children (e.g. `__class__`) that are not locals.
        let mut cells: Vec<String> = bindings
            .iter()
            .filter(|(n, b)| **b == Binding::Cell && !f.regs.contains_key(*n))
            .map(|(n, _)| n.clone())
            .collect();
        cells.sort();
        for c in &cells {
            f.regs.insert(c.clone(), next as u8);
            f.unit.local_names.push(Some(c.clone()));
            next += 1;
        }
        f.unit.free_start = next;
        f.unit.nfree = free.len();
        for n in &free {
            f.regs.insert(n.clone(), next as u8);
            f.unit.local_names.push(Some(n.clone()));
            next += 1;
        }
        f.first_temp = next;
        f.next_temp = next;
        f.max_reg = next;
        if next > 200 {
            return Err(CompileError::unsupported(
                "a function with more than 200 local variables",
                Span {
                    line: f.unit.first_line,
                    ..Default::default()
                },
            ));
        }
        // Comprehensions take their outermost iterator as the implicit parameter `.0`.
        f.unit.argcount = if params.first().is_some_and(|p| p == ".0") {
            1
        } else {
            args.posonlyargs.len() + args.args.len()
        };
        f.unit.posonly = args.posonlyargs.len();
        f.unit.kwonly = args.kwonlyargs.len();
        if args.vararg.is_some() {
            f.unit.flags |= code_flags::VARARGS;
        }
        if args.kwarg.is_some() {
            f.unit.flags |= code_flags::VARKWARGS;
        }
        if is_gen {
            f.unit.flags |= code_flags::GENERATOR;
        }
        // Entry code: wrap cell variables (parameters keep their value).
        let regs = f.regs.clone();
        let mut cell_regs: Vec<usize> = bindings
            .iter()
            .filter(|(_, b)| **b == Binding::Cell)
            .filter_map(|(n, _)| regs.get(n).map(|&r| r as usize))
            .collect();
        cell_regs.sort();
        for r in cell_regs {
            self.emit(Op::MakeCell, r, 0, 0);
        }
        if is_gen {
            self.emit(Op::GenStart, 0, 0, 0);
        }
        Ok(())
    }

    pub(super) fn class_def(&mut self, cd: &'a ClassDef, span: Span) -> CResult<()> {
        let mark = self.temps_mark();
        let mut decos = Vec::new();
        for d in &cd.decorators {
            let r = self.alloc_temp(d.span)?;
            self.expr_into(d, r)?;
            decos.push(r);
        }
        let t = self.alloc_temp(span)?;
        let name_reg = self.alloc_temp(span)?;
        let bases_reg = self.alloc_temp(span)?;
        // Keyword arguments (`metaclass=`, `__init_subclass__` keywords) as one dict.
        let kwargs_reg = if cd.keywords.is_empty() {
            None
        } else {
            Some(self.alloc_temp(span)?)
        };
        // Body function first (its closure/defaults regs follow t; none for class bodies
        // except a closure).
        let scope_idx = self.scope_for(node_key(cd))?;
        let parent_qual = {
            let Some(f) = self.funcs.last() else {
                return Err(CompileError::internal("function stack underflow"));
            };
            match self.scope(f.scope).kind {
                ScopeKind::Module => String::new(),
                // Comprehensions add no `<locals>` (CPython's compiler_set_qualname).
                ScopeKind::Function if is_comprehension_name(&f.unit.name) => format!("{}.", f.unit.qualname),
                ScopeKind::Function => format!("{}.<locals>.", f.unit.qualname),
                ScopeKind::Class => format!("{}.", f.unit.qualname),
            }
        };
        let qualname = format!("{parent_qual}{}", cd.name);
        let mut fs = FuncState::new(scope_idx, cd.name.clone(), qualname.clone(), self.filename.clone());
        fs.unit.first_line = span.line;
        fs.pos = span;
        self.funcs.push(fs);
        let class_cell = {
            // Register 0 holds the namespace dict; then free variables.
            let free = self.scope(scope_idx).free_order.clone();
            let f = self.func();
            f.unit.argcount = 1;
            f.unit.param_names.push(".namespace".into());
            f.unit.local_names.push(None);
            let mut next = 1usize;
            f.unit.free_start = next;
            f.unit.nfree = free.len();
            for n in &free {
                f.regs.insert(n.clone(), next as u8);
                f.unit.local_names.push(Some(n.clone()));
                next += 1;
            }
            // The `__class__` cell that methods using `super()`/`__class__` close over: made
            // here, handed to the class creation as `__classcell__`, which fills it.
            let class_cell = self.scope(scope_idx).cell_order.iter().any(|c| c == "__class__");
            let f = self.func();
            let cell_reg = class_cell.then_some(next);
            if class_cell {
                f.regs.insert("__class__".into(), next as u8);
                f.unit.local_names.push(Some("__class__".into()));
                next += 1;
            }
            f.first_temp = next;
            f.next_temp = next;
            f.max_reg = next;
            f.unit.flags |= code_flags::CLASS_BODY;
            cell_reg
        };
        if let Some(r) = class_cell {
            self.emit(Op::MakeCell, r, 0, 0);
        }
        // __module__ and __qualname__ like CPython.
        let m = self.alloc_temp(span)?;
        let n = self.add_name("__name__", span)?;
        self.emit_abx(Op::LoadName, m, n);
        let n = self.add_name("__module__", span)?;
        self.emit_abx(Op::StoreName, m, n);
        self.free_temps(m);
        let q = self.alloc_temp(span)?;
        let ci = self.add_const(Const::Str(qualname), span)?;
        self.emit_abx(Op::LoadConst, q, ci);
        let n = self.add_name("__qualname__", span)?;
        self.emit_abx(Op::StoreName, q, n);
        self.free_temps(q);
        // `__annotations__` before `__doc__`, as CPython's compiler_body orders them.
        if has_annotations(&cd.body) {
            self.setup_annotations()?;
        }
        if let Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(doc)),
            ..
        })) = cd.body.first().map(|s| &s.kind)
        {
            let q = self.alloc_temp(span)?;
            let ci = self.add_const(Const::Str(doc.clone()), span)?;
            self.emit_abx(Op::LoadConst, q, ci);
            let n = self.add_name("__doc__", span)?;
            self.emit_abx(Op::StoreName, q, n);
            self.free_temps(q);
        }
        self.stmts(&cd.body)?;
        if let Some(r) = class_cell {
            let n = self.add_name("__classcell__", span)?;
            self.emit_abx(Op::StoreName, r, n);
        }
        self.emit(Op::ReturnNone, 0, 0, 0);
        let child = self.pop_func()?;
        let free = self.scope(scope_idx).free_order.clone();
        let mut unit = child.finish()?;
        if !free.is_empty() {
            unit.flags |= code_flags::HAS_CLOSURE;
            let base = self.temps_mark();
            for fname in &free {
                let r = self.alloc_temp(span)?;
                let src = *self.func().regs.get(fname).ok_or_else(|| {
                    CompileError::syntax_at(
                        format!("internal compiler error: no cell for '{fname}'"),
                        span.line,
                        span.col,
                    )
                })? as usize;
                self.emit(Op::Move, r, src, 0);
            }
            let tup = self.alloc_temp(span)?;
            self.emit(Op::BuildTuple, tup, base, free.len());
            self.emit(Op::Move, t + 1, tup, 0);
        }
        let ci = self.add_const(Const::Code(Box::new(unit)), span)?;
        self.set_pos(span);
        self.emit_abx(Op::MakeFunction, t, ci);
        let nc = self.add_const(Const::Str(cd.name.clone()), span)?;
        self.emit_abx(Op::LoadConst, name_reg, nc);
        // Bases tuple.
        let bmark = self.temps_mark();
        if cd.bases.iter().any(|b| matches!(b.kind, ExprKind::Starred(_))) {
            self.sequence(&cd.bases, bases_reg, Op::BuildTuple, span)?;
        } else {
            for b in &cd.bases {
                let r = self.alloc_temp(b.span)?;
                self.expr_into(b, r)?;
            }
            self.set_pos(span);
            self.emit(Op::BuildTuple, bases_reg, bmark, cd.bases.len());
        }
        self.free_temps(bmark);
        if let Some(kw) = kwargs_reg {
            self.emit(Op::BuildDict, kw, kw, 0);
            for k in &cd.keywords {
                let m = self.temps_mark();
                match &k.arg {
                    Some(name) => {
                        let kr = self.alloc_temp(k.span)?;
                        let ci = self.add_const(Const::Str(name.clone()), k.span)?;
                        self.emit_abx(Op::LoadConst, kr, ci);
                        let vr = self.alloc_temp(k.span)?;
                        self.expr_into(&k.value, vr)?;
                        self.emit(Op::DictSet, kw, kr, vr);
                    }
                    None => {
                        let vr = self.expr_reg(&k.value)?;
                        self.set_pos(k.value.span);
                        // The body function stands for the callee in a duplicate-key message.
                        self.emit(Op::DictMerge, kw, vr, t);
                    }
                }
                self.free_temps(m);
            }
            self.set_pos(span);
        }
        self.emit(Op::BuildClass, t, kwargs_reg.is_some() as usize, 0);
        self.apply_decorators(t, &decos, &cd.decorators)?;
        self.store_name(&cd.name, t, span)?;
        self.free_temps(mark);
        Ok(())
    }
}
