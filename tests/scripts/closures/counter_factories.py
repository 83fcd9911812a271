def make_counter(start=0, step=1):
    count = start
    def counter():
        nonlocal count
        value = count
        count += step
        return value
    return counter
c1 = make_counter()
c2 = make_counter(100, -10)
print(c1(), c1(), c1(), c2(), c2(), c1(), c2())
def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
dep, wd, get = make_account(50)
print(dep(25), wd(100), wd(30), get(), dep(0))
dep2, wd2, get2 = make_account(0)
print(get2(), dep2(5), get(), get2())
def make_history():
    hist = []
    def record(x):
        hist.append(x)
        return list(hist)
    return record
r = make_history()
print(r(1), r("two"), r([3]))
