# A metaclass (a subclass of type) may not add slots: its instances, classes,
# are variable-size objects in CPython. Empty __slots__, __dict__ and
# __weakref__ are allowed.
for slots in (('k',), 'k', ('__dict__',), ('__weakref__',), (), ('a', 'b')):
    try:
        M = type('M', (type,), {'__slots__': slots})
        print(slots, 'ok', M.__name__)
    except TypeError as e:
        print(slots, 'TypeError', e)


class Meta(type):
    __slots__ = ()


class C(metaclass=Meta):
    x = 1


print(type(C).__name__, C.x)
