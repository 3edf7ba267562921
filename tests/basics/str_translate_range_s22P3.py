# str.translate: a mapped code point outside range(0x110000) is a
# ValueError, however big the int (no OverflowError).
for v in (-1, 0x110000, 2**31, 2**63, 2**100, -2**100, 0x10ffff, True):
    try:
        print(ascii('abc'.translate({97: v})))
    except ValueError as e:
        print('ValueError', e)


class I(int):
    def __index__(self):
        return 98


class J:
    def __index__(self):
        return 98


print(ascii('abc'.translate({97: I(100), 98: False})))
try:
    'abc'.translate({97: J()})
except TypeError as e:
    print('TypeError', e)
