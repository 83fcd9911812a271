# A traffic light and a vending machine built on a hand-made Enum metaclass.


class EnumMeta(type):
    def __new__(mcls, name, bases, namespace):
        members = {}
        plain = {}
        for key, value in namespace.items():
            if key.startswith("_") or callable(value) or isinstance(value, (classmethod, staticmethod, property)):
                plain[key] = value
            else:
                members[key] = value
        cls = super().__new__(mcls, name, bases, plain)
        cls._members = {}
        for index, (key, value) in enumerate(members.items()):
            member = object.__new__(cls)
            member.name = key
            member.value = value
            member.ordinal = index
            setattr(cls, key, member)
            cls._members[key] = member
        return cls

    def __iter__(cls):
        return iter(cls._members.values())

    def __len__(cls):
        return len(cls._members)

    def __getitem__(cls, name):
        try:
            return cls._members[name]
        except KeyError:
            raise KeyError(f"{cls.__name__} has no member {name!r}") from None

    def __contains__(cls, item):
        return isinstance(item, cls) and item.name in cls._members

    def __call__(cls, value):
        for member in cls._members.values():
            if member.value == value:
                return member
        raise ValueError(f"{value!r} is not a valid {cls.__name__}")

    def __repr__(cls):
        return f"<enum {cls.__name__}>"


class Enum(metaclass=EnumMeta):
    def __repr__(self):
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __str__(self):
        return f"{type(self).__name__}.{self.name}"

    def __hash__(self):
        return hash((type(self).__name__, self.name))

    def __setattr__(self, key, value):
        if hasattr(self, "ordinal"):
            raise AttributeError(f"cannot reassign {key!r} on enum member {self.name}")
        object.__setattr__(self, key, value)


class Light(Enum):
    RED = 30
    GREEN = 25
    YELLOW = 5

    def duration(self):
        return self.value


class Event(Enum):
    TIMER = "timer"
    EMERGENCY = "emergency"
    RESET = "reset"


print(repr(Light), "members:", len(Light), list(Light))
print("by name:", Light["GREEN"], "by value:", Light(5), "is:", Light(30) is Light.RED)
print("contains:", Light.RED in Light, Event.TIMER in Light, "ordinals:", [m.ordinal for m in Light])
print("type:", type(Light.RED).__name__, isinstance(Light.RED, Light), "duration:", Light.YELLOW.duration())
for bad in (lambda: Light["BLUE"], lambda: Light(99)):
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(f"{type(e).__name__}: {e}")
try:
    Light.RED.value = 1
except AttributeError as e:
    print("AttributeError:", e)


def traffic_step(state, event, flashing):
    match (state, event):
        case (_, Event.EMERGENCY):
            return Light.RED, True
        case (_, Event.RESET) if flashing:
            return Light.RED, False
        case (Light.RED | Light.YELLOW, Event.TIMER) if flashing:
            return (Light.YELLOW if state is Light.RED else Light.RED), True
        case (Light.RED, Event.TIMER):
            return Light.GREEN, False
        case (Light.GREEN, Event.TIMER):
            return Light.YELLOW, False
        case (Light.YELLOW, Event.TIMER):
            return Light.RED, False
        case (s, e):
            return s, flashing


state, flashing, clock = Light.RED, False, 0
events = [Event.TIMER] * 4 + [Event.EMERGENCY, Event.TIMER, Event.TIMER, Event.RESET, Event.TIMER]
for ev in events:
    new_state, flashing = traffic_step(state, ev, flashing)
    clock += state.duration()
    print(f"t={clock:>3} {str(state):<12} --{ev.value:>9}--> {str(new_state):<12} flashing={flashing}")
    state = new_state


class VState(Enum):
    IDLE = "idle"
    HAS_MONEY = "has_money"
    VENDING = "vending"
    OUT_OF_ORDER = "broken"


PRICES = {"cola": 150, "chips": 100, "gum": 50}


class VendingMachine:
    TRANSITIONS = {
        (VState.IDLE, "coin"): VState.HAS_MONEY,
        (VState.HAS_MONEY, "coin"): VState.HAS_MONEY,
        (VState.HAS_MONEY, "select"): VState.VENDING,
        (VState.HAS_MONEY, "refund"): VState.IDLE,
        (VState.VENDING, "done"): VState.IDLE,
    }

    def __init__(self, stock):
        self.state = VState.IDLE
        self.credit = 0
        self.stock = dict(stock)
        self.log = []

    def handle(self, action, arg=None):
        key = (self.state, action)
        match (self.state, action, arg):
            case (VState.OUT_OF_ORDER, _, _):
                return "machine out of order"
            case (_, "kick", _):
                self.state = VState.OUT_OF_ORDER
                return "ouch! machine broke"
            case (VState.IDLE | VState.HAS_MONEY, "coin", int(value)) if value in (10, 20, 50, 100):
                self.credit += value
            case (_, "coin", value):
                return f"rejected coin {value!r}"
            case (VState.HAS_MONEY, "select", item) if item not in PRICES:
                return f"unknown item {item!r}"
            case (VState.HAS_MONEY, "select", item) if self.stock.get(item, 0) == 0:
                return f"{item} sold out"
            case (VState.HAS_MONEY, "select", item) if self.credit < PRICES[item]:
                return f"need {PRICES[item] - self.credit} more for {item}"
            case (VState.HAS_MONEY, "select", item):
                self.stock[item] -= 1
                self.credit -= PRICES[item]
                self.log.append(item)
                self.state = self.TRANSITIONS[key]
                change, self.credit = self.credit, 0
                self.state = self.TRANSITIONS[(self.state, "done")]
                return f"vend {item}, change {change}"
            case (VState.HAS_MONEY, "refund", _):
                change, self.credit = self.credit, 0
                self.state = self.TRANSITIONS[key]
                return f"refunded {change}"
            case _:
                return f"invalid action {action!r} in {self.state.name}"
        self.state = self.TRANSITIONS.get(key, self.state)
        return f"credit {self.credit}"


vm = VendingMachine({"cola": 1, "chips": 3, "gum": 0})
script = [("select", "cola"), ("coin", 100), ("coin", 25), ("select", "cola"), ("coin", 50),
          ("select", "tea"), ("select", "gum"), ("select", "cola"), ("coin", 100), ("select", "cola"),
          ("refund", None), ("refund", None), ("coin", 50), ("coin", 50), ("select", "chips"),
          ("kick", None), ("coin", 10)]
for action, arg in script:
    before = vm.state
    result = vm.handle(action, arg)
    print(f"{before.name:<12} {action:<6} {arg!s:<5} -> {vm.state.name:<12} | {result}")
print("sold:", vm.log, "stock:", vm.stock)
print("states:", {s.name: s.value for s in VState}, "count by dict:", len({s: 0 for s in VState}))
