# A class with a Python base before int, tuple or bytes (class C(Plain, int))
# inherits Plain's __weakref__ entry, but its instances take no weak
# references (variable-size layout), as in CPython.
import weakref


class Plain:
    pass


class A(int):
    pass


class B(Plain, int):
    pass


class C(int, Plain):
    pass


class T(Plain, tuple):
    pass


class BY(Plain, bytes):
    pass


class BO(Plain, int):
    pass


class G(Plain, float):
    pass


class S(Plain, str):
    pass


class L(Plain, list):
    pass


class E(Plain, Exception):
    pass


for cls in (A, B, C, T, BY, BO, G, S, L, E):
    try:
        r = weakref.ref(cls())
        print(cls.__name__, 'ok', r() is not None or True)
    except TypeError:
        print(cls.__name__, 'TypeError')
    print(cls.__name__, '__weakref__' in dir(cls), hasattr(cls, '__weakref__'), cls.__itemsize__)
