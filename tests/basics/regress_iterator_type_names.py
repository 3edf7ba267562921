# Iterator types carry CPython's names.
d = {1: 2}
its = (iter(d), iter(d.keys()), iter(d.values()), iter(d.items()), reversed(d),
       reversed(d.keys()), reversed(d.values()), reversed(d.items()), reversed([]),
       reversed(()), reversed(range(3)), iter(range(3)), iter([]), iter(()), iter(b""),
       iter(set()), iter(bytearray()))
print([type(x).__name__ for x in its])
print(list(reversed([1, 2, 3])), list(reversed(d.items())), list(reversed(d.values())))
print(isinstance(reversed(()), reversed), isinstance(reversed([]), reversed))
