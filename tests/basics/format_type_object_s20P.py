# format() of a class: type(cls).__format__ (object.__format__ unless the
# metaclass defines one) formats it, never the __format__ the class defines
# for its instances; a non-empty spec is a TypeError naming the metaclass.


def show(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print("TypeError", e)


for cls in (int, object, str, list, type):
    show(lambda: format(cls, ""))
    show(lambda: format(cls, "5"))
    show(lambda: "{:>3}".format(cls))


class A:
    def __format__(self, spec):
        return "A" + spec


show(lambda: format(A(), "x"))
show(lambda: format(A, ""))
show(lambda: format(A, "x"))
show(lambda: f"{A:x}")


class Meta(type):
    def __format__(cls, spec):
        return "Meta" + spec


class B(metaclass=Meta):
    def __format__(self, spec):
        return "B" + spec


show(lambda: format(B, "x"))
show(lambda: format(B(), "x"))


class PlainMeta(type):
    pass


class C(metaclass=PlainMeta):
    def __format__(self, spec):
        return "C" + spec


show(lambda: format(C, "x"))
show(lambda: format(C(), "y"))
