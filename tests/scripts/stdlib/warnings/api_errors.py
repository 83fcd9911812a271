import sys
import warnings


def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


warnings.simplefilter("ignore")
t(lambda: warnings.warn("x", int))
t(lambda: warnings.warn("x", 5))
t(lambda: warnings.warn("x", "UserWarning"))
t(lambda: warnings.warn("x", stacklevel="a"))
t(lambda: warnings.warn("x", stacklevel=1.5))
t(lambda: warnings.warn())
t(lambda: warnings.warn("x", UserWarning, 1, None, 5))
t(lambda: warnings.warn("x", bogus=1))
t(lambda: warnings.warn("x", message="y"))
t(lambda: warnings.warn_explicit("e", UserWarning, "f.py", "3"))
t(lambda: warnings.warn_explicit("e", UserWarning, 3, 3))
t(lambda: warnings.warn_explicit("e", UserWarning, "f.py", 3, registry=5))
t(lambda: warnings.warn_explicit("e", UserWarning, "f.py", 3, module_globals=5))
t(lambda: warnings.warn_explicit("e", int, "f.py", 3))
t(lambda: warnings.warn_explicit("e", UserWarning, "f.py"))
t(lambda: warnings.filterwarnings("bogus"))
t(lambda: warnings.simplefilter("bogus"))
t(lambda: warnings.simplefilter("ignore", lineno="1"))
t(lambda: warnings.filterwarnings("ignore", message=5))
t(lambda: warnings.filterwarnings("ignore", category=5))
t(lambda: warnings.filterwarnings("ignore", category=int))
t(lambda: warnings.filterwarnings("ignore", module=None))
t(lambda: warnings.filterwarnings("ignore", lineno=-1))
t(lambda: warnings.filterwarnings("ignore", lineno=1.0))
warnings.resetwarnings()
print(warnings.filters)

sys.stderr = sys.stdout
warnings.filters.insert(0, ("bad", None, Warning, None, 0))
t(lambda: warnings.warn("after bad"))
warnings.filters[0] = "notatuple"
t(lambda: warnings.warn("after bad2"))
warnings.filters[0] = ("a", "b")
t(lambda: warnings.warn("after bad2b"))
warnings.filters[0] = (5, None, Warning, None, 0)
t(lambda: warnings.warn("after bad3"))
warnings.filters[0] = ("ignore", None, 5, None, 0)
t(lambda: warnings.warn("after bad4"))
warnings.filters[0] = ("ignore", None, Warning, None, "x")
t(lambda: warnings.warn("after bad5"))
del warnings.filters[0]
saved = warnings.filters
warnings.filters = (1, 2)
t(lambda: warnings.warn("after bad6"))
warnings.filters = saved
warnings.defaultaction = 5
t(lambda: warnings.warn("bad default"))
warnings.defaultaction = "ignore"
warnings.warn("ignored by default action")
warnings.defaultaction = "default"
warnings.showwarning = 5
t(lambda: warnings.warn("bad showwarning"))
print("end")
