//! CPython 3.11 reference cases, generated with `ast.parse` / `compile()` (a small script walking
//! the CPython AST in the same order as `tests::dump`). Expected values come from CPython, never
//! from this parser.

use super::tests::check_all;

/// (source, summary of the AST as produced by `tests::dump`)
const AST_CASES: &[(&str, &str)] = &[
    ("x = 1", "Assign@1:0-1:5 Name(x)@1:0-1:1 Constant(1)@1:4-1:5"),
    (
        "a = b = c = 1",
        "Assign@1:0-1:13 Name(a)@1:0-1:1 Name(b)@1:4-1:5 Name(c)@1:8-1:9 Constant(1)@1:12-1:13",
    ),
    (
        "x, y = y, x",
        "Assign@1:0-1:11 Tuple@1:0-1:4 Name(x)@1:0-1:1 Name(y)@1:3-1:4 Tuple@1:7-1:11 Name(y)@1:7-1:8 Name(x)@1:10-1:11",
    ),
    (
        "[a, *b] = c",
        "Assign@1:0-1:11 List@1:0-1:7 Name(a)@1:1-1:2 Starred@1:4-1:6 Name(b)@1:5-1:6 Name(c)@1:10-1:11",
    ),
    (
        "(a, b), c = d",
        "Assign@1:0-1:13 Tuple@1:0-1:9 Tuple@1:0-1:6 Name(a)@1:1-1:2 Name(b)@1:4-1:5 Name(c)@1:8-1:9 Name(d)@1:12-1:13",
    ),
    (
        "for x, in y: pass",
        "For@1:0-1:17 Tuple@1:4-1:6 Name(x)@1:4-1:5 Name(y)@1:10-1:11 Pass@1:13-1:17",
    ),
    (
        "a.b = c.d = 1",
        "Assign@1:0-1:13 Attribute(b)@1:0-1:3 Name(a)@1:0-1:1 Attribute(d)@1:6-1:9 Name(c)@1:6-1:7 Constant(1)@1:12-1:13",
    ),
    ("x += 1", "AugAssign@1:0-1:6 Name(x)@1:0-1:1 Add Constant(1)@1:5-1:6"),
    ("x @= b", "AugAssign@1:0-1:6 Name(x)@1:0-1:1 MatMult Name(b)@1:5-1:6"),
    ("x **= 2", "AugAssign@1:0-1:7 Name(x)@1:0-1:1 Pow Constant(2)@1:6-1:7"),
    ("x: int", "AnnAssign@1:0-1:6 Name(x)@1:0-1:1 Name(int)@1:3-1:6"),
    (
        "x: int = 1",
        "AnnAssign@1:0-1:10 Name(x)@1:0-1:1 Name(int)@1:3-1:6 Constant(1)@1:9-1:10",
    ),
    (
        "(x): int = 1",
        "AnnAssign@1:0-1:12 Name(x)@1:1-1:2 Name(int)@1:5-1:8 Constant(1)@1:11-1:12",
    ),
    (
        "x.y: int = 1",
        "AnnAssign@1:0-1:12 Attribute(y)@1:0-1:3 Name(x)@1:0-1:1 Name(int)@1:5-1:8 Constant(1)@1:11-1:12",
    ),
    (
        "x = -2 ** -1",
        "Assign@1:0-1:12 Name(x)@1:0-1:1 UnaryOp@1:4-1:12 USub BinOp@1:5-1:12 Constant(2)@1:5-1:6 Pow UnaryOp@1:10-1:12 USub Constant(1)@1:11-1:12",
    ),
    (
        "x = ~a + -b * +c",
        "Assign@1:0-1:16 Name(x)@1:0-1:1 BinOp@1:4-1:16 UnaryOp@1:4-1:6 Invert Name(a)@1:5-1:6 Add BinOp@1:9-1:16 UnaryOp@1:9-1:11 USub Name(b)@1:10-1:11 Mult UnaryOp@1:14-1:16 UAdd Name(c)@1:15-1:16",
    ),
    (
        "x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m",
        "Assign@1:0-1:56 Name(x)@1:0-1:1 BinOp@1:4-1:56 Name(a)@1:4-1:5 BitOr BinOp@1:8-1:56 Name(b)@1:8-1:9 BitXor BinOp@1:12-1:56 Name(c)@1:12-1:13 BitAnd BinOp@1:16-1:56 BinOp@1:16-1:22 Name(d)@1:16-1:17 LShift Name(e)@1:21-1:22 RShift BinOp@1:26-1:56 BinOp@1:26-1:31 Name(f)@1:26-1:27 Add Name(g)@1:30-1:31 Sub BinOp@1:34-1:56 BinOp@1:34-1:52 BinOp@1:34-1:48 BinOp@1:34-1:43 BinOp@1:34-1:39 Name(h)@1:34-1:35 Mult Name(i)@1:38-1:39 Div Name(j)@1:42-1:43 FloorDiv Name(k)@1:47-1:48 Mod Name(l)@1:51-1:52 MatMult Name(m)@1:55-1:56",
    ),
    (
        "x = a or b and not c",
        "Assign@1:0-1:20 Name(x)@1:0-1:1 BoolOp@1:4-1:20 Or Name(a)@1:4-1:5 BoolOp@1:9-1:20 And Name(b)@1:9-1:10 UnaryOp@1:15-1:20 Not Name(c)@1:19-1:20",
    ),
    (
        "x = not a == b",
        "Assign@1:0-1:14 Name(x)@1:0-1:1 UnaryOp@1:4-1:14 Not Compare@1:8-1:14 Name(a)@1:8-1:9 Eq Name(b)@1:13-1:14",
    ),
    (
        "x = a < b <= c != d",
        "Assign@1:0-1:19 Name(x)@1:0-1:1 Compare@1:4-1:19 Name(a)@1:4-1:5 Lt LtE NotEq Name(b)@1:8-1:9 Name(c)@1:13-1:14 Name(d)@1:18-1:19",
    ),
    (
        "x = a not in b is not c",
        "Assign@1:0-1:23 Name(x)@1:0-1:1 Compare@1:4-1:23 Name(a)@1:4-1:5 NotIn IsNot Name(b)@1:13-1:14 Name(c)@1:22-1:23",
    ),
    (
        "x = a if b else c if d else e",
        "Assign@1:0-1:29 Name(x)@1:0-1:1 IfExp@1:4-1:29 Name(b)@1:9-1:10 Name(a)@1:4-1:5 IfExp@1:16-1:29 Name(d)@1:21-1:22 Name(c)@1:16-1:17 Name(e)@1:28-1:29",
    ),
    (
        "x = lambda: 0",
        "Assign@1:0-1:13 Name(x)@1:0-1:1 Lambda@1:4-1:13 Constant(0)@1:12-1:13",
    ),
    (
        "x = lambda a, /, b=1, *c, d, e=2, **f: a",
        "Assign@1:0-1:40 Name(x)@1:0-1:1 Lambda@1:4-1:40 arg(a)@1:11-1:12 arg(b)@1:17-1:18 arg(c)@1:23-1:24 arg(d)@1:26-1:27 arg(e)@1:29-1:30 Constant(2)@1:31-1:32 arg(f)@1:36-1:37 Constant(1)@1:19-1:20 Name(a)@1:39-1:40",
    ),
    (
        "x = lambda *, a: a",
        "Assign@1:0-1:18 Name(x)@1:0-1:1 Lambda@1:4-1:18 arg(a)@1:14-1:15 Name(a)@1:17-1:18",
    ),
    (
        "x = (a := 1)",
        "Assign@1:0-1:12 Name(x)@1:0-1:1 NamedExpr(a)@1:5-1:11 Constant(1)@1:10-1:11",
    ),
    (
        "if a := f(x): pass",
        "If@1:0-1:18 NamedExpr(a)@1:3-1:12 Call@1:8-1:12 Name(f)@1:8-1:9 Name(x)@1:10-1:11 Pass@1:14-1:18",
    ),
    (
        "while (n := n - 1): pass",
        "While@1:0-1:24 NamedExpr(n)@1:7-1:17 BinOp@1:12-1:17 Name(n)@1:12-1:13 Sub Constant(1)@1:16-1:17 Pass@1:20-1:24",
    ),
    (
        "f(a := 1, b=2)",
        "Expr@1:0-1:14 Call@1:0-1:14 Name(f)@1:0-1:1 NamedExpr(a)@1:2-1:8 Constant(1)@1:7-1:8 keyword(b)@1:10-1:13 Constant(2)@1:12-1:13",
    ),
    (
        "[y := 1, y ** 2]",
        "Expr@1:0-1:16 List@1:0-1:16 NamedExpr(y)@1:1-1:7 Constant(1)@1:6-1:7 BinOp@1:9-1:15 Name(y)@1:9-1:10 Pow Constant(2)@1:14-1:15",
    ),
    (
        "x[a := 1]",
        "Expr@1:0-1:9 Subscript@1:0-1:9 Name(x)@1:0-1:1 NamedExpr(a)@1:2-1:8 Constant(1)@1:7-1:8",
    ),
    (
        "x = [y := 1 for z in w]",
        "Assign@1:0-1:23 Name(x)@1:0-1:1 ListComp@1:4-1:23 NamedExpr(y)@1:5-1:11 Constant(1)@1:10-1:11 comprehension Name(z)@1:16-1:17 Name(w)@1:21-1:22",
    ),
    (
        "x = a.b.c(d)[e]",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 Subscript@1:4-1:15 Call@1:4-1:12 Attribute(c)@1:4-1:9 Attribute(b)@1:4-1:7 Name(a)@1:4-1:5 Name(d)@1:10-1:11 Name(e)@1:13-1:14",
    ),
    (
        "x = a[1:2, ::3]",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 Subscript@1:4-1:15 Name(a)@1:4-1:5 Tuple@1:6-1:14 Slice@1:6-1:9 Constant(1)@1:6-1:7 Constant(2)@1:8-1:9 Slice@1:11-1:14 Constant(3)@1:13-1:14",
    ),
    (
        "x = a[1:2]",
        "Assign@1:0-1:10 Name(x)@1:0-1:1 Subscript@1:4-1:10 Name(a)@1:4-1:5 Slice@1:6-1:9 Constant(1)@1:6-1:7 Constant(2)@1:8-1:9",
    ),
    (
        "x = a[:]",
        "Assign@1:0-1:8 Name(x)@1:0-1:1 Subscript@1:4-1:8 Name(a)@1:4-1:5 Slice@1:6-1:7",
    ),
    (
        "x = a[::]",
        "Assign@1:0-1:9 Name(x)@1:0-1:1 Subscript@1:4-1:9 Name(a)@1:4-1:5 Slice@1:6-1:8",
    ),
    (
        "x = a[:, 1]",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 Subscript@1:4-1:11 Name(a)@1:4-1:5 Tuple@1:6-1:10 Slice@1:6-1:7 Constant(1)@1:9-1:10",
    ),
    (
        "x = a[*b]",
        "Assign@1:0-1:9 Name(x)@1:0-1:1 Subscript@1:4-1:9 Name(a)@1:4-1:5 Tuple@1:6-1:8 Starred@1:6-1:8 Name(b)@1:7-1:8",
    ),
    (
        "x = a[1:2, *b]",
        "Assign@1:0-1:14 Name(x)@1:0-1:1 Subscript@1:4-1:14 Name(a)@1:4-1:5 Tuple@1:6-1:13 Slice@1:6-1:9 Constant(1)@1:6-1:7 Constant(2)@1:8-1:9 Starred@1:11-1:13 Name(b)@1:12-1:13",
    ),
    (
        "x = a[1,]",
        "Assign@1:0-1:9 Name(x)@1:0-1:1 Subscript@1:4-1:9 Name(a)@1:4-1:5 Tuple@1:6-1:8 Constant(1)@1:6-1:7",
    ),
    ("x = ()", "Assign@1:0-1:6 Name(x)@1:0-1:1 Tuple@1:4-1:6"),
    (
        "x = (1,)",
        "Assign@1:0-1:8 Name(x)@1:0-1:1 Tuple@1:4-1:8 Constant(1)@1:5-1:6",
    ),
    ("x = (1)", "Assign@1:0-1:7 Name(x)@1:0-1:1 Constant(1)@1:5-1:6"),
    (
        "x = [1,]",
        "Assign@1:0-1:8 Name(x)@1:0-1:1 List@1:4-1:8 Constant(1)@1:5-1:6",
    ),
    (
        "x = {1,}",
        "Assign@1:0-1:8 Name(x)@1:0-1:1 Set@1:4-1:8 Constant(1)@1:5-1:6",
    ),
    ("x = {}", "Assign@1:0-1:6 Name(x)@1:0-1:1 Dict@1:4-1:6"),
    (
        "x = {1: 2,}",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 Dict@1:4-1:11 Constant(1)@1:5-1:6 Constant(2)@1:8-1:9",
    ),
    (
        "x = {**a, 'b': 1, **c}",
        "Assign@1:0-1:22 Name(x)@1:0-1:1 Dict@1:4-1:22 Constant(sb)@1:10-1:13 Name(a)@1:7-1:8 Constant(1)@1:15-1:16 Name(c)@1:20-1:21",
    ),
    (
        "x = {*a, b}",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 Set@1:4-1:11 Starred@1:5-1:7 Name(a)@1:6-1:7 Name(b)@1:9-1:10",
    ),
    (
        "x = [i for i in range(3) if i if i for j in x]",
        "Assign@1:0-1:46 Name(x)@1:0-1:1 ListComp@1:4-1:46 Name(i)@1:5-1:6 comprehension Name(i)@1:11-1:12 Call@1:16-1:24 Name(range)@1:16-1:21 Constant(3)@1:22-1:23 Name(i)@1:28-1:29 Name(i)@1:33-1:34 comprehension Name(j)@1:39-1:40 Name(x)@1:44-1:45",
    ),
    (
        "x = {a: b for a, b in c}",
        "Assign@1:0-1:24 Name(x)@1:0-1:1 DictComp@1:4-1:24 Name(a)@1:5-1:6 Name(b)@1:8-1:9 comprehension Tuple@1:14-1:18 Name(a)@1:14-1:15 Name(b)@1:17-1:18 Name(c)@1:22-1:23",
    ),
    (
        "x = {a for a in b}",
        "Assign@1:0-1:18 Name(x)@1:0-1:1 SetComp@1:4-1:18 Name(a)@1:5-1:6 comprehension Name(a)@1:11-1:12 Name(b)@1:16-1:17",
    ),
    (
        "x = (a for a in b)",
        "Assign@1:0-1:18 Name(x)@1:0-1:1 GeneratorExp@1:4-1:18 Name(a)@1:5-1:6 comprehension Name(a)@1:11-1:12 Name(b)@1:16-1:17",
    ),
    (
        "f(x for x in y)",
        "Expr@1:0-1:15 Call@1:0-1:15 Name(f)@1:0-1:1 GeneratorExp@1:1-1:15 Name(x)@1:2-1:3 comprehension Name(x)@1:8-1:9 Name(y)@1:13-1:14",
    ),
    (
        "f((x for x in y), 1)",
        "Expr@1:0-1:20 Call@1:0-1:20 Name(f)@1:0-1:1 GeneratorExp@1:2-1:16 Name(x)@1:3-1:4 comprehension Name(x)@1:9-1:10 Name(y)@1:14-1:15 Constant(1)@1:18-1:19",
    ),
    (
        "f(a, *b, c=1, **d)",
        "Expr@1:0-1:18 Call@1:0-1:18 Name(f)@1:0-1:1 Name(a)@1:2-1:3 Starred@1:5-1:7 Name(b)@1:6-1:7 keyword(c)@1:9-1:12 Constant(1)@1:11-1:12 keyword()@1:14-1:17 Name(d)@1:16-1:17",
    ),
    (
        "f(*a, b)",
        "Expr@1:0-1:8 Call@1:0-1:8 Name(f)@1:0-1:1 Starred@1:2-1:4 Name(a)@1:3-1:4 Name(b)@1:6-1:7",
    ),
    (
        "f(**a, b=1)",
        "Expr@1:0-1:11 Call@1:0-1:11 Name(f)@1:0-1:1 keyword()@1:2-1:5 Name(a)@1:4-1:5 keyword(b)@1:7-1:10 Constant(1)@1:9-1:10",
    ),
    (
        "f(a)(b)(c)",
        "Expr@1:0-1:10 Call@1:0-1:10 Call@1:0-1:7 Call@1:0-1:4 Name(f)@1:0-1:1 Name(a)@1:2-1:3 Name(b)@1:5-1:6 Name(c)@1:8-1:9",
    ),
    ("x = 'a' 'b'", "Assign@1:0-1:11 Name(x)@1:0-1:1 Constant(sab)@1:4-1:11"),
    (
        "x = 'a' f'{c}' 'd'",
        "Assign@1:0-1:18 Name(x)@1:0-1:1 JoinedStr@1:4-1:18 Constant(sa)@1:4-1:18 FormattedValue(-1)@1:4-1:18 Name(c)@1:11-1:12 Constant(sd)@1:4-1:18",
    ),
    (
        "x = f'a{b}c{d!r:>{w}}'",
        "Assign@1:0-1:22 Name(x)@1:0-1:1 JoinedStr@1:4-1:22 Constant(sa)@1:4-1:22 FormattedValue(-1)@1:4-1:22 Name(b)@1:8-1:9 Constant(sc)@1:4-1:22 FormattedValue(114)@1:4-1:22 Name(d)@1:12-1:13 JoinedStr@1:4-1:22 Constant(s\\u3e)@1:4-1:22 FormattedValue(-1)@1:4-1:22 Name(w)@1:18-1:19",
    ),
    (
        "x = f'{x=}' f'{y = !s}' 'z'",
        "Assign@1:0-1:27 Name(x)@1:0-1:1 JoinedStr@1:4-1:27 Constant(sx\\u3d)@1:4-1:27 FormattedValue(114)@1:4-1:27 Name(x)@1:7-1:8 Constant(sy \\u3d )@1:4-1:27 FormattedValue(115)@1:4-1:27 Name(y)@1:15-1:16 Constant(sz)@1:4-1:27",
    ),
    (
        "x = f'{x=:>5}'",
        "Assign@1:0-1:14 Name(x)@1:0-1:1 JoinedStr@1:4-1:14 Constant(sx\\u3d)@1:4-1:14 FormattedValue(-1)@1:4-1:14 Name(x)@1:7-1:8 JoinedStr@1:4-1:14 Constant(s\\u3e5)@1:4-1:14",
    ),
    (
        "x = f'{x:}'",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 JoinedStr@1:4-1:11 FormattedValue(-1)@1:4-1:11 Name(x)@1:7-1:8 JoinedStr@1:4-1:11",
    ),
    (
        "x = f'{x!a}'",
        "Assign@1:0-1:12 Name(x)@1:0-1:1 JoinedStr@1:4-1:12 FormattedValue(97)@1:4-1:12 Name(x)@1:7-1:8",
    ),
    (
        "x = f'{{a}}{b}}}'",
        "Assign@1:0-1:17 Name(x)@1:0-1:1 JoinedStr@1:4-1:17 Constant(s\\u7ba\\u7d)@1:4-1:17 FormattedValue(-1)@1:4-1:17 Name(b)@1:12-1:13 Constant(s\\u7d)@1:4-1:17",
    ),
    (
        "x = f'{3!r}'",
        "Assign@1:0-1:12 Name(x)@1:0-1:1 JoinedStr@1:4-1:12 FormattedValue(114)@1:4-1:12 Constant(3)@1:7-1:8",
    ),
    (
        "x = f'{a[\"b\"]}'",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 JoinedStr@1:4-1:15 FormattedValue(-1)@1:4-1:15 Subscript@1:7-1:13 Name(a)@1:7-1:8 Constant(sb)@1:9-1:12",
    ),
    (
        "x = f'{\"a\" if b else \"c\"}'",
        "Assign@1:0-1:26 Name(x)@1:0-1:1 JoinedStr@1:4-1:26 FormattedValue(-1)@1:4-1:26 IfExp@1:7-1:24 Name(b)@1:14-1:15 Constant(sa)@1:7-1:10 Constant(sc)@1:21-1:24",
    ),
    (
        "x = f'{a:{b!r}}'",
        "Assign@1:0-1:16 Name(x)@1:0-1:1 JoinedStr@1:4-1:16 FormattedValue(-1)@1:4-1:16 Name(a)@1:7-1:8 JoinedStr@1:4-1:16 FormattedValue(114)@1:4-1:16 Name(b)@1:10-1:11",
    ),
    (
        "x = f'{ a }'",
        "Assign@1:0-1:12 Name(x)@1:0-1:1 JoinedStr@1:4-1:12 FormattedValue(-1)@1:4-1:12 Name(a)@1:8-1:9",
    ),
    (
        "x = f'{a = !r:>{w}}'",
        "Assign@1:0-1:20 Name(x)@1:0-1:1 JoinedStr@1:4-1:20 Constant(sa \\u3d )@1:4-1:20 FormattedValue(114)@1:4-1:20 Name(a)@1:7-1:8 JoinedStr@1:4-1:20 Constant(s\\u3e)@1:4-1:20 FormattedValue(-1)@1:4-1:20 Name(w)@1:16-1:17",
    ),
    (
        "x = f'{a, b}'",
        "Assign@1:0-1:13 Name(x)@1:0-1:1 JoinedStr@1:4-1:13 FormattedValue(-1)@1:4-1:13 Tuple@1:6-1:12 Name(a)@1:7-1:8 Name(b)@1:10-1:11",
    ),
    (
        "x = f'{x for x in y}'",
        "Assign@1:0-1:21 Name(x)@1:0-1:1 JoinedStr@1:4-1:21 FormattedValue(-1)@1:4-1:21 GeneratorExp@1:6-1:20 Name(x)@1:7-1:8 comprehension Name(x)@1:13-1:14 Name(y)@1:18-1:19",
    ),
    (
        "x = f'''{\na\n+b}'''",
        "Assign@1:0-3:6 Name(x)@1:0-1:1 JoinedStr@1:4-3:6 FormattedValue(-1)@1:4-3:6 BinOp@2:0-3:2 Name(a)@2:0-2:1 Add Name(b)@3:1-3:2",
    ),
    (
        "x = f'{a}' '{b}'",
        "Assign@1:0-1:16 Name(x)@1:0-1:1 JoinedStr@1:4-1:16 FormattedValue(-1)@1:4-1:16 Name(a)@1:7-1:8 Constant(s\\u7bb\\u7d)@1:4-1:16",
    ),
    (
        "x = rf'\\n{a}\\t'",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 JoinedStr@1:4-1:15 Constant(s\\u5cn)@1:4-1:15 FormattedValue(-1)@1:4-1:15 Name(a)@1:10-1:11 Constant(s\\u5ct)@1:4-1:15",
    ),
    (
        "x = f'\\n{a}\\t'",
        "Assign@1:0-1:14 Name(x)@1:0-1:1 JoinedStr@1:4-1:14 Constant(s\\ua)@1:4-1:14 FormattedValue(-1)@1:4-1:14 Name(a)@1:9-1:10 Constant(s\\u9)@1:4-1:14",
    ),
    (
        "x = b'a' b'\\x00\\xff\\n' rb'\\d'",
        "Assign@1:0-1:29 Name(x)@1:0-1:1 Constant(b6100ff0a5c64)@1:4-1:29",
    ),
    (
        "x = 'a\\nb\\tc\\\\d\\'e\\\"f\\a\\b\\f\\v\\0\\101\\x41\\u00e9\\U0001F600'",
        "Assign@1:0-1:56 Name(x)@1:0-1:1 Constant(sa\\uab\\u9c\\u5cd\\u27e\\u22f\\u7\\u8\\uc\\ub\\u0AAé\\u1f600)@1:4-1:56",
    ),
    (
        "x = r'\\n\\x'",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 Constant(s\\u5cn\\u5cx)@1:4-1:11",
    ),
    ("x = 'a\\\nb'", "Assign@1:0-2:2 Name(x)@1:0-1:1 Constant(sab)@1:4-2:2"),
    (
        "x = \"\"\"a\nb\"\"\"",
        "Assign@1:0-2:4 Name(x)@1:0-1:1 Constant(sa\\uab)@1:4-2:4",
    ),
    ("x = u'abc'", "Assign@1:0-1:10 Name(x)@1:0-1:1 Constant(sabc)@1:4-1:10"),
    (
        "x = 'é' + \"ü\"",
        "Assign@1:0-1:13 Name(x)@1:0-1:1 BinOp@1:4-1:13 Constant(sé)@1:4-1:7 Add Constant(sü)@1:10-1:13",
    ),
    (
        "x = '\\d\\w'",
        "Assign@1:0-1:10 Name(x)@1:0-1:1 Constant(s\\u5cd\\u5cw)@1:4-1:10",
    ),
    (
        "x = 0x_ff + 0o17 + 0b1_01 + 1_000",
        "Assign@1:0-1:33 Name(x)@1:0-1:1 BinOp@1:4-1:33 BinOp@1:4-1:25 BinOp@1:4-1:16 Constant(255)@1:4-1:9 Add Constant(15)@1:12-1:16 Add Constant(5)@1:19-1:25 Add Constant(1000)@1:28-1:33",
    ),
    ("x = 0", "Assign@1:0-1:5 Name(x)@1:0-1:1 Constant(0)@1:4-1:5"),
    ("x = 00", "Assign@1:0-1:6 Name(x)@1:0-1:1 Constant(0)@1:4-1:6"),
    (
        "x = 123456789012345678901234567890123456789012345678901234567890",
        "Assign@1:0-1:64 Name(x)@1:0-1:1 Constant(big123456789012345678901234567890123456789012345678901234567890)@1:4-1:64",
    ),
    (
        "x = 1.5 + 1. + .5 + 1e10 + 1_000.5e-3 + 1E+5",
        "Assign@1:0-1:44 Name(x)@1:0-1:1 BinOp@1:4-1:44 BinOp@1:4-1:37 BinOp@1:4-1:24 BinOp@1:4-1:17 BinOp@1:4-1:12 Constant(f4609434218613702656)@1:4-1:7 Add Constant(f4607182418800017408)@1:10-1:12 Add Constant(f4602678819172646912)@1:15-1:17 Add Constant(f4756540486875873280)@1:20-1:24 Add Constant(f4607184670599831093)@1:27-1:37 Add Constant(f4681608360884174848)@1:40-1:44",
    ),
    (
        "x = 1j + 1.5J + 1e3j",
        "Assign@1:0-1:20 Name(x)@1:0-1:1 BinOp@1:4-1:20 BinOp@1:4-1:13 Constant(j4607182418800017408)@1:4-1:6 Add Constant(j4609434218613702656)@1:9-1:13 Add Constant(j4652007308841189376)@1:16-1:20",
    ),
    (
        "x = 1if 1 else 2",
        "Assign@1:0-1:16 Name(x)@1:0-1:1 IfExp@1:4-1:16 Constant(1)@1:8-1:9 Constant(1)@1:4-1:5 Constant(2)@1:15-1:16",
    ),
    (
        "x = 1 .real",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 Attribute(real)@1:4-1:11 Constant(1)@1:4-1:5",
    ),
    ("x = ...", "Assign@1:0-1:7 Name(x)@1:0-1:1 Constant(Ellipsis)@1:4-1:7"),
    (
        "x = None, True, False",
        "Assign@1:0-1:21 Name(x)@1:0-1:1 Tuple@1:4-1:21 Constant(None)@1:4-1:8 Constant(True)@1:10-1:14 Constant(False)@1:16-1:21",
    ),
    (
        "del a, b[0], c.x",
        "Delete@1:0-1:16 Name(a)@1:4-1:5 Subscript@1:7-1:11 Name(b)@1:7-1:8 Constant(0)@1:9-1:10 Attribute(x)@1:13-1:16 Name(c)@1:13-1:14",
    ),
    (
        "del (a, b), [c]",
        "Delete@1:0-1:15 Tuple@1:4-1:10 Name(a)@1:5-1:6 Name(b)@1:8-1:9 List@1:12-1:15 Name(c)@1:13-1:14",
    ),
    ("del (a)", "Delete@1:0-1:7 Name(a)@1:5-1:6"),
    ("del a,", "Delete@1:0-1:6 Name(a)@1:4-1:5"),
    (
        "import a.b.c as d, e",
        "Import@1:0-1:20 alias(a.b.c as d)@1:7-1:17 alias(e as )@1:19-1:20",
    ),
    (
        "from .a.b import c as d, e",
        "ImportFrom(a.b,1)@1:0-1:26 alias(c as d)@1:17-1:23 alias(e as )@1:25-1:26",
    ),
    (
        "from . import (a, b,)",
        "ImportFrom(,1)@1:0-1:21 alias(a as )@1:15-1:16 alias(b as )@1:18-1:19",
    ),
    ("from .. import *", "ImportFrom(,2)@1:0-1:16 alias(* as )@1:15-1:16"),
    ("from ... import x", "ImportFrom(,3)@1:0-1:17 alias(x as )@1:16-1:17"),
    ("from .... import x", "ImportFrom(,4)@1:0-1:18 alias(x as )@1:17-1:18"),
    ("from x import y", "ImportFrom(x,0)@1:0-1:15 alias(y as )@1:14-1:15"),
    ("global a, b", "Global(a,b)@1:0-1:11"),
    (
        "def f():\n    nonlocal a",
        "FunctionDef(f)@1:0-2:14 Nonlocal(a)@2:4-2:14",
    ),
    ("raise", "Raise@1:0-1:5"),
    ("raise E", "Raise@1:0-1:7 Name(E)@1:6-1:7"),
    ("raise E from C", "Raise@1:0-1:14 Name(E)@1:6-1:7 Name(C)@1:13-1:14"),
    ("assert x", "Assert@1:0-1:8 Name(x)@1:7-1:8"),
    (
        "assert x, 'msg'",
        "Assert@1:0-1:15 Name(x)@1:7-1:8 Constant(smsg)@1:10-1:15",
    ),
    (
        "pass; break; continue",
        "Pass@1:0-1:4 Break@1:6-1:11 Continue@1:13-1:21",
    ),
    ("return", "Return@1:0-1:6"),
    (
        "return 1, 2",
        "Return@1:0-1:11 Tuple@1:7-1:11 Constant(1)@1:7-1:8 Constant(2)@1:10-1:11",
    ),
    (
        "return *a, b",
        "Return@1:0-1:12 Tuple@1:7-1:12 Starred@1:7-1:9 Name(a)@1:8-1:9 Name(b)@1:11-1:12",
    ),
    ("x = yield", "Assign@1:0-1:9 Name(x)@1:0-1:1 Yield@1:4-1:9"),
    (
        "x = yield 1, 2",
        "Assign@1:0-1:14 Name(x)@1:0-1:1 Yield@1:4-1:14 Tuple@1:10-1:14 Constant(1)@1:10-1:11 Constant(2)@1:13-1:14",
    ),
    (
        "x = yield from y",
        "Assign@1:0-1:16 Name(x)@1:0-1:1 YieldFrom@1:4-1:16 Name(y)@1:15-1:16",
    ),
    ("x = (yield)", "Assign@1:0-1:11 Name(x)@1:0-1:1 Yield@1:5-1:10"),
    ("await x", "Expr@1:0-1:7 Await@1:0-1:7 Name(x)@1:6-1:7"),
    (
        "x = [x async for x in y]",
        "Assign@1:0-1:24 Name(x)@1:0-1:1 ListComp@1:4-1:24 Name(x)@1:5-1:6 comprehension(async) Name(x)@1:17-1:18 Name(y)@1:22-1:23",
    ),
    (
        "if a:\n  pass\nelif b:\n  pass\nelse:\n  pass",
        "If@1:0-6:6 Name(a)@1:3-1:4 Pass@2:2-2:6 If@3:0-6:6 Name(b)@3:5-3:6 Pass@4:2-4:6 Pass@6:2-6:6",
    ),
    (
        "if a: b; c",
        "If@1:0-1:10 Name(a)@1:3-1:4 Expr@1:6-1:7 Name(b)@1:6-1:7 Expr@1:9-1:10 Name(c)@1:9-1:10",
    ),
    (
        "if x:\n    if y:\n        pass\n    else:\n        z = 1",
        "If@1:0-5:13 Name(x)@1:3-1:4 If@2:4-5:13 Name(y)@2:7-2:8 Pass@3:8-3:12 Assign@5:8-5:13 Name(z)@5:8-5:9 Constant(1)@5:12-5:13",
    ),
    (
        "while x:\n    break\nelse:\n    pass",
        "While@1:0-4:8 Name(x)@1:6-1:7 Break@2:4-2:9 Pass@4:4-4:8",
    ),
    (
        "for i in range(10):\n    continue\nelse:\n    pass",
        "For@1:0-4:8 Name(i)@1:4-1:5 Call@1:9-1:18 Name(range)@1:9-1:14 Constant(10)@1:15-1:17 Continue@2:4-2:12 Pass@4:4-4:8",
    ),
    (
        "for x in 1, 2: pass",
        "For@1:0-1:19 Name(x)@1:4-1:5 Tuple@1:9-1:13 Constant(1)@1:9-1:10 Constant(2)@1:12-1:13 Pass@1:15-1:19",
    ),
    (
        "for [a, (b, c)] in d: pass",
        "For@1:0-1:26 List@1:4-1:15 Name(a)@1:5-1:6 Tuple@1:8-1:14 Name(b)@1:9-1:10 Name(c)@1:12-1:13 Name(d)@1:19-1:20 Pass@1:22-1:26",
    ),
    (
        "for *a, b in c: pass",
        "For@1:0-1:20 Tuple@1:4-1:9 Starred@1:4-1:6 Name(a)@1:5-1:6 Name(b)@1:8-1:9 Name(c)@1:13-1:14 Pass@1:16-1:20",
    ),
    (
        "try:\n  pass\nexcept E as e:\n  pass\nelse:\n  pass\nfinally:\n  pass",
        "Try@1:0-8:6 Pass@2:2-2:6 ExceptHandler(e)@3:0-4:6 Name(E)@3:7-3:8 Pass@4:2-4:6 Pass@6:2-6:6 Pass@8:2-8:6",
    ),
    (
        "try:\n  pass\nexcept:\n  pass",
        "Try@1:0-4:6 Pass@2:2-2:6 ExceptHandler()@3:0-4:6 Pass@4:2-4:6",
    ),
    (
        "try:\n  pass\nfinally:\n  pass",
        "Try@1:0-4:6 Pass@2:2-2:6 Pass@4:2-4:6",
    ),
    (
        "try:\n pass\nexcept* E:\n pass",
        "TryStar@1:0-4:5 Pass@2:1-2:5 ExceptHandler()@3:0-4:5 Name(E)@3:8-3:9 Pass@4:1-4:5",
    ),
    (
        "try:\n pass\nexcept (E, F) as e:\n pass",
        "Try@1:0-4:5 Pass@2:1-2:5 ExceptHandler(e)@3:0-4:5 Tuple@3:7-3:13 Name(E)@3:8-3:9 Name(F)@3:11-3:12 Pass@4:1-4:5",
    ),
    (
        "with a as b, c:\n  pass",
        "With@1:0-2:6 Name(a)@1:5-1:6 Name(b)@1:10-1:11 Name(c)@1:13-1:14 Pass@2:2-2:6",
    ),
    (
        "with (a as b, c as d):\n  pass",
        "With@1:0-2:6 Name(a)@1:6-1:7 Name(b)@1:11-1:12 Name(c)@1:14-1:15 Name(d)@1:19-1:20 Pass@2:2-2:6",
    ),
    (
        "with (a, b):\n  pass",
        "With@1:0-2:6 Name(a)@1:6-1:7 Name(b)@1:9-1:10 Pass@2:2-2:6",
    ),
    (
        "with (a, b) as c:\n  pass",
        "With@1:0-2:6 Tuple@1:5-1:11 Name(a)@1:6-1:7 Name(b)@1:9-1:10 Name(c)@1:15-1:16 Pass@2:2-2:6",
    ),
    ("with (a):\n  pass", "With@1:0-2:6 Name(a)@1:6-1:7 Pass@2:2-2:6"),
    (
        "with (a) as b, c:\n  pass",
        "With@1:0-2:6 Name(a)@1:6-1:7 Name(b)@1:12-1:13 Name(c)@1:15-1:16 Pass@2:2-2:6",
    ),
    (
        "with a as (b, c): pass",
        "With@1:0-1:22 Name(a)@1:5-1:6 Tuple@1:10-1:16 Name(b)@1:11-1:12 Name(c)@1:14-1:15 Pass@1:18-1:22",
    ),
    (
        "with a as b.c: pass",
        "With@1:0-1:19 Name(a)@1:5-1:6 Attribute(c)@1:10-1:13 Name(b)@1:10-1:11 Pass@1:15-1:19",
    ),
    (
        "@d\ndef f(a, *b, c=1, **d):\n    pass",
        "FunctionDef(f)@2:0-3:8 arg(a)@2:6-2:7 arg(b)@2:10-2:11 arg(c)@2:13-2:14 Constant(1)@2:15-2:16 arg(d)@2:20-2:21 Pass@3:4-3:8 Name(d)@1:1-1:2",
    ),
    (
        "@a.b(c)\n@d\ndef f(a: int = 1, *args: str, b, c=2, **kw: float) -> None: pass",
        "FunctionDef(f)@3:0-3:64 arg(a)@3:6-3:12 Name(int)@3:9-3:12 arg(args)@3:19-3:28 Name(str)@3:25-3:28 arg(b)@3:30-3:31 arg(c)@3:33-3:34 Constant(2)@3:35-3:36 arg(kw)@3:40-3:49 Name(float)@3:44-3:49 Constant(1)@3:15-3:16 Pass@3:60-3:64 Call@1:1-1:7 Attribute(b)@1:1-1:4 Name(a)@1:1-1:2 Name(c)@1:5-1:6 Name(d)@2:1-2:2 Constant(None)@3:54-3:58",
    ),
    (
        "def f(a, b=1, /, c=2, *, d, e=3): pass",
        "FunctionDef(f)@1:0-1:38 arg(a)@1:6-1:7 arg(b)@1:9-1:10 arg(c)@1:17-1:18 arg(d)@1:25-1:26 arg(e)@1:28-1:29 Constant(3)@1:30-1:31 Constant(1)@1:11-1:12 Constant(2)@1:19-1:20 Pass@1:34-1:38",
    ),
    (
        "def f(a, /): pass",
        "FunctionDef(f)@1:0-1:17 arg(a)@1:6-1:7 Pass@1:13-1:17",
    ),
    (
        "def f(*, a): pass",
        "FunctionDef(f)@1:0-1:17 arg(a)@1:9-1:10 Pass@1:13-1:17",
    ),
    (
        "def f(a=lambda x: x, *b): return b",
        "FunctionDef(f)@1:0-1:34 arg(a)@1:6-1:7 arg(b)@1:22-1:23 Lambda@1:8-1:19 arg(x)@1:15-1:16 Name(x)@1:18-1:19 Return@1:26-1:34 Name(b)@1:33-1:34",
    ),
    (
        "async def f():\n    await x",
        "AsyncFunctionDef(f)@1:0-2:11 Expr@2:4-2:11 Await@2:4-2:11 Name(x)@2:10-2:11",
    ),
    (
        "@dec\nasync def f(): pass",
        "AsyncFunctionDef(f)@2:0-2:19 Pass@2:15-2:19 Name(dec)@1:1-1:4",
    ),
    ("class A: pass", "ClassDef(A)@1:0-1:13 Pass@1:9-1:13"),
    (
        "class A(B, metaclass=M):\n  x = 1",
        "ClassDef(A)@1:0-2:7 Name(B)@1:8-1:9 keyword(metaclass)@1:11-1:22 Name(M)@1:21-1:22 Assign@2:2-2:7 Name(x)@2:2-2:3 Constant(1)@2:6-2:7",
    ),
    ("class A(): pass", "ClassDef(A)@1:0-1:15 Pass@1:11-1:15"),
    (
        "@d\nclass A(*b, **k): pass",
        "ClassDef(A)@2:0-2:22 Starred@2:8-2:10 Name(b)@2:9-2:10 keyword()@2:12-2:15 Name(k)@2:14-2:15 Pass@2:18-2:22 Name(d)@1:1-1:2",
    ),
    (
        "x = 1  # comment\n# another\ny = 2",
        "Assign@1:0-1:5 Name(x)@1:0-1:1 Constant(1)@1:4-1:5 Assign@3:0-3:5 Name(y)@3:0-3:1 Constant(2)@3:4-3:5",
    ),
    (
        "if 1:\n  x\n\n    # comment\n\n  y",
        "If@1:0-6:3 Constant(1)@1:3-1:4 Expr@2:2-2:3 Name(x)@2:2-2:3 Expr@6:2-6:3 Name(y)@6:2-6:3",
    ),
    (
        "x = [\n  1,\n    2,\n]",
        "Assign@1:0-4:1 Name(x)@1:0-1:1 List@1:4-4:1 Constant(1)@2:2-2:3 Constant(2)@3:4-3:5",
    ),
    (
        "x = 1 + \\\n    2",
        "Assign@1:0-2:5 Name(x)@1:0-1:1 BinOp@1:4-2:5 Constant(1)@1:4-1:5 Add Constant(2)@2:4-2:5",
    ),
    (
        "if True:\n\tx = 1\n\tif x:\n\t\ty = 2",
        "If@1:0-4:7 Constant(True)@1:3-1:7 Assign@2:1-2:6 Name(x)@2:1-2:2 Constant(1)@2:5-2:6 If@3:1-4:7 Name(x)@3:4-3:5 Assign@4:2-4:7 Name(y)@4:2-4:3 Constant(2)@4:6-4:7",
    ),
    ("match = 1", "Assign@1:0-1:9 Name(match)@1:0-1:5 Constant(1)@1:8-1:9"),
    (
        "match(x)",
        "Expr@1:0-1:8 Call@1:0-1:8 Name(match)@1:0-1:5 Name(x)@1:6-1:7",
    ),
    (
        "case = _ = 1",
        "Assign@1:0-1:12 Name(case)@1:0-1:4 Name(_)@1:7-1:8 Constant(1)@1:11-1:12",
    ),
    (
        "print(*a)",
        "Expr@1:0-1:9 Call@1:0-1:9 Name(print)@1:0-1:5 Starred@1:6-1:8 Name(a)@1:7-1:8",
    ),
    (
        "print >> sys.stderr",
        "Expr@1:0-1:19 BinOp@1:0-1:19 Name(print)@1:0-1:5 RShift Attribute(stderr)@1:9-1:19 Name(sys)@1:9-1:12",
    ),
    (
        "x = a if b else lambda: c",
        "Assign@1:0-1:25 Name(x)@1:0-1:1 IfExp@1:4-1:25 Name(b)@1:9-1:10 Name(a)@1:4-1:5 Lambda@1:16-1:25 Name(c)@1:24-1:25",
    ),
    (
        "x = *a, *b",
        "Assign@1:0-1:10 Name(x)@1:0-1:1 Tuple@1:4-1:10 Starred@1:4-1:6 Name(a)@1:5-1:6 Starred@1:8-1:10 Name(b)@1:9-1:10",
    ),
    (
        "x = é + été",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 BinOp@1:4-1:11 Name(é)@1:4-1:5 Add Name(été)@1:8-1:11",
    ),
    ("x = a·b", "Assign@1:0-1:7 Name(x)@1:0-1:1 Name(a·b)@1:4-1:7"),
    ("def é(): pass", "FunctionDef(é)@1:0-1:13 Pass@1:9-1:13"),
    (
        "x = 'é' ; y = f'{é}é'",
        "Assign@1:0-1:7 Name(x)@1:0-1:1 Constant(sé)@1:4-1:7 Assign@1:10-1:21 Name(y)@1:10-1:11 JoinedStr@1:14-1:21 FormattedValue(-1)@1:14-1:21 Name(é)@1:17-1:18 Constant(sé)@1:14-1:21",
    ),
    ("x = '\\777'", "Assign@1:0-1:10 Name(x)@1:0-1:1 Constant(sǿ)@1:4-1:10"),
    (
        "x = '''a''' \"\"\"b\"\"\"",
        "Assign@1:0-1:19 Name(x)@1:0-1:1 Constant(sab)@1:4-1:19",
    ),
    ("x = '' f'' \"\"", "Assign@1:0-1:13 Name(x)@1:0-1:1 JoinedStr@1:4-1:13"),
    ("x = f''", "Assign@1:0-1:7 Name(x)@1:0-1:1 JoinedStr@1:4-1:7"),
    (
        "x = {**a}",
        "Assign@1:0-1:9 Name(x)@1:0-1:1 Dict@1:4-1:9 Name(a)@1:7-1:8",
    ),
    (
        "x = not not a",
        "Assign@1:0-1:13 Name(x)@1:0-1:1 UnaryOp@1:4-1:13 Not UnaryOp@1:8-1:13 Not Name(a)@1:12-1:13",
    ),
    (
        "x = - - a",
        "Assign@1:0-1:9 Name(x)@1:0-1:1 UnaryOp@1:4-1:9 USub UnaryOp@1:6-1:9 USub Name(a)@1:8-1:9",
    ),
    (
        "x = a ** b ** c",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 BinOp@1:4-1:15 Name(a)@1:4-1:5 Pow BinOp@1:9-1:15 Name(b)@1:9-1:10 Pow Name(c)@1:14-1:15",
    ),
    (
        "x = a - b - c",
        "Assign@1:0-1:13 Name(x)@1:0-1:1 BinOp@1:4-1:13 BinOp@1:4-1:9 Name(a)@1:4-1:5 Sub Name(b)@1:8-1:9 Sub Name(c)@1:12-1:13",
    ),
    (
        "x = a < b",
        "Assign@1:0-1:9 Name(x)@1:0-1:1 Compare@1:4-1:9 Name(a)@1:4-1:5 Lt Name(b)@1:8-1:9",
    ),
    (
        "x = (a < b) < c",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 Compare@1:4-1:15 Compare@1:5-1:10 Name(a)@1:5-1:6 Lt Name(b)@1:9-1:10 Lt Name(c)@1:14-1:15",
    ),
    (
        "x = a is b",
        "Assign@1:0-1:10 Name(x)@1:0-1:1 Compare@1:4-1:10 Name(a)@1:4-1:5 Is Name(b)@1:9-1:10",
    ),
    (
        "x = a in b",
        "Assign@1:0-1:10 Name(x)@1:0-1:1 Compare@1:4-1:10 Name(a)@1:4-1:5 In Name(b)@1:9-1:10",
    ),
    (
        "x = a or b or c and d and e",
        "Assign@1:0-1:27 Name(x)@1:0-1:1 BoolOp@1:4-1:27 Or Name(a)@1:4-1:5 Name(b)@1:9-1:10 BoolOp@1:14-1:27 And Name(c)@1:14-1:15 Name(d)@1:20-1:21 Name(e)@1:26-1:27",
    ),
    (
        "x = (a or b) or c",
        "Assign@1:0-1:17 Name(x)@1:0-1:1 BoolOp@1:4-1:17 Or BoolOp@1:5-1:11 Or Name(a)@1:5-1:6 Name(b)@1:10-1:11 Name(c)@1:16-1:17",
    ),
    (
        "x = [*range(3), *[4]]",
        "Assign@1:0-1:21 Name(x)@1:0-1:1 List@1:4-1:21 Starred@1:5-1:14 Call@1:6-1:14 Name(range)@1:6-1:11 Constant(3)@1:12-1:13 Starred@1:16-1:20 List@1:17-1:20 Constant(4)@1:18-1:19",
    ),
    (
        "f(*a, *b, **c, **d)",
        "Expr@1:0-1:19 Call@1:0-1:19 Name(f)@1:0-1:1 Starred@1:2-1:4 Name(a)@1:3-1:4 Starred@1:6-1:8 Name(b)@1:7-1:8 keyword()@1:10-1:13 Name(c)@1:12-1:13 keyword()@1:15-1:18 Name(d)@1:17-1:18",
    ),
    (
        "f(a=1, *b)",
        "Expr@1:0-1:10 Call@1:0-1:10 Name(f)@1:0-1:1 Starred@1:7-1:9 Name(b)@1:8-1:9 keyword(a)@1:2-1:5 Constant(1)@1:4-1:5",
    ),
    (
        "f(a, b,)",
        "Expr@1:0-1:8 Call@1:0-1:8 Name(f)@1:0-1:1 Name(a)@1:2-1:3 Name(b)@1:5-1:6",
    ),
    (
        "x = a[b][c]",
        "Assign@1:0-1:11 Name(x)@1:0-1:1 Subscript@1:4-1:11 Subscript@1:4-1:8 Name(a)@1:4-1:5 Name(b)@1:6-1:7 Name(c)@1:9-1:10",
    ),
    (
        "x = a.b[c].d(e)",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 Call@1:4-1:15 Attribute(d)@1:4-1:12 Subscript@1:4-1:10 Attribute(b)@1:4-1:7 Name(a)@1:4-1:5 Name(c)@1:8-1:9 Name(e)@1:13-1:14",
    ),
    ("lambda: (yield)", "Expr@1:0-1:15 Lambda@1:0-1:15 Yield@1:9-1:14"),
    (
        "x = [lambda: i for i in range(3)]",
        "Assign@1:0-1:33 Name(x)@1:0-1:1 ListComp@1:4-1:33 Lambda@1:5-1:14 Name(i)@1:13-1:14 comprehension Name(i)@1:19-1:20 Call@1:24-1:32 Name(range)@1:24-1:29 Constant(3)@1:30-1:31",
    ),
    (
        "x = [i for i in range(3) if (j := i)]",
        "Assign@1:0-1:37 Name(x)@1:0-1:1 ListComp@1:4-1:37 Name(i)@1:5-1:6 comprehension Name(i)@1:11-1:12 Call@1:16-1:24 Name(range)@1:16-1:21 Constant(3)@1:22-1:23 NamedExpr(j)@1:29-1:35 Name(i)@1:34-1:35",
    ),
    (
        "x = {(a, b): c}",
        "Assign@1:0-1:15 Name(x)@1:0-1:1 Dict@1:4-1:15 Tuple@1:5-1:11 Name(a)@1:6-1:7 Name(b)@1:9-1:10 Name(c)@1:13-1:14",
    ),
    (
        "x = {a: b, **c, d: e}",
        "Assign@1:0-1:21 Name(x)@1:0-1:1 Dict@1:4-1:21 Name(a)@1:5-1:6 Name(d)@1:16-1:17 Name(b)@1:8-1:9 Name(c)@1:13-1:14 Name(e)@1:19-1:20",
    ),
    (
        "x = (1, 2, *a)",
        "Assign@1:0-1:14 Name(x)@1:0-1:1 Tuple@1:4-1:14 Constant(1)@1:5-1:6 Constant(2)@1:8-1:9 Starred@1:11-1:13 Name(a)@1:12-1:13",
    ),
    (
        "a[b] += 1",
        "AugAssign@1:0-1:9 Subscript@1:0-1:4 Name(a)@1:0-1:1 Name(b)@1:2-1:3 Add Constant(1)@1:8-1:9",
    ),
    (
        "a.b -= 1",
        "AugAssign@1:0-1:8 Attribute(b)@1:0-1:3 Name(a)@1:0-1:1 Sub Constant(1)@1:7-1:8",
    ),
    ("x = 1;", "Assign@1:0-1:5 Name(x)@1:0-1:1 Constant(1)@1:4-1:5"),
    (
        "x = \"\"\"\n\"\"\"",
        "Assign@1:0-2:3 Name(x)@1:0-1:1 Constant(s\\ua)@1:4-2:3",
    ),
    ("# only a comment", ""),
    ("    \nx = 1\n", "Assign@2:0-2:5 Name(x)@2:0-2:1 Constant(1)@2:4-2:5"),
];

#[test]
fn ast_matches_cpython() {
    check_all(AST_CASES);
}
