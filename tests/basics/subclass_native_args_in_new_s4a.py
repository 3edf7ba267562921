import array, itertools
class A(array.array):
    def __init__(self, tc, init=(), extra=None):
        array.array.__init__(self)
        self.extra = extra
a = A('i', [1], extra=5)
print(a, a.extra, len(a))
class B(array.array):
    pass
print(B('b', [1, 2]))
try:
    array.array('i', extra=1)
except TypeError:
    print('TypeError')
class C(itertools.count):
    def __init__(self, start=0, step=1):
        self.tag = 'c'
c = C(5)
print(next(c), next(c), c.tag)
class R(itertools.repeat):
    def __init__(self, x, n):
        self.n = n
print(list(R('a', 3)))
class Ch(itertools.chain):
    def __init__(self, *its): pass
print(list(Ch('ab', 'c')))
