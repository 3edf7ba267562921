# int.from_bytes() of a few bytes makes a small int without touching the heap,
# so it works with the heap locked (MicroPython's heapalloc_int_from_bytes).
# CPython has no micropython module, hence the .exp file.
import micropython

micropython.heap_lock()
print(int.from_bytes(b"1", "little"))
print(int.from_bytes(b"12", "little"))
print(int.from_bytes(b"2345", "little"))
print(int.from_bytes(b"\xff\xfe", "big", signed=True))
print(int.from_bytes(b"\x80\x00\x00\x00\x00\x00\x00", "big", signed=True))
print(int.from_bytes(b"\xff\xff\xff\xff\xff\xff\xff", "little"))
print(int.from_bytes(b"", "big"))
micropython.heap_unlock()
# Wider values still work (on the heap).
print(int.from_bytes(b"\xff" * 8, "little"), int.from_bytes(b"\xff" * 8, "big", signed=True))
print(int.from_bytes(b"\x01" + b"\x00" * 9, "big"))
