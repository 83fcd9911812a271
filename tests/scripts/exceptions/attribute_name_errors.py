class Thing:
    cls_attr = 1
    def __init__(self):
        self.inst = 2
t = Thing()
cases = [
    lambda: t.nope,
    lambda: Thing.nope,
    lambda: (5).real.nope,
    lambda: "s".nope,
    lambda: [].push,
    lambda: {}.has_key,
    lambda: None.x,
    lambda: (1, 2).append,
    lambda: len.x,
    lambda: Thing.inst,
    lambda: t.cls_attr.bit_length(),
    lambda: undefined_name,
    lambda: (lambda: missing_in_lambda)(),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except (AttributeError, NameError) as e:
        print(i, type(e).__name__ + ":", e)
def uses_before_assign():
    print(local_var)
    local_var = 1
try:
    uses_before_assign()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
except NameError as e:
    print("wrong handler", e)
def del_then_use():
    v = 1
    del v
    return v
try:
    del_then_use()
except NameError as e:
    print(type(e).__name__ + ":", e)
try:
    t.inst = 3
    del t.inst
    del t.inst
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).x = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    [].append = 5
except AttributeError as e:
    print("AttributeError:", e)
