# list() asks a user iterable's __len__ / __length_hint__ (on its type)
class It:
    def __init__(self, n, hint): self.n = n; self.hint = hint
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self): return self.hint
print(list(It(3, 100)), list(It(2, 0)), list(It(2, NotImplemented)))
try:
    list(It(2, 2**70))
except OverflowError:
    print("OverflowError")
for bad in (-1, 'x', 1.5):
    try:
        list(It(2, bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class E(Exception): pass
class Raising(It):
    def __length_hint__(self): raise E
try:
    list(Raising(1, 0))
except E:
    print('E')
class BadLen(It):
    def __len__(self): raise TypeError('no')
print(list(BadLen(2, 5)))
class ValLen(It):
    def __len__(self): raise ValueError('v')
try:
    list(ValLen(2, 5))
except ValueError as e:
    print('ValueError', e)
l = [9]
l.extend(It(2, 10))
print(l)
