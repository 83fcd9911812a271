# Core parsing: positionals, optionals, every built-in action, nargs, types, defaults.
import argparse

p = argparse.ArgumentParser(prog='demo')
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out.txt')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-n', '--num', type=int, default=3)
p.add_argument('--ratio', type=float)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--mode', choices=['fast', 'slow'], default='fast')
p.add_argument('-I', '--include', action='append')
p.add_argument('--tag', action='append_const', const='T', dest='tags')
p.add_argument('--const', action='store_const', const=42)
p.add_argument('--items', action='extend', nargs='+', type=int)
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--opt', nargs='?', const='C', default='D')

for argv in [
    ['a'],
    ['a', 'b'],
    ['a', '-vvv', '-n', '7', '--ratio', '2.5'],
    ['-q', 'x', '--no-color', '--mode', 'slow'],
    ['x', '-I', 'one', '-I', 'two', '--tag', '--tag'],
    ['x', '--const', '--items', '1', '2', '--items', '3'],
    ['x', '--pair', 'k', 'v'],
    ['x', '--opt'],
    ['x', '--opt', 'val'],
    ['x', '--num=9', '-n5'],
    ['x', '-vq'],
    ['x', '--verb', '--qui'],
    ['--', '-x'],
    ['x', '--', '-y'],
    ['-n', '-1', 'neg'],
]:
    print(argv, '->', p.parse_args(argv))

ns = p.parse_args(['z'])
print(vars(ns))
print('src' in ns, 'nope' in ns)
print(ns == argparse.Namespace(**vars(ns)), ns == 1)
print(argparse.Namespace(a=1, b='x'))
print(argparse.Namespace(**{'not valid': 1, 'ok': 2}))
print(p.get_default('num'), p.get_default('missing'))
p.set_defaults(num=10, extra='e')
print(p.parse_args(['w']))

# Positional nargs patterns.
q = argparse.ArgumentParser(prog='q')
q.add_argument('first')
q.add_argument('mid', nargs='*')
q.add_argument('last', nargs=2)
print(q.parse_args(['1', '2', '3']))
print(q.parse_args(['1', '2', '3', '4', '5']))
r = argparse.ArgumentParser(prog='r')
r.add_argument('cmd')
r.add_argument('rest', nargs=argparse.REMAINDER)
print(r.parse_args(['run', '-x', '--y', 'z']))
s = argparse.ArgumentParser(prog='s')
s.add_argument('xs', nargs='+', type=int)
s.add_argument('-f', action='store_true')
print(s.parse_args(['1', '2', '-f']))
print(s.parse_known_args(['1', '--unknown', '2', '-f', 'extra']))

# Intermixed optionals and positionals.
t = argparse.ArgumentParser(prog='t')
t.add_argument('--foo')
t.add_argument('cmd')
t.add_argument('rest', nargs='*', type=int)
print(t.parse_intermixed_args('doit 1 --foo bar 2 3'.split()))
print(t.parse_known_args('doit 1 --foo bar 2 3'.split()))

# String defaults go through type; non-string defaults do not.
u = argparse.ArgumentParser(prog='u')
u.add_argument('--n', type=int, default='12')
u.add_argument('--m', type=int, default=1.5)
u.add_argument('--s', type=lambda s: s.upper(), default='low')
print(u.parse_args([]))

# argument_default and SUPPRESS defaults.
v = argparse.ArgumentParser(prog='v', argument_default=argparse.SUPPRESS)
v.add_argument('--a')
v.add_argument('--b', default=None)
print(v.parse_args([]), v.parse_args(['--a', '1']))

# BooleanOptionalAction.
w = argparse.ArgumentParser(prog='w')
w.add_argument('--color', action=argparse.BooleanOptionalAction, default=True)
print(w.parse_args([]), w.parse_args(['--no-color']), w.parse_args(['--color']))

# Custom Action subclass.
class Upper(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, (option_string, values.upper()))

x = argparse.ArgumentParser(prog='x')
x.add_argument('--name', action=Upper)
x.add_argument('pos', action=Upper)
print(x.parse_args(['--name', 'bob', 'pp']))
print(repr(x._actions[1]))

# Namespace given.
ns = argparse.Namespace(existing=1, name='keep')
print(x.parse_args(['p'], namespace=ns))

# Prefix chars and negative-number-like options.
y = argparse.ArgumentParser(prog='y', prefix_chars='+/')
y.add_argument('+f', '++foo')
y.add_argument('/b', action='store_true')
print(y.parse_args(['+f', '1', '/b']), y.parse_args(['++foo=2']))
z = argparse.ArgumentParser(prog='z')
z.add_argument('-1', dest='one', action='store_true')
z.add_argument('x', nargs='?')
print(z.parse_args(['-1']))
print(repr(argparse.ArgumentParser(prog='P', description='d')))

from argparse import *
print(ArgumentParser is argparse.ArgumentParser, ONE_OR_MORE, OPTIONAL, PARSER, REMAINDER,
      SUPPRESS, ZERO_OR_MORE, Namespace(k=1))
