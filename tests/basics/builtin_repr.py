# repr() of built-in values
for v in (0, -1, 2 ** 70, 1.5, -0.0, 1e100, 'text', "it's", b'b', bytearray(b'x'), [1, 'a'], (1,), (),
          {'k': [1]}, None, True, False, range(3), range(1, 5, 2), slice(1, 2), Ellipsis, NotImplemented):
    print(repr(v))
print(repr(set()), repr(frozenset()), repr({1}), repr(frozenset({2})))
