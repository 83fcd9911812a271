//! A small Python grammar for the `eval_structured` target: `arbitrary` picks a program from
//! it, so nearly every input is valid Python that runs (and most of what runs terminates:
//! loops are `for` over short ranges). Shared with `tests/fuzz_regressions.rs`, which replays
//! committed inputs through the same rendering.

use arbitrary::Arbitrary;
use std::fmt::Write;

/// Expressions deeper than this render as a constant, so programs stay small.
const MAX_EXPR_DEPTH: u32 = 12;
/// Statement blocks deeper than this render as `pass`.
const MAX_BLOCK_DEPTH: u32 = 6;

/// A whole program: a list of statements.
#[derive(Arbitrary, Debug)]
pub struct Program {
    stmts: Vec<Stmt>,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Var {
    A,
    B,
    C,
    X,
    Y,
    I,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Func {
    F,
    G,
    H,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Class {
    K,
    L,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum ExcName {
    Exception,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    ZeroDivisionError,
    RecursionError,
    StopIteration,
    ArithmeticError,
    LookupError,
    AttributeError,
}

#[derive(Arbitrary, Debug)]
enum Stmt {
    Assign(Target, Expr),
    AugAssign(Var, BinOp, Expr),
    Unpack(Var, Var, Expr),
    Print(Vec<Expr>),
    Expr(Expr),
    If(Expr, Vec<Stmt>, Vec<Stmt>),
    For(Var, Expr, Vec<Stmt>),
    ForRange(Var, u8, Vec<Stmt>),
    Def(Func, Vec<Var>, Vec<Stmt>, Expr),
    Class(Class, Option<Class>, Vec<Stmt>),
    Try(Vec<Stmt>, ExcName, Option<Var>, Vec<Stmt>, Vec<Stmt>),
    Raise(ExcName, Expr),
    Return(Expr),
    Break,
    Continue,
    Del(Var),
    Global(Var),
    Nonlocal(Var),
    Assert(Expr, Expr),
    With(Expr, Vec<Stmt>),
    Yield(Expr),
    Match(Expr, Vec<(Pattern, Vec<Stmt>)>),
}

#[derive(Arbitrary, Debug)]
enum Target {
    Var(Var),
    Attr(Var, Var),
    Item(Var, Expr),
}

#[derive(Arbitrary, Debug)]
enum Pattern {
    Wildcard,
    Capture(Var),
    Int(i8),
    Str(Word),
    Seq(Vec<Pattern>),
    Or(Box<Pattern>, Box<Pattern>),
    Class(ExcName),
    Mapping(Word, Box<Pattern>),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Word {
    Empty,
    Abc,
    Key,
    Space,
    Unicode,
    Digits,
}

#[derive(Arbitrary, Debug)]
enum Expr {
    Int(i16),
    BigInt(i64),
    Float(f32),
    Str(Word),
    Bytes(Word),
    True,
    False,
    None,
    Var(Var),
    Bin(Box<Expr>, BinOp, Box<Expr>),
    Unary(UnaryOp, Box<Expr>),
    Compare(Box<Expr>, CmpOp, Box<Expr>),
    BoolOp(Box<Expr>, bool, Box<Expr>),
    IfExp(Box<Expr>, Box<Expr>, Box<Expr>),
    Call(Func, Vec<Expr>),
    Builtin(Builtin, Vec<Expr>),
    Method(Box<Expr>, MethodName, Vec<Expr>),
    New(Class, Vec<Expr>),
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Set(Vec<Expr>),
    Subscript(Box<Expr>, Box<Expr>),
    Slice(Box<Expr>, Option<i8>, Option<i8>, Option<i8>),
    Attr(Box<Expr>, Var),
    ListComp(Box<Expr>, Var, Box<Expr>, Option<Box<Expr>>),
    DictComp(Box<Expr>, Var, Box<Expr>),
    GenExp(Box<Expr>, Var, Box<Expr>),
    Lambda(Vec<Var>, Box<Expr>),
    FString(Vec<(Word, Expr, FormatSpec)>),
    Walrus(Var, Box<Expr>),
    Star(Box<Expr>),
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum FormatSpec {
    None,
    Repr,
    Width,
    Precision,
    Hex,
    Center,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    MatMul,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum UnaryOp {
    Neg,
    Pos,
    Invert,
    Not,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum Builtin {
    Len,
    Str,
    Repr,
    Int,
    Float,
    Bool,
    List,
    Tuple,
    Dict,
    Set,
    Sorted,
    Reversed,
    Sum,
    Min,
    Max,
    Abs,
    Range,
    Enumerate,
    Zip,
    Map,
    Filter,
    Isinstance,
    Hash,
    Chr,
    Ord,
    Divmod,
    Round,
    Format,
    Iter,
    Next,
    Any,
    All,
    Type,
    Id,
    Getattr,
    Hasattr,
    Bytes,
    Bytearray,
    Frozenset,
    Slice,
    Pow,
    Ascii,
    Bin,
    Hex,
    Callable,
    Super,
    Vars,
    Dir,
    Print,
}

#[derive(Arbitrary, Debug, Clone, Copy)]
enum MethodName {
    Append,
    Pop,
    Insert,
    Extend,
    Sort,
    Reverse,
    Index,
    Count,
    Join,
    Split,
    Upper,
    Strip,
    Replace,
    Startswith,
    Find,
    Format,
    Encode,
    Decode,
    Items,
    Keys,
    Values,
    Get,
    Setdefault,
    Update,
    Add,
    Discard,
    Union,
    Copy,
    Clear,
    BitLength,
}

impl Var {
    fn name(self) -> &'static str {
        match self {
            Var::A => "a",
            Var::B => "b",
            Var::C => "c",
            Var::X => "x",
            Var::Y => "y",
            Var::I => "i",
        }
    }
}

impl Func {
    fn name(self) -> &'static str {
        match self {
            Func::F => "f",
            Func::G => "g",
            Func::H => "h",
        }
    }
}

impl Class {
    fn name(self) -> &'static str {
        match self {
            Class::K => "K",
            Class::L => "L",
        }
    }
}

impl ExcName {
    fn name(self) -> &'static str {
        match self {
            ExcName::Exception => "Exception",
            ExcName::ValueError => "ValueError",
            ExcName::TypeError => "TypeError",
            ExcName::KeyError => "KeyError",
            ExcName::IndexError => "IndexError",
            ExcName::ZeroDivisionError => "ZeroDivisionError",
            ExcName::RecursionError => "RecursionError",
            ExcName::StopIteration => "StopIteration",
            ExcName::ArithmeticError => "ArithmeticError",
            ExcName::LookupError => "LookupError",
            ExcName::AttributeError => "AttributeError",
        }
    }
}

impl Word {
    fn text(self) -> &'static str {
        match self {
            Word::Empty => "",
            Word::Abc => "abc",
            Word::Key => "key",
            Word::Space => "a b  c",
            Word::Unicode => "h\u{e9}\u{20ac}\u{1f600}",
            Word::Digits => "123",
        }
    }
}

impl BinOp {
    fn text(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::MatMul => "@",
        }
    }
}

impl CmpOp {
    fn text(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::In => "in",
            CmpOp::NotIn => "not in",
            CmpOp::Is => "is",
            CmpOp::IsNot => "is not",
        }
    }
}

impl Builtin {
    fn name(self) -> &'static str {
        match self {
            Builtin::Len => "len",
            Builtin::Str => "str",
            Builtin::Repr => "repr",
            Builtin::Int => "int",
            Builtin::Float => "float",
            Builtin::Bool => "bool",
            Builtin::List => "list",
            Builtin::Tuple => "tuple",
            Builtin::Dict => "dict",
            Builtin::Set => "set",
            Builtin::Sorted => "sorted",
            Builtin::Reversed => "reversed",
            Builtin::Sum => "sum",
            Builtin::Min => "min",
            Builtin::Max => "max",
            Builtin::Abs => "abs",
            Builtin::Range => "range",
            Builtin::Enumerate => "enumerate",
            Builtin::Zip => "zip",
            Builtin::Map => "map",
            Builtin::Filter => "filter",
            Builtin::Isinstance => "isinstance",
            Builtin::Hash => "hash",
            Builtin::Chr => "chr",
            Builtin::Ord => "ord",
            Builtin::Divmod => "divmod",
            Builtin::Round => "round",
            Builtin::Format => "format",
            Builtin::Iter => "iter",
            Builtin::Next => "next",
            Builtin::Any => "any",
            Builtin::All => "all",
            Builtin::Type => "type",
            Builtin::Id => "id",
            Builtin::Getattr => "getattr",
            Builtin::Hasattr => "hasattr",
            Builtin::Bytes => "bytes",
            Builtin::Bytearray => "bytearray",
            Builtin::Frozenset => "frozenset",
            Builtin::Slice => "slice",
            Builtin::Pow => "pow",
            Builtin::Ascii => "ascii",
            Builtin::Bin => "bin",
            Builtin::Hex => "hex",
            Builtin::Callable => "callable",
            Builtin::Super => "super",
            Builtin::Vars => "vars",
            Builtin::Dir => "dir",
            Builtin::Print => "print",
        }
    }
}

