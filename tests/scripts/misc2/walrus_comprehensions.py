data = [3, 8, 1, 9, 4]
total = 0
running = [total := total + x for x in data]
print(running, total)
print([y for x in data if (y := x * x) > 10], y)
values = {"a": "1", "b": "x", "c": "3"}
parsed = {k: n for k, v in values.items() if (n := v.isdigit() and int(v))}
print(parsed, n)
def f(x):
    print("  f", x)
    return x % 3
print([r for x in range(6) if (r := f(x))])
print(any((hit := x) > 5 for x in data), hit)
print(all((miss := x) < 5 for x in data), miss)
import_like = [line for raw in ["  a ", "", " b"] if (line := raw.strip())]
print(import_like, line)
if (count := len(data)) > 3:
    print("long list of", count)
chunks = []
it = iter(range(7))
while (chunk := [v for _, v in zip(range(3), it)]):
    chunks.append(chunk)
print(chunks)
def scope_test():
    [inner := i for i in range(3)]
    return inner
print(scope_test())
print([(x, last) for x in range(3) if (last := x)], last)
fib = [0, 1]
[fib.append(fib[-1] + fib[-2]) for _ in range(8)]
print(fib)
print((w := 10) + w, w)
