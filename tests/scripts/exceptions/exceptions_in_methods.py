class Account:
    def __init__(self, owner, balance=0):
        if balance < 0:
            raise ValueError("initial balance cannot be negative")
        self.owner = owner
        self.balance = balance
    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount}")
        if amount > self.balance:
            raise RuntimeError(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
        self.balance -= amount
        return self.balance
    def transfer(self, other, amount):
        try:
            self.withdraw(amount)
        except RuntimeError:
            print("  transfer failed, nothing moved")
            raise
        else:
            other.balance += amount
        finally:
            print("  transfer attempted", self.owner, "->", other.owner, amount)
try:
    Account("x", -1)
except ValueError as e:
    print("ctor:", e)
a, b = Account("ann", 100), Account("bob")
for amt in [30, 0, 500]:
    try:
        print("withdraw", amt, "->", a.withdraw(amt))
    except (ValueError, RuntimeError) as e:
        print("withdraw", amt, "failed:", type(e).__name__, e)
for amt in [50, 50]:
    try:
        a.transfer(b, amt)
    except RuntimeError as e:
        print("caller saw:", e)
print(a.balance, b.balance)
class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0
    def expect(self, ch):
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            got = self.text[self.pos] if self.pos < len(self.text) else "EOF"
            raise SyntaxError(f"expected {ch!r} at {self.pos}, got {got!r}")
        self.pos += 1
for src in ["()", "(]", "("]:
    p = Parser(src)
    try:
        p.expect("(")
        p.expect(")")
        print(src, "ok")
    except SyntaxError as e:
        print(src, "SyntaxError:", e)