impl MethodName {
    fn name(self) -> &'static str {
        match self {
            MethodName::Append => "append",
            MethodName::Pop => "pop",
            MethodName::Insert => "insert",
            MethodName::Extend => "extend",
            MethodName::Sort => "sort",
            MethodName::Reverse => "reverse",
            MethodName::Index => "index",
            MethodName::Count => "count",
            MethodName::Join => "join",
            MethodName::Split => "split",
            MethodName::Upper => "upper",
            MethodName::Strip => "strip",
            MethodName::Replace => "replace",
            MethodName::Startswith => "startswith",
            MethodName::Find => "find",
            MethodName::Format => "format",
            MethodName::Encode => "encode",
            MethodName::Decode => "decode",
            MethodName::Items => "items",
            MethodName::Keys => "keys",
            MethodName::Values => "values",
            MethodName::Get => "get",
            MethodName::Setdefault => "setdefault",
            MethodName::Update => "update",
            MethodName::Add => "add",
            MethodName::Discard => "discard",
            MethodName::Union => "union",
            MethodName::Copy => "copy",
            MethodName::Clear => "clear",
            MethodName::BitLength => "bit_length",
        }
    }
}

impl Program {
    /// The program as Python source.
    pub fn source(&self) -> String {
        let mut out = String::new();
        block(&mut out, &self.stmts, 0);
        out
    }
}

