# int.from_bytes takes its first argument by keyword too.
print(int.from_bytes(bytes=b'\x01\x02', byteorder='little'))
print(int.from_bytes(bytes=b'\xff', byteorder='big', signed=True))
print(int.from_bytes(b'\x01\x00'))
print(bool.from_bytes(bytes=b'\x01', byteorder='big'))
try:
    int.from_bytes(byteorder='big')
except TypeError:
    print('TypeError')
