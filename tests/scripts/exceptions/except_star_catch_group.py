# except* ExceptionGroup is refused when the clause is reached.
try:
    raise ValueError(1)
except* (TypeError, ExceptionGroup):
    pass
