# Differential cases for the help formatter: random parsers (names, metavars, nargs, help
# lengths, groups, mutually exclusive groups, subcommands) formatted at random widths, with
# CPython's text as the oracle. Change SEED or COUNT to explore more (COUNT is kept small: the
# harness also runs this under gc-zeal). Seeds 1-5 at COUNT = 200 were also compared with
# CPython.
import argparse
import random

SEED = 7
COUNT = 20
rng = random.Random(SEED)
VOCAB = ('the of input output file value mode level number path a an to with '
         'supercalifragilistic configuration directory 100%% (default) [x] -- - x').split()


def text(n):
    return ' '.join(rng.choice(VOCAB) for _ in range(n))


def name(k):
    return '-'.join(rng.choice(['in', 'out', 'verbose', 'level', 'x', 'long-option', 'n'])
                    for _ in range(k))


for case in range(COUNT):
    width = rng.choice([None, 30, 45, 60, 100])
    pos = rng.choice([24, 10, 40])
    parser = argparse.ArgumentParser(
        prog=rng.choice(['p', 'prog', 'a-very-long-program-name-for-testing-usage']),
        description=text(rng.randint(0, 30)) or None,
        epilog=text(rng.randint(0, 10)) or None,
        formatter_class=lambda prog: argparse.HelpFormatter(prog, max_help_position=pos,
                                                            width=width),
        add_help=rng.random() < 0.8)
    groups = [parser]
    if rng.random() < 0.4:
        groups.append(parser.add_argument_group(text(2), text(rng.randint(0, 8)) or None))
    mutex = None
    if rng.random() < 0.4:
        mutex = parser.add_mutually_exclusive_group(required=rng.random() < 0.5)
    used = set()
    for i in range(rng.randint(0, 7)):
        if rng.random() < 0.7:
            long = '--' + name(rng.randint(1, 3)) + str(i)
            names = [long] if rng.random() < 0.5 else ['-' + 'abcdefgh'[i], long]
            kwargs = {'action': rng.choice(['store', 'store', 'store_true', 'count'])}
            if kwargs['action'] == 'store':
                nargs = rng.choice([None, '?', '*', '+', 2])
                if nargs is not None:
                    kwargs['nargs'] = nargs
                if rng.random() < 0.3:
                    kwargs['metavar'] = rng.choice(['V', 'VALUE', 'A_LONG_METAVAR'])
                elif rng.random() < 0.2:
                    kwargs['choices'] = ['one', 'two', 'three']
            if rng.random() < 0.8:
                kwargs['help'] = text(rng.randint(0, 25))
            elif rng.random() < 0.3:
                kwargs['help'] = argparse.SUPPRESS
            target = mutex if (mutex is not None and rng.random() < 0.5) else rng.choice(groups)
            target.add_argument(*names, **kwargs)
        else:
            kwargs = {'nargs': rng.choice([None, '?', '*', '+', 1, 3])}
            if rng.random() < 0.7:
                kwargs['help'] = text(rng.randint(1, 20))
            rng.choice(groups).add_argument('pos_%s_%d' % (name(1), i), **kwargs)
    if mutex is not None and not mutex._group_actions:
        mutex.add_argument('--either', action='store_true')
    if rng.random() < 0.25:
        subs = parser.add_subparsers(dest='cmd', help=text(3) if rng.random() < 0.5 else None)
        for j in range(rng.randint(1, 3)):
            subs.add_parser('cmd%d' % j, help=text(rng.randint(1, 12)),
                            aliases=['c%d' % j] if rng.random() < 0.3 else [])
    print('=== case', case, 'width', width, 'position', pos)
    print(parser.format_help(), end='')
