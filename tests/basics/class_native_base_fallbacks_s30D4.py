# A built-in base without comparisons leaves != to object (session 30,
# helper D4): on an exception subclass it inverts the class's __eq__
# (object.__ne__); and classmethod(staticmethod(f)) gives f.


class E(Exception):
    def __eq__(self, o):
        return True


print(E() != 1, E() == 1, 1 != E(), E("a") != E("b"))


class N(Exception):
    pass


n = N()
print(n != n, n != N(), n == n)


class K:
    cs = classmethod(staticmethod(lambda *a: ("s", a)))


print(K.cs(), K().cs(1))
