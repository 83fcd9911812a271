# An uncaught parse error: usage and `prog: error:` on stderr, exit status 2.
import argparse

parser = argparse.ArgumentParser(description='sum integers')
parser.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer')
parser.add_argument('--sum', dest='accumulate', action='store_const', const=sum,
                    default=max, help='sum the integers (default: find the max)')
args = parser.parse_args(['1', '2', '3'])
print(args.accumulate(args.integers))
args = parser.parse_args(['1', '2', '3', '--sum'])
print(args.accumulate(args.integers))
parser.print_help()
parser.parse_args(['1', 'two'])
print('not reached')
