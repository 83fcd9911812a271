class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"cannot parse {text!r}") from e
print(load("12"))
try:
    load("x")
except ConfigError as e:
    print("first time caught:", e, "| cause:", type(e.__cause__).__name__)
def implicit():
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling missing key")
try:
    implicit()
except RuntimeError as e:
    print("implicit caught:", e)
load("still bad")
