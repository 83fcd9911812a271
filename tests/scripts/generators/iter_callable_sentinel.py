data = [5, 3, 0, 7, 0, 1]
pos = 0
def reader():
    global pos
    v = data[pos]
    pos += 1
    return v
print(list(iter(reader, 0)))
print(list(iter(reader, 0)))
print(list(iter(reader, 1)))
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)
    def __call__(self):
        return self.rolls.pop(0)
print(list(iter(Dice([4, 2, 6, 3]), 6)))
lines = iter(["a", "b", "", "c"])
print([l.upper() for l in iter(lambda: next(lines), "")])
print(next(lines))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
it = iter(tick, 4)
print(type(it).__name__, next(it), list(it), counter)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
it2 = iter(lambda: "x", "x")
print(list(it2), next(it2, "done"))
