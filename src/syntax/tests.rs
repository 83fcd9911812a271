//! Tests for the lexer and parser. Expected values come from CPython 3.11 (`ast.parse` and
//! `compile`), never from this parser's own output.

use super::ast::*;
use super::parse_module;

/// Pre-order summary of a module in the shape of CPython's `ast` walk: one entry per node,
/// `Type(name)@line:col-end_line:end_col`, operators by name, constants by value.
fn dump(m: &Module) -> String {
    let mut out = Vec::new();
    for s in &m.body {
        stmt(s, &mut out);
    }
    out.join(" ")
}

fn pos(kind: &str, span: Span) -> String {
    format!("{kind}@{}:{}-{}:{}", span.line, span.col, span.end_line, span.end_col)
}

fn esc(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == ' ' || c == '_' {
                c.to_string()
            } else {
                format!("\\u{:x}", u32::from(c))
            }
        })
        .collect()
}

fn stmts(v: &[Stmt], out: &mut Vec<String>) {
    for s in v {
        stmt(s, out);
    }
}

fn arguments(a: &Arguments, out: &mut Vec<String>) {
    let arg = |a: &Arg, out: &mut Vec<String>| {
        out.push(pos(&format!("arg({})", a.name), a.span));
        if let Some(e) = &a.annotation {
            expr(e, out);
        }
    };
    for a in a.posonlyargs.iter().chain(&a.args) {
        arg(a, out);
    }
    if let Some(v) = &a.vararg {
        arg(v, out);
    }
    for k in &a.kwonlyargs {
        arg(k, out);
    }
    for d in a.kw_defaults.iter().flatten() {
        expr(d, out);
    }
    if let Some(v) = &a.kwarg {
        arg(v, out);
    }
    for d in &a.defaults {
        expr(d, out);
    }
}

fn stmt(s: &Stmt, out: &mut Vec<String>) {
    let name = match &s.kind {
        StmtKind::FunctionDef(f) => {
            let k = if f.is_async { "AsyncFunctionDef" } else { "FunctionDef" };
            format!("{k}({})", f.name)
        }
        StmtKind::ClassDef(c) => format!("ClassDef({})", c.name),
        StmtKind::Try { handlers, .. } if handlers.iter().any(|h| h.is_star) => "TryStar".into(),
        StmtKind::Global(n) => format!("Global({})", n.join(",")),
        StmtKind::Nonlocal(n) => format!("Nonlocal({})", n.join(",")),
        StmtKind::ImportFrom { module, level, .. } => {
            format!("ImportFrom({},{level})", module.as_deref().unwrap_or(""))
        }
        k => format!("{k:?}").split(['(', ' ', '{']).next().unwrap_or("").to_string(),
    };
    out.push(pos(&name, s.span));
    match &s.kind {
        StmtKind::FunctionDef(f) => {
            arguments(&f.args, out);
            stmts(&f.body, out);
            f.decorators.iter().for_each(|e| expr(e, out));
            if let Some(r) = &f.returns {
                expr(r, out);
            }
        }
        StmtKind::ClassDef(c) => {
            c.bases.iter().for_each(|e| expr(e, out));
            c.keywords.iter().for_each(|k| keyword(k, out));
            stmts(&c.body, out);
            c.decorators.iter().for_each(|e| expr(e, out));
        }
        StmtKind::Return(v) => v.iter().for_each(|e| expr(e, out)),
        StmtKind::Delete(v) => v.iter().for_each(|e| expr(e, out)),
        StmtKind::Assign { targets, value } => {
            targets.iter().for_each(|e| expr(e, out));
            expr(value, out);
        }
        StmtKind::AugAssign { target, op, value } => {
            expr(target, out);
            out.push(format!("{op:?}"));
            expr(value, out);
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            expr(target, out);
            expr(annotation, out);
            value.iter().for_each(|e| expr(e, out));
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        } => {
            expr(target, out);
            expr(iter, out);
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
            expr(test, out);
            stmts(body, out);
            stmts(orelse, out);
        }
        StmtKind::With { items, body } => {
            for i in items {
                expr(&i.context_expr, out);
                i.optional_vars.iter().for_each(|e| expr(e, out));
            }
            stmts(body, out);
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause).for_each(|e| expr(e, out));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, out);
            for h in handlers {
                out.push(pos(
                    &format!("ExceptHandler({})", h.name.as_deref().unwrap_or("")),
                    h.span,
                ));
                h.typ.iter().for_each(|e| expr(e, out));
                stmts(&h.body, out);
            }
            stmts(orelse, out);
            stmts(finalbody, out);
        }
        StmtKind::Assert { test, msg } => {
            expr(test, out);
            msg.iter().for_each(|e| expr(e, out));
        }
        StmtKind::Import(names) | StmtKind::ImportFrom { names, .. } => {
            for a in names {
                let n = format!("alias({} as {})", a.name, a.asname.as_deref().unwrap_or(""));
                out.push(pos(&n, a.span));
            }
        }
        StmtKind::Expr(e) => expr(e, out),
        _ => {}
    }
}

