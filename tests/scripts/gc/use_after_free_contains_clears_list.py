# A list's items are compared while __eq__ empties the list and allocates enough garbage for
# a major collection to run: CPython stops at the list's new length.
class Evil:
    def __init__(self, n):
        self.n = n
        self.payload = [n, str(n) * 3]

    def __eq__(self, other):
        if self.n == 0:
            items.clear()
            junk = []
            for i in range(3000):
                junk.append([i, str(i)])
        return self.n == other


items = [Evil(i) for i in range(40)]
for _ in range(10):
    pass
print(5 in items, len(items))
