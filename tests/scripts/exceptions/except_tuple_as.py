def risky(kind):
    if kind == 0:
        return {}["missing"]
    if kind == 1:
        return [1][5]
    if kind == 2:
        return int("x")
    if kind == 3:
        return 1 / 0
    if kind == 4:
        return None.attr
    return "ok"
for k in range(6):
    try:
        print(k, risky(k))
    except (KeyError, IndexError) as e:
        print(k, "lookup", type(e).__name__, e)
    except (ValueError, ZeroDivisionError) as e:
        print(k, "value/zero", type(e).__name__, e)
    except Exception as e:
        print(k, "other", type(e).__name__, e)
errors = (TypeError, AttributeError)
try:
    len(5)
except errors as e:
    print("dynamic tuple", e)
try:
    raise KeyError("x")
except (LookupError,) as e:
    print("single tuple", repr(e))
try:
    raise ValueError
except (TypeError, IndexError, ValueError) as e:
    print("three-tuple", repr(e))
try:
    raise ValueError("abc")
except ValueError as err:
    msg = str(err)
print("saved message", msg)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong")
except ValueError as e:
    print("outer got", e)
