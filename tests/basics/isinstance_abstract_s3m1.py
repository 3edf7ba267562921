# isinstance/issubclass with class-like objects that only have __bases__, and
# instances whose class overrides __class__.


class FakeClass:
    def __init__(self, bases):
        self._bases = bases

    @property
    def __bases__(self):
        return self._bases

    def __call__(self):
        return FakeInstance(self)


class FakeInstance:
    def __init__(self, klass):
        self._klass = klass

    @property
    def __class__(self):
        return self._klass


Top = FakeClass(())
Mid = FakeClass((Top,))
Low = FakeClass((Mid, Top))


class Real:
    pass


print(isinstance(Top(), Top), isinstance(Low(), Top), isinstance(Top(), Low))
print(isinstance(Real(), Top), isinstance(Top(), Real))
print(issubclass(Low, Top), issubclass(Mid, Low), issubclass(Low, Low))
print(issubclass(Real, Top))
try:
    issubclass(Top, Real)
except TypeError as e:
    print("TypeError", e)


class NoBases:
    pass


for args in [(1, NoBases()), (NoBases(), Top)]:
    try:
        issubclass(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    isinstance(1, NoBases())
except TypeError as e:
    print("TypeError", e)


class Boom:
    @property
    def __bases__(self):
        raise RuntimeError("boom")


try:
    isinstance(1, Boom())
except RuntimeError as e:
    print("RuntimeError", e)


class Cycle:
    @property
    def __bases__(self):
        return (self, self)


try:
    issubclass(Cycle(), int)
except RecursionError:
    print("RecursionError")


class LooksLikeInt:
    __class__ = int


print(isinstance(LooksLikeInt(), int), isinstance(LooksLikeInt(), LooksLikeInt), type(LooksLikeInt()).__name__)


class BadClass:
    @property
    def __class__(self):
        raise RuntimeError("no class")


try:
    isinstance(BadClass(), int)
except RuntimeError as e:
    print("RuntimeError", e)
print(isinstance(BadClass(), BadClass))


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


print(WithMeta.__class__.__name__, WithMeta().__class__.__name__)
