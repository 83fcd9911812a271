def f():
    print(xx)
    xx = 1
f()
