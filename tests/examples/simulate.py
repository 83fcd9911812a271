"""Writes the expected output of examples/game_host.rs and examples/server.rs by running their
scripts under CPython with a Python transliteration of each Rust host (same host functions,
same loop, same formatting). Run with CPython 3.11 from the repository root:

    python3 tests/examples/simulate.py

tests/examples.rs compares each example binary's output with these files.
"""

import math
import pathlib

ROOT = pathlib.Path(__file__).resolve().parents[2]
HEADER = ""


def rust_f2(x):
    # Rust's {:.2} rounds half to even on the exact binary value, as Python's format does.
    return f"{x:.2f}"


def game_host():
    out = []

    class Vec2:
        def __init__(self, x, y):
            self.x = float(x)
            self.y = float(y)

        def __add__(self, o):
            return Vec2(self.x + o.x, self.y + o.y)

        def __sub__(self, o):
            return Vec2(self.x - o.x, self.y - o.y)

        def __mul__(self, k):
            return Vec2(self.x * k, self.y * k)

        def __eq__(self, o):
            return self.x == o.x and self.y == o.y

        def __repr__(self):
            return f"Vec2({rust_f2(self.x)}, {rust_f2(self.y)})"

        def length(self):
            return math.hypot(self.x, self.y)

        def normalized(self):
            n = self.length()
            return self if n == 0.0 else Vec2(self.x / n, self.y / n)

        def rotated(self, a):
            s, c = math.sin(a), math.cos(a)
            return Vec2(self.x * c - self.y * s, self.x * s + self.y * c)

    world = {"player": Vec2(8.0, 0.0), "entities": []}

    def spawn(name, pos, update):
        world["entities"].append([name, Vec2(pos.x, pos.y), update])
        return len(world["entities"]) - 1

    def player():
        p = world["player"]
        return Vec2(p.x, p.y)

    def position(i):
        p = world["entities"][i][1]
        return Vec2(p.x, p.y)

    def move_to(i, pos):
        world["entities"][i][1] = Vec2(pos.x, pos.y)

    def say(*args):
        out.append(" ".join(str(a) for a in args))

    source = (ROOT / "examples/game/entities.py").read_text()
    namespace = {"Vec2": Vec2, "spawn": spawn, "player": player, "position": position, "move_to": move_to, "print": say}
    exec(compile(source, "examples/game/entities.py", "exec"), namespace)
    for frame in range(1, 61):
        world["player"].x -= 0.05
        for entity in list(world["entities"]):
            entity[2](0.1)
        if frame % 20 == 0:
            p = world["player"]
            places = ", ".join(f"{n} ({rust_f2(v.x)}, {rust_f2(v.y)})" for n, v, _ in world["entities"])
            out.append(f"frame {frame}: player ({rust_f2(p.x)}, {rust_f2(p.y)}); {places}")
    return out


def server():
    source = (ROOT / "examples/server/handler.py").read_text()
    code = compile(source, "examples/server/handler.py", "exec")
    incoming = [
        ("GET /hello?name=ada", ""),
        ("GET /hello", ""),
        ("POST /sum", "1,2,3,4"),
        ("POST /sum", "1,two,3"),
        ("GET /fib?n=50", ""),
        ("GET /boom", ""),
        ("DELETE /users/7", ""),
        ("GET /fib?n=90", ""),
    ]
    out = []
    for i, (line, body) in enumerate(incoming):
        method, target = line.split(" ", 1)
        path, _, query = target.partition("?")
        q = dict(kv.split("=", 1) if "=" in kv else (kv, "") for kv in query.split("&") if kv)
        namespace = {"request": {"method": method, "path": path, "query": q, "body": body}}
        try:
            exec(code, namespace)
            r = namespace["response"]
            status, text, kind = r["status"], r["body"], r["headers"].get("content-type", "-")
        except Exception as e:
            status, text, kind = 500, f"internal error: {type(e).__name__}: {e}", "-"
        out.append(f"#{i} {line} -> {status} {text} [{kind}]")
    return out


def plugin_host():
    import linecache
    import traceback

    out = []
    folder = ROOT / "examples/plugins"
    events = [("start", "alpha beta"), ("reload", "   "), ("tick", "beta gamma beta")]

    def indent(text):
        return "\n".join("  " + line for line in text.rstrip("\n").split("\n"))

    def script_error(e):
        # The traceback from the plugin's own frames down, as an engine reports it.
        frames = [f for f in traceback.extract_tb(e.__traceback__) if f.filename.startswith("plugins/")]
        text = "".join(traceback.format_list(frames)) + "".join(traceback.format_exception_only(e))
        return "Traceback (most recent call last):\n" + text if frames else "".join(traceback.format_exception_only(e))

    plugins = []
    for path in sorted(folder.glob("*.py")):
        name = path.stem
        printed = []

        def log(message, who=name):
            out.append(f"  [{who}] {message}")

        namespace = {"log": log, "print": lambda *a, sink=printed: sink.append(" ".join(map(str, a)))}
        try:
            source = path.read_text()
            filename = f"plugins/{name}.py"
            linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
            code = compile(source, filename, "exec")
            exec(code, namespace)
        except Exception as e:
            out.append(f"failed to load {name}:\n" + indent(script_error(e)))
            continue
        hook = namespace.get("on_event")
        out.append(f"loaded {name}" + ("" if callable(hook) else " (no on_event hook: it gets no events)"))
        out.extend(f"  {name} printed: {line}" for line in printed)
        printed.clear()
        plugins.append((name, hook if callable(hook) else None, printed))
    for event, payload in events:
        out.append(f"event {event} {payload!r}:".replace("'", '"'))
        for name, hook, printed in plugins:
            if hook is None:
                continue
            try:
                out.append(f"  {name}: {hook(event, payload)}")
            except Exception as e:
                out.append(f"  {name} failed:\n" + indent(indent(script_error(e))))
            out.extend(f"  {name} printed: {line}" for line in printed)
            printed.clear()
    return out


for name, run in [("game_host", game_host), ("server", server), ("plugin_host", plugin_host)]:
    (ROOT / f"tests/examples/{name}.out").write_text("\n".join(run()) + "\n")
