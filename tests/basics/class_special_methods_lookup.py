# special methods are looked up on the type, not the instance
class C:
    def __len__(self):
        return 3
    def __repr__(self):
        return 'C()'
c = C()
c.__len__ = lambda: 99
c.__repr__ = lambda: 'inst'
print(len(c), repr(c), c.__len__())
class N:
    pass
n = N()
n.__add__ = lambda o: 1
try:
    n + 1
except TypeError:
    print('TypeError')
class M:
    def __getattr__(self, name):
        return lambda *a: 'via getattr'
try:
    len(M())
except TypeError:
    print('TypeError len')
print(M().__len__())
