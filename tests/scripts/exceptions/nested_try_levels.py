def level3(x):
    try:
        print("  level3 start", x)
        if x == "a":
            raise ValueError("a-bad")
        if x == "b":
            raise KeyError("b-bad")
        if x == "c":
            raise TypeError("c-bad")
        return "ok3"
    except ValueError as e:
        print("  level3 handled", e)
        return "handled3"
    finally:
        print("  level3 finally")
def level2(x):
    try:
        r = level3(x)
        print(" level2 got", r)
        return r
    except KeyError as e:
        print(" level2 handled", repr(e))
        return "handled2"
    finally:
        print(" level2 finally")
def level1(x):
    try:
        return level2(x)
    except Exception as e:
        print("level1 handled", type(e).__name__, e)
        return "handled1"
    finally:
        print("level1 finally")
for x in "abcd":
    print("=>", level1(x))
try:
    try:
        try:
            raise IndexError("deep")
        except KeyError:
            print("no")
        finally:
            print("f1")
    except ValueError:
        print("no")
    finally:
        print("f2")
except LookupError as e:
    print("outermost", repr(e))
