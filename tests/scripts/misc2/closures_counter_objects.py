def make_account(balance):
    history = []
    def deposit(n):
        nonlocal balance
        balance += n
        history.append(("dep", n))
        return balance
    def withdraw(n):
        nonlocal balance
        if n > balance:
            history.append(("denied", n))
            return None
        balance -= n
        history.append(("wd", n))
        return balance
    def report():
        return balance, list(history)
    return {"deposit": deposit, "withdraw": withdraw, "report": report}
acct = make_account(10)
print(acct["deposit"](5), acct["withdraw"](20), acct["withdraw"](3))
print(acct["report"]())
other = make_account(0)
other["deposit"](1)
print(other["report"](), acct["report"]()[0])
def counter_factory():
    counts = {}
    def count(word):
        counts[word] = counts.get(word, 0) + 1
        return counts[word]
    count.counts = counts
    return count
c = counter_factory()
for w in "a b a c a b".split():
    c(w)
print(c.counts, c("z"))
print(callable(acct["deposit"]), acct["deposit"].__name__, acct["deposit"].__qualname__)
def adders():
    return [(lambda n: lambda x: x + n)(n) for n in range(3)]
print([f(10) for f in adders()])
def memoize_closure():
    memo = {0: 0, 1: 1}
    def fib(n):
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
fib = memoize_closure()
print(fib(80), fib(10))
def shared_cell():
    x = 0
    def get():
        return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = shared_cell()
set_(42)
print(get())
set_("changed")
print(get())
