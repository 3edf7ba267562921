# bytearray construction, indexing and mutation
ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
ba[-1] = ord('O')
print(ba)
print(bytearray(), bytearray(3), bytearray([1, 2, 3]), bytearray('hé', 'utf-8'), bytearray(range(2)))
for bad in (256, -1):
    try:
        ba[0] = bad
    except ValueError:
        print('ValueError', bad)
try:
    ba[10] = 1
except IndexError:
    print('IndexError')
print(ba == b'HellO', ba + b'!', b'!' + ba, type(b'!' + ba).__name__, ba * 2)
