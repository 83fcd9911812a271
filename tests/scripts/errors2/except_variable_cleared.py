def parse(s):
    try:
        return int(s)
    except ValueError as err:
        print("could not parse", repr(s), "->", err)
    return None
print(parse("10"), parse("ten"))
try:
    raise KeyError("lookup")
except KeyError as err:
    message = str(err)
print("saved message:", message)
print("err afterwards:", err)
