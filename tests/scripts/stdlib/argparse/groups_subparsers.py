# Argument groups, mutually exclusive groups, parents, conflict handlers and subcommands.
import argparse

p = argparse.ArgumentParser(prog='g', description='groups demo')
io = p.add_argument_group('input/output', 'Where data comes from and goes.')
io.add_argument('--in', dest='inp', help='input')
io.add_argument('--out', help='output')
mx = p.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true', help='json output')
mx.add_argument('--csv', action='store_true', help='csv output')
req = p.add_mutually_exclusive_group(required=True)
req.add_argument('-a', action='store_true')
req.add_argument('-b', type=int)
empty = p.add_argument_group('empty group')
p.add_argument('name')
print(p.format_help())
print(p.parse_args(['-a', 'n', '--in', 'x', '--json']))
print(p.parse_args(['-b', '3', 'n']))

# A required group of one visible action has no parentheses.
one = argparse.ArgumentParser(prog='one')
g = one.add_mutually_exclusive_group(required=True)
g.add_argument('--x')
g.add_argument('--y', help=argparse.SUPPRESS)
print(one.format_usage())
# A group in the middle of positionals and suppressed members.
mid = argparse.ArgumentParser(prog='mid')
mid.add_argument('--first')
g = mid.add_mutually_exclusive_group()
g.add_argument('--p', help=argparse.SUPPRESS)
g.add_argument('--q')
g.add_argument('--r')
mid.add_argument('--last')
g2 = mid.add_mutually_exclusive_group()
g2.add_argument('pos', nargs='?')
g2.add_argument('--s')
print(mid.format_usage())

# Parents.
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--shared', default='s')
pg = parent.add_argument_group('parent group')
pg.add_argument('--pg')
pm = parent.add_mutually_exclusive_group()
pm.add_argument('--on', action='store_true')
pm.add_argument('--off', action='store_true')
parent.set_defaults(origin='parent')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('own')
print(child.parse_args(['o']))
print(child.format_help())

# Conflict handlers.
res = argparse.ArgumentParser(prog='res', conflict_handler='resolve')
res.add_argument('-x', '--exact', help='old')
res.add_argument('-x', help='new x')
res.add_argument('--exact', help='new exact')
print(res.format_help())
try:
    argparse.ArgumentParser(conflict_handler='other')
except ValueError as e:
    print('ValueError:', e)
dup = argparse.ArgumentParser(prog='dup')
dup.add_argument('--a')
try:
    dup.add_argument('--a', '-h')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)

# Subcommands.
def cmd_add(args):
    return 'add %s' % args.x

def cmd_rm(args):
    return 'rm %s force=%s' % (args.paths, args.force)

main = argparse.ArgumentParser(prog='git')
main.add_argument('--debug', action='store_true')
subs = main.add_subparsers(dest='command', help='sub-command help')
a = subs.add_parser('add', help='add things', aliases=['a'])
a.add_argument('x', type=int)
a.set_defaults(func=cmd_add)
r = subs.add_parser('rm', help='remove things')
r.add_argument('paths', nargs='+')
r.add_argument('-f', '--force', action='store_true')
r.set_defaults(func=cmd_rm)
subs.add_parser('status')
print(main.format_help())
print(a.format_help())
print(r.format_usage())
for argv in [['add', '5'], ['a', '6'], ['--debug', 'rm', 'p1', 'p2', '-f'], ['status'], []]:
    args = main.parse_args(argv)
    print(sorted((k, getattr(v, '__name__', v)) for k, v in vars(args).items()))
    if hasattr(args, 'func'):
        print(args.func(args))
known, rest = main.parse_known_args(['rm', 'x', '--zzz'])
print(known.paths, known.func.__name__, rest)

titled = argparse.ArgumentParser(prog='titled')
ts = titled.add_subparsers(title='commands', description='available commands',
                           metavar='COMMAND', required=True, dest='cmd')
ts.add_parser('go', help='go somewhere')
ts.add_parser('stop', help='stop')
print(titled.format_help())
print(titled.parse_args(['go']))

pos_first = argparse.ArgumentParser(prog='pf')
pos_first.add_argument('config')
sp = pos_first.add_subparsers()
run = sp.add_parser('run')
run.add_argument('--fast', action='store_true')
print(run.prog)
print(pos_first.parse_args(['c.ini', 'run', '--fast']))
print(repr(sp)[:60])
