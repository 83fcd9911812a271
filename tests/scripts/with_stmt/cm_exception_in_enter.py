class Faulty:
    def __init__(self, fail_at):
        self.fail_at = fail_at
    def __enter__(self):
        print("enter")
        if self.fail_at == "enter":
            raise ConnectionError("enter failed")
        return self
    def __exit__(self, et, ev, tb):
        print("exit called with", et.__name__ if et else None)
        if self.fail_at == "exit":
            raise OSError("exit failed")
        return False
for where in ["enter", "body", "exit", None]:
    print("case", where)
    try:
        with Faulty(where):
            print("body runs")
            if where == "body":
                raise ValueError("body failed")
        print("completed")
    except Exception as e:
        print("caught", type(e).__name__, e)
class NoExit:
    def __enter__(self):
        return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
try:
    with 5:
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ":", e)