fn indent(out: &mut String, depth: u32) {
    for _ in 0..depth {
        out.push_str("    ");
    }
}

fn block(out: &mut String, stmts: &[Stmt], depth: u32) {
    if stmts.is_empty() || depth > MAX_BLOCK_DEPTH {
        indent(out, depth);
        out.push_str("pass\n");
        return;
    }
    for s in stmts {
        stmt(out, s, depth);
    }
}

fn stmt(out: &mut String, s: &Stmt, depth: u32) {
    indent(out, depth);
    let line = |e: &Expr| expr_text(e, 0);
    match s {
        Stmt::Assign(t, e) => {
            let target = match t {
                Target::Var(v) => v.name().to_string(),
                Target::Attr(v, a) => format!("{}.{}", v.name(), a.name()),
                Target::Item(v, k) => format!("{}[{}]", v.name(), line(k)),
            };
            let _ = writeln!(out, "{target} = {}", line(e));
        }
        Stmt::AugAssign(v, op, e) => {
            let _ = writeln!(out, "{} {}= {}", v.name(), op.text(), line(e));
        }
        Stmt::Unpack(a, b, e) => {
            let _ = writeln!(out, "{}, *{} = {}", a.name(), b.name(), line(e));
        }
        Stmt::Print(args) => {
            let _ = writeln!(out, "print({})", list_text(args, 0));
        }
        Stmt::Expr(e) => {
            let _ = writeln!(out, "{}", line(e));
        }
        Stmt::If(c, body, orelse) => {
            let _ = writeln!(out, "if {}:", line(c));
            block(out, body, depth + 1);
            if !orelse.is_empty() {
                indent(out, depth);
                out.push_str("else:\n");
                block(out, orelse, depth + 1);
            }
        }
        Stmt::For(v, iter, body) => {
            let _ = writeln!(out, "for {} in {}:", v.name(), line(iter));
            block(out, body, depth + 1);
        }
        Stmt::ForRange(v, n, body) => {
            let _ = writeln!(out, "for {} in range({}):", v.name(), n % 16);
            block(out, body, depth + 1);
        }
        Stmt::Def(f, params, body, ret) => {
            let params: Vec<&str> = params.iter().take(4).map(|p| p.name()).collect();
            let mut seen = Vec::new();
            for p in params {
                if !seen.contains(&p) {
                    seen.push(p);
                }
            }
            let _ = writeln!(out, "def {}({}):", f.name(), seen.join(", "));
            block(out, body, depth + 1);
            indent(out, depth + 1);
            let _ = writeln!(out, "return {}", line(ret));
        }
        Stmt::Class(c, base, body) => {
            let base = base.map(|b| format!("({})", b.name())).unwrap_or_default();
            let _ = writeln!(out, "class {}{base}:", c.name());
            block(out, body, depth + 1);
        }
        Stmt::Try(body, exc, name, handler, finally) => {
            out.push_str("try:\n");
            block(out, body, depth + 1);
            indent(out, depth);
            match name {
                Some(n) => {
                    let _ = writeln!(out, "except {} as {}:", exc.name(), n.name());
                }
                None => {
                    let _ = writeln!(out, "except {}:", exc.name());
                }
            }
            block(out, handler, depth + 1);
            if !finally.is_empty() {
                indent(out, depth);
                out.push_str("finally:\n");
                block(out, finally, depth + 1);
            }
        }
        Stmt::Raise(exc, e) => {
            let _ = writeln!(out, "raise {}({})", exc.name(), line(e));
        }
        Stmt::Return(e) => {
            let _ = writeln!(out, "return {}", line(e));
        }
        Stmt::Break => out.push_str("break\n"),
        Stmt::Continue => out.push_str("continue\n"),
        Stmt::Del(v) => {
            let _ = writeln!(out, "del {}", v.name());
        }
        Stmt::Global(v) => {
            let _ = writeln!(out, "global {}", v.name());
        }
        Stmt::Nonlocal(v) => {
            let _ = writeln!(out, "nonlocal {}", v.name());
        }
        Stmt::Assert(c, m) => {
            let _ = writeln!(out, "assert {}, {}", line(c), line(m));
        }
        Stmt::With(e, body) => {
            let _ = writeln!(out, "with {} as _w:", line(e));
            block(out, body, depth + 1);
        }
        Stmt::Yield(e) => {
            let _ = writeln!(out, "yield {}", line(e));
        }
        Stmt::Match(subject, cases) => {
            let _ = writeln!(out, "match {}:", line(subject));
            if cases.is_empty() {
                indent(out, depth + 1);
                out.push_str("case _:\n");
                indent(out, depth + 2);
                out.push_str("pass\n");
            }
            for (p, body) in cases.iter().take(4) {
                indent(out, depth + 1);
                let _ = writeln!(out, "case {}:", pattern_text(p, 0));
                block(out, body, depth + 2);
            }
        }
    }
}

