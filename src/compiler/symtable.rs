//! Scope analysis: decides for every name in every scope whether it is a local, a cell (a local
//! captured by an inner function), a free variable (captured from an enclosing function), a
//! global, or (in class bodies) a namespace name. Follows CPython's `symtable.c` rules.

// Every scope index here (`current`, a scope's `parent` and `children`, the values of
// `by_node`, the `idx` that `resolve` walks) is an index `build` or `push` handed out for a
// scope it had just pushed onto `scopes`, and nothing removes scopes: indexing `scopes` by
// them cannot go out of range.
#![allow(clippy::indexing_slicing)]

use std::collections::{HashMap, HashSet};

use super::CompileError;
use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binding {
    Local,
    Cell,
    Free,
    GlobalExplicit,
    GlobalImplicit,
    /// A class-body name: looked up in the namespace, then globals.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub name: String,
    /// Names bound in this scope (assignment, def, import, parameters, for targets...).
    pub assigned: HashSet<String>,
    pub params: Vec<String>,
    pub used: HashSet<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    /// Final bindings after resolution.
    pub bindings: HashMap<String, Binding>,
    /// Free variables in a stable order (first use), and cells likewise.
    pub free_order: Vec<String>,
    pub cell_order: Vec<String>,
    pub is_generator: bool,
    /// Locals in first-binding order (parameters first).
    pub local_order: Vec<String>,
    /// Names that child scopes need from this scope or above.
    child_free: HashSet<String>,
    /// The class whose private names (`__x`) this scope mangles: the innermost enclosing class
    /// body, this scope included.
    pub private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<usize>) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            assigned: HashSet::new(),
            params: Vec::new(),
            used: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: HashSet::new(),
            children: Vec::new(),
            parent,
            bindings: HashMap::new(),
            free_order: Vec::new(),
            cell_order: Vec::new(),
            is_generator: false,
            local_order: Vec::new(),
            child_free: HashSet::new(),
            private: None,
        }
    }

    pub fn binding(&self, name: &str) -> Binding {
        match self.bindings.get(name) {
            Some(b) => *b,
            None => match self.kind {
                ScopeKind::Class => Binding::Name,
                _ => Binding::GlobalImplicit,
            },
        }
    }
}

/// All scopes of a module, keyed by the address of the AST node that opens them.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, usize>,
    current: usize,
    /// Statements, expressions and patterns entered, counted as CPython counts them.
    depth: u32,
    depth_limit: u32,
    /// Under `from __future__ import annotations`: the scope whose annotation is being walked,
    /// where `yield` and `:=` are refused as CPython refuses them (not in a lambda or
    /// comprehension inside the annotation, which are scopes of their own).
    annotation_scope: Option<usize>,
    future_annotations: bool,
}

/// Builds the scopes of `module`, refusing trees nested past `nesting` (`super::depth`).
pub fn build(
    module: &Module,
    nesting: super::NestingLimit,
    future_annotations: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "<module>", None)],
        by_node: HashMap::new(),
        current: 0,
        depth: nesting.start,
        depth_limit: nesting.limit,
        annotation_scope: None,
        future_annotations,
    };
    b.by_node.insert(node_key(module), 0);
    for s in &module.body {
        b.stmt(s)?;
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    };
    // A `global` statement in any scope makes the name an explicit global of the module body
    // too (CPython records it in the top scope), so an `exec` with separate locals stores it in
    // the globals.
    let declared: Vec<String> = table
        .scopes
        .iter()
        .skip(1)
        .flat_map(|s| s.globals.iter().cloned())
        .collect();
    table.scopes[0].globals.extend(declared);
    resolve(&mut table, 0, &HashSet::new())?;
    Ok(table)
}

