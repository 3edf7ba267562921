# struct.error (an Exception subclass, not ValueError) and other failures
import struct

print(issubclass(struct.error, Exception), issubclass(struct.error, ValueError))
cases = [
    lambda: struct.pack('b', 200),
    lambda: struct.pack('B', -1),
    lambda: struct.pack('<h', 40000),
    lambda: struct.pack('<I', -1),
    lambda: struct.pack('<Q', 2**64),
    lambda: struct.pack('<q', -2**63 - 1),
    lambda: struct.pack('<i', 1.5),
    lambda: struct.pack('<i', 'x'),
    lambda: struct.pack('<d', 'x'),
    lambda: struct.pack('ii', 1),
    lambda: struct.pack('i', 1, 2),
    lambda: struct.pack('c', b'ab'),
    lambda: struct.pack('c', 'a'),
    lambda: struct.pack('s', 'abc'),
    lambda: struct.unpack('<i', b'abc'),
    lambda: struct.unpack('<i', b'abcde'),
    lambda: struct.calcsize('z'),
    lambda: struct.calcsize('<n'),
    lambda: struct.calcsize('<P'),
    lambda: struct.calcsize('3'),
    lambda: struct.pack(123),
]
for f in cases:
    try:
        f()
        print('no error')
    except struct.error as e:
        print('struct.error', type(e).__name__)
    except Exception as e:
        print(type(e).__name__)
