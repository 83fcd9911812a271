for x in [1, 3, 5, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even numbers")
for x in [1, 3, 4, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even numbers")
for x in []:
    print("never")
else:
    print("empty loop else")
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for i in range(10):
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print(i, end=" ")
print()
for i in range(3):
    pass
print("loop var after loop", i)
