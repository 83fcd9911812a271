//! `match` statements: the grammar's errors with CPython 3.11's messages and positions (from
//! `compile()` under CPython 3.11, offsets turned 0-based), and the shape of parsed patterns.

use super::ast::*;
use super::parser::parse_module;
use super::tests::check_all;

/// (source, "Err:<class>:<message>:<line>:<col>")
const PATTERN_ERRORS: &[(&str, &str)] = &[
    ("match x:\n    case _.x: pass\n", "Err:SyntaxError:invalid syntax:2:10"),
    ("match x:\n    case _(): pass\n", "Err:SyntaxError:invalid syntax:2:10"),
    (
        "match x:\n    case {**rest, 'a': 1}: pass\n",
        "Err:SyntaxError:invalid syntax:2:18",
    ),
    (
        "match x:\n    case {'a': 1, **_}: pass\n",
        "Err:SyntaxError:invalid syntax:2:20",
    ),
    (
        "match x:\n    case 1 as _: pass\n",
        "Err:SyntaxError:cannot use '_' as a target:2:14",
    ),
    (
        "match x:\n    case 1 as 2: pass\n",
        "Err:SyntaxError:invalid pattern target:2:14",
    ),
    (
        "match x:\n    case C(a=1, b, c=2, d): pass\n",
        "Err:SyntaxError:positional patterns follow keyword patterns:2:16",
    ),
    (
        "match x:\n    case 1j+1: pass\n",
        "Err:SyntaxError:real number required in complex literal:2:9",
    ),
    (
        "match x:\n    case 1+1: pass\n",
        "Err:SyntaxError:imaginary number required in complex literal:2:11",
    ),
    ("match x\n    case 1: pass\n", "Err:SyntaxError:expected ':':1:7"),
    (
        "match x:\ncase 1: pass\n",
        "Err:IndentationError:expected an indented block after 'match' statement on line 1:2:0",
    ),
    ("match x:\n    case 1\n", "Err:SyntaxError:expected ':':2:10"),
    (
        "match x:\n    case 1:\n    pass\n",
        "Err:IndentationError:expected an indented block after 'case' statement on line 2:3:4",
    ),
    ("match x:\n    case *a: pass\n", "Err:SyntaxError:invalid syntax:2:11"),
    (
        "match x:\n    case {a: 1}: pass\n",
        "Err:SyntaxError:invalid syntax:2:11",
    ),
    ("match x:\n    case -x: pass\n", "Err:SyntaxError:invalid syntax:2:10"),
    (
        "match x:\n    case x as y as z: pass\n",
        "Err:SyntaxError:invalid syntax:2:16",
    ),
    ("match x:\n    pass\n", "Err:SyntaxError:invalid syntax:2:4"),
    ("match x y:\n    case 1: pass\n", "Err:SyntaxError:invalid syntax:1:8"),
    ("match {1}\n", "Err:SyntaxError:expected ':':1:9"),
    ("match:\n    case 1: pass\n", "Err:SyntaxError:invalid syntax:1:6"),
    (
        "match x:\n    case 1: pass\n    else: pass\n",
        "Err:SyntaxError:invalid syntax:3:4",
    ),
    ("match x:\n    case 1 2: pass\n", "Err:SyntaxError:invalid syntax:2:11"),
    ("match x:\n    case: pass\n", "Err:SyntaxError:invalid syntax:2:8"),
    ("match x:\n    case 1 if: pass\n", "Err:SyntaxError:invalid syntax:2:13"),
    (
        "match x:\n    case [1, 2: pass\n",
        "Err:SyntaxError:invalid syntax:2:14",
    ),
    (
        "match x:\n    case C(1, *a): pass\n",
        "Err:SyntaxError:invalid syntax:2:14",
    ),
    ("match x:\n    case 1 | : pass\n", "Err:SyntaxError:invalid syntax:2:13"),
    (
        "match x:\n    case a.b = 1: pass\n",
        "Err:SyntaxError:invalid syntax:2:13",
    ),
    ("match x:\n    case -(1): pass\n", "Err:SyntaxError:invalid syntax:2:10"),
    ("match x:\n    case 1 +: pass\n", "Err:SyntaxError:invalid syntax:2:12"),
    (
        "match x:\n    case {'a': 1, 'b'}: pass\n",
        "Err:SyntaxError:invalid syntax:2:21",
    ),
    (
        "match x:\n    case a.b(): pass\n    case a.b: pass\n    case {a.b: 1}: pass\n    case {**_}: pass\n",
        "Err:SyntaxError:invalid syntax:5:12",
    ),
    (
        "match x:\n    case b'a' 'b': pass\n",
        "Err:SyntaxError:cannot mix bytes and nonbytes literals:2:17",
    ),
];

