# What leaves a try/except*: re-raised parts keep the original structure, new exceptions
# are gathered into a new ExceptionGroup("", [...]) (CPython's _PyExc_PrepReraiseStar).
def show(f):
    try:
        f()
    except BaseException as e:
        print("escaped:", repr(e))
        return e
    print("nothing escaped")

def reraise_all():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError):
        raise
e = show(reraise_all)

def original_kept():
    orig = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    try:
        raise orig
    except* ValueError:
        raise
    except* TypeError:
        raise
    return orig
try:
    original_kept()
except ExceptionGroup as e:
    print(repr(e), e.exceptions[0].args)

def structure_kept():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* ValueError:
        raise
    except* TypeError:
        pass
show(structure_kept)

def new_and_reraised():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise
e = show(new_and_reraised)
print(repr(e.exceptions[0].__context__))

def one_new():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError("k")
show(one_new)

def two_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
    except* TypeError:
        raise OSError("o")
show(two_new)

def new_plus_unmatched():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("k")
show(new_plus_unmatched)

def raise_bound_name():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show(raise_bound_name)

def raise_leaf():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* TypeError as e:
        raise e.exceptions[0]
show(raise_leaf)

def raise_from():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("from") from e
e = show(raise_from)
print(repr(e.__cause__))

def naked_new():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError("k")
show(naked_new)

def naked_leaf_reraised():
    try:
        raise ValueError(42)
    except* ValueError as e:
        raise e.exceptions[0]
show(naked_leaf_reraised)

def base_exception_raised():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyboardInterrupt
show(base_exception_raised)

def nested():
    try:
        try:
            raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("y", [OSError(1), KeyError(2)])
            except* OSError as e2:
                print("inner", repr(e2))
    except* KeyError as e:
        print("outer K", repr(e))
    except* TypeError as e:
        print("outer T", repr(e))
show(nested)

def notes_kept():
    eg = ExceptionGroup("n", [ValueError(1), TypeError(2)])
    eg.add_note("a note")
    try:
        raise eg
    except* ValueError:
        pass
e = show(notes_kept)
print(e.__notes__)

def note_added_in_handler():
    # Still a re-raise: the original group comes back whole.
    g = ExceptionGroup("m", [ValueError(1), TypeError(2)])
    try:
        raise g
    except* ValueError as e:
        e.add_note("added in handler")
        raise
e = show(note_added_in_handler)
print(getattr(e, "__notes__", None))

def context_from_clause_type():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* undefined_name:
        pass
e = show(context_from_clause_type)
print(repr(e.__context__))

def handled_is_last_match():
    # After a handler ran, its part stays the handled exception (the context of later errors).
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
    except* 42:
        pass
e = show(handled_is_last_match)
print(repr(e.__context__))
