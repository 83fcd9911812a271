class Widget:
    created = 0
    live = []
    _next_id = 1
    def __init__(self, name):
        self.id = Widget._next_id
        Widget._next_id += 1
        type(self).created += 1
        Widget.live.append(name)
        self.name = name
    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.name})"
class Button(Widget):
    pass
class Slider(Widget):
    created = 100
ws = [Widget("w"), Button("b1"), Button("b2"), Slider("s")]
print(ws)
print(Widget.created, Button.created, Slider.created)
print("created" in Button.__dict__, "created" in Slider.__dict__)
print(Widget.live, Widget._next_id)
class Counter:
    def __init__(self):
        self.n = 0
    def incr(self, by=1):
        self.n += by
        return self
c = Counter()
c.incr().incr(5).incr()
print(c.n)
class Tracker:
    instances = {}
    def __init__(self, key):
        Tracker.instances.setdefault(key, []).append(self)
        self.seq = len(Tracker.instances[key])
for k in "abacab":
    Tracker(k)
print({k: len(v) for k, v in sorted(Tracker.instances.items())})
print([t.seq for t in Tracker.instances["a"]])
