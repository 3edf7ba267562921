# int.from_bytes with signed=True
print(int.from_bytes(b'\xff', 'big', signed=True), int.from_bytes(b'\x7f', 'big', signed=True))
print(int.from_bytes(b'\x00\x80', 'little', signed=True), int.from_bytes(b'\x80\x00', 'little', signed=True))
print(int.from_bytes(b'\xff' * 12, 'big', signed=True), int.from_bytes(b'\x80' + b'\x00' * 11, 'big', signed=True))
print(int.from_bytes(b'\x01\xff', 'big', signed=False))
