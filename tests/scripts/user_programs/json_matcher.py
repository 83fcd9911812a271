# Processing JSON-like events from a fake API with structural pattern matching.

EVENTS = [
    {"type": "click", "pos": [10, 20], "button": "left", "ts": 1},
    {"type": "click", "pos": [5, 7, 9], "ts": 2},
    {"type": "key", "key": "Enter", "mods": ["ctrl", "shift"], "ts": 3},
    {"type": "key", "key": "a", "mods": [], "ts": 4},
    {"type": "scroll", "delta": -3, "ts": 5},
    {"type": "scroll", "delta": 2.5, "ts": 6},
    {"user": {"name": "alice", "roles": ["admin", "dev"]}, "action": "login", "ts": 7},
    {"user": {"name": "bob", "roles": []}, "action": "login", "ts": 8},
    {"user": {"name": 42}, "action": "login", "ts": 9},
    {"user": {"name": "carol"}, "action": "logout", "ts": 10},
    {"type": "batch", "items": [{"type": "scroll", "delta": 1}, {"type": "click", "pos": [0, 0]}]},
    {"type": "error", "code": 404, "message": "Not Found"},
    {"type": "error", "code": 500},
    {"type": "error", "code": "E_TIMEOUT", "message": "timed out"},
    {"type": "resize", "size": {"w": 800, "h": 600}},
    {"type": "resize", "size": (1024, 768)},
    {"type": "unknown-thing", "payload": None},
    ["legacy", "ping", 99],
    ["legacy", "move", 3, -4],
    ("tuple", "event"),
    "heartbeat",
    42,
    3.5,
    None,
    True,
    {},
]


def describe(event):
    match event:
        case {"type": "click", "pos": [x, y], **rest}:
            extra = f" extra={sorted(rest)}" if rest else ""
            return f"click at ({x}, {y}){extra}"
        case {"type": "click", "pos": [*coords]}:
            return f"click with {len(coords)} coords {coords} (bad)"
        case {"type": "key", "key": str(key), "mods": []}:
            return f"key {key!r}"
        case {"type": "key", "key": str(key), "mods": [first, *others]}:
            combo = "+".join([first, *others, key])
            return f"key combo {combo}"
        case {"type": "scroll", "delta": int(d)} if d < 0:
            return f"scroll up {-d} lines"
        case {"type": "scroll", "delta": int() | float() as d}:
            return f"scroll down {d!r} ({type(d).__name__})"
        case {"user": {"name": str(name), "roles": [_, *_] as roles}, "action": "login"}:
            return f"{name} logged in with roles {', '.join(roles)}"
        case {"user": {"name": str(name)}, "action": "login"}:
            return f"{name} logged in (no roles)"
        case {"user": {"name": str(name)}, "action": action}:
            return f"{name} did {action}"
        case {"user": {"name": bad}}:
            return f"invalid user name {bad!r} of type {type(bad).__name__}"
        case {"type": "batch", "items": list(items)}:
            inner = "; ".join(describe(i) for i in items)
            return f"batch[{len(items)}]: {inner}"
        case {"type": "error", "code": int(code), "message": str() as msg} if 400 <= code < 500:
            return f"client error {code}: {msg}"
        case {"type": "error", "code": int(code), **rest}:
            return f"error {code} (message={rest.get('message', '<none>')!r})"
        case {"type": "error", "code": str(code), "message": msg}:
            return f"symbolic error {code.lower()}: {msg}"
        case {"type": "resize", "size": {"w": w, "h": h}} | {"type": "resize", "size": (w, h)}:
            return f"resize to {w}x{h}"
        case {"type": str(kind)}:
            return f"unhandled event type {kind!r} keys={sorted(event)}"
        case ["legacy", "ping", int(n)]:
            return f"legacy ping #{n}"
        case ["legacy", cmd, *args]:
            return f"legacy {cmd} args={args}"
        case (a, b):
            return f"pair {a!r}/{b!r} from {type(event).__name__}"
        case str() as s:
            return f"bare string {s!r}"
        case bool(flag):
            return f"boolean {flag}"
        case int(n) | float(n):
            return f"number {n!r}"
        case None:
            return "null event"
        case {}:
            return "empty object"
        case _:
            return f"unrecognised {event!r}"


counts = {}
for i, ev in enumerate(EVENTS):
    text = describe(ev)
    kind = text.split()[0]
    counts[kind] = counts.get(kind, 0) + 1
    print(f"{i:>2}: {text}")

print("summary:", sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def walk(value, path="$"):
    """Yield (path, leaf) for every scalar inside nested structures."""
    match value:
        case dict():
            for k in value:
                yield from walk(value[k], f"{path}.{k}")
        case list() | tuple():
            for idx, item in enumerate(value):
                yield from walk(item, f"{path}[{idx}]")
        case _:
            yield path, value


api_response = {
    "status": "ok",
    "data": {"users": [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}], "total": 2},
    "meta": {"page": 1, "next": None},
}
for p, leaf in walk(api_response):
    print(f"  {p} = {leaf!r}")

match api_response:
    case {"status": "ok", "data": {"users": [{"id": first_id}, *more], "total": total}}:
        print(f"first id {first_id}, {len(more)} more, total {total}")
    case _:
        print("no match")

# Mapping patterns ignore extra keys but require presence; get() is not used for missing keys
match {"a": 1, "b": None}:
    case {"b": None, "c": _}:
        print("wrong: c is missing")
    case {"b": None}:
        print("b is None, extra keys ignored")
