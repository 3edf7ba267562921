# helper module for the import_* tests
print("imp_mod1 loading")
x = 1
y = [1, 2, 3]
_private = 5


def f(a):
    return a * 10


class C:
    def m(self):
        return "C.m"
