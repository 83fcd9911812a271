class GeneratorCM:
    def __init__(self, gen):
        self.gen = gen
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")
def contextmanager(fn):
    def helper(*args, **kwargs):
        return GeneratorCM(fn(*args, **kwargs))
    return helper
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextmanager
def ignoring(*types):
    try:
        yield
    except types as e:
        print("ignored", type(e).__name__)
with ignoring(KeyError, IndexError):
    [][0]
print("after ignoring")
@contextmanager
def temp_set(d, key, value):
    old = d.get(key, "<unset>")
    d[key] = value
    try:
        yield d
    finally:
        if old == "<unset>":
            del d[key]
        else:
            d[key] = old
settings = {"mode": "fast"}
with temp_set(settings, "mode", "slow") as s:
    with temp_set(settings, "debug", True):
        print(dict(s))
    print(dict(s))
print(settings)
