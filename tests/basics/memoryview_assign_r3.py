# memoryview item and slice assignment check the item format and range.
try:
    memoryview
except NameError:
    print("SKIP")
    raise SystemExit

def t(f):
    try:
        r = f()
        print(r)
    except Exception as e:
        print(type(e).__name__)

def setitem(m, i, v):
    m[i] = v
    return m.tolist()

for code, vals in [("h", [32767, -32768, 32768, -32769, 2**100, True]),
                   ("H", [65535, -1, 65536]),
                   ("i", [2**31 - 1, -2**31, 2**31]),
                   ("I", [2**32 - 1, 2**32, -1]),
                   ("q", [2**63 - 1, -2**63, 2**63, -2**63 - 1]),
                   ("Q", [2**64 - 1, 2**64, -1, 5])]:
    m = memoryview(bytearray(16)).cast(code)
    for v in vals:
        t(lambda: setitem(m, 1, v))

mi = memoryview(bytearray(8)).cast("i")
t(lambda: setitem(mi, slice(0, 1), b"abcd"))
t(lambda: setitem(mi, slice(0, 1), memoryview(bytearray(4)).cast("I")))
t(lambda: setitem(mi, slice(0, 1), memoryview(b"\x05\x00\x00\x00").cast("i")))
mb = memoryview(bytearray(4))
t(lambda: setitem(mb, slice(0, 2), "ab"))
t(lambda: setitem(mb, slice(0, 2), b"ab"))
t(lambda: setitem(mb, slice(0, 2), bytearray(b"cd")))
t(lambda: setitem(mb, slice(0, 2), memoryview(b"ef")))
t(lambda: setitem(mb, slice(0, 2), memoryview(b"gh").cast("c")))
t(lambda: setitem(mb.cast("b"), slice(0, 2), b"ij"))
