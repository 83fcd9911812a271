//! Expression source text as CPython's `Python/ast_unparse.c` writes it: the strings that
//! annotations become under `from __future__ import annotations`. Operators are spaced,
//! parentheses appear only where precedence needs them, constants are written by their repr
//! (so `0x10` becomes `16` and `"a"` becomes `'a'`).

use crate::runtime::num::float_repr;
use crate::runtime::strops::str_repr;
use crate::syntax::ast::*;

/// Precedence levels, lowest first (CPython's `PR_*`).
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

/// The source text of annotation `e`.
pub(super) fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, TEST);
    out
}

fn open(out: &mut String, level: u8, pr: u8) {
    if level > pr {
        out.push('(');
    }
}

fn close(out: &mut String, level: u8, pr: u8) {
    if level > pr {
        out.push(')');
    }
}

fn join(out: &mut String, items: &[Expr], level: u8) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, level);
    }
}

fn binop_info(op: BinOp) -> (&'static str, u8) {
    match op {
        BinOp::Add => ("+", ARITH),
        BinOp::Sub => ("-", ARITH),
        BinOp::Mult => ("*", TERM),
        BinOp::MatMult => ("@", TERM),
        BinOp::Div => ("/", TERM),
        BinOp::Mod => ("%", TERM),
        BinOp::FloorDiv => ("//", TERM),
        BinOp::LShift => ("<<", SHIFT),
        BinOp::RShift => (">>", SHIFT),
        BinOp::BitOr => ("|", BOR),
        BinOp::BitXor => ("^", BXOR),
        BinOp::BitAnd => ("&", BAND),
        BinOp::Pow => ("**", POWER),
    }
}

fn cmp_text(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (text, pr) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            open(out, level, pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(text);
                }
                expr(out, v, pr + 1);
            }
            close(out, level, pr);
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level, TUPLE);
            out.push_str(target);
            out.push_str(" := ");
            expr(out, value, ATOM);
            close(out, level, TUPLE);
        }
        ExprKind::BinOp { left, op, right } => {
            let (text, pr) = binop_info(*op);
            // `**` groups to the right, every other operator to the left.
            let (lp, rp) = if *op == BinOp::Pow { (pr + 1, pr) } else { (pr, pr + 1) };
            open(out, level, pr);
            expr(out, left, lp);
            out.push(' ');
            out.push_str(text);
            out.push(' ');
            expr(out, right, rp);
            close(out, level, pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (text, pr) = match op {
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            open(out, level, pr);
            out.push_str(text);
            expr(out, operand, pr);
            close(out, level, pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level, TEST);
            out.push_str("lambda");
            let params = arguments(args);
            if !params.is_empty() {
                out.push(' ');
                out.push_str(&params);
            }
            out.push_str(": ");
            expr(out, body, TEST);
            close(out, level, TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level, TEST);
            expr(out, body, TEST + 1);
            out.push_str(" if ");
            expr(out, test, TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, TEST);
            close(out, level, TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, TEST);
                        out.push_str(": ");
                        expr(out, v, TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, BOR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set(items) => {
            out.push('{');
            join(out, items, TEST);
            out.push('}');
        }
        ExprKind::List(items) => {
            out.push('[');
            join(out, items, TEST);
            out.push(']');
        }
        ExprKind::Tuple(items) => tuple(out, items, level),
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp { key, value, generators } => {
            out.push('{');
            expr(out, key, TEST);
            out.push_str(": ");
            expr(out, value, TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await(v) => {
            open(out, level, AWAIT);
            out.push_str("await ");
            expr(out, v, ATOM);
            close(out, level, AWAIT);
        }
        ExprKind::Yield(v) => {
            out.push_str("(yield");
            if let Some(v) = v {
                out.push(' ');
                expr(out, v, TEST);
            }
            out.push(')');
        }
        ExprKind::YieldFrom(v) => {
            out.push_str("(yield from ");
            expr(out, v, TEST);
            out.push(')');
        }
        ExprKind::Compare { left, ops, comparators } => {
            open(out, level, CMP);
            expr(out, left, CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmp_text(*op));
                out.push(' ');
                expr(out, c, CMP + 1);
            }
            close(out, level, CMP);
        }
        ExprKind::Call { func, args, keywords } => {
            expr(out, func, ATOM);
            // A lone generator expression argument keeps only its own parentheses.
            if let ([only], true) = (args.as_slice(), keywords.is_empty())
                && matches!(only.kind, ExprKind::GeneratorExp { .. })
            {
                expr(out, only, TEST);
                return;
            }
            out.push('(');
            join(out, args, TEST);
            for (i, k) in keywords.iter().enumerate() {
                if i > 0 || !args.is_empty() {
                    out.push_str(", ");
                }
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(out, &k.value, TEST);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr(_) => {
            let mut body = String::new();
            fstring_body(&mut body, e);
            out.push('f');
            out.push_str(&str_repr(&body));
        }
        ExprKind::Constant(c) => constant(out, c),
        ExprKind::Attribute { value, attr } => {
            expr(out, value, ATOM);
            // `1 .real`: an int needs a space before the dot.
            if matches!(value.kind, ExprKind::Constant(Constant::Int { .. })) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice } => {
            expr(out, value, ATOM);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple(items) if !items.is_empty() => {
                    join(out, items, TEST);
                    if items.len() == 1 {
                        out.push(',');
                    }
                }
                _ => expr(out, slice, TUPLE),
            }
            out.push(']');
        }
        ExprKind::Starred(v) => {
            out.push('*');
            expr(out, v, BOR);
        }
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, TEST);
            }
        }
    }
}

fn tuple(out: &mut String, items: &[Expr], level: u8) {
    if items.is_empty() {
        out.push_str("()");
        return;
    }
    open(out, level, TUPLE);
    join(out, items, TEST);
    if items.len() == 1 {
        out.push(',');
    }
    close(out, level, TUPLE);
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(out, &g.target, TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, TEST + 1);
        for c in &g.ifs {
            out.push_str(" if ");
            expr(out, c, TEST + 1);
        }
    }
}

