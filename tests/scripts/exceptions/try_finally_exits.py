# Every way of leaving try/except/else/finally.
def ret_in_finally_overrides_return():
    try:
        return "try"
    finally:
        return "finally"

def ret_in_finally_swallows_exception():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

def ret_in_finally_after_except():
    try:
        raise ValueError
    except ValueError:
        return "except"
    finally:
        print("  finally runs after except return")

def break_in_finally():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            break
    return i

def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise KeyError(i)
            out.append(i)
        finally:
            continue
    return out

def else_raises():
    try:
        try:
            pass
        except ValueError:
            print("  not here")
        else:
            raise TypeError("from else")
        finally:
            print("  finally after else")
    except TypeError as e:
        return "caught " + str(e)

def finally_raises_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise KeyError("second")
    except KeyError as e:
        return repr(e) + " context " + repr(e.__context__)

def nested_finally_order(log):
    try:
        try:
            try:
                return "value"
            finally:
                log.append(1)
        finally:
            log.append(2)
    finally:
        log.append(3)

def try_in_except():
    try:
        raise ValueError("outer")
    except ValueError as e:
        try:
            raise TypeError("inner")
        except TypeError as e2:
            return repr(e2.__context__) + " / " + repr(e)

def try_in_finally():
    log = []
    try:
        log.append("body")
    finally:
        try:
            raise IndexError("in finally")
        except IndexError:
            log.append("handled in finally")
    return log

def loop_with_finally_counts():
    n = 0
    log = []
    while n < 5:
        n += 1
        try:
            if n % 2:
                continue
            if n == 4:
                break
        finally:
            log.append(n)
    return log

def return_in_except_with_finally_return():
    try:
        raise ValueError
    except ValueError:
        return 1
    finally:
        return 2

def except_var_deleted():
    e = "before"
    try:
        raise ValueError("x")
    except ValueError as e:
        pass
    try:
        return e
    except NameError as ne:
        return "NameError: " + str(ne)

def exception_in_except_clause_expression():
    try:
        try:
            raise ValueError
        except undefined_name:
            pass
    except NameError as e:
        return "NameError " + str(e) + " ctx " + type(e.__context__).__name__

def bare_except_catches_all():
    try:
        raise SystemExit(3)
    except:
        return "caught SystemExit"

def reraise_keeps_object():
    err = ValueError("same")
    try:
        try:
            raise err
        except ValueError:
            raise
    except ValueError as e:
        return e is err

def generator_finally():
    def gen():
        try:
            yield 1
            yield 2
        finally:
            print("  gen finally")
    it = gen()
    for x in it:
        if x == 1:
            break
    it.close()
    return "broke"

def finally_sees_return_value_locals():
    x = 1
    try:
        return x
    finally:
        x = 2

log = []
print(ret_in_finally_overrides_return())
print(ret_in_finally_swallows_exception())
print(ret_in_finally_after_except())
print(break_in_finally())
print(continue_in_finally())
print(else_raises())
print(finally_raises_replaces())
print(nested_finally_order(log), log)
print(try_in_except())
print(try_in_finally())
print(loop_with_finally_counts())
print(return_in_except_with_finally_return())
print(except_var_deleted())
print(exception_in_except_clause_expression())
print(bare_except_catches_all())
print(reraise_keeps_object())
g = generator_finally()
print(g)
print(finally_sees_return_value_locals())

# except (A, B) as e, and matching order.
for exc in (KeyError("k"), IndexError(2), ZeroDivisionError(), ValueError("v")):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, e)
    except ArithmeticError as e:
        print("arith", repr(e))
    except Exception as e:
        print("other", e.args)

# Exception classes from a tuple built at runtime.
handlers = tuple([TypeError, ValueError])
try:
    int("zz")
except handlers as e:
    print("runtime tuple", e)

# Catching a non-exception class is a TypeError when the clause is tested.
try:
    try:
        raise ValueError
    except int:
        pass
except TypeError as e:
    print(e)
