# RecursionError is raised when the Python call depth passes CPython's default limit (1000),
# counting the module frame, and it can be caught and recovered from repeatedly.
depth = 0

def dive():
    global depth
    depth += 1
    dive()

try:
    dive()
except RecursionError as e:
    print("module level:", depth, e)

def measure():
    global depth
    depth = 0
    try:
        dive()
    except RecursionError:
        return depth

print("one frame deeper:", measure())

def nested_caller():
    return measure()

print("two frames deeper:", nested_caller())

class Node:
    def __init__(self, n):
        self.n = n
    def walk(self):
        return Node(self.n + 1).walk()

try:
    Node(0).walk()
except RecursionError as e:
    print("methods:", type(e).__name__, isinstance(e, RuntimeError))

def count_down(n):
    if n == 0:
        return 0
    return 1 + count_down(n - 1)

print("just under the limit:", count_down(990))
for attempt in range(3):
    try:
        count_down(5000)
    except RecursionError:
        print("attempt", attempt, "recovered; still works:", count_down(100))

def handler_recursion(n):
    try:
        return handler_recursion(n + 1)
    except RecursionError:
        return n

print("deepest frame that caught it:", handler_recursion(0))

def gen_recursion(n):
    yield n
    yield from gen_recursion(n + 1)

last = None
try:
    for v in gen_recursion(0):
        last = v
except RecursionError as e:
    print("yield from chain stopped at", last, e)
