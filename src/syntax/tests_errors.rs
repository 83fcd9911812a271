//! CPython 3.11 reference cases, generated with `ast.parse` / `compile()` (a small script walking
//! the CPython AST in the same order as `tests::dump`). Expected values come from CPython, never
//! from this parser.

use super::tests::check_all;

/// (source, "Err:<class>:<message>:<line>:<col>")
const ERROR_CASES: &[(&str, &str)] = &[
    ("x = 1 2", "Err:SyntaxError:invalid syntax:1:6"),
    ("a*b:\n", "Err:SyntaxError:invalid syntax:1:3"),
    ("a*b: int\n", "Err:SyntaxError:illegal target for annotation:1:0"),
    ("match *x:\n    pass\n", "Err:SyntaxError:invalid syntax:1:8"),
    ("(a, b):\n", "Err:SyntaxError:invalid syntax:1:6"),
    ("if x\n  pass", "Err:SyntaxError:expected ':':1:4"),
    ("if x y:\n pass", "Err:SyntaxError:invalid syntax:1:5"),
    ("if 1:\n  x\n    y", "Err:IndentationError:unexpected indent:3:3"),
    (
        "if 1:\n    x\n  y",
        "Err:IndentationError:unindent does not match any outer indentation level:3:3",
    ),
    (
        "if 1:\nx",
        "Err:IndentationError:expected an indented block after 'if' statement on line 1:2:0",
    ),
    (
        "\n\nif 1:\n  pass\nelif 2:\nz",
        "Err:IndentationError:expected an indented block after 'elif' statement on line 5:6:0",
    ),
    (
        "while 1:\nx",
        "Err:IndentationError:expected an indented block after 'while' statement on line 1:2:0",
    ),
    (
        "for x in y:\nx",
        "Err:IndentationError:expected an indented block after 'for' statement on line 1:2:0",
    ),
    (
        "with a:\nx",
        "Err:IndentationError:expected an indented block after 'with' statement on line 1:2:0",
    ),
    (
        "try:\nx",
        "Err:IndentationError:expected an indented block after 'try' statement on line 1:2:0",
    ),
    (
        "try:\n  x\nexcept:\nx",
        "Err:IndentationError:expected an indented block after 'except' statement on line 3:4:0",
    ),
    (
        "try:\n  x\nfinally:\nx",
        "Err:IndentationError:expected an indented block after 'finally' statement on line 3:4:0",
    ),
    (
        "def f():\nx",
        "Err:IndentationError:expected an indented block after function definition on line 1:2:0",
    ),
    (
        "class A:\nx",
        "Err:IndentationError:expected an indented block after class definition on line 1:2:0",
    ),
    (
        "if 1:\n x\nelse:\ny",
        "Err:IndentationError:expected an indented block after 'else' statement on line 3:4:0",
    ),
    (
        "x = 'abc\n",
        "Err:SyntaxError:unterminated string literal (detected at line 1):1:4",
    ),
    (
        "x = '''abc\n\n",
        "Err:SyntaxError:unterminated triple-quoted string literal (detected at line 2):1:4",
    ),
    ("x = (1,\n2", "Err:SyntaxError:'(' was never closed:1:4"),
    ("x = 1)", "Err:SyntaxError:unmatched ')':1:5"),
    (
        "x = (1]",
        "Err:SyntaxError:closing parenthesis ']' does not match opening parenthesis '(':1:6",
    ),
    (
        "x = (1,\n2]",
        "Err:SyntaxError:closing parenthesis ']' does not match opening parenthesis '(' on line 1:2:1",
    ),
    ("x = 1abc", "Err:SyntaxError:invalid decimal literal:1:4"),
    ("x = 0x", "Err:SyntaxError:invalid hexadecimal literal:1:5"),
    ("x = 0xg", "Err:SyntaxError:invalid hexadecimal literal:1:5"),
    ("x = 0o8", "Err:SyntaxError:invalid digit '8' in octal literal:1:6"),
    ("x = 0b2", "Err:SyntaxError:invalid digit '2' in binary literal:1:6"),
    (
        "x = 012",
        "Err:SyntaxError:leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers:1:4",
    ),
    ("x = 1_", "Err:SyntaxError:invalid decimal literal:1:5"),
    ("x = 1__0", "Err:SyntaxError:invalid decimal literal:1:5"),
    ("x = 1e", "Err:SyntaxError:invalid decimal literal:1:4"),
    ("x = 1.e+", "Err:SyntaxError:invalid decimal literal:1:7"),
    (
        "f() = 1",
        "Err:SyntaxError:cannot assign to function call here. Maybe you meant '==' instead of '='?:1:0",
    ),
    (
        "1 = x",
        "Err:SyntaxError:cannot assign to literal here. Maybe you meant '==' instead of '='?:1:0",
    ),
    ("f() = x = 1", "Err:SyntaxError:cannot assign to function call:1:0"),
    ("x = f() = 1", "Err:SyntaxError:cannot assign to function call:1:4"),
    ("(a, f()) = 1", "Err:SyntaxError:cannot assign to function call:1:4"),
    (
        "a, f() = 1",
        "Err:SyntaxError:cannot assign to function call here. Maybe you meant '==' instead of '='?:1:3",
    ),
    (
        "x + 1 = 2",
        "Err:SyntaxError:cannot assign to expression here. Maybe you meant '==' instead of '='?:1:0",
    ),
    ("None = 1", "Err:SyntaxError:cannot assign to None:1:0"),
    (
        "[x for x in y] = 1",
        "Err:SyntaxError:cannot assign to list comprehension here. Maybe you meant '==' instead of '='?:1:0",
    ),
    ("del f()", "Err:SyntaxError:cannot delete function call:1:4"),
    ("del 1", "Err:SyntaxError:cannot delete literal:1:4"),
    (
        "for f() in x: pass",
        "Err:SyntaxError:cannot assign to function call:1:4",
    ),
    (
        "with a as f(): pass",
        "Err:SyntaxError:cannot assign to function call:1:10",
    ),
    (
        "f() += 1",
        "Err:SyntaxError:'function call' is an illegal expression for augmented assignment:1:0",
    ),
    (
        "(a, b) += 1",
        "Err:SyntaxError:'tuple' is an illegal expression for augmented assignment:1:0",
    ),
    (
        "(a, b): int = 1",
        "Err:SyntaxError:only single target (not tuple) can be annotated:1:0",
    ),
    ("x = €", "Err:SyntaxError:invalid character '€' (U+20AC):1:4"),
    ("x = a€b", "Err:SyntaxError:invalid character '€' (U+20AC):1:5"),
    (
        "print x",
        "Err:SyntaxError:Missing parentheses in call to 'print'. Did you mean print(...)?:1:0",
    ),
    (
        "print 'hello'",
        "Err:SyntaxError:Missing parentheses in call to 'print'. Did you mean print(...)?:1:0",
    ),
    (
        "exec 'x'",
        "Err:SyntaxError:Missing parentheses in call to 'exec'. Did you mean exec(...)?:1:0",
    ),
    (
        "f(a=1, b)",
        "Err:SyntaxError:positional argument follows keyword argument:1:8",
    ),
    (
        "f(**k, *a)",
        "Err:SyntaxError:iterable argument unpacking follows keyword argument unpacking:1:7",
    ),
    (
        "f(**k, a)",
        "Err:SyntaxError:positional argument follows keyword argument unpacking:1:8",
    ),
    (
        "def f(a=1, b): pass",
        "Err:SyntaxError:non-default argument follows default argument:1:11",
    ),
    (
        "lambda a=1, b: 0",
        "Err:SyntaxError:non-default argument follows default argument:1:12",
    ),
    ("x = $", "Err:SyntaxError:invalid syntax:1:4"),
    ("x = a ? b", "Err:SyntaxError:invalid syntax:1:6"),
    ("x = a ! b", "Err:SyntaxError:invalid syntax:1:6"),
    (
        "f(1 2)",
        "Err:SyntaxError:invalid syntax. Perhaps you forgot a comma?:1:2",
    ),
    (
        "[1 2]",
        "Err:SyntaxError:invalid syntax. Perhaps you forgot a comma?:1:1",
    ),
    (
        "if x = 1: pass",
        "Err:SyntaxError:invalid syntax. Maybe you meant '==' or ':=' instead of '='?:1:3",
    ),
    (
        "f(a.b=1)",
        "Err:SyntaxError:expression cannot contain assignment, perhaps you meant \"==\"?:1:2",
    ),
    ("x := 1", "Err:SyntaxError:invalid syntax:1:2"),
    (
        "f(x for x in y, 1)",
        "Err:SyntaxError:Generator expression must be parenthesized:1:2",
    ),
    (
        "from x import a,",
        "Err:SyntaxError:trailing comma not allowed without surrounding parentheses:1:16",
    ),
    (
        "def f(*): pass",
        "Err:SyntaxError:named arguments must follow bare *:1:6",
    ),
    ("def f:", "Err:SyntaxError:expected '(':1:5"),
    ("class A(:", "Err:SyntaxError:invalid syntax:1:8"),
    ("x = `a`", "Err:SyntaxError:invalid syntax:1:4"),
    (
        "x = '\\x4'",
        "Err:SyntaxError:(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape:1:9",
    ),
    (
        "x = b'é'",
        "Err:SyntaxError:bytes can only contain ASCII literal characters:1:4",
    ),
    (
        "x = b'a' 'b'",
        "Err:SyntaxError:cannot mix bytes and nonbytes literals:1:12",
    ),
    ("x = f'}'", "Err:SyntaxError:f-string: single '}' is not allowed:1:8"),
    ("x = f'{'", "Err:SyntaxError:f-string: expecting '}':1:8"),
    (
        "x = f'{}'",
        "Err:SyntaxError:f-string: empty expression not allowed:1:9",
    ),
    (
        "x = f'{a!x}'",
        "Err:SyntaxError:f-string: invalid conversion character: expected 's', 'r', or 'a':1:12",
    ),
    (
        "x = f'{a b}'",
        "Err:SyntaxError:f-string: invalid syntax. Perhaps you forgot a comma?:1:1",
    ),
    ("\tif 1:\n        x\n\ty", "Err:IndentationError:unexpected indent:1:0"),
    (
        "if 1:\n\tx\n        y",
        "Err:TabError:inconsistent use of tabs and spaces in indentation:3:0",
    ),
    (
        "x = \\ y",
        "Err:SyntaxError:unexpected character after line continuation character:1:5",
    ),
    ("x = 1 \\", "Err:SyntaxError:unexpected EOF while parsing:1:7"),
    (
        "((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((()))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))",
        "Err:SyntaxError:too many nested parentheses:1:200",
    ),
    ("x = (1,\n y z\n$", "Err:SyntaxError:'(' was never closed:1:4"),
    ("x = (\n1 2\n$", "Err:SyntaxError:'(' was never closed:1:4"),
    ("(\n1 2\n", "Err:SyntaxError:'(' was never closed:1:0"),
    ("(1 2\n", "Err:SyntaxError:'(' was never closed:1:0"),
    (
        "x = yield = 1",
        "Err:SyntaxError:assignment to yield expression not possible:1:4",
    ),
    (
        "a = 1 if b",
        "Err:SyntaxError:expected 'else' after 'if' expression:1:4",
    ),
    (
        "x = 0777",
        "Err:SyntaxError:leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers:1:4",
    ),
    ("x = 0xfor", "Err:SyntaxError:invalid syntax:1:9"),
    ("x = 1jx", "Err:SyntaxError:invalid imaginary literal:1:5"),
    (
        "x = 08",
        "Err:SyntaxError:leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers:1:4",
    ),
    (
        "def f(a, a): pass",
        "Err:SyntaxError:duplicate argument 'a' in function definition:1:9",
    ),
    (
        "try:\n  pass\nx = 1",
        "Err:SyntaxError:expected 'except' or 'finally' block:3:0",
    ),
    ("else: pass", "Err:SyntaxError:invalid syntax:1:0"),
    (
        "x = 'a' b'b'",
        "Err:SyntaxError:cannot mix bytes and nonbytes literals:1:12",
    ),
    ("x = [1, 2\ny = 3", "Err:SyntaxError:'[' was never closed:1:4"),
    (
        "x = {1: 2, 3}",
        "Err:SyntaxError:':' expected after dictionary key:1:11",
    ),
    ("@\ndef f(): pass", "Err:SyntaxError:invalid syntax:1:1"),
    (
        "if 1:\n  pass\n else: pass",
        "Err:IndentationError:unindent does not match any outer indentation level:3:11",
    ),
    ("x = 1; ; y", "Err:SyntaxError:invalid syntax:1:7"),
    ("import a.b as c.d", "Err:SyntaxError:invalid syntax:1:15"),
    ("from x import (*)", "Err:SyntaxError:invalid syntax:1:15"),
    ("raise from x", "Err:SyntaxError:invalid syntax:1:6"),
    ("assert", "Err:SyntaxError:invalid syntax:1:6"),
    ("del", "Err:SyntaxError:invalid syntax:1:3"),
    ("x = not", "Err:SyntaxError:invalid syntax:1:7"),
    ("x = a not b", "Err:SyntaxError:invalid syntax:1:10"),
    ("x = a is not not b", "Err:SyntaxError:invalid syntax:1:13"),
    ("x = 1 +", "Err:SyntaxError:invalid syntax:1:7"),
    ("x = -", "Err:SyntaxError:invalid syntax:1:5"),
    (
        "if True:\n    pass\n  pass",
        "Err:IndentationError:unindent does not match any outer indentation level:3:6",
    ),
    (
        "def f(/, x): pass",
        "Err:SyntaxError:at least one argument must precede /:1:6",
    ),
    (
        "def f(*, **k): pass",
        "Err:SyntaxError:named arguments must follow bare *:1:6",
    ),
    (
        "def f(**k, a): pass",
        "Err:SyntaxError:arguments cannot follow var-keyword argument:1:11",
    ),
    (
        "def f(*a, *b): pass",
        "Err:SyntaxError:* argument may appear only once:1:10",
    ),
    ("x.1", "Err:SyntaxError:invalid syntax:1:1"),
    ("x = 1.__class__", "Err:SyntaxError:invalid decimal literal:1:5"),
    ("x = 1.real", "Err:SyntaxError:invalid decimal literal:1:5"),
    ("x = 0b", "Err:SyntaxError:invalid binary literal:1:5"),
    ("x = 0o", "Err:SyntaxError:invalid octal literal:1:5"),
    ("x = 5_", "Err:SyntaxError:invalid decimal literal:1:5"),
    ("x = 1 2\n$", "Err:SyntaxError:invalid syntax:1:6"),
    (
        "x = 1 2\ny = 'abc",
        "Err:SyntaxError:unterminated string literal (detected at line 2):2:4",
    ),
    (
        "x = (\n1 2\n'abc",
        "Err:SyntaxError:unterminated string literal (detected at line 3):3:0",
    ),
    (
        "x = (1 2\ny 'abc",
        "Err:SyntaxError:unterminated string literal (detected at line 2):2:2",
    ),
    (
        "x = 1 2\ny = 0b2",
        "Err:SyntaxError:invalid digit '2' in binary literal:2:6",
    ),
    ("x = 1 2\n)", "Err:SyntaxError:unmatched ')':2:0"),
    ("x = (1 2)\n)", "Err:SyntaxError:unmatched ')':2:0"),
    ("x = (\n1 2\n)\n)", "Err:SyntaxError:unmatched ')':4:0"),
    ("x = 1 2\n  y", "Err:SyntaxError:invalid syntax:1:6"),
    ("x = 1 2\nif 1:\n  y\n z", "Err:SyntaxError:invalid syntax:1:6"),
    (
        "if 1:\n",
        "Err:IndentationError:expected an indented block after 'if' statement on line 1:1:5",
    ),
    (
        "if 1:\n\n",
        "Err:IndentationError:expected an indented block after 'if' statement on line 1:2:0",
    ),
    (
        "if 1:\n# c\n",
        "Err:IndentationError:expected an indented block after 'if' statement on line 1:2:3",
    ),
    ("if 1: pass\n  x", "Err:IndentationError:unexpected indent:2:1"),
    ("x = 1\n\ty = 2", "Err:IndentationError:unexpected indent:2:0"),
    (
        "x = f'{a b}'\ny = f'{c d}'",
        "Err:SyntaxError:f-string: invalid syntax. Perhaps you forgot a comma?:1:1",
    ),
    (
        "x = (\nf'{a b}')",
        "Err:SyntaxError:f-string: invalid syntax. Perhaps you forgot a comma?:2:1",
    ),
    ("x = 1\n\n\nif\n", "Err:SyntaxError:invalid syntax:4:2"),
    ("x = (", "Err:SyntaxError:'(' was never closed:1:4"),
    ("x = [", "Err:SyntaxError:'[' was never closed:1:4"),
    ("f(", "Err:SyntaxError:'(' was never closed:1:1"),
    (
        "x = 'a\n'",
        "Err:SyntaxError:unterminated string literal (detected at line 1):1:4",
    ),
    (
        "'''\n\n\nabc",
        "Err:SyntaxError:unterminated triple-quoted string literal (detected at line 4):1:0",
    ),
    (
        "x = '\\\nabc",
        "Err:SyntaxError:unterminated string literal (detected at line 2):1:4",
    ),
    ("x = \\\n1 2", "Err:SyntaxError:invalid syntax:2:2"),
    (
        "if x:\npass",
        "Err:IndentationError:expected an indented block after 'if' statement on line 1:2:0",
    ),
    ("def f(:\n  pass", "Err:SyntaxError:invalid syntax:1:6"),
    ("f(a, *)", "Err:SyntaxError:invalid syntax:1:6"),
    ("f(a for a in b for)", "Err:SyntaxError:invalid syntax:1:18"),
    ("x = {", "Err:SyntaxError:'{' was never closed:1:4"),
    ("(1, 2) 3", "Err:SyntaxError:invalid syntax:1:7"),
    ("x = a[]", "Err:SyntaxError:invalid syntax:1:6"),
    ("x = 1 if 2 else", "Err:SyntaxError:invalid syntax:1:15"),
    (
        "try:\n pass\nexcept E, F:\n pass",
        "Err:SyntaxError:multiple exception types must be parenthesized:3:7",
    ),
    ("del *a", "Err:SyntaxError:cannot delete starred:1:4"),
    (
        "[x]: int",
        "Err:SyntaxError:only single target (not list) can be annotated:1:0",
    ),
    ("(*a)", "Err:SyntaxError:cannot use starred expression here:1:1"),
    ("x = a := 1", "Err:SyntaxError:invalid syntax:1:6"),
    ("def f(a=b := 1): pass", "Err:SyntaxError:invalid syntax:1:10"),
    (
        "lambda: a := 1",
        "Err:SyntaxError:cannot use assignment expressions with lambda:1:0",
    ),
    ("f(x=a := 1)", "Err:SyntaxError:invalid syntax:1:6"),
    ("global", "Err:SyntaxError:invalid syntax:1:6"),
    ("import", "Err:SyntaxError:invalid syntax:1:6"),
    ("from x import", "Err:SyntaxError:invalid syntax:1:13"),
    ("from import x", "Err:SyntaxError:invalid syntax:1:5"),
    ("import .a", "Err:SyntaxError:invalid syntax:1:7"),
    (
        "f(1, x for x in y)",
        "Err:SyntaxError:Generator expression must be parenthesized:1:5",
    ),
    ("x = ur'x'", "Err:SyntaxError:invalid syntax:1:6"),
    ("x = bu'x'", "Err:SyntaxError:invalid syntax:1:6"),
    ("x = fb'x'", "Err:SyntaxError:invalid syntax:1:6"),
    (
        "x = f'{a[\\'b\\']}'",
        "Err:SyntaxError:f-string expression part cannot include a backslash:1:17",
    ),
    (
        "x = f'{x:{y:{z}}}'",
        "Err:SyntaxError:f-string: expressions nested too deeply:1:18",
    ),
    (
        "x = f'{x#}'",
        "Err:SyntaxError:f-string expression part cannot include '#':1:11",
    ),
    (
        "x = f'{x}}'",
        "Err:SyntaxError:f-string: single '}' is not allowed:1:11",
    ),
    (
        "x = f'{a!}'",
        "Err:SyntaxError:f-string: invalid conversion character: expected 's', 'r', or 'a':1:11",
    ),
    ("x = f'{a!r'", "Err:SyntaxError:f-string: expecting '}':1:11"),
    (
        "x = f'{(a}'",
        "Err:SyntaxError:f-string: closing parenthesis '}' does not match opening parenthesis '(':1:11",
    ),
    ("x = f'{a)}'", "Err:SyntaxError:f-string: unmatched ')':1:11"),
    (
        "def f(a, b=1, c):\n    pass",
        "Err:SyntaxError:non-default argument follows default argument:1:14",
    ),
    ("if x\n    pass", "Err:SyntaxError:expected ':':1:4"),
    ("while x\n    pass", "Err:SyntaxError:expected ':':1:7"),
    ("for x in y\n    pass", "Err:SyntaxError:expected ':':1:10"),
    ("class A\n    pass", "Err:SyntaxError:expected ':':1:7"),
    ("def f()\n    pass", "Err:SyntaxError:expected ':':1:7"),
    ("try\n    pass", "Err:SyntaxError:expected ':':1:3"),
    ("x = (1, 2\ny = 3", "Err:SyntaxError:'(' was never closed:1:4"),
    (
        "x = [1, 2)",
        "Err:SyntaxError:closing parenthesis ')' does not match opening parenthesis '[':1:9",
    ),
    ("x = }", "Err:SyntaxError:unmatched '}':1:4"),
    (
        "x = 'abc",
        "Err:SyntaxError:unterminated string literal (detected at line 1):1:4",
    ),
    (
        "x = \"\"\"abc\ndef",
        "Err:SyntaxError:unterminated triple-quoted string literal (detected at line 2):1:4",
    ),
    ("x = 1__000", "Err:SyntaxError:invalid decimal literal:1:5"),
    ("x = 0b102", "Err:SyntaxError:invalid digit '2' in binary literal:1:8"),
    ("x = 0o78", "Err:SyntaxError:invalid digit '8' in octal literal:1:7"),
    ("x = 0xZZ", "Err:SyntaxError:invalid hexadecimal literal:1:5"),
    ("x = 1.5e", "Err:SyntaxError:invalid decimal literal:1:6"),
    ("x = 5a", "Err:SyntaxError:invalid decimal literal:1:4"),
    (
        "x = 0123",
        "Err:SyntaxError:leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers:1:4",
    ),
    ("x = a $ b", "Err:SyntaxError:invalid syntax:1:6"),
    (
        "f(x=1, y)",
        "Err:SyntaxError:positional argument follows keyword argument:1:8",
    ),
    (
        "f(**x, y)",
        "Err:SyntaxError:positional argument follows keyword argument unpacking:1:8",
    ),
    (
        "f(**x, *y)",
        "Err:SyntaxError:iterable argument unpacking follows keyword argument unpacking:1:7",
    ),
    (
        "lambda x=1, y: 0",
        "Err:SyntaxError:non-default argument follows default argument:1:12",
    ),
    (
        "def f(x=1, /, y): pass",
        "Err:SyntaxError:non-default argument follows default argument:1:14",
    ),
    (
        "print \"hello\"",
        "Err:SyntaxError:Missing parentheses in call to 'print'. Did you mean print(...)?:1:0",
    ),
    (
        "print x, y",
        "Err:SyntaxError:Missing parentheses in call to 'print'. Did you mean print(...)?:1:0",
    ),
    (
        "if True:\n        a = 1\n    b = 2",
        "Err:IndentationError:unindent does not match any outer indentation level:3:9",
    ),
    (
        "if True:\n    a = 1\n      b = 2",
        "Err:IndentationError:unexpected indent:3:5",
    ),
    (
        "def f():\nreturn 1",
        "Err:IndentationError:expected an indented block after function definition on line 1:2:0",
    ),
    (
        "class C:\npass",
        "Err:IndentationError:expected an indented block after class definition on line 1:2:0",
    ),
    ("x = ¡", "Err:SyntaxError:invalid character '¡' (U+00A1):1:4"),
    ("x = a ∑ b", "Err:SyntaxError:invalid character '∑' (U+2211):1:6"),
    (
        "a + b = c",
        "Err:SyntaxError:cannot assign to expression here. Maybe you meant '==' instead of '='?:1:0",
    ),
    ("(a, b()) = c", "Err:SyntaxError:cannot assign to function call:1:4"),
    (
        "a, b() = c",
        "Err:SyntaxError:cannot assign to function call here. Maybe you meant '==' instead of '='?:1:3",
    ),
    ("[a, 1] = c", "Err:SyntaxError:cannot assign to literal:1:4"),
    ("del f(), a", "Err:SyntaxError:cannot delete function call:1:4"),
    ("for 1 in x: pass", "Err:SyntaxError:cannot assign to literal:1:4"),
    ("with a as 1: pass", "Err:SyntaxError:cannot assign to literal:1:10"),
    ("[x for 1 in y]", "Err:SyntaxError:cannot assign to literal:1:7"),
    (
        "x() += 1",
        "Err:SyntaxError:'function call' is an illegal expression for augmented assignment:1:0",
    ),
    (
        "[a, b] += 1",
        "Err:SyntaxError:'list' is an illegal expression for augmented assignment:1:0",
    ),
    (
        "a, b: int",
        "Err:SyntaxError:only single target (not tuple) can be annotated:1:0",
    ),
    (
        "f'{a!z}'",
        "Err:SyntaxError:f-string: invalid conversion character: expected 's', 'r', or 'a':1:8",
    ),
    ("f'{}'", "Err:SyntaxError:f-string: empty expression not allowed:1:5"),
    ("f'{a'", "Err:SyntaxError:f-string: expecting '}':1:5"),
    ("f'}'", "Err:SyntaxError:f-string: single '}' is not allowed:1:4"),
    (
        "f'{a:{b:{c}}}'",
        "Err:SyntaxError:f-string: expressions nested too deeply:1:14",
    ),
    (
        "f'{a b}'",
        "Err:SyntaxError:f-string: invalid syntax. Perhaps you forgot a comma?:1:1",
    ),
    (
        "f'{a[}'",
        "Err:SyntaxError:f-string: closing parenthesis '}' does not match opening parenthesis '[':1:7",
    ),
    (
        "f'{#}'",
        "Err:SyntaxError:f-string expression part cannot include '#':1:6",
    ),
    (
        "x = ((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((",
        "Err:SyntaxError:too many nested parentheses:1:204",
    ),
    (
        "x = 1 \\ 2",
        "Err:SyntaxError:unexpected character after line continuation character:1:7",
    ),
    ("x = \\", "Err:SyntaxError:unexpected EOF while parsing:1:5"),
    (
        "x = b'ü'",
        "Err:SyntaxError:bytes can only contain ASCII literal characters:1:4",
    ),
    (
        "x = '\\x1'",
        "Err:SyntaxError:(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape:1:9",
    ),
    (
        "x = '\\u12'",
        "Err:SyntaxError:(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape:1:10",
    ),
    (
        "x = '\\U0011FFFF'",
        "Err:SyntaxError:(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character:1:16",
    ),
    (
        "x = b'\\x1'",
        "Err:SyntaxError:(value error) invalid \\x escape at position 0:1:10",
    ),
    ("from x import (a, b", "Err:SyntaxError:'(' was never closed:1:14"),
    (
        "from x import a, b,",
        "Err:SyntaxError:trailing comma not allowed without surrounding parentheses:1:19",
    ),
    ("import a as", "Err:SyntaxError:invalid syntax:1:11"),
    (
        "x = {1: 2, 3: }",
        "Err:SyntaxError:expression expected after dictionary key and ':':1:12",
    ),
    (
        "x = a if b",
        "Err:SyntaxError:expected 'else' after 'if' expression:1:4",
    ),
    (
        "x = [1 2 3]",
        "Err:SyntaxError:invalid syntax. Perhaps you forgot a comma?:1:5",
    ),
    (
        "f(a b)",
        "Err:SyntaxError:invalid syntax. Perhaps you forgot a comma?:1:2",
    ),
    (
        "{a b}",
        "Err:SyntaxError:invalid syntax. Perhaps you forgot a comma?:1:1",
    ),
    (
        "x = (a b)",
        "Err:SyntaxError:invalid syntax. Perhaps you forgot a comma?:1:5",
    ),
    (
        "while f() = 1: pass",
        "Err:SyntaxError:cannot assign to function call here. Maybe you meant '==' instead of '='?:1:6",
    ),
    (
        "f(a.b = 1)",
        "Err:SyntaxError:expression cannot contain assignment, perhaps you meant \"==\"?:1:2",
    ),
    (
        "f(x for x in y, z)",
        "Err:SyntaxError:Generator expression must be parenthesized:1:2",
    ),
    (
        "f(z, x for x in y)",
        "Err:SyntaxError:Generator expression must be parenthesized:1:5",
    ),
    (
        "def f(**k, *a): pass",
        "Err:SyntaxError:arguments cannot follow var-keyword argument:1:11",
    ),
    (
        "lambda a, a: 0",
        "Err:SyntaxError:duplicate argument 'a' in function definition:1:10",
    ),
    (
        "try:\n    pass",
        "Err:SyntaxError:expected 'except' or 'finally' block:2:8",
    ),
    (
        "try:\n    pass\nexcept E, F:\n    pass",
        "Err:SyntaxError:multiple exception types must be parenthesized:3:7",
    ),
    (
        "try:\n    pass\nexcept E:\n    pass\nexcept* F:\n    pass",
        "Err:SyntaxError:cannot have both 'except' and 'except*' on the same 'try':5:0",
    ),
    ("else:\n    pass", "Err:SyntaxError:invalid syntax:1:0"),
    ("x = 1\n  y = 2", "Err:IndentationError:unexpected indent:2:1"),
    ("\tx = 1", "Err:IndentationError:unexpected indent:1:0"),
    (
        "if 1:\n\tx = 1\n        y = 2",
        "Err:TabError:inconsistent use of tabs and spaces in indentation:3:0",
    ),
    ("x = 1 if else 2", "Err:SyntaxError:invalid syntax:1:9"),
    (
        "(yield) = 1",
        "Err:SyntaxError:cannot assign to yield expression here. Maybe you meant '==' instead of '='?:1:1",
    ),
    ("a not b", "Err:SyntaxError:invalid syntax:1:6"),
    ("a is not not b", "Err:SyntaxError:invalid syntax:1:9"),
    ("x = (*a)", "Err:SyntaxError:cannot use starred expression here:1:5"),
    ("a := 1", "Err:SyntaxError:invalid syntax:1:2"),
    (
        "(a.b := 1)",
        "Err:SyntaxError:cannot use assignment expressions with attribute:1:1",
    ),
    ("x = [i for i in]", "Err:SyntaxError:invalid syntax:1:15"),
    ("class A(:\n    pass", "Err:SyntaxError:invalid syntax:1:8"),
    ("x = a.", "Err:SyntaxError:invalid syntax:1:6"),
    (
        "if 1:\n    pass\n  else:\n    pass",
        "Err:IndentationError:unindent does not match any outer indentation level:3:7",
    ),
    (
        "def f(a, *, b=1, c, d=2, **e) -> int: pass\nx = $",
        "Err:SyntaxError:invalid syntax:2:4",
    ),
    ("x = (1,\n  y z\n$", "Err:SyntaxError:'(' was never closed:1:4"),
    ("(\n1 2", "Err:SyntaxError:'(' was never closed:1:0"),
    (
        "x = [1,\n2\ny = [\n",
        "Err:SyntaxError:invalid syntax. Perhaps you forgot a comma?:2:0",
    ),
];

#[test]
fn errors_match_cpython() {
    check_all(ERROR_CASES);
}
