def run(fail):
    log = []
    try:
        log.append("try")
        if fail == "value":
            raise ValueError("v")
        if fail == "key":
            raise KeyError("k")
    except ValueError:
        log.append("except-value")
    except KeyError as e:
        log.append("except-key " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
for f in (None, "value", "key"):
    print(f, run(f))
def only_finally(fail):
    try:
        if fail:
            raise IndexError("i")
        return "returned"
    finally:
        print("  cleanup for", fail)
print(only_finally(False))
try:
    only_finally(True)
except IndexError as e:
    print("propagated", repr(e))
def else_raises():
    try:
        pass
    except ValueError:
        print("not here")
    else:
        raise ValueError("from else")
    finally:
        print("finally after else")
try:
    else_raises()
except ValueError as e:
    print("caught", e)
def except_raises():
    try:
        raise TypeError("t")
    except TypeError:
        raise KeyError("replaced")
    finally:
        print("finally still runs")
try:
    except_raises()
except KeyError as e:
    print("caught", repr(e), type(e.__context__).__name__)
