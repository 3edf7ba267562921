# __call__ makes instances callable
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, k=10), callable(add5))
print(list(map(add5, [1, 2])))
class NotCallable:
    pass
print(callable(NotCallable()), callable(NotCallable))
try:
    NotCallable()()
except TypeError:
    print('TypeError')
