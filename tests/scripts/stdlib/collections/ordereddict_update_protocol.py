from collections import OrderedDict
class K:
    def keys(self): return ["x", "y"]
    def __getitem__(self, k): return k * 2
class I:
    def items(self): return [("p", 1), ("q", 2)]
class Sub(OrderedDict):
    def __setitem__(self, k, v):
        print("set", k, v); super().__setitem__(k, v)
for f in [lambda: OrderedDict([1]), lambda: OrderedDict([(1,)]), lambda: OrderedDict([(1, 2, 3)]), lambda: OrderedDict([()]),
          lambda: OrderedDict(1, 2), lambda: OrderedDict().update(1, 2), lambda: OrderedDict(K()), lambda: OrderedDict(I()),
          lambda: OrderedDict([("a", 1)], b=2), lambda: OrderedDict(5), lambda: OrderedDict({"z": 1, "a": 2}),
          lambda: Sub([("a", 1)], b=2), lambda: Sub({"k": 1}), lambda: OrderedDict(["ab", "cd"]), lambda: OrderedDict(iter([("i", 1)])),
          lambda: OrderedDict().update(), lambda: OrderedDict().update(self=1), lambda: OrderedDict(self=1, other=2)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
