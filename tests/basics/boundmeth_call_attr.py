# A bound method's __call__ calls it, however many times it is taken.
def f(x):
    return x * 2


class C:
    def m(self, x):
        return x + 1


print(f.__call__(5), f.__call__.__call__(5), f.__call__.__call__.__call__(5))
c = C()
print(c.m.__call__(1), c.m.__call__.__call__(2))
