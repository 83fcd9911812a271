# Instances with more attributes than fit inline (slots continue in storage instances, then a
# dict past 12): values, order, updates, deletion, vars/dir, copies, subclasses, and survival
# across many collections.
import copy


class Wide:
    def __init__(self, n, base=0):
        for i in range(n):
            setattr(self, "f%d" % i, base + i)


class Entity:
    def __init__(self, ident):
        self.ident = ident
        self.x = ident * 1.5
        self.y = -ident
        self.vx = 1
        self.vy = 2
        self.hp = 100
        self.name = "e%d" % ident
        self.tags = [ident]
        self.alive = True

    def tick(self):
        self.x += self.vx
        self.y += self.vy
        self.hp -= 1
        if self.hp < 98:
            self.alive = False


class Player(Entity):
    def __init__(self, ident):
        super().__init__(ident)
        self.score = 0
        self.level = 1
        self.inventory = {}
        self.extra = None


for n in [3, 4, 5, 8, 11, 12, 13, 20]:
    w = Wide(n, 10)
    print(n, list(vars(w).items())[-2:], len(w.__dict__), getattr(w, "f%d" % (n - 1)))

ents = [Entity(i) for i in range(300)] + [Player(i) for i in range(300)]
garbage = []
for rnd in range(4):
    for e in ents:
        e.tick()
    garbage = [[i] * 3 for i in range(500)]
alive = sum(e.alive for e in ents)
print(alive, ents[10].x, ents[10].y, ents[10].hp, ents[400].name, ents[400].tags, ents[400].level)
print(vars(ents[401]))

p = Player(7)
p.score += 5
del p.vx
p.new_attr = "late"
print(list(vars(p)), p.score, hasattr(p, "vx"), p.new_attr)
try:
    p.vx
except AttributeError as exc:
    print("AttributeError:", exc)

q = Player(8)
c = copy.copy(q)
d = copy.deepcopy(q)
q.tags.append(99)
print(c.tags, d.tags, c.__dict__ == q.__dict__, d.extra, d.inventory)
print(sorted(k for k in dir(q) if not k.startswith("__")))

r = Entity(3)
r.__dict__["hp"] = 5
r.__dict__["zz"] = 1
print(r.hp, r.zz, r.name, list(r.__dict__)[-3:])

s = Wide(12)
s.f11 = "last"
s.f0 = "first"
print(s.f0, s.f11, [getattr(s, "f%d" % i) for i in range(12)])
s.f12 = "dict now"
print(len(vars(s)), s.f12, s.f11)
