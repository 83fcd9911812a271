def retry(times, on=(Exception,)):
    def deco(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                except on as e:
                    print(f"  {fn.__name__} attempt {attempt} failed: {e!r}")
                    last = e
                else:
                    print(f"  {fn.__name__} attempt {attempt} ok")
                    return result
            raise RuntimeError(f"{fn.__name__} gave up after {times}") from last
        return wrapper
    return deco
state = {"n": 0}
@retry(3)
def flaky(x):
    state["n"] += 1
    if state["n"] < 3:
        raise ConnectionError(f"try {state['n']}")
    return x * 10
print(flaky(4))
@retry(2, on=(ValueError,))
def always_bad():
    raise ValueError("nope")
try:
    always_bad()
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))
@retry(5, on=(KeyError,))
def wrong_type():
    raise TypeError("not retried")
try:
    wrong_type()
except TypeError as e:
    print("propagated immediately:", e)
def suppress(*types):
    def deco(fn):
        def inner(*a):
            try:
                return fn(*a)
            except types as e:
                return f"suppressed {type(e).__name__}"
        return inner
    return deco
@suppress(ZeroDivisionError, IndexError)
def risky(a, b):
    return [a // b][a]
print(risky(0, 1), risky(1, 0), risky(5, 1))
