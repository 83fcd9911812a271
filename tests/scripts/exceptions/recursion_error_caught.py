depth = 0
def dive():
    global depth
    depth += 1
    dive()
try:
    dive()
except RecursionError as e:
    print("RecursionError:", e)
    print("depth reached:", depth)
def nested_depth(n):
    try:
        return nested_depth(n + 1)
    except RecursionError:
        return n
d = nested_depth(0)
print("nested depth:", d)
depth = 0
try:
    dive()
except RuntimeError as e:
    print("as RuntimeError:", type(e).__name__, depth)
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), len(str(fact(500))))
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
    def length(self):
        return 1 + (self.nxt.length() if self.nxt else 0)
n = None
for _ in range(300):
    n = Node(n)
print(n.length())
def mutual_a(k):
    return mutual_b(k + 1)
def mutual_b(k):
    return mutual_a(k + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
