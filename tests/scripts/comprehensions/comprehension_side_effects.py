log = []
def note(x):
    log.append(x)
    return x
res = [note(x) for x in range(3) if note(-x - 1) or True]
print(res, log)
log.clear()
res = {note(k): note(k * 10) for k in range(2)}
print(res, log)
log.clear()
g = (note(x) for x in range(3))
print(log)
print(next(g), log)
print(list(g), log)
log.clear()
print(any(note(x) > 1 for x in range(5)), log)
log.clear()
print(sum(note(x) for x in range(4)), log)
out = []
[out.append(c * 2) for c in "ab"]
print(out)
counter = [0]
def bump():
    counter[0] += 1
    return counter[0]
print([bump() for _ in range(4)], counter)
