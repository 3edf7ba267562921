# bytes/bytearray/memoryview argument checks in CPython's order and words.
import array

# hex(): bytes_per_sep is converted first, then sep's length, then its type.
for args in ((1,), (None,), ([],), ([1],), (bytearray(b'-'),), ('é',), ('--',), ('',),
             (':', 2**70), (1, ()), (b'ab', 2**70), ('-', 'x'), (':', 1, 2)):
    try:
        print(b'abc'.hex(*args))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(b'abcd'.hex(':', -3), bytearray(b'abc').hex(sep='.'), memoryview(b'abc').hex('_', 2))

# The fill of ljust/rjust/center is bytes or bytearray only, checked even
# when no padding is needed.
class B(bytes):
    pass


for fill in (memoryview(b'c'), array.array('b', [1]), B(b'x'), bytearray(b'y'), b'z', 'z', 122, b'zz'):
    try:
        print(b'ab'.rjust(1, fill), b'ab'.center(5, fill), bytearray(b'ab').ljust(4, fill))
    except TypeError as e:
        print('TypeError', e)

# A count too big for memory is not too big for an index.
for n in (2**100, -2**100, 2**63, -2**63):
    for t in (bytes, bytearray):
        try:
            t(n)
        except (OverflowError, ValueError) as e:
            print(t.__name__, type(e).__name__, e)

# A read-only memoryview refuses deletion as a modification.
for m in (memoryview(b'ab'), memoryview(bytearray(b'ab'))):
    for f in (lambda: m.__delitem__(0), lambda: m.__setitem__(0, 1)):
        try:
            f()
            print(bytes(m))
        except TypeError as e:
            print('TypeError', e)
