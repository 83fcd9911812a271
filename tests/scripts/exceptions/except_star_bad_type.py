# The clause's class is checked even when nothing is left to match.
try:
    try:
        raise ValueError(1)
    except* ValueError:
        print("handled")
    except* 42:
        pass
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* int:
    pass