impl Builder {
    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.current]
    }

    /// `name` as this scope sees it: private names inside a class are mangled.
    fn mangled(&self, name: &str) -> String {
        super::mangle(self.scopes[self.current].private.as_deref(), name).into_owned()
    }

    fn bind(&mut self, name: &str) {
        let name = self.mangled(name);
        let s = self.scope();
        if s.assigned.insert(name.clone()) {
            s.local_order.push(name);
        }
    }

    fn use_name(&mut self, name: &str) {
        let name = self.mangled(name);
        self.scope().used.insert(name);
    }

    fn push(&mut self, kind: ScopeKind, name: &str, key: usize) -> usize {
        let idx = self.scopes.len();
        let mut scope = Scope::new(kind, name, Some(self.current));
        scope.private = match kind {
            ScopeKind::Class => Some(name.to_string()),
            _ => self.scopes[self.current].private.clone(),
        };
        self.scopes.push(scope);
        self.scopes[self.current].children.push(idx);
        self.by_node.insert(key, idx);
        let prev = self.current;
        self.current = idx;
        prev
    }

    fn params(&mut self, args: &Arguments) -> Result<(), CompileError> {
        let mut all: Vec<&Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .collect();
        if let Some(v) = &args.vararg {
            all.insert(args.posonlyargs.len() + args.args.len() + args.kwonlyargs.len(), v);
        }
        if let Some(k) = &args.kwarg {
            all.push(k);
        }
        // Order in registers: positional, keyword-only, *args, **kwargs.
        let mut ordered: Vec<&Arg> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
            .collect();
        if let Some(v) = &args.vararg {
            ordered.push(v);
        }
        if let Some(k) = &args.kwarg {
            ordered.push(k);
        }
        let mut seen = HashSet::new();
        for a in &ordered {
            if !seen.insert(a.name.clone()) {
                return Err(CompileError::syntax(
                    format!("duplicate argument '{}' in function definition", a.name),
                    a.span,
                ));
            }
            let name = self.mangled(&a.name);
            self.scope().params.push(name);
            self.bind(&a.name);
        }
        Ok(())
    }

    fn function(
        &mut self,
        name: &str,
        key: usize,
        args: &Arguments,
        body_stmts: Option<&[Stmt]>,
        body_expr: Option<&Expr>,
        returns: Option<&Expr>,
    ) -> Result<(), CompileError> {
        // Defaults and annotations are evaluated in the enclosing scope.
        for d in &args.defaults {
            self.expr(d)?;
        }
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d)?;
        }
        for a in super::defs::annotation_order(args) {
            if let Some(ann) = &a.annotation {
                self.annotation(ann)?;
            }
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        let prev = self.push(ScopeKind::Function, name, key);
        self.params(args)?;
        if let Some(stmts) = body_stmts {
            for s in stmts {
                self.stmt(s)?;
            }
        }
        if let Some(e) = body_expr {
            self.expr(e)?;
        }
        self.current = prev;
        Ok(())
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), CompileError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    /// Counts one level of nesting (CPython's `recursion_depth` in `symtable.c`).
    fn enter(&mut self, span: Span) -> Result<(), CompileError> {
        self.depth += 1;
        if self.depth > self.depth_limit {
            self.depth -= 1;
            return Err(super::depth::too_deep(span));
        }
        if let Err(e) = CompileError::check_stack(span) {
            self.depth -= 1;
            return Err(e);
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), CompileError> {
        self.enter(s.span)?;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> Result<(), CompileError> {
        match &s.kind {
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.function(
                    &f.name,
                    node_key(&**f),
                    &f.args,
                    Some(&f.body),
                    None,
                    f.returns.as_ref(),
                )?;
                self.bind(&f.name);
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                let prev = self.push(ScopeKind::Class, &c.name, node_key(&**c));
                self.stmts(&c.body)?;
                self.current = prev;
                self.bind(&c.name);
            }
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for t in targets {
                    self.target(t)?;
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value)?;
                if let ExprKind::Name(n) = &target.kind {
                    self.use_name(n);
                }
                self.target(target)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.target(target)?;
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target)?;
                } else if let ExprKind::Name(n) = &target.kind {
                    // A bare annotation still makes the name local (CPython rule).
                    if self.scopes[self.current].kind == ScopeKind::Function {
                        self.bind(n);
                    }
                }
                if self.scopes[self.current].kind != ScopeKind::Function {
                    self.annotation(annotation)?;
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.target(target)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context_expr)?;
                    if let Some(t) = &it.optional_vars {
                        self.target(t)?;
                    }
                }
                self.stmts(body)?;
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e)?;
                }
                if let Some(c) = cause {
                    self.expr(c)?;
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body)?;
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(orelse)?;
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                if let Some(m) = msg {
                    self.expr(m)?;
                }
            }
            StmtKind::Import(names) => {
                for a in names {
                    let bound = a
                        .asname
                        .clone()
                        .unwrap_or_else(|| a.name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    if a.name != "*" {
                        self.bind(a.asname.as_ref().unwrap_or(&a.name));
                    } else if self.scopes[self.current].kind != ScopeKind::Module {
                        // CPython's symtable: class bodies and functions alike.
                        return Err(CompileError::syntax("import * only allowed at module level", a.span));
                    }
                }
            }
            StmtKind::Global(names) => {
                for raw in names {
                    let n = &self.mangled(raw);
                    let scope = &self.scopes[self.current];
                    if scope.params.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{raw}' is parameter and global"),
                            s.span,
                        ));
                    }
                    if scope.assigned.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{raw}' is assigned to before global declaration"),
                            s.span,
                        ));
                    }
                    if scope.used.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{raw}' is used prior to global declaration"),
                            s.span,
                        ));
                    }
                    self.scope().globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                for raw in names {
                    let n = &self.mangled(raw);
                    let scope = &self.scopes[self.current];
                    if scope.kind == ScopeKind::Module {
                        return Err(CompileError::syntax(
                            "nonlocal declaration not allowed at module level",
                            s.span,
                        ));
                    }
                    if scope.params.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{raw}' is parameter and nonlocal"),
                            s.span,
                        ));
                    }
                    if scope.assigned.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{raw}' is assigned to before nonlocal declaration"),
                            s.span,
                        ));
                    }
                    if scope.used.contains(n) {
                        return Err(CompileError::syntax(
                            format!("name '{raw}' is used prior to nonlocal declaration"),
                            s.span,
                        ));
                    }
                    self.scope().nonlocals.insert(n.clone());
                }
            }
            StmtKind::Expr(e) => self.expr(e)?,
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for case in cases {
                    self.pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&case.body)?;
                }
            }
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    /// A `case` pattern: captures bind, values and classes are uses.
    fn pattern(&mut self, p: &Pattern) -> Result<(), CompileError> {
        self.enter(p.span)?;
        let r = self.pattern_inner(p);
        self.depth -= 1;
        r
    }

    fn pattern_inner(&mut self, p: &Pattern) -> Result<(), CompileError> {
        match &p.kind {
            PatternKind::MatchValue(e) => self.expr(e)?,
            PatternKind::MatchSingleton(_) => {}
            PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
                for item in items {
                    self.pattern(item)?;
                }
            }
            PatternKind::MatchMapping { keys, patterns, rest } => {
                for (k, v) in keys.iter().zip(patterns) {
                    self.expr(k)?;
                    self.pattern(v)?;
                }
                if let Some(r) = rest {
                    self.bind(r);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                for item in patterns.iter().chain(kwd_patterns) {
                    self.pattern(item)?;
                }
            }
            PatternKind::MatchStar(name) => {
                if let Some(n) = name {
                    self.bind(n);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub)?;
                }
                if let Some(n) = name {
                    self.bind(n);
                }
            }
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), CompileError> {
        match &t.kind {
            ExprKind::Name(n) => self.bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i)?;
                }
            }
            ExprKind::Starred(inner) => self.target(inner)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> Result<(), CompileError> {
        // The first iterator is evaluated in the enclosing scope; the rest inside.
        if let Some(first) = generators.first() {
            self.expr(&first.iter)?;
        }
        let name = match &e.kind {
            ExprKind::ListComp { .. } => "<listcomp>",
            ExprKind::SetComp { .. } => "<setcomp>",
            ExprKind::DictComp { .. } => "<dictcomp>",
            _ => "<genexpr>",
        };
        let prev = self.push(ScopeKind::Function, name, node_key(e));
        self.scope().params.push(".0".into());
        self.bind(".0");
        self.scope().is_generator = is_gen;
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for cond in &g.ifs {
                self.expr(cond)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        self.current = prev;
        Ok(())
    }

    /// An annotation, walked in the current scope.
    fn annotation(&mut self, e: &Expr) -> Result<(), CompileError> {
        let outer = self.annotation_scope;
        if self.future_annotations {
            self.annotation_scope = Some(self.current);
        }
        let r = self.expr(e);
        self.annotation_scope = outer;
        r
    }

    /// CPython's refusal of `what` in an annotation under `from __future__ import annotations`.
    fn refuse_in_annotation(&self, what: &str, span: Span) -> Result<(), CompileError> {
        if self.annotation_scope == Some(self.current) {
            let msg = format!("'{what}' can not be used within an annotation");
            return Err(CompileError::syntax(msg, span));
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), CompileError> {
        self.enter(e.span)?;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Result<(), CompileError> {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.refuse_in_annotation("named expression", e.span)?;
                self.expr(value)?;
                // In a comprehension the target binds in the nearest enclosing non-comprehension
                // function scope.
                let mut idx = self.current;
                while self.scopes[idx].name.starts_with('<')
                    && self.scopes[idx].name.ends_with("comp>") | (self.scopes[idx].name == "<genexpr>")
                {
                    match self.scopes[idx].parent {
                        Some(p) => idx = p,
                        None => break,
                    }
                }
                if idx != self.current {
                    if self.scopes[idx].kind == ScopeKind::Class {
                        return Err(CompileError::syntax(
                            "assignment expression within a comprehension cannot be used in a class body",
                            e.span,
                        ));
                    }
                    let prev = self.current;
                    self.current = idx;
                    self.bind(target);
                    self.current = prev;
                    // Inside the comprehension it is a free variable (or global at module level).
                    let target = self.mangled(target);
                    if self.scopes[idx].kind == ScopeKind::Module {
                        self.scope().globals.insert(target);
                    } else {
                        self.scope().nonlocals.insert(target);
                    }
                } else {
                    self.bind(target);
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.function("<lambda>", node_key(e), args, None, Some(body), None)?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in values {
                    self.expr(v)?;
                }
            }
            ExprKind::Set(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                for i in items {
                    self.expr(i)?;
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[elt], false)?
            }
            ExprKind::GeneratorExp { elt, generators } => self.comprehension(e, generators, &[elt], true)?,
            ExprKind::DictComp { key, value, generators } => self.comprehension(e, generators, &[key, value], false)?,
            ExprKind::Await(v) => self.expr(v)?,
            ExprKind::Yield(v) => {
                self.refuse_in_annotation("yield expression", e.span)?;
                if self.scopes[self.current].kind != ScopeKind::Function {
                    return Err(CompileError::syntax("'yield' outside function", e.span));
                }
                self.scope().is_generator = true;
                if let Some(v) = v {
                    self.expr(v)?;
                }
            }
            ExprKind::YieldFrom(v) => {
                self.refuse_in_annotation("yield expression", e.span)?;
                if self.scopes[self.current].kind != ScopeKind::Function {
                    return Err(CompileError::syntax("'yield' outside function", e.span));
                }
                self.scope().is_generator = true;
                self.expr(v)?;
            }
            ExprKind::Compare { left, comparators, .. } => {
                self.expr(left)?;
                for c in comparators {
                    self.expr(c)?;
                }
            }
            ExprKind::Call { func, args, keywords } => {
                self.expr(func)?;
                for a in args {
                    self.expr(a)?;
                }
                for k in keywords {
                    self.expr(&k.value)?;
                }
                // Zero-argument super() needs __class__ from the enclosing class.
                if let ExprKind::Name(n) = &func.kind
                    && n == "super"
                    && args.is_empty()
                {
                    self.use_name("__class__");
                }
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                self.expr(value)?;
                if let Some(f) = format_spec {
                    self.expr(f)?;
                }
            }
            ExprKind::JoinedStr(parts) => {
                for p in parts {
                    self.expr(p)?;
                }
            }
            ExprKind::Constant(_) => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred(v) => self.expr(v)?,
            ExprKind::Name(n) => self.use_name(n),
            ExprKind::Slice { lower, upper, step } => {
                for x in [lower, upper, step].into_iter().flatten() {
                    self.expr(x)?;
                }
            }
        }
        Ok(())
    }
}

/// Resolves bindings top-down. `enclosing` holds the names bound by enclosing function scopes.
fn resolve(table: &mut SymbolTable, idx: usize, enclosing: &HashSet<String>) -> Result<HashSet<String>, CompileError> {
    let kind = table.scopes[idx].kind;
    // Decide this scope's own bindings.
    {
        let s = &mut table.scopes[idx];
        let mut bindings = HashMap::new();
        for n in &s.globals {
            bindings.insert(n.clone(), Binding::GlobalExplicit);
        }
        for n in &s.nonlocals {
            if !enclosing.contains(n) {
                return Err(CompileError::syntax_at(
                    format!("no binding for nonlocal '{n}' found"),
                    0,
                    0,
                ));
            }
            bindings.insert(n.clone(), Binding::Free);
        }
        for n in &s.assigned {
            if bindings.contains_key(n) {
                continue;
            }
            let b = match kind {
                ScopeKind::Module => Binding::GlobalImplicit,
                ScopeKind::Class => Binding::Name,
                ScopeKind::Function => Binding::Local,
            };
            bindings.insert(n.clone(), b);
        }
        for n in &s.used {
            if bindings.contains_key(n) {
                continue;
            }
            if kind != ScopeKind::Module && enclosing.contains(n) {
                bindings.insert(n.clone(), Binding::Free);
            }
        }
        s.bindings = bindings;
    }
    // Names visible to children as enclosing function bindings.
    let mut child_enclosing = enclosing.clone();
    match kind {
        ScopeKind::Function => {
            for (n, b) in &table.scopes[idx].bindings {
                if matches!(b, Binding::Local | Binding::Free | Binding::Cell) {
                    child_enclosing.insert(n.clone());
                }
                if matches!(b, Binding::GlobalExplicit) {
                    child_enclosing.remove(n);
                }
            }
        }
        ScopeKind::Module => child_enclosing.clear(),
        ScopeKind::Class => {
            // Class bodies do not provide bindings to nested functions, except `__class__`.
            child_enclosing.insert("__class__".into());
        }
    }
    let children = table.scopes[idx].children.clone();
    let mut needed_by_children = HashSet::new();
    for c in children {
        let free = resolve(table, c, &child_enclosing)?;
        needed_by_children.extend(free);
    }
    // Locals needed by children become cells; other needed names become free here too.
    let s = &mut table.scopes[idx];
    let mut order: Vec<String> = needed_by_children.iter().cloned().collect();
    order.sort();
    // A class-body name that a method also takes from an enclosing function (CPython's
    // DEF_FREE_CLASS): the body keeps using its namespace, but still passes the cell through.
    let mut pass_through = Vec::new();
    for n in order {
        match s.bindings.get(&n).copied() {
            Some(Binding::Local) => {
                s.bindings.insert(n.clone(), Binding::Cell);
            }
            Some(Binding::Cell) | Some(Binding::Free) => {}
            Some(Binding::Name) if n == "__class__" => {}
            Some(Binding::Name | Binding::GlobalExplicit | Binding::GlobalImplicit)
                if kind == ScopeKind::Class && enclosing.contains(&n) =>
            {
                pass_through.push(n.clone());
            }
            Some(_) => {}
            None => {
                if kind == ScopeKind::Function && enclosing.contains(&n) {
                    s.bindings.insert(n.clone(), Binding::Free);
                } else if kind == ScopeKind::Class && n == "__class__" {
                    // Provided by the class cell (see the compiler's class handling).
                    s.bindings.insert(n.clone(), Binding::Cell);
                } else if kind == ScopeKind::Class && enclosing.contains(&n) {
                    s.bindings.insert(n.clone(), Binding::Free);
                }
            }
        }
    }
    s.child_free = needed_by_children;
    let mut free: Vec<String> = s
        .bindings
        .iter()
        .filter(|(_, b)| **b == Binding::Free)
        .map(|(n, _)| n.clone())
        .chain(pass_through)
        .collect();
    free.sort();
    let mut cells: Vec<String> = s
        .bindings
        .iter()
        .filter(|(_, b)| **b == Binding::Cell)
        .map(|(n, _)| n.clone())
        .collect();
    cells.sort();
    s.free_order = free.clone();
    s.cell_order = cells;
    Ok(free.into_iter().collect())
}
