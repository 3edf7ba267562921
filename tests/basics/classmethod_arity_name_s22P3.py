# A built-in class method called with the wrong number of arguments is
# named after the class it was called on (bytes and bytearray share
# fromhex; a subclass gets its own name), as CPython does.


class B(bytes):
    pass


class BA(bytearray):
    pass


class D(dict):
    pass


def check(f):
    try:
        f()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)


check(lambda: bytes.fromhex())
check(lambda: bytearray.fromhex())
check(lambda: b''.fromhex())
check(lambda: bytearray().fromhex('a', 'b'))
check(lambda: B.fromhex())
check(lambda: BA.fromhex())
check(lambda: BA().fromhex(1, 2))
check(lambda: float.fromhex())
check(lambda: dict.fromkeys())
check(lambda: D.fromkeys(1, 2, 3))
print(type(B.fromhex('61')).__name__, type(BA().fromhex('61')).__name__, B.fromhex('6162'))
