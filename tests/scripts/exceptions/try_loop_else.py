def find(xs, target):
    for i, x in enumerate(xs):
        try:
            if x == target:
                break
        except TypeError:
            pass
    else:
        return "not found"
    return f"found at {i}"
print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))
attempts = iter([ValueError("1"), KeyError("2"), None, ValueError("never")])
for n in range(5):
    exc = next(attempts)
    try:
        if exc is not None:
            raise exc
    except (ValueError, KeyError) as e:
        print("attempt", n, "failed:", type(e).__name__)
        continue
    else:
        print("attempt", n, "succeeded")
        break
else:
    print("all attempts failed")
i = 0
while i < 3:
    try:
        i += 1
        if i == 10:
            break
    finally:
        print("tick", i)
else:
    print("while-else ran, i =", i)
results = []
for word in ["10", "x", "30"]:
    try:
        n = int(word)
    except ValueError:
        results.append(None)
    else:
        results.append(n * 2)
    finally:
        results.append("/")
print(results)
