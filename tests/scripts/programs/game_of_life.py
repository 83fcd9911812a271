def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    k = (r + dr, c + dc)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def render(live, h, w):
    return ["".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h)]
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
state = glider
for gen in range(5):
    print("gen", gen, len(state))
    for line in render(state, 6, 6):
        print(line)
    state = step(state)
blinker = {(1, 0), (1, 1), (1, 2)}
print(sorted(step(blinker)), step(step(blinker)) == blinker)
print(sorted(step({(0, 0), (0, 1), (1, 0), (1, 1)})))
