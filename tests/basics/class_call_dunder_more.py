# callable instances and __call__ on classes
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
a = Adder(10)
print(a(1), a(1, 2, 3), a(1, scale=2), callable(a), callable(Adder))
print(list(map(a, [1, 2])), sorted([3, 1], key=Adder(0)))
class NoCall:
    pass
try:
    NoCall()()
except TypeError:
    print('TypeError')
a.__call__ = lambda x: 'instance attr'
print(a(1))
class Sub(Adder):
    pass
print(Sub(5)(5))
