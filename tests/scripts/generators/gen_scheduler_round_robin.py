def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield
    return f"{name} finished"
def scheduler(tasks):
    queue = list(tasks)
    results = []
    tick = 0
    while queue:
        t = queue.pop(0)
        tick += 1
        try:
            next(t)
        except StopIteration as e:
            results.append((tick, e.value))
        else:
            queue.append(t)
    return results
print(scheduler([task("A", 2), task("B", 3), task("C", 1)]))
def countdown(name, n):
    while n > 0:
        received = yield f"{name}:{n}"
        n -= 2 if received == "skip" else 1
    return name + " landed"
runners = {"x": countdown("x", 4), "y": countdown("y", 2)}
started = set()
log = []
for key in ["x", "y", "x", "x", "y", "x", "y"]:
    gen = runners[key]
    try:
        if key in started:
            log.append(gen.send("skip" if key == "x" else None))
        else:
            started.add(key)
            log.append(next(gen))
    except StopIteration as e:
        log.append(e.value)
print(log)
def sleeper(name, delays):
    for d in delays:
        yield d
        print(f"  {name} woke after {d}")
def timed_run(gens):
    clock = 0
    pending = []
    for g in gens:
        pending.append((next(g), len(pending), g))
    while pending:
        pending.sort(key=lambda p: (p[0], p[1]))
        wake, order, g = pending.pop(0)
        clock = wake
        print("t =", clock)
        try:
            pending.append((clock + next(g), order, g))
        except StopIteration:
            print("  task", order, "done")
timed_run([sleeper("fast", [1, 1, 1]), sleeper("slow", [2, 3])])
