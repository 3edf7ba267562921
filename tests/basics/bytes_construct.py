# constructing bytes objects
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(3)))
print(bytes('héllo', 'utf-8'), bytes(bytearray(b'ba')), bytes(b'copy'), bytes(memoryview(b'mv')))
print(bytes(x for x in (104, 105)))
for bad in ([256], [-1], ['a']):
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
try:
    bytes('no encoding')
except TypeError:
    print('TypeError: string argument without an encoding')
try:
    bytes(-1)
except ValueError:
    print('ValueError: negative count')
