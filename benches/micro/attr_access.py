# Microbenchmark: attribute loads and stores on instances of a Python class
# and method calls through them (self.x, obj.method(), a property).

N = 460_000  # size knob: about 0.4 s on CPython 3.11


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def scale(self, k):
        self.x *= k
        self.y *= k

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Body:
    def __init__(self, i):
        self.pos = Vec(i, -i)
        self.vel = Vec(1, 2)
        self.mass = i % 7 + 1
        self.alive = True

    def update(self):
        self.pos.x += self.vel.x
        self.pos.y += self.vel.y
        if self.pos.x > 1000:
            self.pos.x -= 2000


def main():
    bodies = [Body(i) for i in range(100)]
    total = 0
    for i in range(N):
        b = bodies[i % 100]
        b.update()
        total += b.pos.dot(b.vel) + b.mass
        if b.alive and b.pos.norm1 > 5000:
            b.vel.scale(-1)
    print(total, sum(b.pos.x for b in bodies))


main()
