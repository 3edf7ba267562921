# Special methods of built-in types called explicitly with the wrong number
# of arguments: slot wrappers say "expected N arguments, got M" (a leading
# space for repeat, pow and __setitem__), the special names that CPython
# implements as plain methods name themselves.


# (Called in place: CPython names a bound built-in method by its receiver's
# type, bool.__ceil__, but the method looked up and called at once by its
# descriptor's, int.__ceil__.)
def check(f):
    try:
        f()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)


check(lambda: int.__add__(1))
check(lambda: (1).__add__())
check(lambda: (1).__add__(1, 2))
check(lambda: (1).__neg__(1))
check(lambda: (1).__pow__())
check(lambda: (1).__pow__(1, 2, 3))
check(lambda: (1.5).__rpow__())
check(lambda: (1).__mul__())
check(lambda: (1).__int__(1))
check(lambda: (1).__index__(1))
check(lambda: (1).__trunc__(1))
check(lambda: (1).__floor__(1))
check(lambda: (1).__ceil__(1))
check(lambda: True.__ceil__(1))
check(lambda: (1).conjugate(1))
check(lambda: (1.5).__int__(1))
check(lambda: (1.5).__float__(1))
check(lambda: (1.5).__trunc__(1))
check(lambda: (1.5).conjugate(1))
check(lambda: (1).__getnewargs__(1))
check(lambda: True.__getnewargs__(1))
check(lambda: ''.__getnewargs__(1))
check(lambda: b''.__bytes__(1))
check(lambda: (1j).__getnewargs__(1))

check(lambda: 'a'.__add__())
check(lambda: 'a'.__add__(1, 2))
check(lambda: str.__len__('a', 2))
check(lambda: 'a'.__mod__())
check(lambda: 'a'.__mul__())
check(lambda: 'a'.__rmul__())
check(lambda: 'a'.__getitem__())
check(lambda: 'a'.__contains__())
check(lambda: b''.__add__())
check(lambda: b''.__mul__())
check(lambda: b''.__len__(1))
check(lambda: [].__mul__())
check(lambda: [].__imul__())
check(lambda: ().__rmul__())
check(lambda: bytearray().__mul__())
check(lambda: [].__setitem__(1))
check(lambda: [].__len__(1))
check(lambda: [].__iadd__())

check(lambda: list.__getitem__([]))
check(lambda: [].__getitem__(1, 2))
check(lambda: {}.__getitem__())
check(lambda: {}.__contains__())
check(lambda: set().__contains__())
check(lambda: frozenset().__contains__(1, 2))
check(lambda: ().__getitem__())
check(lambda: ().__contains__())
check(lambda: [].__reversed__(1))

check(lambda: object().__eq__())
check(lambda: object().__lt__(1, 2))
check(lambda: object().__repr__(1))
check(lambda: object().__hash__(1))
check(lambda: object().__sizeof__(1))
check(lambda: object().__dir__(1))
check(lambda: (1).__sizeof__(1))
check(lambda: range(3).__format__(1, 2))
check(lambda: [].__format__())
check(lambda: None.__lt__())
check(lambda: iter([]).__lt__())

# Called through the type with no self, or a self of another type: slot
# wrappers say "descriptor", plain methods "unbound method" / "doesn't apply".
check(lambda: object.__repr__())
check(lambda: object.__str__())
check(lambda: object.__eq__())
check(lambda: object.__format__())
check(lambda: str.__add__())
check(lambda: str.__len__(None))
check(lambda: float.__float__())
check(lambda: list.__getitem__())
check(lambda: list.__getitem__(None))
check(lambda: dict.__contains__(None))
check(lambda: int.__getnewargs__())
check(lambda: int.__getnewargs__(None))
check(lambda: bytes.__bytes__(None))
check(lambda: list.append())
check(lambda: list.append(None, 1))
check(lambda: int.__add__('a', 1))

# The names themselves.
print((1).__trunc__.__name__, (1).__floor__.__name__, (1).__ceil__.__qualname__)
print((1.5).__int__.__name__, (1.5).__float__.__name__, (1.5).conjugate.__name__)
print(int.__int__, int.__index__)
print(int(True), (5).__index__(), (2**70).__int__() == 2**70, (-7).__trunc__())


class I(int):
    def __index__(self):
        return super().__index__() + 1


print(hex(I(5)), int.__index__(I(5)), I(5).__int__())
