# dict == dict compares values while a value's __eq__ empties the first dict and allocates
# enough for a major collection: the entries still to be compared must stay valid.
class Evil:
    def __init__(self, n):
        self.n = n
        self.payload = [n, str(n) * 3]

    def __eq__(self, other):
        if self.n == 0:
            a.clear()
            junk = []
            for i in range(3000):
                junk.append([i, str(i)])
        return isinstance(other, Evil) and self.n == other.n


a = {i: Evil(i) for i in range(40)}
b = {i: Evil(i) for i in range(40)}
for _ in range(10):
    pass
print(a == b, len(a))
