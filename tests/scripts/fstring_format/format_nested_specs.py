x = 3.14159265
for w in [6, 8, 12]:
    for p in [0, 2, 4]:
        print(w, p, "[" + f"{x:{w}.{p}f}" + "]", "[" + f"{x:>{w}.{p}e}" + "]", "[" + f"{-x:0{w}.{p}f}" + "]")
fill, align, width = "*", "^", 11
print(f"{'mid':{fill}{align}{width}}", f"{42:{fill}>{width},}", f"{12345:{'_'}>{width}{','}}")
spec = "+08.2f"
print(f"{x:{spec}}", format(x, spec), "{:{}}".format(x, spec), "{0:{1}.{2}f}".format(x, 9, 1))
for t in "bdox":
    print(t, f"{200:{t}}", f"{200:#{t}}", f"{200:>#12{t}}")
print(f"{'abc':.{2}}", f"{'abcdef':>{8}.{3}}|", f"{10:{''}}")
