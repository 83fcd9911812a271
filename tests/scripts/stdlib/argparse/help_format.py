# Help and usage text: wrapping, metavars, formatter classes, %(default)s expansion.
import argparse
import sys

p = argparse.ArgumentParser(
    prog='tool',
    description='A tool that does a great many things to files, streams and other '
                'resources, described at length so the description wraps over lines.',
    epilog='See the manual for more. %(prog)s is free software.')
p.add_argument('input', help='the input file')
p.add_argument('outputs', nargs='*', help='where results go (default: %(default)s)',
               default=['-'])
p.add_argument('-v', '--verbose', action='count', help='more output')
p.add_argument('-o', '--output-format', choices=['json', 'csv', 'text'], default='text',
               help='format of output; one of %(choices)s, default %(default)r')
p.add_argument('--level', type=int, default=3, metavar='N', help='level %(type)s %(dest)s')
p.add_argument('--pair', nargs=2, metavar=('KEY', 'VALUE'), help='a pair')
p.add_argument('--many', nargs='+', help='one or more')
p.add_argument('--maybe', nargs='?', help='zero or one')
p.add_argument('--star', nargs='*', help='zero or more')
p.add_argument('--star2', nargs='*', metavar=('A', 'B'))
p.add_argument('--hidden', help=argparse.SUPPRESS)
p.add_argument('--no-help')
p.add_argument('--a-very-long-option-name-indeed', help='this one pushes its help to the next line')
p.add_argument('--version', action='version', version='%(prog)s 1.0')
print(p.format_usage(), end='')
print('---')
print(p.format_help(), end='')
print('---')
p.print_usage()
p.print_help(sys.stdout)

# A long prog puts the usage on its own line.
q = argparse.ArgumentParser(prog='a-program-with-a-really-quite-extraordinarily-long-name-here')
for i in range(8):
    q.add_argument('--option-%d' % i, metavar='VALUE%d' % i)
q.add_argument('positional_one')
q.add_argument('positional_two', nargs='+')
print(q.format_usage())

# Short prog, many options: wraps with parts aligned after prog.
r = argparse.ArgumentParser(prog='r')
for name in 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu'.split():
    r.add_argument('--' + name, help='the %s option' % name)
r.add_argument('file')
r.add_argument('more', nargs='*')
print(r.format_help())

# Only positionals, wrapping.
s = argparse.ArgumentParser(prog='s', add_help=False)
for i in range(12):
    s.add_argument('positional_%d' % i)
print(s.format_usage())
print(argparse.ArgumentParser(prog='empty', add_help=False).format_help())

# Explicit usage and usage=SUPPRESS.
t = argparse.ArgumentParser(prog='t', usage='%(prog)s [options] FILE')
t.add_argument('f')
print(t.format_help())
u = argparse.ArgumentParser(prog='u', usage=argparse.SUPPRESS, description='no usage')
print(u.format_help())

# Formatter classes.
text = '''Keep
   this    layout
exactly.'''
for cls in [argparse.HelpFormatter, argparse.RawDescriptionHelpFormatter,
            argparse.RawTextHelpFormatter, argparse.ArgumentDefaultsHelpFormatter]:
    f = argparse.ArgumentParser(prog='f', description=text, formatter_class=cls)
    f.add_argument('--x', default=5, help='x   value\n  two lines')
    f.add_argument('--y', help='no default shown when None')
    f.add_argument('--z', default=argparse.SUPPRESS, help='suppressed default')
    f.add_argument('--w', default=1, help='has %(default)s already')
    f.add_argument('pos', nargs='?', default='P', help='optional positional')
    f.add_argument('req', help='required positional')
    print(cls.__name__)
    print(f.format_help())

m = argparse.ArgumentParser(prog='m', formatter_class=argparse.MetavarTypeHelpFormatter)
m.add_argument('--n', type=int)
m.add_argument('v', type=float)
print(m.format_help())

# A custom formatter width and help position.
c = argparse.ArgumentParser(
    prog='c', formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=40, width=50),
    description='narrow layout with a description long enough to need wrapping twice over')
c.add_argument('--alpha-option', help='help text that is long enough to wrap at fifty columns')
c.add_argument('-b', help='short')
print(c.format_help())

# Choices metavar and empty help.
d = argparse.ArgumentParser(prog='d')
d.add_argument('cmd', choices=['start', 'stop'])
d.add_argument('--n', choices=range(3), type=int, help='')
d.add_argument('--level', choices=[1, 2], type=int, help='%(choices)s')
print(d.format_help())