/// The text between the quotes of an f-string (its literal parts with braces doubled).
fn fstring_body(out: &mut String, e: &Expr) {
    match &e.kind {
        ExprKind::JoinedStr(parts) => {
            for p in parts {
                fstring_body(out, p);
            }
        }
        ExprKind::Constant(Constant::Str(s)) => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = String::new();
            expr(&mut inner, value, TEST + 1);
            out.push('{');
            if inner.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner);
            if let Some(c) = conversion {
                out.push('!');
                out.push(*c);
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(out, spec);
            }
            out.push('}');
        }
        _ => expr(out, e, TEST),
    }
}

fn constant(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::True => out.push_str("True"),
        Constant::False => out.push_str("False"),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int { digits, radix } => {
            match dashu_int::UBig::from_str_radix(digits, *radix) {
                Ok(n) => out.push_str(&n.to_string()),
                Err(_) => out.push_str(digits),
            };
        }
        // Infinity has no literal: CPython writes a float too large to represent.
        Constant::Float(f) if f.is_infinite() => out.push_str("1e309"),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Imaginary(f) if f.is_infinite() => out.push_str("1e309j"),
        Constant::Imaginary(f) => {
            let r = float_repr(*f);
            out.push_str(r.strip_suffix(".0").unwrap_or(&r));
            out.push('j');
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::Bytes(b) => out.push_str(&bytes_repr(b)),
    }
}

/// `repr(b)` of a bytes literal: single quotes unless the bytes hold `'` and no `"`.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut s = String::from("b");
    s.push(quote as char);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            _ if c == quote => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(quote as char);
    s
}

/// Parameters of a lambda as source text.
fn arguments(a: &Arguments) -> String {
    let mut parts: Vec<String> = Vec::new();
    let positional: Vec<&Arg> = a.posonlyargs.iter().chain(a.args.iter()).collect();
    let first_default = positional.len() - a.defaults.len().min(positional.len());
    for (i, p) in positional.iter().enumerate() {
        let mut s = p.name.to_string();
        if let Some(default) = i.checked_sub(first_default).and_then(|d| a.defaults.get(d)) {
            s.push('=');
            expr(&mut s, default, TEST);
        }
        parts.push(s);
        if i + 1 == a.posonlyargs.len() {
            parts.push("/".into());
        }
    }
    if let Some(v) = &a.vararg {
        parts.push(format!("*{}", v.name));
    } else if !a.kwonlyargs.is_empty() {
        parts.push("*".into());
    }
    for (k, d) in a.kwonlyargs.iter().zip(&a.kw_defaults) {
        let mut s = k.name.to_string();
        if let Some(d) = d {
            s.push('=');
            expr(&mut s, d, TEST);
        }
        parts.push(s);
    }
    if let Some(k) = &a.kwarg {
        parts.push(format!("**{}", k.name));
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(src: &str, want: &str) {
        let m = crate::syntax::parse_module(&format!("x: {src}\n")).expect("parses");
        let StmtKind::AnnAssign { annotation, .. } = &m.body[0].kind else {
            panic!("annotation statement")
        };
        assert_eq!(unparse(annotation), want, "{src}");
    }

    #[test]
    fn annotations_render_as_cpython_unparses_them() {
        check("int", "int");
        check("List[int]", "List[int]");
        check("Dict[str,  Tuple[int, ...]]", "Dict[str, Tuple[int, ...]]");
        check("\"Node\"", "'Node'");
        check("int|None", "int | None");
        check("Callable[[int, str], bool]", "Callable[[int, str], bool]");
        check("a.b.c", "a.b.c");
        check("(1 + 2) * 3", "(1 + 2) * 3");
        check("1 + 2 * 3", "1 + 2 * 3");
        check("2 ** -1", "2 ** (-1)");
        check("(2 ** 3) ** 4", "(2 ** 3) ** 4");
        check("0x10", "16");
        check("tuple[()]", "tuple[()]");
        check("x[1:2, ::3]", "x[1:2, ::3]");
        check("f(a, *b, k=1, **c)", "f(a, *b, k=1, **c)");
        check("not a and b", "not a and b");
        check("lambda x, y=1: x", "lambda x, y=1: x");
        check("a if b else c", "a if b else c");
        check("1 .real", "1 .real");
    }
}
