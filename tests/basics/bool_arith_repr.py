# bool as int subclass
print(True + True, True * 3, -True, ~True, ~False, True / 2, True // 2, True % 2)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True + 0).__name__)
print(repr(True), str(False), int(True), float(True), hash(True) == hash(1))
print(True == 1, False == 0, True is 1 == 1, isinstance(True, int))
print(bool(), bool(0), bool(0.0), bool(''), bool([]), bool({}), bool(()), bool(None))
print(bool('a'), bool([0]), bool(-1), bool(0.1))
print({True: 'a', 1: 'b'})
print(sum([True, True, False]), max(True, 2), min(False, -1))
print(True.__class__.__name__, bool.__name__, bool.__mro__)
try:
    class B(bool):
        pass
except TypeError:
    print('TypeError')
print(format(True), f'{True}', '%s %d' % (True, True))
print(True << 3, True >> 1, abs(True), divmod(True, 1))