fn keyword(k: &Keyword, out: &mut Vec<String>) {
    out.push(pos(&format!("keyword({})", k.arg.as_deref().unwrap_or("")), k.span));
    expr(&k.value, out);
}

fn comps(gens: &[Comprehension], out: &mut Vec<String>) {
    for g in gens {
        out.push(if g.is_async {
            "comprehension(async)".into()
        } else {
            "comprehension".into()
        });
        expr(&g.target, out);
        expr(&g.iter, out);
        g.ifs.iter().for_each(|e| expr(e, out));
    }
}

fn expr(e: &Expr, out: &mut Vec<String>) {
    let name = match &e.kind {
        ExprKind::Name(n) => format!("Name({n})"),
        ExprKind::Attribute { attr, .. } => format!("Attribute({attr})"),
        ExprKind::NamedExpr { target, .. } => format!("NamedExpr({target})"),
        ExprKind::FormattedValue { conversion, .. } => {
            format!("FormattedValue({})", conversion.map_or(-1, |c| i64::from(u32::from(c))))
        }
        ExprKind::Constant(c) => match c {
            Constant::None => "Constant(None)".into(),
            Constant::True => "Constant(True)".into(),
            Constant::False => "Constant(False)".into(),
            Constant::Ellipsis => "Constant(Ellipsis)".into(),
            Constant::Int { digits, radix } => match u128::from_str_radix(digits, *radix) {
                Ok(v) => format!("Constant({v})"),
                Err(_) => format!("Constant(big{digits})"),
            },
            Constant::Float(f) => format!("Constant(f{})", f.to_bits()),
            Constant::Imaginary(f) => format!("Constant(j{})", f.to_bits()),
            Constant::Str(s) => format!("Constant(s{})", esc(s)),
            Constant::Bytes(b) => format!(
                "Constant(b{})",
                b.iter().map(|x| format!("{x:02x}")).collect::<String>()
            ),
        },
        k => format!("{k:?}").split(['(', ' ', '{']).next().unwrap_or("").to_string(),
    };
    out.push(pos(&name, e.span));
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            out.push(format!("{op:?}"));
            values.iter().for_each(|v| expr(v, out));
        }
        ExprKind::NamedExpr { value, .. } => expr(value, out),
        ExprKind::BinOp { left, op, right } => {
            expr(left, out);
            out.push(format!("{op:?}"));
            expr(right, out);
        }
        ExprKind::UnaryOp { op, operand } => {
            out.push(format!("{op:?}"));
            expr(operand, out);
        }
        ExprKind::Lambda { args, body } => {
            arguments(args, out);
            expr(body, out);
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, out);
            expr(body, out);
            expr(orelse, out);
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(|k| expr(k, out));
            values.iter().for_each(|v| expr(v, out));
        }
        ExprKind::Set(v) | ExprKind::List(v) | ExprKind::Tuple(v) | ExprKind::JoinedStr(v) => {
            v.iter().for_each(|x| expr(x, out))
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            expr(elt, out);
            comps(generators, out);
        }
        ExprKind::DictComp { key, value, generators } => {
            expr(key, out);
            expr(value, out);
            comps(generators, out);
        }
        ExprKind::Await(v) | ExprKind::YieldFrom(v) | ExprKind::Starred(v) => expr(v, out),
        ExprKind::Yield(v) => v.iter().for_each(|x| expr(x, out)),
        ExprKind::Compare { left, ops, comparators } => {
            expr(left, out);
            ops.iter().for_each(|o| out.push(format!("{o:?}")));
            comparators.iter().for_each(|c| expr(c, out));
        }
        ExprKind::Call { func, args, keywords } => {
            expr(func, out);
            args.iter().for_each(|a| expr(a, out));
            keywords.iter().for_each(|k| keyword(k, out));
        }
        ExprKind::FormattedValue { value, format_spec, .. } => {
            expr(value, out);
            format_spec.iter().for_each(|f| expr(f, out));
        }
        ExprKind::Attribute { value, .. } => expr(value, out),
        ExprKind::Subscript { value, slice } => {
            expr(value, out);
            expr(slice, out);
        }
        ExprKind::Slice { lower, upper, step } => {
            lower.iter().chain(upper).chain(step).for_each(|x| expr(x, out));
        }
        _ => {}
    }
}

