//! `from __future__ import ...`: the feature names Python 3.11 knows, where future statements
//! may stand (after the docstring, before anything else), and annotation evaluation, which
//! `annotations` turns into source strings (`unparse`).

use super::*;

/// Features that are always on in Python 3.11 (importing them changes nothing), and
/// `annotations`, the one that does.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// True for a `from __future__ import ...` statement.
pub(super) fn is_future_import(s: &Stmt) -> bool {
    matches!(&s.kind, StmtKind::ImportFrom { module: Some(m), level: 0, .. } if m == "__future__")
}

/// Checks the future statements at the head of `module` and says whether `annotations` is
/// among them. (Future statements anywhere else are refused where they are compiled.)
pub(super) fn module_features(module: &Module) -> CResult<bool> {
    let mut annotations = false;
    let body = match module.body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(_)),
            ..
        })) => module.body.get(1..).unwrap_or_default(),
        _ => &module.body[..],
    };
    for s in body.iter().take_while(|s| is_future_import(s)) {
        let StmtKind::ImportFrom { names, .. } = &s.kind else {
            continue;
        };
        for a in names {
            match a.name.as_str() {
                "annotations" => annotations = true,
                "braces" => return Err(CompileError::syntax("not a chance", a.span)),
                // `barry_as_FLUFL` changes the `!=` token; it is not supported.
                "barry_as_FLUFL" => {
                    return Err(CompileError::unsupported(
                        "from __future__ import barry_as_FLUFL",
                        s.span,
                    ));
                }
                n if FEATURES.contains(&n) => {}
                n => {
                    return Err(CompileError::syntax(
                        format!("future feature {n} is not defined"),
                        a.span,
                    ));
                }
            }
        }
    }
    Ok(annotations)
}

/// True when `s` is one of the future statements at the head of `module` (the only place
/// they may stand).
pub(super) fn at_module_head(module_body: &[Stmt], s: &Stmt) -> bool {
    let skip = usize::from(matches!(
        module_body.first().map(|s| &s.kind),
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(_)),
            ..
        }))
    ));
    module_body
        .iter()
        .skip(skip)
        .take_while(|x| is_future_import(x))
        .any(|x| std::ptr::eq(x, s))
}

impl<'a> Compiler<'a> {
    /// Evaluates annotation `e` into `dst`: its value, or under `from __future__ import
    /// annotations` its source text.
    pub(super) fn annotation_into(&mut self, e: &'a Expr, dst: usize) -> CResult<()> {
        if self.future_annotations {
            let ci = self.add_const(Const::Str(unparse::unparse(e)), e.span)?;
            self.emit_abx(Op::LoadConst, dst, ci);
            return Ok(());
        }
        self.expr_into(e, dst)
    }
}
