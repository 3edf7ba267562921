# object.__format__ takes only a str spec (or a str subclass), as in CPython:
# bytes, even empty, is a TypeError, and the message names the spec's type.

class C:
    def __str__(self):
        return 'C!'

class S(str):
    pass

for v in [C(), (1,), [2], None, b'x', range(2), len]:
    for spec in [b'', b'x', 1, None, bytearray(b''), '', S(''), 'x']:
        try:
            r = type(v).__format__(v, spec)
            print(type(v).__name__, repr(spec), 'ok', r if isinstance(v, C) else repr(r)[:12])
        except TypeError as e:
            print(type(v).__name__, repr(spec), 'TypeError', str(e).replace(type(v).__name__, 'T'))
print(format(C(), ''), f'{C()}', '{}'.format(C()))
