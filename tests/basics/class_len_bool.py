# __len__ and __bool__ determine truthiness
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(3)), bool(L(0)), bool(L(2)))
if not L(0):
    print('empty is false')
class B:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        return self.b
    def __len__(self):
        return 100
print(bool(B(False)), bool(B(True)), len(B(False)))
class Neither:
    pass
print(bool(Neither()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError:
    print('TypeError: __bool__ should return bool')
class NegLen:
    def __len__(self):
        return -1
try:
    len(NegLen())
except ValueError:
    print('ValueError: __len__ should return >= 0')
