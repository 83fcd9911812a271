# Ends with an uncaught AssertionError
data = {"a": 1, "b": 2}
for k, v in data.items():
    assert isinstance(v, int), f"bad {k}"
    print(k, "ok")
data["c"] = "three"
print(sorted(data))
print(len(data))
for k, v in data.items():
    assert isinstance(v, int), f"value for {k!r} is {v!r}, not int"
