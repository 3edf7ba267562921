import sys
class R:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
for n in (sys.maxsize, sys.maxsize - 1, 2**40, 0):
    print(len(R(n)))
for n in (sys.maxsize + 1, -1, 2**100, 1.5, '3'):
    try:
        print(len(R(n)))
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bool(R(sys.maxsize)), bool(R(0)))
class I(int): pass
print(len(R(I(7))))
