class Guard:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if et is ValueError:
            raise RuntimeError(f"{self.name}: cleanup failed after {ev}")
        return False
with Guard("ok"):
    print("fine")
with Guard("bad"):
    raise ValueError("body error")