/// Parse result summary: the AST dump, or `Err:<class>:<message>:<line>:<col>`.
fn summary(src: &str) -> String {
    match parse_module(src) {
        Ok(m) => dump(&m),
        Err(e) => format!("Err:{}:{}:{}:{}", e.class_name(), e.msg, e.line, e.col),
    }
}

/// Parses `src` and compares its summary with `expected`.
pub(super) fn check(src: &str, expected: &str) {
    assert_eq!(summary(src), expected, "source: {src:?}");
}

/// Checks a table of cases, reporting every mismatch at once.
pub(super) fn check_all(cases: &[(&str, &str)]) {
    let mut failures = Vec::new();
    for (src, expected) in cases {
        let got = summary(src);
        if got != *expected {
            failures.push(format!("source: {src:?}\n  expected: {expected}\n  got:      {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// Runs `f` on a thread with a small stack, so that runaway recursion fails loudly.
fn on_small_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(f)
        .expect("spawn")
        .join()
        .expect("join")
}

/// Stack bytes used while parsing `src` (measured at every depth check).
fn stack_used(src: &str) -> usize {
    let top = super::parser::stack_probe::reset();
    let _ = parse_module(src);
    top.saturating_sub(super::parser::stack_probe::lowest())
}

fn nested(open: &str, inner: &str, close: &str, depth: usize) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    on_small_stack(|| {
        for (open, close) in [
            ("(", ")"),
            ("[", "]"),
            ("{", "}"),
            ("f(", ")"),
            ("a[", "]"),
            ("{1: ", "}"),
        ] {
            let src = nested(open, "1", close, 10_000);
            let e = parse_module(&src).unwrap_err();
            assert_eq!(e.msg, "too many nested parentheses", "{open}");
            let src = nested(open, "1", close, 95);
            assert!(parse_module(&src).is_ok(), "{open} x95");
        }
        // Chains CPython's parser counts against its 6000 levels: a bare `MemoryError`.
        for prefix in ["-", "+", "~", "not ", "lambda: ", "a if b else ", "a ** "] {
            let src = format!("x = {}1\n", prefix.repeat(100_000));
            let e = parse_module(&src).unwrap_err();
            assert_eq!((e.class_name(), e.msg.as_str()), ("MemoryError", ""), "{prefix}");
        }
        // Brackets run into the tokenizer's limit first.
        for prefix in ["(-", "[not "] {
            let e = parse_module(&format!("x = {}1\n", prefix.repeat(10_000))).unwrap_err();
            assert_eq!(e.msg, "too many nested parentheses", "{prefix}");
        }
        // `await await x` is invalid in CPython too.
        assert!(parse_module(&format!("x = {}1\n", "await ".repeat(10_000))).is_err());
        // Up to CPython's limits the parser accepts (the compiler refuses trees deeper than
        // its own limit, as CPython's does).
        assert!(parse_module(&format!("{}1\n", "-".repeat(5969))).is_ok());
        assert_eq!(
            parse_module(&format!("{}1\n", "-".repeat(5970)))
                .unwrap_err()
                .class_name(),
            "MemoryError"
        );
        assert!(parse_module(&format!("{}1\n", "lambda: ".repeat(2984))).is_ok());
        assert!(parse_module(&format!("{}1\n", "not ".repeat(3000))).is_ok());
        let chain: String = (0..2000).map(|i| format!("if x == {i}:\n    pass\nel")).collect();
        assert!(parse_module(&format!("{chain}se:\n    pass\n")).is_ok());
        // Left-deep chains are loops in the parser: any length parses.
        for src in [
            format!("x = {}\n", vec!["a"; 50_000].join(" + ")),
            format!("x = a{}\n", ".b".repeat(50_000)),
            format!("x = f{}\n", "()".repeat(50_000)),
            format!("x = a{}\n", "[0]".repeat(50_000)),
        ] {
            assert!(parse_module(&src).is_ok());
        }
        // Flat structures are not limited.
        assert!(parse_module(&format!("x = [{}]\n", vec!["a + b"; 20_000].join(", "))).is_ok());
    });
}

#[test]
fn brackets_to_the_tokenizer_limit_on_a_large_stack() {
    let big = std::thread::Builder::new().stack_size(64 << 20);
    big.spawn(|| {
        for (open, close) in [("(", ")"), ("[", "]"), ("{", "}"), ("f(", ")"), ("a[", "]")] {
            assert!(parse_module(&nested(open, "1", close, 200)).is_ok(), "{open} x200");
            let e = parse_module(&nested(open, "1", close, 201)).unwrap_err();
            assert_eq!(e.msg, "too many nested parentheses", "{open} x201");
        }
        // 200 levels of `[-` pass CPython's tokenizer but not its parser.
        let e = parse_module(&nested("[-", "1", "]", 200)).unwrap_err();
        assert_eq!(e.class_name(), "MemoryError");
    })
    .expect("spawn")
    .join()
    .expect("join");
}

#[test]
fn deep_indentation() {
    on_small_stack(|| {
        let mut src = String::new();
        for d in 0..99 {
            src.push_str(&format!("{}if x:\n", " ".repeat(d)));
        }
        src.push_str(&format!("{}pass\n", " ".repeat(99)));
        assert!(parse_module(&src).is_ok());
        // The 100th level is one too many, as in CPython.
        let mut src = String::new();
        for d in 0..100 {
            src.push_str(&format!("{}if x:\n", " ".repeat(d)));
        }
        src.push_str(&format!("{}pass\n", " ".repeat(100)));
        assert_eq!(parse_module(&src).unwrap_err().msg, "too many levels of indentation");
        let mut src = String::new();
        for d in 0..150 {
            src.push_str(&format!("{}if x:\n", " ".repeat(d)));
        }
        src.push_str(&format!("{}pass\n", " ".repeat(150)));
        let e = parse_module(&src).unwrap_err();
        assert_eq!(e.msg, "too many levels of indentation");
    });
}

/// Chains CPython's parser counts level by level are loops here: parsing one to the limit
/// takes as little stack as parsing a short one (brackets and blocks recurse, bounded by the
/// tokenizer, and are checked against the stack).
#[test]
fn chains_to_the_level_limit_take_little_stack() {
    on_small_stack(|| {
        let inputs = [
            format!("x = {}1", "-".repeat(5900)),
            format!("x = {}1", "not ".repeat(5900)),
            format!("x = {}1", "lambda: ".repeat(2900)),
            format!("x = {}1", "a if b else ".repeat(5900)),
            format!("x = {}1", "2 ** ".repeat(2900)),
            format!("x = {}1", "2 ** -".repeat(1900)),
            format!("x = 1{}", " + 1".repeat(100_000)),
        ];
        for src in &inputs {
            let used = stack_used(src);
            assert!(used < 100 * 1024, "{} bytes for {:.20}", used, src);
        }
    });
}

/// Varied snippets for the mutation test.
const CORPUS: &[&str] = &[
    "x = 1\n",
    "def f(a, b=2, *args, c, d=4, **kw) -> int:\n    return a + b\n",
    "class A(B, metaclass=M):\n    x: int = 1\n    def m(self): pass\n",
    "if a:\n    pass\nelif b:\n    x = [i for i in range(10) if i % 2]\nelse:\n    y = {k: v for k, v in d.items()}\n",
    "for i, (a, *b) in enumerate(xs):\n    continue\nelse:\n    break\n",
    "while (n := n - 1) > 0:\n    print(f'{n!r:>{w}} {n=}')\n",
    "try:\n    1 / 0\nexcept (ZeroDivisionError, E) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[0], b.c\n",
    "with open(p) as f, (yield x) as g:\n    data = f.read()\n",
    "import a.b as c\nfrom ..x import (y as z, w)\nfrom . import *\n",
    "lambda x, /, y=1, *, z: (x, y, z)\n",
    "x = a if b else c or not d and e < f <= g is not h not in i\n",
    "x = -2 ** -1 // 3 @ m | k ^ j & 1 << 2 >> 3\n",
    "s = 'a' \"b\" '''c''' r'\\d' f\"{a['k']}\" u'\\u00e9\\t'\nb = b'\\x00' rb'x'\n",
    "@dec(1)\n@dec2\nasync def g():\n    await h()\n    return [x async for x in y]\n",
    "global a, b\nassert x, 'msg'\nx += 1; y -= 2; z **= 3\n",
    "a[1:2, ::3, ...] = b[c][d](e)(f)\n",
    "x = {**a, 'b': 1, **c}\ny = {*a, b}\nz = [*a, *b]\n",
    "def f():\n    yield from g()\n    x = yield\n    nonlocal q\n",
    "if 1:\n\tif 2:\n\t\tpass\n",
    "x = 0x_ff + 0o17 + 0b101 + 1_000.5e-3 + 1j + .5 + 1.\n",
    "print(*args, sep='', **kw)\n",
    "x = (1,\n     2,\n     3)\n",
    "x = 1 + \\\n    2\n",
    "# comment only\n\n   \n",
    "match x:\n    case 1:\n        pass\n",
    "match p, q:\n    case [1, *r] | (2, *r) if r: f(r)\n    case {'k': [a, _], **kw}: pass\n    case P(1, y=-2.5) as z: pass\n    case a.b.c | None | 1 + 2j | 'x' 'y': pass\n    case _: pass\n",
    "f(x for x in y)\ng((a, b) for a in c for b in d if a if b)\n",
    "x = \"\"\"multi\nline\"\"\"\n",
    "del (a), [b]\nraise\n",
    "a, b = *c, d = e\n",
    "def é(ü=1): return ü\n",
];

/// Deterministic xorshift PRNG.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % (n.max(1) as u64)) as usize
    }
}

const NOISE: &[char] = &[
    '(',
    ')',
    '[',
    ']',
    '{',
    '}',
    '\'',
    '"',
    '\\',
    '\n',
    '\t',
    ' ',
    ':',
    ',',
    '.',
    '=',
    '*',
    '@',
    '#',
    'f',
    'r',
    'b',
    '0',
    '1',
    'e',
    'j',
    '_',
    'x',
    'é',
    '€',
    '\u{feff}',
    '\u{a0}',
    '\r',
    '$',
    '!',
    '{',
    '}',
    '-',
    '~',
    '<',
    '>',
    '%',
    '\u{10ffff}',
    ';',
];

fn mutate(rng: &mut Rng, src: &str) -> String {
    let mut chars: Vec<char> = src.chars().collect();
    for _ in 0..=rng.below(4) {
        let at = rng.below(chars.len() + 1);
        let c = if rng.below(4) == 0 {
            char::from_u32(rng.below(0x3000) as u32).unwrap_or('?')
        } else {
            NOISE[rng.below(NOISE.len())]
        };
        match rng.below(3) {
            0 => chars.insert(at, c),
            1 if at < chars.len() => {
                chars.remove(at);
            }
            _ if at < chars.len() => chars[at] = c,
            _ => chars.push(c),
        }
    }
    chars.into_iter().collect()
}

#[test]
fn corpus_parses() {
    for src in CORPUS {
        let r = parse_module(src);
        assert!(r.is_ok(), "{src:?}: {:?}", r.err());
    }
}

#[test]
fn mutations_never_panic() {
    on_small_stack(|| {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        for round in 0..6000 {
            let base = CORPUS[round % CORPUS.len()];
            let src = mutate(&mut rng, base);
            let r = std::panic::catch_unwind(|| parse_module(&src));
            assert!(r.is_ok(), "panic on {src:?}");
            // Errors point inside the text (or just past its end).
            if let Ok(Err(e)) = r {
                let lines = src.split(['\n', '\r']).count() as u32 + 1;
                assert!(e.line >= 1 && e.line <= lines, "{e:?} for {src:?}");
            }
        }
        // Concatenations of random corpus pieces.
        for _ in 0..1000 {
            let a = CORPUS[rng.below(CORPUS.len())];
            let b = CORPUS[rng.below(CORPUS.len())];
            let cut = a.char_indices().map(|(i, _)| i).nth(rng.below(a.chars().count()));
            let src = format!("{}{}", &a[..cut.unwrap_or(0)], b);
            let r = std::panic::catch_unwind(|| parse_module(&src));
            assert!(r.is_ok(), "panic on {src:?}");
        }
    });
}

#[test]
fn long_inputs() {
    on_small_stack(|| {
        let long_line = format!("x = [{}]\n", vec!["1"; 100_000].join(", "));
        assert!(parse_module(&long_line).is_ok());
        let many_lines = "x = 1\n".repeat(50_000);
        assert_eq!(parse_module(&many_lines).map(|m| m.body.len()), Ok(50_000));
        let long_str = format!("s = '{}'\n", "a".repeat(1_000_000));
        assert!(parse_module(&long_str).is_ok());
    });
}

#[test]
fn pyrite_specific_behaviour() {
    // Messages where pyrite deliberately differs from CPython.
    check(
        "async def f():\n    async for x in y: pass\n",
        "Err:NotImplementedError:async for is not supported:2:4",
    );
    check(
        "async def f():\n    async with x: pass\n",
        "Err:NotImplementedError:async with is not supported:2:4",
    );
    // Named escapes decode through the Unicode name table; unknown names are CPython's error.
    assert!(parse_module("x = '\\N{BULLET}'").is_ok());
    let e = parse_module("x = '\\N{NO SUCH CHARACTER NAME}'").unwrap_err();
    assert!(e.msg.contains("unknown Unicode character name"), "{}", e.msg);
    let e = parse_module("x = '\\ud800'").unwrap_err();
    assert_eq!(
        (e.class_name(), e.msg.as_str()),
        ("NotImplementedError", "lone surrogate is not supported")
    );
    assert_eq!(
        parse_module("x = 1\0").unwrap_err().msg,
        "source code cannot contain null bytes"
    );
    // Line endings, BOM and form feeds.
    check(
        "x = 1\r\ny = 2\r",
        "Assign@1:0-1:5 Name(x)@1:0-1:1 Constant(1)@1:4-1:5 \
         Assign@2:0-2:5 Name(y)@2:0-2:1 Constant(2)@2:4-2:5",
    );
    check("\u{feff}x", "Expr@1:0-1:1 Name(x)@1:0-1:1");
    check("\x0cx = 1", "Assign@1:1-1:6 Name(x)@1:1-1:2 Constant(1)@1:5-1:6");
    // Int digits are normalized (no prefix, underscores or leading zeros).
    let m = parse_module("x = 0x00_Ff\n").unwrap();
    let StmtKind::Assign { value, .. } = &m.body[0].kind else {
        panic!()
    };
    assert_eq!(
        value.kind,
        ExprKind::Constant(Constant::Int {
            digits: "Ff".into(),
            radix: 16
        })
    );
    // Display and exception class.
    let e = parse_module("if 1:\nx").unwrap_err();
    assert_eq!(e.class_name(), "IndentationError");
    assert_eq!(
        e.to_string(),
        "expected an indented block after 'if' statement on line 1 (line 2)"
    );
    assert_eq!(
        parse_module("if 1:\n\tx\n        y").unwrap_err().class_name(),
        "TabError"
    );
}

#[test]
fn precedence() {
    // -2**2 == -(2**2); 2**-1; not binds looser than comparisons.
    check(
        "-2**2",
        "Expr@1:0-1:5 UnaryOp@1:0-1:5 USub BinOp@1:1-1:5 Constant(2)@1:1-1:2 Pow Constant(2)@1:4-1:5",
    );
    check(
        "not a == b",
        "Expr@1:0-1:10 UnaryOp@1:0-1:10 Not Compare@1:4-1:10 Name(a)@1:4-1:5 Eq Name(b)@1:9-1:10",
    );
}

#[test]
fn dump_smoke() {
    check("x", "Expr@1:0-1:1 Name(x)@1:0-1:1");
}

#[test]
#[ignore]
fn measure_stack() {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(|| {
            for (name, src) in [
                ("paren10", nested("(", "1", ")", 10)),
                ("paren20", nested("(", "1", ")", 20)),
                ("list20", nested("[", "1", "]", 20)),
                ("call20", nested("f(", "1", ")", 20)),
                ("dict20", nested("{1: ", "1", "}", 20)),
                ("neg20", format!("x = {}1", "-".repeat(20))),
                ("not20", format!("x = {}1", "not ".repeat(20))),
                ("lambda20", format!("x = {}1", "lambda: ".repeat(20))),
                ("ifexp20", format!("x = {}1", "a if b else ".repeat(20))),
                ("pow20", format!("x = {}1", "2 ** ".repeat(20))),
            ] {
                println!("{name}: {}", stack_used(&src));
            }
        })
        .unwrap()
        .join()
        .unwrap();
}
