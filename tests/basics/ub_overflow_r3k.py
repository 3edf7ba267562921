# bytes.hex bytes_per_sep beyond a C int must raise OverflowError (it used to
# negate LONG_MIN: undefined behaviour)
for n in (-2**63, 2**63 - 1, 2**31, -2**31 - 1):
    try:
        print(b'abcdef'.hex('-', n))
    except OverflowError as e:
        print('OverflowError', e)
for n in (-2**31, 2**31 - 1, -2, 2, -7):
    print(n, b'abcdef'.hex('-', n))
print(bytearray(b'abc').hex(':', -2**31))
print(memoryview(b'abc').hex(':', 2**31 - 1))
