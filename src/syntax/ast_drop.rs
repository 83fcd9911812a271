//! Dropping an expression tree without recursion.
//!
//! The parser builds left-deep chains (`x + x + ...`, `a.b.c...`, `f()()...`) with loops, so a
//! tree can be a million levels deep; the compiler refuses it (`RecursionError`), but the tree
//! must still be dropped, and the compiler-generated drop glue recurses once per level. Every
//! `Expr` therefore drops its subexpressions from an explicit stack: each node popped from it
//! gives up its children to the stack before it is dropped, so no drop nests more than one
//! level. Statements nest at most 100 deep (the indentation limit) and patterns at most 200
//! (the bracket limit), so their ordinary drop glue is bounded.

use super::ast::*;

/// What an emptied node holds: a leaf that owns nothing.
const EMPTY: ExprKind = ExprKind::Constant(Constant::None);

impl Drop for Expr {
    fn drop(&mut self) {
        if self.kind.is_leaf() {
            return;
        }
        let mut stack = Vec::new();
        std::mem::replace(&mut self.kind, EMPTY).give_children(&mut stack);
        while let Some(mut e) = stack.pop() {
            std::mem::replace(&mut e.kind, EMPTY).give_children(&mut stack);
            // `e` is a leaf now: its own drop returns at once.
        }
    }
}

impl Expr {
    /// The node's kind, leaving a leaf behind (a type with `Drop` cannot be destructured).
    pub(crate) fn into_kind(mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, EMPTY)
    }
}

impl ExprKind {
    /// True for kinds that own no subexpression.
    fn is_leaf(&self) -> bool {
        matches!(self, ExprKind::Constant(_) | ExprKind::Name(_) | ExprKind::Yield(None))
    }

    /// Moves every direct subexpression to `out`; the rest of the node is dropped.
    fn give_children(self, out: &mut Vec<Expr>) {
        match self {
            ExprKind::BoolOp { values, .. } => out.extend(values),
            ExprKind::NamedExpr { value, .. } => out.push(*value),
            ExprKind::BinOp { left, right, .. } => {
                out.push(*left);
                out.push(*right);
            }
            ExprKind::UnaryOp { operand, .. } => out.push(*operand),
            ExprKind::Lambda { args, body } => {
                give_arguments(*args, out);
                out.push(*body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                out.push(*test);
                out.push(*body);
                out.push(*orelse);
            }
            ExprKind::Dict { keys, values } => {
                out.extend(keys.into_iter().flatten());
                out.extend(values);
            }
            ExprKind::Set(items) | ExprKind::JoinedStr(items) | ExprKind::List(items) | ExprKind::Tuple(items) => {
                out.extend(items)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                out.push(*elt);
                give_generators(generators, out);
            }
            ExprKind::DictComp { key, value, generators } => {
                out.push(*key);
                out.push(*value);
                give_generators(generators, out);
            }
            ExprKind::Await(value)
            | ExprKind::YieldFrom(value)
            | ExprKind::Yield(Some(value))
            | ExprKind::Attribute { value, .. }
            | ExprKind::Starred(value) => out.push(*value),
            ExprKind::Compare { left, comparators, .. } => {
                out.push(*left);
                out.extend(comparators);
            }
            ExprKind::Call { func, args, keywords } => {
                out.push(*func);
                out.extend(args);
                out.extend(keywords.into_iter().map(|k| k.value));
            }
            ExprKind::FormattedValue { value, format_spec, .. } => {
                out.push(*value);
                out.extend(format_spec.map(|b| *b));
            }
            ExprKind::Subscript { value, slice } => {
                out.push(*value);
                out.push(*slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                out.extend([lower, upper, step].into_iter().flatten().map(|b| *b));
            }
            ExprKind::Yield(None) | ExprKind::Constant(_) | ExprKind::Name(_) => {}
        }
    }
}

fn give_generators(generators: Vec<Comprehension>, out: &mut Vec<Expr>) {
    for g in generators {
        out.push(g.target);
        out.push(g.iter);
        out.extend(g.ifs);
    }
}

fn give_arguments(args: Arguments, out: &mut Vec<Expr>) {
    let Arguments {
        posonlyargs,
        args,
        vararg,
        kwonlyargs,
        kw_defaults,
        kwarg,
        defaults,
    } = args;
    let params = posonlyargs
        .into_iter()
        .chain(args)
        .chain(vararg)
        .chain(kwonlyargs)
        .chain(kwarg);
    out.extend(params.filter_map(|a| a.annotation));
    out.extend(kw_defaults.into_iter().flatten());
    out.extend(defaults);
}
