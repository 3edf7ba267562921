# struct remembers the last format it measured, by its text: results must
# not depend on which format came before, and errors are never remembered.
import struct

formats = ['<IHb', '>IHb', '@IHb', '<IHb', b'<IHb', '<3s2p', '<q', '<IHb', 'I\x0b', ' I', '<' + 'B' * 40,
           '<' + 'B' * 31, '<' + 'B' * 32]
for f in formats:
    print(repr(f), struct.calcsize(f), struct.calcsize(f))
print(struct.unpack('<IHb', struct.pack('<IHb', 7, 3, -1)))
print(struct.unpack('>IHb', struct.pack('>IHb', 7, 3, -1)))
print(struct.pack('<IHb', 1, 2, 3), struct.pack('>IHb', 1, 2, 3), struct.pack('<IHb', 1, 2, 3))
for bad in [b'\x85I', b'<I\x85', '<Iz', '<I', '<Iz', '3']:
    for i in range(2):
        try:
            print(struct.calcsize(bad))
        except struct.error as e:
            print('error', e)
for args in [(1, 2), (1, 2, 3, 4), (1, 2, 3)]:
    try:
        print(struct.pack('<IHb', *args))
    except struct.error as e:
        print('error', e)
try:
    struct.unpack('<IHb', b'123456')
except struct.error as e:
    print('error', e)
print(struct.unpack('<IHb', b'1234567'))
s = struct.Struct('<hh')
print(s.size, s.unpack(s.pack(1, 2)), struct.calcsize('<hh'))
