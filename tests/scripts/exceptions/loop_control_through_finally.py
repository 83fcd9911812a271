log = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        log.append(f"body{i}")
    finally:
        log.append(f"fin{i}")
print(log)
i = 0
while i < 4:
    i += 1
    try:
        try:
            if i % 2:
                continue
            print("even", i)
        finally:
            print("inner fin", i)
    finally:
        print("outer fin", i)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                print("checked", r, c)
    return None
print(search([[1, 2], [3, 4]], 3))
out = []
for x in [1, 0, 2, "a", 4]:
    try:
        out.append(10 // x)
    except ZeroDivisionError:
        out.append("div0")
        continue
    except TypeError:
        out.append("type")
        break
    finally:
        out.append("|")
    out.append("after")
print(out)
for i in range(3):
    try:
        pass
    finally:
        if i == 1:
            break
print("broke at", i)
