# The game's creatures, written as a script. Each one registers its update(dt) with the host
# through spawn(); the host's frame loop calls them, and they ask about the world through host
# functions (player(), position(), move_to()) and do vector maths with the host's Vec2 type.

SEEKER_SPEED = 3.0


class Seeker:
    """Walks straight at the player and says so once it catches up."""

    def __init__(self, name, start):
        self.name = name
        self.caught = False
        self.id = spawn(name, start, self.update)

    def update(self, dt):
        me = position(self.id)
        to_player = player() - me
        distance = to_player.length()
        if distance < 0.5:
            if not self.caught:
                self.caught = True
                print(f"{self.name} caught the player at {me!r}")
            return
        step = min(distance, SEEKER_SPEED * dt)
        move_to(self.id, me + to_player.normalized() * step)


class Orbiter:
    """Circles a fixed point; counts its laps."""

    def __init__(self, name, center, radius):
        self.name = name
        self.center = center
        self.radius = radius
        self.angle = 0.0
        self.laps = 0
        self.id = spawn(name, center + Vec2(radius, 0.0), self.update)

    def update(self, dt):
        self.angle += 1.5 * dt
        if self.angle >= 6.283185307179586:
            self.angle -= 6.283185307179586
            self.laps += 1
            print(f"{self.name} finished lap {self.laps}")
        move_to(self.id, self.center + Vec2(self.radius, 0.0).rotated(self.angle))


seekers = [Seeker("bat", Vec2(0.0, 0.0)), Seeker("ghost", Vec2(-4.0, 6.0))]
moon = Orbiter("moon", Vec2(2.0, 2.0), 1.0)
