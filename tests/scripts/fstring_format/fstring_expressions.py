items = ["apple", "kiwi", "fig"]
for i, it in enumerate(items):
    print(f"{i:>2}. {it:<8}|{len(it):^5}|{it.upper()!r}")
a, b = 7, 3
print(f"{a} + {b} = {a + b}; {a} / {b} = {a / b:.3f}; {a} // {b} = {a // b}; {a} % {b} = {a % b}")
print(f"{'yes' if a > b else 'no'}", f"{[x * 2 for x in range(3)]}", f"{sum(range(a))}")
print(f"{a:{b}}", f"{'nested ' + f'{a * 2}'}", f"{f'{a!r:>4}'}|")
print(f"""triple {a}
second {b}""")
print(f'{"double in single"}', f"{'single in double'}", f"{items[1][::-1]}")
print(f"{min(items, key=len)} {max(items)} {sorted(items)[0][0]}")
d = {"x": 1}
print(f"{d}", f"{d['x']:03}", f"{ {'y': 2}['y'] }", f"{(1, 2)}", f"{()}")
n = 5
print(f"{'*' * n}", f"{n ** 2:,}", f"{-n:+}", f"{n!r:>3}", f"{n:.2f}", f"{n / 2:g}")
print(f"{a}{b}{a}{b}", f"{a=}, {b=}", f"{{a}}={a}", F"{a}", rf"\n{a}", fr"\t{b}")
