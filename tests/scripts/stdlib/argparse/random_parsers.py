# Differential cases: random parsers (options, positionals, nargs, actions, groups) and
# random command lines, with CPython's results as the oracle. Change SEED or COUNT to explore
# more (COUNT is kept small: the harness also runs this under gc-zeal); the committed .out is
# CPython's for these values. Seeds 1-13 at COUNT = 300 were also compared with CPython.
import argparse
import contextlib
import io
import random

SEED = 20261206
COUNT = 40
rng = random.Random(SEED)

NARGS = [None, None, '?', '*', '+', 1, 2]
WORDS = ['a', 'b', 'x1', '-1', '-.5', '--', '-', '', 'a b', '=', 'c=d']


def make_parser():
    parser = argparse.ArgumentParser(prog='r', allow_abbrev=rng.random() < 0.8,
                                     exit_on_error=True)
    options = []
    container = parser
    if rng.random() < 0.3:
        container = parser.add_mutually_exclusive_group(required=rng.random() < 0.3)
    for i in range(rng.randint(0, 4)):
        short = '-' + 'abcdefgq'[i]
        long = '--' + ['alpha', 'alpine', 'beta', 'gam', 'gamma', 'delta'][rng.randint(0, 5)] + str(i)
        names = rng.choice([[short], [long], [short, long]])
        kind = rng.choice(['store', 'store_true', 'count', 'append', 'store_const', 'extend'])
        kwargs = {}
        if kind in ('store', 'append', 'extend'):
            nargs = rng.choice(NARGS)
            if kind == 'extend' and nargs in (None, '?'):
                nargs = '+'
            if nargs is not None:
                kwargs['nargs'] = nargs
            if nargs == '?':
                kwargs['const'] = 'K'
            if rng.random() < 0.3:
                kwargs['type'] = int
            if rng.random() < 0.2 and 'type' not in kwargs:
                kwargs['choices'] = ['a', 'b', 'x1']
        elif kind == 'store_const':
            kwargs['const'] = i
        if rng.random() < 0.2 and container is parser:
            kwargs['required'] = True
        target = container if rng.random() < 0.7 else parser
        if target is not parser:
            kwargs.pop('required', None)
        target.add_argument(*names, action=kind, **kwargs)
        options.extend(names)
    if container is not parser and not container._group_actions:
        container.add_argument('--mx', action='store_true')
        options.append('--mx')
    for i in range(rng.randint(0, 3)):
        kwargs = {}
        nargs = rng.choice(NARGS)
        if nargs is not None:
            kwargs['nargs'] = nargs
        if rng.random() < 0.2:
            kwargs['type'] = int
        parser.add_argument('p%d' % i, **kwargs)
    return parser, options


def make_argv(options):
    argv = []
    for _ in range(rng.randint(0, 7)):
        r = rng.random()
        if options and r < 0.45:
            opt = rng.choice(options)
            if opt.startswith('--') and rng.random() < 0.3:
                opt = opt[:rng.randint(3, len(opt))]
            if rng.random() < 0.15:
                opt += '=' + rng.choice(WORDS)
            argv.append(opt)
        elif r < 0.5:
            argv.append('-' + ''.join(rng.choice('abcdq1') for _ in range(rng.randint(1, 3))))
        else:
            argv.append(rng.choice(WORDS + ['7', '12']))
    return argv


for case in range(COUNT):
    parser, options = make_parser()
    if case % 10 == 0:
        print(parser.format_usage(), end='')
    for _ in range(3):
        argv = make_argv(options)
        err = io.StringIO()
        try:
            with contextlib.redirect_stderr(err):
                result = parser.parse_known_args(argv)
            print(case, argv, '->', result)
        except SystemExit as e:
            print(case, argv, '-> exit', e.code, '|', err.getvalue().splitlines()[-1])
