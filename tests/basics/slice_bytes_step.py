# slicing bytes and bytearray with steps
b = b'0123456789'
ba = bytearray(b)
print(b[::2], b[::-1], b[1:8:3], b[-3:])
print(ba[::2], ba[::-1], ba[8:1:-2])
print(ba[2:5])
