try:
    try:
        {}["a"]
    except KeyError:
        raise ValueError("during handling")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("first")
    finally:
        raise IndexError("from finally")
except IndexError as e:
    print(repr(e), repr(e.__context__))
try:
    try:
        raise TypeError("a")
    except TypeError as inner:
        try:
            raise KeyError("b")
        except KeyError:
            raise NameError("c")
except NameError as e:
    chain = []
    x = e
    while x is not None:
        chain.append(repr(x))
        x = x.__context__
    print(" <- ".join(chain))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
def cleanup_fails():
    try:
        raise ValueError("work failed")
    except ValueError:
        pass
    raise KeyError("after handled")
try:
    cleanup_fails()
except KeyError as e:
    print(repr(e), e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as e1:
        e1.note = "x"
        raise e1
except ValueError as e2:
    print(e2.__context__ is None, e2.note)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise z
except ZeroDivisionError as e:
    print("same object context:", e.__context__)
