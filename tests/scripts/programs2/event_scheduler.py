class Event:
    def __init__(self, time, seq, task, label):
        self.time = time
        self.seq = seq
        self.task = task
        self.label = label

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __repr__(self):
        return f"<Event t={self.time} {self.label}>"


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.counter = 0
        self.log = []

    def spawn(self, gen, label, delay=0):
        self._schedule(self.now + delay, gen, label)

    def _schedule(self, when, gen, label):
        self.counter += 1
        self.queue.append(Event(when, self.counter, gen, label))
        self.queue.sort()

    def run(self, until=None):
        while self.queue:
            event = self.queue.pop(0)
            if until is not None and event.time > until:
                self.queue.insert(0, event)
                print(f"[t={self.now:>3}] stopping; {len(self.queue)} pending: {self.queue}")
                return
            self.now = event.time
            try:
                request = next(event.task)
            except StopIteration as stop:
                self.log.append((self.now, event.label, stop.value))
                print(f"[t={self.now:>3}] {event.label} finished -> {stop.value!r}")
                continue
            kind, arg = request
            if kind == "sleep":
                self._schedule(self.now + arg, event.task, event.label)
            elif kind == "spawn":
                child_gen, child_label = arg
                self.spawn(child_gen, child_label)
                self._schedule(self.now, event.task, event.label)
            else:
                raise ValueError(f"unknown request {kind!r}")


def heartbeat(name, period, beats):
    for i in range(beats):
        print(f"[    ] {name} beat {i + 1}/{beats}")
        yield ("sleep", period)
    return f"{name} did {beats} beats"


def downloader(url, size, speed):
    got = 0
    while got < size:
        chunk = min(speed, size - got)
        got += chunk
        print(f"[    ] {url}: {got}/{size} bytes")
        yield ("sleep", 3)
    return size


def manager():
    print("[    ] manager starting downloads")
    yield ("spawn", (downloader("a.txt", 250, 100), "dl-a"))
    yield ("spawn", (downloader("b.bin", 90, 60), "dl-b"))
    yield ("sleep", 20)
    return "manager done"


sched = Scheduler()
sched.spawn(heartbeat("hb", 5, 3), "heartbeat")
sched.spawn(manager(), "manager", delay=1)
sched.spawn(heartbeat("late", 2, 2), "late", delay=30)
sched.run(until=25)
print("-- resuming --")
sched.run()
print("log:")
for when, label, result in sched.log:
    print(f"  {when:>3}  {label:<10} {result}")
