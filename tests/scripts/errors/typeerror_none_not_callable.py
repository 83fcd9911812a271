# Ends with an uncaught TypeError
def maybe(flag):
    if flag:
        return lambda: "called"
print(maybe(True)())
f = maybe(False)
print(f)
print(f is None)
print(callable(f))
print("calling None")
f()
