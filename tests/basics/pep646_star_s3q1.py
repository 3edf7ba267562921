# PEP 646: star expressions in subscripts and *args annotations
class X:
    def __getitem__(self, k):
        return k
x = X()
a = [1, 2]
print(x[*a], x[*a, 3], x[0, *a], x[*a,], x[*()])
d = {}
d[*a] = 5
d[*a, 3] = 6
del d[*a]
print(d)

class Ts:
    # like a TypeVarTuple: iterating yields one item
    def __iter__(self):
        yield 'Unpack[Ts]'
def f(*args: *Ts()):
    return args
print(f.__annotations__, f(1, 2))
def g(a: int, *args: *['only'], k: str = '') -> None:
    pass
print(g.__annotations__)
try:
    def h(*args: *[1, 2]):
        pass
except ValueError as e:
    print('ValueError', e)
print(x[*'ab', *range(2)])
