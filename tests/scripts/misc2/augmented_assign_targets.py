class Logged:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, k):
        print("  getitem", k)
        return self.data[k]
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        self.data[k] = v
class Attr:
    def __init__(self):
        object.__setattr__(self, "n", 0)
    def __getattribute__(self, name):
        if name == "n":
            print("  get n")
        return object.__getattribute__(self, name)
    def __setattr__(self, name, v):
        print("  set", name, v)
        object.__setattr__(self, name, v)
lg = Logged({"a": 1})
lg["a"] += 5
print(lg.data)
at = Attr()
at.n += 2
at.n *= 10
print(at.n)
calls = []
def key():
    calls.append("key")
    return "a"
lg[key()] -= 1
print(calls)
nested = {"x": [1, 2]}
nested["x"][0] += 100
nested["x"] += [3]
print(nested)
s = "ab"
s *= 3
s += "!"
print(s)
n = 7
n //= 2; n **= 3; n %= 10; n <<= 2; n |= 1; n ^= 8; n &= 0xF; n >>= 1
print(n)
f = 2.5
f -= 0.5; f /= 4
print(f)
t = (1,)
t *= 2
print(t)
st = {1, 2}
alias = st
st |= {3}
st &= {1, 3, 4}
st -= {4}
st ^= {5}
print(st, alias is st, alias)
dd = {"a": 1}
dd |= {"b": 2}
print(dd)
