# struct.pack range errors are worded as CPython 3.11 words them, which
# depends on the code, the byte order and on how far out the value lies
# (CPython packs some codes with its native routines, some with its
# little- or big-endian ones; beyond a C long it has a general message).
# Tested on a 64-bit little-endian host: the native sizes of l, L, n, N,
# P are 8.
import struct

vals = (-2**64 - 1, -2**64, -2**63 - 1, -2**63, -2**32 - 1, -2**31 - 1, -2**31, -2**15 - 1,
        -129, -1, 0, 127, 128, 255, 256, 32767, 65535, 65536, 2**31 - 1, 2**31, 2**32,
        2**63 - 1, 2**63, 2**64 - 1, 2**64, 2**100)
for order in '<>=!@':
    for code in 'bBhHiIlLqQnNP':
        if code in 'nNP' and order != '@':
            continue
        fmt = order + code
        out = []
        for v in vals:
            try:
                struct.pack(fmt, v)
            except struct.error as e:
                out.append('%d: %s' % (v, e))
        print(fmt, len(out))
        for line in out:
            print('  ', line)

# The same through pack_into and Struct.
buf = bytearray(8)
for fmt, v in (('>H', -1), ('>q', 2**63), ('<h', 40000), ('>h', 40000), ('!I', 2**40), ('=Q', -1)):
    for f in (lambda: struct.pack_into(fmt, buf, 0, v), lambda: struct.Struct(fmt).pack(v)):
        try:
            f()
        except struct.error as e:
            print(fmt, v, e)

# Not range errors: a non-integer, and '?', which takes anything.
for fmt, v in (('>H', 1.5), ('b', 'x'), ('?', 2**100), ('<?', -1), ('e', 65520.0), ('<f', 1e300)):
    try:
        print(fmt, struct.pack(fmt, v))
    except (struct.error, OverflowError) as e:
        print(fmt, type(e).__name__, e)
