def check(x):
    assert x > 0, f"expected positive, got {x}"
    assert isinstance(x, int), "must be int"
    return x * 2
for v in [3, -1, 2.5, 0]:
    try:
        print(check(v))
    except AssertionError as e:
        print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args, repr(str(e)))
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-str message:", e.args, e)
try:
    assert 1 == 2, 42
except AssertionError as e:
    print(repr(e))
assert True, "never"
assert 1, print("not evaluated")
n = 0
def side():
    global n
    n += 1
    return "msg"
try:
    assert n, side()
except AssertionError as e:
    print(e, n)
try:
    assert (1, 2) == (1, 3), ("tuple", "msg")
except AssertionError as e:
    print(e)
x = None
try:
    assert x is not None, "x is None"
except AssertionError as e:
    print(e, isinstance(e, Exception))
