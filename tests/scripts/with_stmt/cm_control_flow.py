class Log:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et.__name__ if et else "-")
def ret():
    with Log("ret"):
        return "returned value"
    print("unreachable")
print(ret())
for i in range(4):
    with Log(f"loop{i}"):
        if i == 1:
            continue
        if i == 3:
            break
        print("  body", i)
print("loop done")
def nested_return():
    with Log("outer"):
        with Log("inner"):
            return "deep return"
print(nested_return())
def ret_in_try():
    try:
        with Log("t"):
            return "from with"
    finally:
        print("  finally after exit")
print(ret_in_try())
def gen():
    with Log("gen"):
        yield 1
        yield 2
print(list(gen()))
i = 0
while True:
    i += 1
    with Log(f"w{i}"):
        if i < 2:
            continue
        break
print("i =", i)
def ret_value_computed_before_exit():
    state = {"v": 1}
    class Bump:
        def __enter__(self):
            return state
        def __exit__(self, *a):
            state["v"] = 100
    with Bump() as s:
        return s["v"]
print(ret_value_computed_before_exit())
