# While it sorts, the list is empty to the script; changing it raises ValueError afterwards,
# and the sorted items replace whatever the script put in.

state = {"list": None, "action": None}


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        lst = state["list"]
        if lst is not None:
            print("inside:", len(lst), lst)
            if state["action"]:
                state["action"](lst)
                state["action"] = None
        return self.v < other.v

    def __repr__(self):
        return f"V({self.v})"


def trial(name, action):
    lst = [V(3), V(1), V(2)]
    state["list"] = lst
    state["action"] = action
    try:
        lst.sort()
        print(name, "ok", lst)
    except ValueError as e:
        print(name, "ValueError:", e, lst)
    state["list"] = None


trial("look", None)
trial("append", lambda l: l.append(V(99)))
trial("append+pop", lambda l: (l.append(V(99)), l.pop()))
trial("extend", lambda l: l.extend([V(7), V(8)]))
trial("extend empty", lambda l: l.extend([]))
trial("insert", lambda l: l.insert(0, V(5)))
trial("clear", lambda l: l.clear())
trial("setslice", lambda l: l.__setitem__(slice(0, 0), [V(4)]))
def iadd(lst):
    lst += [V(6)]


trial("iadd", iadd)
trial("nested sort", lambda l: l.sort())


# A comparison that raises wins over "modified during sort".
class Raiser:
    def __init__(self, v, lst):
        self.v = v
        self.lst = lst

    def __lt__(self, other):
        self.lst.append(0)
        raise KeyError("cmp")

    def __repr__(self):
        return f"R({self.v})"


lst = []
lst.extend([Raiser(1, lst), Raiser(2, lst)])
try:
    lst.sort()
except KeyError as e:
    print("KeyError", e, lst)


# Key functions see the empty list too; one that raises leaves the list as it was, even if it
# changed it.
lst = [3, 1, 2]


def key(x):
    print("key", x, lst)
    if x == 2:
        lst.append(x)
        raise IndexError("key failed")
    return -x


try:
    lst.sort(key=key)
except IndexError as e:
    print("IndexError", e, lst)

lst = [3, 1, 2]


def key2(x):
    lst.append(x)
    return x


try:
    lst.sort(key=key2)
except ValueError as e:
    print("ValueError", e, lst)

lst = [3, 1, 2]
try:
    lst.sort(key=lambda x: lst.append(x))
except TypeError as e:
    print("TypeError", e, lst)

# Argument checks.
for call in (
    lambda: [2, 1].sort(reverse=None),
    lambda: [2, 1].sort(reverse=2**40),
    lambda: [2, 1].sort(reverse=2**80),
    lambda: [2, 1].sort(reverse=1.5),
    lambda: [2, 1].sort(1),
    lambda: [2, 1].sort(cmp=None),
    lambda: sorted([2, 1], cmp=None),
    lambda: sorted([2, 1], reverse="yes"),
    lambda: sorted(),
    lambda: sorted([1], [2]),
):
    try:
        print(call())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(sorted([2, 3, 1], reverse=True, key=None), sorted([2, 1], reverse=False))
l = [5, 4]
print(l.sort(reverse=True), l, l.sort(key=None), l)
