# The "error" action raises the warning itself; uncaught, it ends the run.
import warnings

print(warnings.warn, warnings.warn_explicit, warnings.warn.__name__)
warnings.filterwarnings("error", category=DeprecationWarning)


def api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


try:
    api()
except DeprecationWarning as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("caught", repr(e), lines)
api()
print("not reached")
