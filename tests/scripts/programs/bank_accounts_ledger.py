class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def apply(self, kind, amount):
        if kind == "withdraw" and amount > self.balance:
            self.history.append(("rejected", amount))
            return False
        self.balance += amount if kind == "deposit" else -amount
        self.history.append((kind, amount))
        return True
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open_account(self, owner, initial=0):
        self.accounts[owner] = Account(owner, initial)
        return self.accounts[owner]
    def transfer(self, src, dst, amount):
        if self.accounts[src].apply("withdraw", amount):
            self.accounts[dst].apply("deposit", amount)
            return True
        return False
bank = Bank()
for name, init in [("ann", 100), ("bob", 50), ("cy", 0)]:
    bank.open_account(name, init)
ops = [("ann", "bob", 30), ("bob", "cy", 100), ("bob", "cy", 80), ("cy", "ann", 80), ("ann", "ann", 5)]
for src, dst, amt in ops:
    print(src, "->", dst, amt, bank.transfer(src, dst, amt), sorted(bank.accounts.values(), key=lambda a: a.owner))
for acct in bank.accounts.values():
    print(acct.owner, acct.balance, acct.history)
print(sum(a.balance for a in bank.accounts.values()))
