# ord and chr round trip across the code point range
for c in ('a', 'Z', '0', ' ', '\n', '\x00', '\x7f', '\x80', 'é', '€', '\u4e2d', '\U0001F600', '\U0010FFFF'):
    print(ord(c), chr(ord(c)) == c)
print(chr(65), chr(0x20ac), chr(97) + chr(98))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError:
        print('ValueError', bad)
for bad in ('', 'ab'):
    try:
        ord(bad)
    except TypeError:
        print('TypeError', repr(bad))
