# exception args is always a tuple
e = Exception(1, 'two', [3])
print(e.args, type(e.args).__name__, len(e.args))
print(Exception().args, Exception(None).args)
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
        self.a = a
print(Custom(1, 2).args, Custom(1, 2).a)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuper(5)
print(n.x, n.args)
try:
    raise Custom('p', 'q')
except Custom as c:
    print(c.args[0], str(c))
