# A bank ledger with a custom exception hierarchy, chaining and rollback.


class LedgerError(Exception):
    """Base class for all ledger problems."""


class AccountError(LedgerError):
    def __init__(self, account_id, reason):
        super().__init__(account_id, reason)
        self.account_id = account_id
        self.reason = reason

    def __str__(self):
        return f"account {self.account_id}: {self.reason}"


class InsufficientFunds(AccountError):
    def __init__(self, account_id, balance, requested):
        super().__init__(account_id, f"insufficient funds (balance {balance:.2f}, requested {requested:.2f})")
        self.shortfall = requested - balance


class AccountFrozen(AccountError):
    pass


class TransferFailed(LedgerError):
    pass


class Account:
    def __init__(self, account_id, owner, balance=0.0):
        self.id = account_id
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def withdraw(self, amount):
        if self.frozen:
            raise AccountFrozen(self.id, "account is frozen")
        if amount <= 0:
            raise ValueError(f"withdrawal must be positive, got {amount}")
        if amount > self.balance:
            raise InsufficientFunds(self.id, self.balance, amount)
        self.balance -= amount
        self.history.append(-amount)

    def deposit(self, amount):
        if self.frozen:
            raise AccountFrozen(self.id, "account is frozen")
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self.balance += amount
        self.history.append(amount)


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []
        self.rollbacks = 0

    def open(self, account_id, owner, balance=0.0):
        self.accounts[account_id] = Account(account_id, owner, balance)

    def get(self, account_id):
        try:
            return self.accounts[account_id]
        except KeyError as exc:
            raise AccountError(account_id, "no such account") from exc

    def transfer(self, src_id, dst_id, amount):
        snapshot = {aid: (a.balance, len(a.history)) for aid, a in self.accounts.items()}
        committed = False
        try:
            src = self.get(src_id)
            dst = self.get(dst_id)
            src.withdraw(amount)
            dst.deposit(amount)
            committed = True
            self.journal.append((src_id, dst_id, amount))
        except AccountError as exc:
            raise TransferFailed(f"transfer {src_id}->{dst_id} of {amount} failed") from exc
        finally:
            if not committed:
                self.rollbacks += 1
                for aid, (balance, n) in snapshot.items():
                    acct = self.accounts[aid]
                    acct.balance = balance
                    del acct.history[n:]

    def total(self):
        return sum(a.balance for a in self.accounts.values())


ledger = Ledger()
ledger.open("A-100", "Alice", 500.0)
ledger.open("B-200", "Bob", 120.5)
ledger.open("C-300", "Carol")
print(f"opening total: {ledger.total():,.2f}")

operations = [
    ("A-100", "B-200", 200.0),
    ("B-200", "C-300", 1000.0),
    ("C-300", "Z-999", 1.0),
    ("B-200", "C-300", -5),
    ("A-100", "C-300", 99.99),
]
ledger.accounts["C-300"].frozen = False
for src, dst, amount in operations:
    try:
        ledger.transfer(src, dst, amount)
        print(f"OK      {src} -> {dst}: {amount:>9.2f}")
    except TransferFailed as exc:
        cause = exc.__cause__
        print(f"FAILED  {exc}")
        print(f"        cause: {type(cause).__name__}: {cause}")
        print(f"        cause.args: {cause.args}")
        print(f"        traceback attached: {exc.__traceback__ is not None}")
        if isinstance(cause, InsufficientFunds):
            print(f"        shortfall: {cause.shortfall:.2f}")
        if cause.__cause__ is not None:
            print(f"        root cause: {type(cause.__cause__).__name__}: {cause.__cause__}")
        print(f"        suppress_context={exc.__suppress_context__}")
    except ValueError as exc:
        print(f"INVALID {exc} (context: {exc.__context__!r})")

ledger.accounts["B-200"].frozen = True
try:
    ledger.transfer("A-100", "B-200", 10)
except LedgerError as exc:
    print("frozen:", exc, "| cause is AccountFrozen:", isinstance(exc.__cause__, AccountFrozen))

# Implicit chaining: an error raised while handling another
def audit(ledger):
    try:
        return ledger.accounts["A-100"].balance / len(ledger.accounts["C-300"].history[5:])
    except ZeroDivisionError:
        raise LedgerError("audit failed")

try:
    audit(ledger)
except LedgerError as exc:
    ctx = exc.__context__
    print("audit:", exc, "| context:", type(ctx).__name__, ctx, "| cause:", exc.__cause__)

# raise ... from None hides the context
try:
    try:
        {}["missing"]
    except KeyError:
        raise AccountError("X", "lookup hidden") from None
except AccountError as exc:
    print("from None:", exc, exc.__cause__, exc.__suppress_context__, type(exc.__context__).__name__)

print("hierarchy:", [c.__name__ for c in InsufficientFunds.__mro__])
print("rollbacks:", ledger.rollbacks, "journal:", ledger.journal)
print(f"closing total: {ledger.total():,.2f}")
print()
print(f"{'ID':<6}|{'Owner':^10}|{'Balance':>12}|{'Txns':>5}|{'Net':>10}")
print("-" * 47)
for acct in sorted(ledger.accounts.values(), key=lambda a: a.balance, reverse=True):
    net = sum(acct.history)
    print(f"{acct.id:<6}|{acct.owner:^10}|{acct.balance:>12,.2f}|{len(acct.history):>5}|{net:>+10.2f}")
print("-" * 47)
print(f"{'TOTAL':<6}|{'':^10}|{ledger.total():>12,.2f}|{sum(len(a.history) for a in ledger.accounts.values()):>5}|")
print(format(1234567.891, ",.1f"), format(0.125, ".1%"), format(42, "08b"), format(-3.5, "=+8.2f"))
