"""A plugin registry with decorators, versions, dependency ordering and hooks."""
import sys
from functools import wraps
from typing import Any, Callable, Dict, List, Optional, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class RegistryError(Exception):
    pass


class Host:
    def __init__(self) -> None:
        self.plugins: Dict[str, Any] = {}
        self.deps: Dict[str, List[str]] = {}
        self.hooks: Dict[str, List[Callable[..., Any]]] = {}
        self.calls: List[str] = []

    def register(self, name: str, version: str = "1.0", requires: Optional[List[str]] = None) -> Callable[[type], type]:
        def deco(cls: type) -> type:
            if name in self.plugins:
                raise RegistryError(f"plugin {name!r} already registered")
            if int(version.split(".")[0]) < 1:
                raise RegistryError(f"plugin {name!r} has unstable version {version}")
            cls.name, cls.version = name, version
            self.plugins[name] = cls
            self.deps[name] = list(requires or [])
            return cls
        return deco

    def hook(self, event: str) -> Callable[[F], F]:
        def deco(fn: F) -> F:
            @wraps(fn)
            def wrapper(*args: Any, **kwargs: Any) -> Any:
                self.calls.append(f"{event}:{fn.__name__}")
                return fn(*args, **kwargs)
            self.hooks.setdefault(event, []).append(wrapper)
            return wrapper  # type: ignore[return-value]
        return deco

    def load_order(self) -> List[str]:
        order: List[str] = []
        state: Dict[str, int] = {}

        def visit(n: str, chain: List[str]) -> None:
            if state.get(n) == 2:
                return
            if state.get(n) == 1:
                raise RegistryError("dependency cycle: " + " -> ".join(chain + [n]))
            if n not in self.plugins:
                raise RegistryError(f"missing dependency {n!r} (needed by {chain[-1]})")
            state[n] = 1
            for d in self.deps[n]:
                visit(d, chain + [n])
            state[n] = 2
            order.append(n)

        for n in sorted(self.plugins):
            visit(n, [])
        return order

    def start(self) -> None:
        for name in self.load_order():
            inst = self.plugins[name]()
            inst.setup(self)
            print(f"  started {name} v{inst.version}")

    def fire(self, event: str, *args: Any) -> List[Any]:
        return [h(*args) for h in self.hooks.get(event, [])]


host = Host()


@host.register("storage", "2.1")
class Storage:
    def setup(self, host: Host) -> None:
        host.kv = {"gold": 100}


@host.register("chat", "1.0", requires=["storage"])
class Chat:
    def setup(self, host: Host) -> None:
        host.kv["channels"] = ["global"]


@host.hook("tick")
def regen(n: int) -> str:
    """Regenerate health."""
    return f"regen x{n}"


host.hook("tick")(lambda n: n * 10)
print("load order:", host.load_order())
host.start()
print("kv:", host.kv, "tick results:", host.fire("tick", 3))
print("wrapped name/doc:", regen.__name__, regen.__doc__, regen.__wrapped__(1))
print("calls:", host.calls)
print("isinstance check on class attr:", Chat.name, Chat.version)

host2 = Host()
host2.register("x", requires=["ghost"])(type("X", (), {}))
for bad in [lambda: host.register("chat")(type("Dup", (), {})),
            lambda: host.register("beta", "0.9")(type("Beta", (), {})),
            lambda: host.register("a", requires=["b"])(type("A", (), {})),
            lambda: host.register("b", requires=["a"])(type("B", (), {})) and host.load_order(),
            host2.load_order, lambda: host.register("c", "x.1")(type("C", (), {}))]:
    try:
        print("ok:", getattr(bad(), "__name__", None))
    except (RegistryError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
print("registered:", sorted(host.plugins), "deps:", host.deps)
for name, cls in sorted(host.plugins.items()):
    print(f"  {name}: {cls.__name__} v{cls.version} requires {host.deps[name] or 'nothing'}")
sys.stdout.write(f"python {sys.version_info[0]}.{sys.version_info[1]} ok\n")
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit code:", e.code)
