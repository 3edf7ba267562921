# bound methods remember their instance
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
a = C(1)
b = C(2)
m = a.get
print(m(), b.get(), C.get(b))
methods = [a.get, b.get]
print([f() for f in methods])
a.n = 10
print(m())
def plain(self):
    return 'plain ' + str(self.n)
C.plain = plain
print(a.plain())
a.inst_fn = lambda: 'not bound'
print(a.inst_fn())
