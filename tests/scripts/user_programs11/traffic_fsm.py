"""Traffic-light controller as a finite state machine built on Enum."""
from enum import Enum, auto
from typing import Dict, List, Tuple


class Light(Enum):
    RED = auto()
    RED_AMBER = auto()
    GREEN = auto()
    AMBER = auto()
    FLASHING = auto()


class Event(Enum):
    TIMER = "timer"
    FAULT = "fault"
    RESET = "reset"
    PEDESTRIAN = "ped"


DURATIONS: Dict[Light, int] = {
    Light.RED: 4,
    Light.RED_AMBER: 1,
    Light.GREEN: 5,
    Light.AMBER: 2,
    Light.FLASHING: 0,
}

TRANSITIONS: Dict[Tuple[Light, Event], Light] = {
    (Light.RED, Event.TIMER): Light.RED_AMBER,
    (Light.RED_AMBER, Event.TIMER): Light.GREEN,
    (Light.GREEN, Event.TIMER): Light.AMBER,
    (Light.GREEN, Event.PEDESTRIAN): Light.AMBER,
    (Light.AMBER, Event.TIMER): Light.RED,
    (Light.FLASHING, Event.RESET): Light.RED,
}


class InvalidTransition(Exception):
    pass


class Controller:
    def __init__(self) -> None:
        self.state = Light.RED
        self.remaining = DURATIONS[self.state]
        self.history: List[Light] = [self.state]

    def fire(self, event: Event) -> Light:
        if event is Event.FAULT:
            nxt = Light.FLASHING
        else:
            key = (self.state, event)
            if key not in TRANSITIONS:
                raise InvalidTransition(f"{event.name} not allowed in state {self.state.name}")
            nxt = TRANSITIONS[key]
        self.state = nxt
        self.remaining = DURATIONS[nxt]
        self.history.append(nxt)
        return nxt

    def tick(self) -> None:
        if self.state is Light.FLASHING:
            return
        self.remaining -= 1
        if self.remaining <= 0:
            self.fire(Event.TIMER)


c = Controller()
print("start:", c.state, repr(c.state))
for t in range(14):
    c.tick()
    print(f"t={t:2d} {c.state.name:<9} remaining={c.remaining}")
    if t == 9 and c.state is Light.GREEN:
        print("  pedestrian button ->", c.fire(Event.PEDESTRIAN))

print("fault ->", c.fire(Event.FAULT))
for ev in (Event.TIMER, Event.PEDESTRIAN):
    try:
        c.fire(ev)
    except InvalidTransition as e:
        print("InvalidTransition:", e)
print("reset ->", c.fire(Event.RESET))
print("history:", [s.name for s in c.history])
print("counts:", {s.name: c.history.count(s) for s in Light})
print([l.value for l in Light])
print(Light["GREEN"], Light(3), Event("ped"))
print(Light.GREEN in DURATIONS, len(Light), list(Event)[:2])
try:
    Light["BLUE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Event("honk")
except ValueError as e:
    print("ValueError:", e)
print(Light.RED == Light.RED, Light.RED is Light(1), Light.AMBER != Event.TIMER)
print(sorted(Light, key=lambda m: m.name))
