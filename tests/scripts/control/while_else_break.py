n = 0
while n < 5:
    n += 1
else:
    print("while finished normally", n)
n = 0
while n < 5:
    n += 1
    if n == 3:
        print("breaking at", n)
        break
else:
    print("not printed")
while False:
    print("never")
else:
    print("else of never-run while")
i = 10
while i:
    i -= 3
    if i < 0:
        break
    print("i", i)
else:
    print("i reached zero")
print("final i", i)
count = 0
while True:
    count += 1
    if count % 2:
        continue
    if count > 8:
        break
    print("even", count)
