# Error messages: usage plus `prog: error: ...` on stderr, then SystemExit(2); -h and
# --version exit 0; exit_on_error=False raises ArgumentError instead.
import argparse
import contextlib
import io


def run(parser, argv, intermixed=False):
    err = io.StringIO()
    out = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
            if intermixed:
                result = parser.parse_intermixed_args(argv)
            else:
                result = parser.parse_args(argv)
        print(argv, '->', result)
    except SystemExit as e:
        print(argv, '-> SystemExit', e.code)
        print(out.getvalue(), end='')
        print(err.getvalue(), end='')


p = argparse.ArgumentParser(prog='err')
p.add_argument('x')
p.add_argument('y', type=int)
p.add_argument('--num', type=int)
p.add_argument('--ratio', type=float)
p.add_argument('--mode', choices=['a', 'b'])
p.add_argument('--level', type=int, choices=[1, 2, 3])
p.add_argument('--foo')
p.add_argument('--far')
p.add_argument('--two', nargs=2)
p.add_argument('--one', nargs=1)
p.add_argument('--plus', nargs='+')
p.add_argument('--maybe', nargs='?')
p.add_argument('-f', action='store_true')
p.add_argument('-r', required=True)
p.add_argument('--version', action='version', version='%(prog)s 2.0')

def positive(s):
    n = int(s)
    if n <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % s)
    return n

p.add_argument('--pos', type=positive)

for argv in [
    [],
    ['a'],
    ['-r', 'R'],
    ['a', 'notint', '-r', 'R'],
    ['a', '1', '-r', 'R', '--num', 'x'],
    ['a', '1', '-r', 'R', '--ratio', 'nan?'],
    ['a', '1', '-r', 'R', '--mode', 'c'],
    ['a', '1', '-r', 'R', '--level', '7'],
    ['a', '1', '-r', 'R', '--f', 'v'],
    ['a', '1', '-r', 'R', '--fo', 'v'],
    ['a', '1', '-r', 'R', '--num'],
    ['a', '1', '-r', 'R', '--two', 'x'],
    ['a', '1', '-r', 'R', '--one'],
    ['a', '1', '-r', 'R', '--plus'],
    ['a', '1', '-r', 'R', 'extra', '--bogus'],
    ['a', '1', '-r', 'R', '-f=x'],
    ['a', '1', '-r', 'R', '-fz'],
    ['a', '1', '-r', 'R', '--pos', '-3'],
    ['a', '1', '-r', 'R', '--pos', '0'],
    ['a', '1', '-r', 'R', '--pos', 'q'],
    ['a', '1', '-r'],
    ['--version'],
    ['-h'],
]:
    run(p, argv)

m = argparse.ArgumentParser(prog='mx')
g = m.add_mutually_exclusive_group(required=True)
g.add_argument('--json', action='store_true')
g.add_argument('--csv', action='store_true')
g.add_argument('--fmt')
run(m, ['--json', '--csv'])
run(m, ['--fmt', 'x', '--json'])
run(m, [])

s = argparse.ArgumentParser(prog='tool')
subs = s.add_subparsers(dest='cmd', required=True)
a = subs.add_parser('add')
a.add_argument('n', type=int)
run(s, [])
run(s, ['nope'])
run(s, ['add'])
run(s, ['add', 'x'])
run(s, ['add', '1', '--zz'])
run(s, ['add', '-h'])
plain = argparse.ArgumentParser(prog='plain')
ps = plain.add_subparsers(required=True)
ps.add_parser('go')
run(plain, [])

# exit_on_error=False: the ArgumentError reaches the caller.
quiet = argparse.ArgumentParser(prog='quiet', exit_on_error=False)
quiet.add_argument('--n', type=int)
quiet.add_argument('--c', choices=['x'])
for argv in [['--n', 'z'], ['--c', 'y'], ['--n']]:
    try:
        quiet.parse_args(argv)
    except argparse.ArgumentError as e:
        print(type(e).__name__, e, '|', e.argument_name, '|', e.message)
run(quiet, ['--zz'])

# Errors raised while building the parser.
def build_error(f):
    try:
        f()
    except (ValueError, TypeError, argparse.ArgumentError) as e:
        print(type(e).__name__ + ':', e)

b = argparse.ArgumentParser(prog='b')
build_error(lambda: b.add_argument('x', required=True))
build_error(lambda: b.add_argument('x', dest='y'))
build_error(lambda: b.add_argument('--s', nargs=0))
build_error(lambda: b.add_argument('--s', action='append', nargs=0))
build_error(lambda: b.add_argument('--s', const=1))
build_error(lambda: b.add_argument('--s', action='nope'))
build_error(lambda: b.add_argument('--s', type='int'))
build_error(lambda: b.add_argument('--s', nargs=2, metavar=('A', 'B', 'C')))
build_error(lambda: b.add_argument('--', ))
build_error(lambda: b.add_argument('-h'))
build_error(lambda: b.add_argument('--t', '-h', '--help'))
build_error(lambda: argparse.ArgumentParser().add_mutually_exclusive_group().add_argument('p'))
sp = b.add_subparsers()
sp.add_parser('one', aliases=['1'])
build_error(lambda: sp.add_parser('one'))
build_error(lambda: sp.add_parser('two', aliases=['1']))
run(b, ['--s'])
err = io.StringIO()
with contextlib.redirect_stderr(err):
    try:
        b.add_subparsers()
    except SystemExit as e:
        print('SystemExit', e.code)
print(err.getvalue(), end='')

# error() and exit() directly.
e = argparse.ArgumentParser(prog='direct')
err = io.StringIO()
with contextlib.redirect_stderr(err):
    for call in [lambda: e.error('custom problem'), lambda: e.exit(3, 'bye\n'), lambda: e.exit()]:
        try:
            call()
        except SystemExit as ex:
            print('SystemExit', ex.code)
print(err.getvalue(), end='')
e.print_usage(err)
print(repr(err.getvalue()[-20:]))
print(str(argparse.ArgumentError(None, 'bare message')))
print(issubclass(argparse.ArgumentTypeError, Exception))
