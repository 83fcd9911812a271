class Layer:
    def __init__(self, name, action=None):
        self.name = name
        self.action = action
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, "sees", repr(ev))
        if self.action == "suppress":
            print("  ", self.name, "suppresses")
            return True
        if self.action == "replace":
            raise TypeError(f"{self.name} replaced {type(ev).__name__ if ev else None}")
        return False
with Layer("outer", "suppress"), Layer("middle"), Layer("inner"):
    raise ValueError("deep")
print("---")
try:
    with Layer("outer"), Layer("middle", "replace"), Layer("inner"):
        raise ValueError("deep")
except TypeError as e:
    print("final:", e, "| context:", repr(e.__context__))
print("---")
with Layer("outer", "suppress"):
    with Layer("inner", "replace"):
        pass
print("---")
try:
    with Layer("a"), Layer("b", "suppress"), Layer("c", "replace"):
        raise KeyError("k")
    print("b suppressed c's TypeError")
except Exception as e:
    print("unexpected", e)
