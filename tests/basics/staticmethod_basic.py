# staticmethod
class M:
    @staticmethod
    def add(a, b):
        return a + b
    def helper(x):
        return x * 2
    helper = staticmethod(helper)
print(M.add(1, 2), M().add(3, 4), M.helper(5), M().helper(6))
f = M.add
print(f(10, 20))
class Sub(M):
    pass
print(Sub.add(1, 1), Sub().helper(1))
print(type(M.__dict__['add']).__name__)
