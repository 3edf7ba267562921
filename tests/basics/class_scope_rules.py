# class bodies do not create an enclosing scope for methods
x = 'global x'
class C:
    x = 'class x'
    def get(self):
        return x
    y = x + '!'
    lst = [x for _ in range(1)]
print(C().get(), C.y, C.lst)
def f():
    z = 'f local'
    class D:
        z2 = z
        def m(self):
            return z
    return D
D = f()
print(D.z2, D().m())
