# runaway recursion raises RecursionError which can be caught and recovered from
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', isinstance(e, RuntimeError))
def ok(n):
    return 0 if n == 0 else 1 + ok(n - 1)
print(ok(500))
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print('RecursionError repr')
class G:
    def __getattr__(self, name):
        return getattr(self, name + 'x')
try:
    G().a
except RecursionError:
    print('RecursionError getattr')
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print('RecursionError mutual')
print(ok(100))
