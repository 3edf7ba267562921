# int.from_bytes: the positional fast path and the general argument parser
# give the same results and the same errors.
print(int.from_bytes(b"\x01\x02", "big"), int.from_bytes(b"\x01\x02", "little"))
print(int.from_bytes(b"\x01\x02"), int.from_bytes(b"\x01\x02", byteorder="little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=False))
print(int.from_bytes(bytes=b"\x10", byteorder="big"), int.from_bytes(b"", "little"))
order = "lit"
order += "tle"
print(int.from_bytes(b"\x01\x00", order), int.from_bytes(b"\x01\x00", "".join(["b", "ig"])))
print(int.from_bytes(b"\x01" * 9, "big"), int.from_bytes(b"\x80" + b"\x00" * 8, "big", signed=True))
print(int.from_bytes(bytearray(b"\x02\x01"), "little"), int.from_bytes(memoryview(b"\x03"), "big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes((255,), "little", signed=True))
class B(bytes):
    pass
class S(str):
    pass
class I(int):
    pass
print(int.from_bytes(B(b"\x05\x06"), "little"), int.from_bytes(b"\x00\x07", S("big")))
print(type(I.from_bytes(b"\x07", "big")).__name__, I.from_bytes(b"\x07", "big"))
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "little"))
for order in ("Big", "middle", "", b"big", 3, None):
    try:
        int.from_bytes(b"\x01", order)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
for src in ("ab", S("ab"), 5, None):
    try:
        int.from_bytes(src, "big")
    except TypeError:
        print("TypeError")
for args in ((b"\x01", "big", True), (b"\x01", "big", "x", "y"), ()):
    try:
        int.from_bytes(*args)
    except TypeError:
        print("TypeError")
try:
    int.from_bytes(b"\x01", "big", sign=True)
except TypeError:
    print("TypeError")
