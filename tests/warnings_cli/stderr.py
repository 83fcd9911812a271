# What a script's warnings print to stderr by default (compared with CPython's by
# tests/warnings_cli.rs): the header, the source line, once per location, and the error
# action's traceback.
import warnings

warnings.warn("first")


def api():
    warnings.warn("old api", DeprecationWarning, stacklevel=2)


def helper():
    warnings.warn("from a helper", RuntimeWarning)


for i in range(3):
    api()
    helper()
warnings.warn("in __main__", DeprecationWarning)
warnings.warn("pending", PendingDeprecationWarning)
exec('import warnings\nwarnings.warn("exec code has no line")')
warnings.warn("deep", stacklevel=10)
print("stdout is separate")
warnings.simplefilter("error")
api()
