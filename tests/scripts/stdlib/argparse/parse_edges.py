# Corner cases of the option/positional matcher: clusters, explicit arguments, '--',
# negative numbers, abbreviations, nargs combinations, nested subcommands.
import argparse
import contextlib
import io


def show(parser, argv, known=False):
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            if known:
                result = parser.parse_known_args(argv)
            else:
                result = parser.parse_args(argv)
        print(argv, '->', result)
    except SystemExit as e:
        print(argv, '-> exit', e.code, '|', err.getvalue().splitlines()[-1])


p = argparse.ArgumentParser(prog='c')
p.add_argument('-v', action='store_true')
p.add_argument('-q', action='count', default=0)
p.add_argument('-f', '--file')
p.add_argument('-x', type=int)
p.add_argument('--feature', '--feat', dest='feature_flag', action='store_true')
p.add_argument('--fi', action='store_true')
p.add_argument('rest', nargs='*')
for argv in [
    ['-vqq'], ['-vf', 'name'], ['-vfname'], ['-qvfname'], ['-f=eq'], ['-x=5'], ['-x5'],
    ['-x', '-5'], ['--file='], ['--file=a=b'], ['--fil', 'z'], ['--fea'], ['--feat'],
    ['--fi'], ['--f'], ['-'], ['', '-v'], ['a b', '-v'], ['-v', '--', '-q', '--', 'x'],
    ['--', '--', '-v'], ['-5'], ['-5.5', '-.5'], ['-1x'], ['-vqz'], ['-qv=1'],
    ['-v=1'], ['--fi=1'], ['- x'], ['-f', '--'], ['-f', '-v'], ['--unknown=3', 'a'],
]:
    show(p, argv)
show(p, ['--unknown=3', '-zz', 'a', '--', '-k'], known=True)

# With an option that looks like a negative number, '-5' is an option.
n = argparse.ArgumentParser(prog='n')
n.add_argument('-2', dest='two', action='store_true')
n.add_argument('-x')
n.add_argument('vals', nargs='*')
for argv in [['-2'], ['-x', '-2'], ['-5'], ['1', '-2', '3']]:
    show(n, argv)

# No abbreviations.
a = argparse.ArgumentParser(prog='a', allow_abbrev=False)
a.add_argument('--long-name')
a.add_argument('-s', action='store_true')
a.add_argument('-t')
for argv in [['--long-name', 'x'], ['--long', 'x'], ['-st1'], ['-s', '-tv']]:
    show(a, argv)

# Positional nargs combinations.
for spec in [('?', '*'), ('+', '?'), ('*', 1), (2, '*'), ('?', '?', '+'), (argparse.REMAINDER,)]:
    q = argparse.ArgumentParser(prog='q')
    for i, nargs in enumerate(spec):
        q.add_argument('p%d' % i, nargs=nargs)
    q.add_argument('--o')
    for argv in [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', '--o', 'x', 'b', 'c'],
                 ['--o', 'x', 'a', 'b']]:
        show(q, argv)

# Optionals with nargs and REMAINDER.
o = argparse.ArgumentParser(prog='o')
o.add_argument('--two', nargs=2, type=int)
o.add_argument('--star', nargs='*')
o.add_argument('--rem', nargs=argparse.REMAINDER)
o.add_argument('pos', nargs='?')
for argv in [['--two', '1', '2', 'p'], ['--star', 'a', 'b'], ['--star', '--two', '3', '4'],
             ['p', '--rem', '-x', '--two', 'z'], ['--star'], ['--two', '1', '-2']]:
    show(o, argv)

# Nested subcommands and defaults.
top = argparse.ArgumentParser(prog='top')
top.add_argument('--level', default='top')
top.set_defaults(which='top', shared='from top')
s1 = top.add_subparsers(dest='a')
mid = s1.add_parser('mid')
mid.set_defaults(which='mid')
mid.add_argument('--level', default='mid')
s2 = mid.add_subparsers(dest='b')
leaf = s2.add_parser('leaf', prefix_chars='+')
leaf.add_argument('+k', type=int, default=0)
leaf.add_argument('items', nargs='*')
for argv in [[], ['mid'], ['--level', 'L', 'mid'], ['mid', '--level', 'M', 'leaf', '+k', '3', 'x'],
             ['mid', 'leaf', '-k'], ['mid', 'leaf', '+k', 'z']]:
    show(top, argv)
show(top, ['mid', 'leaf', '--', '+k'], known=True)

# Mutually exclusive: a value equal to the default object does not conflict.
m = argparse.ArgumentParser(prog='m')
g = m.add_mutually_exclusive_group()
g.add_argument('--a', nargs='?', const=None)
g.add_argument('--b', action='store_true')
g.add_argument('pos', nargs='?', default='D')
for argv in [['--a', '--b'], ['--a', 'x', '--b'], ['--b', 'p'], ['p']]:
    show(m, argv)

# Intermixed.
i = argparse.ArgumentParser(prog='i')
i.add_argument('--flag', action='store_true')
i.add_argument('--x', required=True)
i.add_argument('files', nargs='+')
i.add_argument('last')
for argv in [['a', '--flag', 'b', '--x', '1', 'c'], ['a', 'b', '--zz', 'c'], ['a']]:
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err):
            print(argv, '->', i.parse_intermixed_args(argv))
    except SystemExit as e:
        print(argv, '-> exit', e.code, '|', err.getvalue().splitlines()[-1])
j = argparse.ArgumentParser(prog='j')
j.add_argument('r', nargs=argparse.REMAINDER)
try:
    j.parse_intermixed_args([])
except TypeError as e:
    print('TypeError:', e)
print(i.parse_known_intermixed_args(['a', '--x', '1', 'b', '--what']))

# Actions with type and choices on append/extend, dest with dashes, required optionals.
t = argparse.ArgumentParser(prog='t')
t.add_argument('--size', action='append', type=int, choices=[1, 2, 3], default=[0])
t.add_argument('--the-name', required=True)
t.add_argument('-e', action='extend', nargs='*', default=['e0'])
for argv in [['--the-name', 'n'], ['--the-name', 'n', '--size', '2', '--size', '3'],
             ['--size', '4', '--the-name', 'n'], ['--the-name', 'n', '-e', 'a', 'b', '-e']]:
    show(t, argv)
print(t.parse_args(['--the-name', 'n']).size is t.get_default('size'))
