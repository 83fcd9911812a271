# logging.captureWarnings: warnings logged to "py.warnings" at WARNING, and restored after.
import logging
import re
import sys
import warnings


class CutPaths(logging.Formatter):
    """CPython's messages hold the script's absolute path: keep only the file name."""

    def format(self, record):
        return re.sub(r"'[^' ]*/(\w+\.py:)", r"'\1", super().format(record))


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(CutPaths("%(name)s|%(levelname)s|%(message)r"))
logging.getLogger("py.warnings").addHandler(handler)
warnings.simplefilter("always")
original = warnings.showwarning
logging.captureWarnings(True)
print(warnings.showwarning is original, warnings.showwarning.__name__)
logging.captureWarnings(True)
warnings.warn("captured")
warnings.warn("also captured", RuntimeWarning)
warnings.showwarning("to a file", UserWarning, "f.py", 1, file=sys.stdout, line="")
logging.captureWarnings(False)
print(warnings.showwarning is original)
logging.captureWarnings(False)
sys.stderr = sys.stdout
warnings.showwarning("back to stderr", UserWarning, "g.py", 2)

# A logger without handlers gets a NullHandler (nothing printed, no lastResort).
logging.getLogger("py.warnings").removeHandler(handler)
logging.captureWarnings(True)
warnings.warn("swallowed")
print([type(h).__name__ for h in logging.getLogger("py.warnings").handlers])
logging.captureWarnings(False)
