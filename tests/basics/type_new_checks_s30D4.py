# type.__new__ and class statements (session 30, helper D4): the checks come
# in CPython's order (metaclass, MRO entries, layout, then the namespace and
# the MRO), a base that is no class takes part in the metaclass calculation,
# and a failed class is not left among its bases' __subclasses__().


def make(src):
    try:
        ns = {}
        exec(src, ns)
        print("ok", ns.get("r"))
    except Exception as e:
        print(type(e).__name__, e)


make("class C(3): pass")
make("r = type('C', (3,), {})")
make("r = type('C', (object(),), {})")
make("r = type('C', (int, 3), {})")
make("r = type(None, (), {})")
make("r = type('C', None, {})")
make("r = type('C', (), None)")
make("class E:\n    def __mro_entries__(s, b): return (int,)\nr = type('C', (E(),), {})")
make("class E:\n    def __mro_entries__(s, b): return (int,)\nclass C(E()): pass\nr = C.__mro__")
# layout conflicts are found before the MRO and the namespace
make("class A:\n    __slots__ = ('a',)\nclass B(A, int, object): pass")
make("class A:\n    __slots__ = ('a',)\nclass B(A, list):\n    __qualname__ = 3")
make("class A:\n    __slots__ = ('a',)\nclass B(list, A): pass")


class Base:
    pass


for body in ("__slots__ = ('x',)\n    x = 1", "__slots__ = (1,)", "__slots__ = ('__dict__', '__dict__')"):
    make("class Bad(Base):\n    " + body)
print([c.__name__ for c in Base.__subclasses__()])


class Good(Base):
    pass


print([c.__name__ for c in Base.__subclasses__()])
