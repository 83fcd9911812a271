class Account:
    fee = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
    def deposit(self, amount):
        self.balance += amount
        self.log.append(("dep", amount))
    def withdraw(self, amount):
        if amount + self.fee > self.balance:
            self.log.append(("denied", amount))
            return False
        self.balance -= amount + self.fee
        self.log.append(("wd", amount))
        return True
    def __str__(self):
        return f"{self.owner}: {self.balance}"
class Savings(Account):
    fee = 0
    def __init__(self, owner, balance, rate):
        Account.__init__(self, owner, balance)
        self.rate = rate
    def add_interest(self):
        self.deposit(round(self.balance * self.rate, 2))
a = Account("ann", 10)
s = Savings("sam", 100, 0.05)
print(a.withdraw(5), a.withdraw(5), str(a), a.log)
s.add_interest()
s.add_interest()
print(s.withdraw(110), s, s.log)
for acct in [a, s]:
    print(acct, acct.fee, isinstance(acct, Savings))
