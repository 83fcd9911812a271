# parse_args() with no list reads sys.argv[1:]; prog is the script's file name.
import argparse
import sys

sys.argv[1:] = ['--count', '3', 'item']
parser = argparse.ArgumentParser()
parser.add_argument('--count', type=int, default=1)
parser.add_argument('name')
print(parser.prog)
print(parser.parse_args())
print(parser.format_usage(), end='')
sys.argv[1:] = ['-h']
parser.parse_args()
