# Functions written in C name themselves in argument errors, as CPython's
# argument-clinic functions do: "X() missing required argument 'a' (pos 1)",
# "X() takes at most N arguments (M given)", "'k' is an invalid keyword
# argument for X()".
import binascii, itertools, os, struct, sys, zlib
from collections import deque, OrderedDict

calls = [
    lambda: zlib.compress(),
    lambda: zlib.compress(b'', 1, 2, 3),
    lambda: zlib.decompress(b'', bad=1),
    lambda: zlib.decompressobj(1, 2, 3),
    lambda: binascii.hexlify(),
    lambda: binascii.a2b_base64(b'', 1, 2),
    lambda: binascii.b2a_base64(b'', foo=1),
    lambda: binascii.b2a_qp(),
    lambda: os.stat(),
    lambda: os.stat('.', 1, 2, 3),
    lambda: os.lstat(),
    lambda: os.mkdir(),
    lambda: os.open(),
    lambda: os.access('.', os.F_OK, bad=1),
    lambda: os.chmod(),
    lambda: os.utime(),
    lambda: struct.unpack_from('b', b'x', 0, 1),
    lambda: struct.Struct('b').unpack_from(b'x', 0, 1),
    lambda: itertools.count(1, 2, 3),
    lambda: itertools.count(bad=1),
    lambda: itertools.repeat(),
    lambda: itertools.accumulate([], None, 1, 2),
    lambda: deque(bad=1),
    lambda: OrderedDict().popitem(1, 2),
    lambda: sys.set_int_max_str_digits(),
]
for f in calls:
    try:
        f()
        print('no error')
    except TypeError as e:
        print('TypeError:', e)
