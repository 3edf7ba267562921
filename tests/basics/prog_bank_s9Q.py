# bank ledger: Decimal money, custom exceptions, history, JSON persistence, reporting
from decimal import Decimal, ROUND_HALF_UP
from datetime import date, timedelta
import json, io
from collections import defaultdict

CENT = Decimal("0.01")

class BankError(Exception):
    pass
class InsufficientFunds(BankError):
    def __init__(self, acct, amount):
        super().__init__("account %s: cannot withdraw %s (balance %s)" % (acct.number, amount, acct.balance))
        self.shortfall = amount - acct.balance
class AccountFrozen(BankError):
    pass

class Account:
    _seq = 1000
    def __init__(self, owner, kind="checking", overdraft=Decimal(0)):
        Account._seq += 1
        self.number = "AC%d" % Account._seq
        self.owner, self.kind, self.overdraft = owner, kind, Decimal(overdraft)
        self.balance = Decimal("0.00")
        self.history = []
        self.frozen = False
    def _record(self, day, kind, amount, memo=""):
        self.history.append({"day": day.isoformat(), "kind": kind, "amount": str(amount), "balance": str(self.balance), "memo": memo})
    def deposit(self, amount, day, memo=""):
        amount = Decimal(amount).quantize(CENT, ROUND_HALF_UP)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self._record(day, "dep", amount, memo)
    def withdraw(self, amount, day, memo=""):
        amount = Decimal(amount).quantize(CENT, ROUND_HALF_UP)
        self._check()
        if amount > self.balance + self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self._record(day, "wd", amount, memo)
    def _check(self):
        if self.frozen:
            raise AccountFrozen(self.number)
    def __repr__(self):
        return "<%s %s %s %s>" % (self.number, self.owner, self.kind, self.balance)

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, *a, **k):
        acct = Account(*a, **k)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount, day):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount, day, "to " + dst)
        try:
            b.deposit(amount, day, "from " + src)
        except BankError:
            a.deposit(amount, day, "refund")
            raise
    def apply_interest(self, rate, day):
        for acct in self.accounts.values():
            if acct.kind == "savings" and acct.balance > 0:
                interest = (acct.balance * Decimal(rate) / 12).quantize(CENT, ROUND_HALF_UP)
                acct.deposit(interest, day, "interest")
    def dump(self):
        return json.dumps({n: {"owner": a.owner, "kind": a.kind, "balance": str(a.balance), "history": a.history}
                           for n, a in self.accounts.items()}, sort_keys=True)

bank = Bank()
alice = bank.open("alice", "checking", overdraft=50)
bob = bank.open("bob", "savings")
carol = bank.open("carol")
day = date(2024, 1, 1)
alice.deposit("100.005", day)
bob.deposit(Decimal("2500"), day, "opening")
carol.deposit(20, day)
events = [("t", alice.number, bob.number, "120"), ("t", alice.number, carol.number, "40"), ("t", carol.number, alice.number, "15.50"),
          ("w", bob.number, "1000.999"), ("f", carol.number), ("t", alice.number, carol.number, "5"), ("w", bob.number, "99999")]
for i, ev in enumerate(events):
    day += timedelta(days=3)
    try:
        if ev[0] == "t":
            bank.transfer(ev[1], ev[2], Decimal(ev[3]), day)
        elif ev[0] == "w":
            bank.accounts[ev[1]].withdraw(ev[2], day)
        elif ev[0] == "f":
            bank.accounts[ev[1]].frozen = True
        print(i, "ok", ev)
    except InsufficientFunds as e:
        print(i, "InsufficientFunds:", e, "short", e.shortfall)
    except BankError as e:
        print(i, type(e).__name__, e)
for m in range(3):
    bank.apply_interest("0.05", day + timedelta(days=30 * m))
for a in bank.accounts.values():
    print(a, len(a.history))
print(sum(a.balance for a in bank.accounts.values()))
snapshot = json.loads(bank.dump())
print(sorted(snapshot), snapshot[bob.number]["balance"], snapshot[alice.number]["history"][-1])
monthly = defaultdict(lambda: Decimal(0))
for n, a in snapshot.items():
    for h in a["history"]:
        sign = 1 if h["kind"] == "dep" else -1
        monthly[h["day"][:7]] += sign * Decimal(h["amount"])
for k in sorted(monthly):
    print(k, monthly[k])
buf = io.StringIO()
buf.write("%-8s %-6s %10s\n" % ("number", "owner", "balance"))
for n in sorted(snapshot):
    buf.write("%-8s %-6s %10s\n" % (n, snapshot[n]["owner"], snapshot[n]["balance"]))
print(buf.getvalue(), end="")
print(Decimal("10") / 3, (Decimal("10") / 3).quantize(CENT), Decimal("1.005").quantize(CENT, ROUND_HALF_UP), Decimal("-1.005").quantize(CENT, ROUND_HALF_UP))
