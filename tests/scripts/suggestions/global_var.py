total_count = 0
def f():
    return total_cont
f()
