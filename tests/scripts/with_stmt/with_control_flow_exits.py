# return/break/continue leaving with blocks call __exit__(None, None, None) in order.
log = []

class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        log.append("enter " + self.name)
        return self.name
    def __exit__(self, t, v, tb):
        log.append("exit %s %s %r" % (self.name, t.__name__ if t else None, v))
        return self.suppress

def ret_from_nested():
    with CM("a") as a, CM("b") as b:
        with CM("c"):
            return a + b
    return "unreachable"

print(ret_from_nested(), log)
log.clear()

def loop_exits():
    out = []
    for i in range(4):
        with CM("L%d" % i):
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
    else:
        out.append("else")
    return out

print(loop_exits(), log)
log.clear()

def while_in_with():
    n = 0
    with CM("w"):
        while True:
            n += 1
            if n > 2:
                break
    return n

print(while_in_with(), log)
log.clear()

def suppressed_then_continue():
    res = []
    for i in range(3):
        with CM("s%d" % i, suppress=True):
            if i == 1:
                raise ValueError(i)
            res.append(i)
        res.append("after%d" % i)
    return res

print(suppressed_then_continue(), log)
log.clear()

def finally_and_with():
    try:
        with CM("f"):
            return "from with"
    finally:
        log.append("finally")

print(finally_and_with(), log)
log.clear()

def with_in_finally():
    try:
        return 1
    finally:
        with CM("in-finally"):
            log.append("body")

print(with_in_finally(), log)
log.clear()

def return_value_evaluated_before_exit():
    x = [1]
    class Mut:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            x.append(2)
    with Mut():
        return list(x)

print(return_value_evaluated_before_exit())

def exit_overrides_with_return():
    class Boom:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            raise KeyError("from exit")
    try:
        with Boom():
            return "never seen"
    except KeyError as e:
        return "caught " + repr(e) + " ctx=" + repr(e.__context__)

print(exit_overrides_with_return())

def suppress_return_in_loop():
    for i in range(5):
        with CM("r%d" % i, suppress=True):
            if i == 2:
                return i
            1 / 0
    return -1

print(suppress_return_in_loop(), log)
log.clear()
