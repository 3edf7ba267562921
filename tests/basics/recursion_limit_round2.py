# sys.setrecursionlimit/getrecursionlimit; deep but allowed recursion works,
# runaway recursion raises RecursionError (never a crash)
import sys
old = sys.getrecursionlimit()
sys.setrecursionlimit(10000)
def d(n):
    return 0 if n == 0 else 1 + d(n - 1)
print(d(5000))
sys.setrecursionlimit(old)
try:
    print(d(10**6))
except RecursionError:
    print('RecursionError big')
class R:
    def __init__(self, n): self.n = n
    def __repr__(self): return 'R' if self.n == 0 else repr(R(self.n - 1))
print(repr(R(200)))
try:
    print(repr(R(10**6))[:5])
except RecursionError:
    print('RecursionError repr')
for bad in (0, -5):
    try:
        sys.setrecursionlimit(bad)
    except ValueError:
        print('ValueError', bad)
print(sys.getrecursionlimit() == old)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print('RecursionError mutual')
print(d(500))
