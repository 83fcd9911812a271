"""A publish/subscribe event bus of the kind a plugin host exposes to scripts."""
from collections import defaultdict
from functools import partial
from typing import Any, Callable, DefaultDict, Dict, List, Optional

Handler = Callable[..., Optional[bool]]


class EventBus:
    def __init__(self) -> None:
        self._handlers: DefaultDict[str, List[tuple]] = defaultdict(list)
        self.delivered: Dict[str, int] = {}

    def on(self, event: str, handler: Handler, priority: int = 0) -> None:
        self._handlers[event].append((priority, len(self._handlers[event]), handler))
        self._handlers[event].sort(key=lambda t: (-t[0], t[1]))

    def off(self, event: str, handler: Handler) -> None:
        before = len(self._handlers[event])
        self._handlers[event] = [t for t in self._handlers[event] if t[2] is not handler]
        if len(self._handlers[event]) == before:
            raise LookupError(f"handler not registered for {event!r}")

    def subscribe(self, event: str, priority: int = 0) -> Callable[[Handler], Handler]:
        def deco(fn: Handler) -> Handler:
            self.on(event, fn, priority)
            return fn
        return deco

    def emit(self, event: str, **payload: Any) -> int:
        called = 0
        for _, _, h in list(self._handlers.get(event, [])):
            called += 1
            if h(event=event, **payload) is False:
                print(f"  {event}: propagation stopped")
                break
        self.delivered[event] = self.delivered.get(event, 0) + called
        return called


bus = EventBus()
log: List[str] = []


@bus.subscribe("player_join")
def greet(event: str, name: str, **_: Any) -> None:
    print(f"  welcome, {name}!")
    log.append(f"greet:{name}")


@bus.subscribe("player_join", priority=10)
def ban_check(event: str, name: str, **_: Any) -> Optional[bool]:
    if name.startswith("troll"):
        print(f"  {name} is banned")
        return False
    return None


def announce(channel: str, event: str, **payload: Any) -> None:
    items = ", ".join(f"{k}={v}" for k, v in sorted(payload.items()))
    print(f"  [{channel}] {event}: {items}")


bus.on("player_join", partial(announce, "global"), priority=5)
chat_handler = partial(announce, "chat")
bus.on("chat", chat_handler)
bus.on("damage", lambda event, target, amount: print(f"  {target} takes {amount}"))

print("emit join alice:", bus.emit("player_join", name="alice"))
print("emit join troll99:", bus.emit("player_join", name="troll99"))
print("emit chat:", bus.emit("chat", user="alice", text="hi all"))
print("emit damage:", bus.emit("damage", target="orc", amount=12))
print("emit unknown:", bus.emit("weather", kind="rain"))

bus.off("chat", chat_handler)
print("emit chat after off:", bus.emit("chat", user="bob", text="anyone?"))
try:
    bus.off("chat", chat_handler)
except LookupError as e:
    print("LookupError:", e)
try:
    bus.emit("damage", target="orc")
except TypeError as e:
    print("TypeError:", e)

for name in ["bob", "carol"]:
    print(f"emit join {name}:", bus.emit("player_join", name=name))
print("delivered:", bus.delivered)
print("log:", log)
print("events with handlers:", sorted(k for k, v in bus._handlers.items() if v))
p = partial(announce, "debug")
print(p.func.__name__, p.args, p.keywords)
print(type(bus._handlers).__name__, bus._handlers.default_factory)
