# More help text: paragraphs, long words, %% escapes, unicode, mixed formatter classes,
# subcommand help with aliases, registered types, version text.
import argparse
import contextlib
import io


class Formatter(argparse.ArgumentDefaultsHelpFormatter, argparse.RawDescriptionHelpFormatter):
    pass


p = argparse.ArgumentParser(
    prog='%(prog)s-literal',
    formatter_class=Formatter,
    description='''Paragraph one of %(prog)s.

      indented line kept


Three blank lines above collapse.''',
    epilog='Ünïcödé epilog — with a dash and 100%% sure.')
p.add_argument('--url', default='http://example.com/a/very/long/path/that/cannot/be/broken/anywhere/at/all',
               help='a supercalifragilisticexpialidociousandevenlongerwordthatmustbebrokensomewhere here')
p.add_argument('--pct', type=int, default=50, help='percentage, 0-100%%')
p.add_argument('--tabs', help='tabs\there\tand\nnewlines\n\nhere')
p.add_argument('--none-default', help='x')
p.add_argument('--empty', default='', help='empty default')
p.add_argument('--fn', type=len, default='abc', help='type %(type)s default %(default)s')
p.register('type', 'hex', lambda s: int(s, 16))
p.add_argument('--hex', type='hex', default='ff', metavar='HEX')
print(p.format_help())
print(p.parse_args(['--hex', '1f', '--fn', 'hello']))

# Subcommand help with aliases and a metavar.
main = argparse.ArgumentParser(prog='vcs', description='version control')
main.add_argument('--version', action='version', version='vcs 0.1\nsecond line')
sp = main.add_subparsers(title='commands', dest='cmd', metavar='<command>', help='what to do')
sp.add_parser('checkout', aliases=['co', 'switch'], help='switch branches')
sp.add_parser('commit', aliases=['ci'], help='record changes to the repository, '
              'with a long enough help text that it has to wrap onto another line')
sp.add_parser('hidden')
sp.add_parser('secret', help=argparse.SUPPRESS)
print(main.format_help())
print(main.parse_args(['co']))
out = io.StringIO()
with contextlib.redirect_stdout(out):
    for argv in [['--version'], ['commit', '--help']]:
        try:
            main.parse_args(argv)
        except SystemExit as e:
            print('exit', e.code)
print(out.getvalue())

# Narrow widths: help below the invocation, and a long prog on its own line.
n = argparse.ArgumentParser(prog='a-long-program-name-that-takes-space',
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=40))
n.add_argument('--alpha', metavar='A_VALUE', help='the alpha value used for things')
n.add_argument('--beta', help='beta')
n.add_argument('--gamma', action='store_true')
n.add_argument('files', nargs='+')
print(n.format_help())
print(repr(p._actions[1]))
print(argparse.ArgumentParser(prog='x', add_help=False, usage='custom %(prog)s').format_usage())

# Required optionals are shown without brackets. A positional with a tuple metavar fails
# in CPython 3.11's help (the script ends there, as CPython's does).
q = argparse.ArgumentParser(prog='q')
q.add_argument('--req', required=True, help='needed')
q.add_argument('--opt', nargs='?', metavar='V')
print(q.format_help())
q.add_argument('point', nargs=2, metavar=('X', 'Y'), help='coordinates')
print(q.format_usage())
print(q.format_help())