#[test]
fn pattern_errors_match_cpython() {
    check_all(PATTERN_ERRORS);
}

fn only_stmt(src: &str) -> Stmt {
    let m = parse_module(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    assert_eq!(m.body.len(), 1, "{src:?}");
    m.body.into_iter().next().expect("one statement")
}

fn first_pattern(src: &str) -> Pattern {
    match only_stmt(src).kind {
        StmtKind::Match { mut cases, .. } => cases.remove(0).pattern,
        other => panic!("not a match statement: {other:?}"),
    }
}

#[test]
fn soft_keywords_stay_names() {
    for src in [
        "match = 1\n",
        "match(x)\n",
        "match[x]\n",
        "match.x = 2\n",
        "case = 2\n",
        "match, case = 1, 2\n",
        "match * 2\n",
        "print(match, case)\n",
    ] {
        let s = only_stmt(src);
        assert!(!matches!(s.kind, StmtKind::Match { .. }), "{src:?}");
    }
    // A subject that looks like a call or subscript is still a match statement.
    for src in ["match (x):\n    case 1: pass\n", "match [x]:\n    case 1: pass\n"] {
        assert!(matches!(only_stmt(src).kind, StmtKind::Match { .. }), "{src:?}");
    }
}

#[test]
fn pattern_shapes() {
    let p = first_pattern("match x:\n    case a, *b:\n        pass\n");
    assert!(matches!(&p.kind, PatternKind::MatchSequence(items) if items.len() == 2));
    let p = first_pattern("match x:\n    case (1):\n        pass\n");
    assert!(
        matches!(p.kind, PatternKind::MatchValue(_)),
        "a group is its inner pattern"
    );
    let p = first_pattern("match x:\n    case (1,):\n        pass\n");
    assert!(matches!(&p.kind, PatternKind::MatchSequence(items) if items.len() == 1));
    let p = first_pattern("match x:\n    case {'k': v, **rest}:\n        pass\n");
    assert!(matches!(&p.kind, PatternKind::MatchMapping { keys, rest: Some(r), .. } if keys.len() == 1 && r == "rest"));
    let p = first_pattern("match x:\n    case P(1, y=2) | Q() as z:\n        pass\n");
    match &p.kind {
        PatternKind::MatchAs {
            pattern: Some(inner),
            name: Some(z),
        } => {
            assert_eq!(z, "z");
            assert!(matches!(&inner.kind, PatternKind::MatchOr(alts) if alts.len() == 2));
        }
        other => panic!("{other:?}"),
    }
    let p = first_pattern("match x:\n    case -1 | 1.5 | None | True | a.b:\n        pass\n");
    match &p.kind {
        PatternKind::MatchOr(alts) => {
            assert!(matches!(alts[2].kind, PatternKind::MatchSingleton(Constant::None)));
            assert!(matches!(alts[4].kind, PatternKind::MatchValue(_)));
        }
        other => panic!("{other:?}"),
    }
    let s = only_stmt("match x:\n    case 1:\n        pass\n    case _:\n        y\n");
    assert_eq!((s.span.line, s.span.col, s.span.end_line, s.span.end_col), (1, 0, 5, 9));
}

#[test]
fn deep_patterns_are_bounded() {
    let src = format!("match x:\n    case {}1{}: pass\n", "[".repeat(5000), "]".repeat(5000));
    let e = parse_module(&src).expect_err("too deep");
    assert!(e.msg.starts_with("too many nested"), "{e:?}");
    // Nesting without brackets (groups are brackets too, OR and AS are not recursive).
    let ors = vec!["1"; 3000].join(" | ");
    let src = format!("match x:\n    case {ors} as y: pass\n");
    assert!(parse_module(&src).is_ok());
}

/// (source, pre-order pattern nodes with spans) from CPython 3.11's `ast.parse`.
const PATTERN_SPANS: &[(&str, &str)] = &[
    (
        "match x:\n    case [a, *b, (c | d) as e]: pass\n",
        "MatchSequence@2:9-2:30 MatchAs@2:10-2:11 MatchStar@2:13-2:15 MatchAs@2:17-2:29 MatchOr@2:18-2:23 MatchAs@2:18-2:19 MatchAs@2:22-2:23",
    ),
    (
        "match x:\n    case {'k': v, -1: w, a.b: _, **rest}: pass\n",
        "MatchMapping@2:9-2:40 MatchAs@2:15-2:16 MatchAs@2:22-2:23 MatchAs@2:30-2:31",
    ),
    (
        "match x:\n    case P(1, -2.5, y=[*_], z=None) | Q(): pass\n",
        "MatchOr@2:9-2:41 MatchClass@2:9-2:35 MatchValue@2:11-2:12 MatchValue@2:14-2:18 MatchSequence@2:22-2:26 MatchStar@2:23-2:25 MatchSingleton@2:30-2:34 MatchClass@2:38-2:41",
    ),
    (
        "match x:\n    case a, *_, 'x' 'y': pass\n",
        "MatchSequence@2:9-2:23 MatchAs@2:9-2:10 MatchStar@2:12-2:14 MatchValue@2:16-2:23",
    ),
    ("match x:\n    case ((1)): pass\n", "MatchValue@2:11-2:12"),
    (
        "match x:\n    case (\n        1\n        | 2\n    ) as n: pass\n",
        "MatchAs@2:9-5:10 MatchOr@3:8-4:11 MatchValue@3:8-3:9 MatchValue@4:10-4:11",
    ),
    (
        "match x:\n    case a.b.c(d=e.f): pass\n",
        "MatchClass@2:9-2:21 MatchValue@2:17-2:20",
    ),
    (
        "match x:\n    case True | False | None | 1 + 2j: pass\n",
        "MatchOr@2:9-2:37 MatchSingleton@2:9-2:13 MatchSingleton@2:16-2:21 MatchSingleton@2:24-2:28 MatchValue@2:31-2:37",
    ),
];

fn dump_pattern(p: &Pattern, out: &mut Vec<String>) {
    let kind = match &p.kind {
        PatternKind::MatchValue(_) => "MatchValue",
        PatternKind::MatchSingleton(_) => "MatchSingleton",
        PatternKind::MatchSequence(_) => "MatchSequence",
        PatternKind::MatchMapping { .. } => "MatchMapping",
        PatternKind::MatchClass { .. } => "MatchClass",
        PatternKind::MatchStar(_) => "MatchStar",
        PatternKind::MatchAs { .. } => "MatchAs",
        PatternKind::MatchOr(_) => "MatchOr",
    };
    let s = p.span;
    out.push(format!("{kind}@{}:{}-{}:{}", s.line, s.col, s.end_line, s.end_col));
    match &p.kind {
        PatternKind::MatchSequence(items) | PatternKind::MatchOr(items) => {
            items.iter().for_each(|c| dump_pattern(c, out));
        }
        PatternKind::MatchMapping { patterns, .. } => patterns.iter().for_each(|c| dump_pattern(c, out)),
        PatternKind::MatchClass {
            patterns, kwd_patterns, ..
        } => patterns.iter().chain(kwd_patterns).for_each(|c| dump_pattern(c, out)),
        PatternKind::MatchAs { pattern: Some(sub), .. } => dump_pattern(sub, out),
        _ => {}
    }
}

#[test]
fn pattern_spans_match_cpython() {
    for (src, want) in PATTERN_SPANS {
        let mut out = Vec::new();
        dump_pattern(&first_pattern(src), &mut out);
        assert_eq!(out.join(" "), *want, "{src:?}");
    }
}
