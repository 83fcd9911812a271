class LedgerError(Exception):
    pass


class AccountNotFound(LedgerError):
    def __init__(self, account_id):
        super().__init__(f"no account {account_id!r}")
        self.account_id = account_id


class InsufficientFunds(LedgerError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} has {account.balance:.2f}, needs {amount:.2f}")


class FrozenAccount(LedgerError):
    pass


class Account:
    _next_id = 1000

    def __init__(self, owner, balance=0.0):
        self.id = f"AC{Account._next_id}"
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False

    def __str__(self):
        flag = " (frozen)" if self.frozen else ""
        return f"{self.id} {self.owner:<6} {self.balance:>10,.2f}{flag}"


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []

    def open(self, owner, initial=0.0):
        acct = Account(owner, initial)
        self.accounts[acct.id] = acct
        self.journal.append(("open", acct.id, initial))
        return acct.id

    def _get(self, account_id):
        try:
            acct = self.accounts[account_id]
        except KeyError:
            raise AccountNotFound(account_id) from None
        if acct.frozen:
            raise FrozenAccount(f"{account_id} is frozen")
        return acct

    def deposit(self, account_id, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._get(account_id).balance += amount
        self.journal.append(("deposit", account_id, amount))

    def transfer(self, src, dst, amount):
        a, b = self._get(src), self._get(dst)
        if a.balance < amount:
            raise InsufficientFunds(a, amount)
        a.balance -= amount
        b.balance += amount
        self.journal.append(("transfer", f"{src}->{dst}", amount))

    def apply_interest(self, rate):
        for acct in self.accounts.values():
            if not acct.frozen and acct.balance > 0:
                acct.balance = round(acct.balance * (1 + rate), 2)


ledger = Ledger()
alice = ledger.open("alice", 500)
bob = ledger.open("bob")
carol = ledger.open("carol", 1250.5)
operations = [
    ("deposit", bob, 75.25),
    ("transfer", alice, bob, 200),
    ("transfer", bob, carol, 1000),
    ("deposit", "AC9999", 10),
    ("deposit", alice, -5),
    ("freeze", carol),
    ("transfer", alice, carol, 1),
    ("transfer", alice, bob, 300),
]
for op, *args in operations:
    try:
        if op == "freeze":
            ledger.accounts[args[0]].frozen = True
        else:
            getattr(ledger, op)(*args)
        print(f"ok    {op} {args}")
    except LedgerError as e:
        print(f"FAIL  {op} {args}: {type(e).__name__}: {e}")
    except ValueError as e:
        print(f"BAD   {op} {args}: {e}")
ledger.apply_interest(0.015)
print()
for acct in ledger.accounts.values():
    print(acct)
total = sum(a.balance for a in ledger.accounts.values())
print(f"total holdings: {total:,.2f}")
print(len(ledger.journal), "journal entries;", [e[0] for e in ledger.journal])
