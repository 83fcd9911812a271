# getrecursionlimit/setrecursionlimit and its errors.
import sys

print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())

def depth(n):
    return depth(n + 1)

try:
    depth(0)
except RecursionError as e:
    print("RecursionError:", e)

for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in (1.5, "10", None):
    try:
        sys.setrecursionlimit(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    sys.setrecursionlimit(2**40)
except OverflowError as e:
    print("OverflowError:", e)

def at_depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(5)
        except RecursionError as e:
            print("RecursionError:", e)
        return
    at_depth(n - 1)

at_depth(10)
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