fn pattern_text(p: &Pattern, depth: u32) -> String {
    if depth > 4 {
        return "_".into();
    }
    match p {
        Pattern::Wildcard => "_".into(),
        Pattern::Capture(v) => v.name().into(),
        Pattern::Int(i) => i.to_string(),
        Pattern::Str(w) => format!("{:?}", w.text()),
        Pattern::Seq(items) => {
            let parts: Vec<String> = items.iter().take(4).map(|i| pattern_text(i, depth + 1)).collect();
            format!("[{}]", parts.join(", "))
        }
        Pattern::Or(a, b) => format!("({} | {})", pattern_text(a, depth + 1), pattern_text(b, depth + 1)),
        Pattern::Class(c) => format!("{}()", c.name()),
        Pattern::Mapping(k, v) => format!("{{{:?}: {}}}", k.text(), pattern_text(v, depth + 1)),
    }
}

fn list_text(items: &[Expr], depth: u32) -> String {
    let parts: Vec<String> = items.iter().take(5).map(|e| expr_text(e, depth + 1)).collect();
    parts.join(", ")
}

fn expr_text(e: &Expr, depth: u32) -> String {
    if depth > MAX_EXPR_DEPTH {
        return "1".into();
    }
    let sub = |e: &Expr| expr_text(e, depth + 1);
    match e {
        Expr::Int(i) => format!("({i})"),
        Expr::BigInt(i) => format!("({i} * 1000000007)"),
        Expr::Float(f) => {
            if f.is_finite() {
                format!("({f:?})")
            } else {
                format!("float('{f}')")
            }
        }
        Expr::Str(w) => format!("{:?}", w.text()),
        Expr::Bytes(w) => format!("{:?}.encode()", w.text()),
        Expr::True => "True".into(),
        Expr::False => "False".into(),
        Expr::None => "None".into(),
        Expr::Var(v) => v.name().into(),
        Expr::Bin(a, op, b) => format!("({} {} {})", sub(a), op.text(), sub(b)),
        Expr::Unary(op, a) => {
            let op = match op {
                UnaryOp::Neg => "-",
                UnaryOp::Pos => "+",
                UnaryOp::Invert => "~",
                UnaryOp::Not => "not ",
            };
            format!("({op}{})", sub(a))
        }
        Expr::Compare(a, op, b) => format!("({} {} {})", sub(a), op.text(), sub(b)),
        Expr::BoolOp(a, and, b) => format!("({} {} {})", sub(a), if *and { "and" } else { "or" }, sub(b)),
        Expr::IfExp(a, c, b) => format!("({} if {} else {})", sub(a), sub(c), sub(b)),
        Expr::Call(f, args) => format!("{}({})", f.name(), list_text(args, depth)),
        Expr::Builtin(b, args) => format!("{}({})", b.name(), list_text(args, depth)),
        Expr::Method(obj, m, args) => format!("{}.{}({})", sub(obj), m.name(), list_text(args, depth)),
        Expr::New(c, args) => format!("{}({})", c.name(), list_text(args, depth)),
        Expr::List(items) => format!("[{}]", list_text(items, depth)),
        Expr::Tuple(items) => format!("({},)", list_text(items, depth)),
        Expr::Dict(items) => {
            let parts: Vec<String> = items
                .iter()
                .take(4)
                .map(|(k, v)| format!("{}: {}", sub(k), sub(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Expr::Set(items) => {
            if items.is_empty() {
                "set()".into()
            } else {
                format!("{{{}}}", list_text(items, depth))
            }
        }
        Expr::Subscript(a, i) => format!("{}[{}]", sub(a), sub(i)),
        Expr::Slice(a, lo, hi, step) => {
            let part = |x: &Option<i8>| x.map(|v| v.to_string()).unwrap_or_default();
            format!("{}[{}:{}:{}]", sub(a), part(lo), part(hi), part(step))
        }
        Expr::Attr(a, name) => format!("{}.{}", sub(a), name.name()),
        Expr::ListComp(elt, v, iter, cond) => match cond {
            Some(c) => format!("[{} for {} in {} if {}]", sub(elt), v.name(), sub(iter), sub(c)),
            None => format!("[{} for {} in {}]", sub(elt), v.name(), sub(iter)),
        },
        Expr::DictComp(elt, v, iter) => format!("{{{}: {} for {} in {}}}", v.name(), sub(elt), v.name(), sub(iter)),
        Expr::GenExp(elt, v, iter) => format!("({} for {} in {})", sub(elt), v.name(), sub(iter)),
        Expr::Lambda(params, body) => {
            let mut seen: Vec<&str> = Vec::new();
            for p in params.iter().take(3) {
                if !seen.contains(&p.name()) {
                    seen.push(p.name());
                }
            }
            format!("(lambda {}: {})", seen.join(", "), sub(body))
        }
        Expr::FString(parts) => {
            let mut s = String::from("f'");
            for (w, e, spec) in parts.iter().take(3) {
                s.push_str(w.text());
                let spec = match spec {
                    FormatSpec::None => "",
                    FormatSpec::Repr => "!r",
                    FormatSpec::Width => ":>8",
                    FormatSpec::Precision => ":.3",
                    FormatSpec::Hex => ":x",
                    FormatSpec::Center => ":^9",
                };
                let _ = write!(s, "{{{}{spec}}}", sub(e).replace('\'', "\""));
            }
            s.push('\'');
            s
        }
        Expr::Walrus(v, e) => format!("({} := {})", v.name(), sub(e)),
        Expr::Star(e) => format!("[*{}]", sub(e)),
    }
}
