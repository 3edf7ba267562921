# native mode ('@', the default) aligns each item to its size; others don't
import struct

for fmt in ('bi', 'ib', 'bh', 'hb', 'bq', 'bhi', 'cd', 'bbbi', '?l', 'bd'):
    print(fmt, struct.calcsize(fmt), struct.calcsize('@' + fmt), struct.calcsize('=' + fmt))
print(struct.pack('@bi', 1, 2) == struct.pack('=bxxxi', 1, 2))
print(struct.unpack('@bi', struct.pack('@bi', -3, 70000)))
print(struct.calcsize('P') == struct.calcsize('N') == struct.calcsize('n'))
print(struct.unpack('@2h', struct.pack('@2h', 1, -1)))
