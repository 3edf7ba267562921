# unpack_from converts its offset last: a bad format (struct.error) or buffer
# is reported before a bad offset, as in CPython
import struct
for f, o in [('>n', 1.0), ('n', 1.0), ('>i', 1.0), ('>i', '1'), ('>i', None), ('i', 1.0), ('>n', 1), ('zz', 1.0)]:
    try: print(f, o, struct.unpack_from(f, bytes(range(20)), o))
    except Exception as e: print(f, o, type(e).__name__, e)
for f, o in [('zz', 1.0), ('>n', 'x'), ('i', 1.0)]:
    try: print(f, o, struct.pack_into(f, bytearray(8), o, 1))
    except Exception as e: print(f, o, type(e).__name__, e)
for a in [('zz',), ('zz', 1), ('i',), ('i', b'1234', 0.5)]:
    try: print(a, struct.unpack_from(*a))
    except Exception as e: print(a, type(e).__name__)
try: print(struct.unpack_from('>n', offset=1.0, buffer=b'1234'))
except Exception as e: print(type(e).__name__)
S = struct.Struct('>h')
for a in [(b'1234', 1.0), ('ab', 1.0), (b'1234', True), (b'1234', 2**70), (b'1234', -2), (b'1234', None)]:
    try: print(a, S.unpack_from(*a), struct.unpack_from('<h', *a))
    except Exception as e: print(a, type(e).__name__)
class X:
    def __index__(s): return 1
print(S.unpack_from(b'1234', X()), struct.unpack_from('h', b'1234', offset=X()))
