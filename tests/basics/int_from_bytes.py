# int.from_bytes
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print(int.from_bytes(b'', 'big'), int.from_bytes(b'\x00\x00', 'little'))
print(int.from_bytes(b'\xff' * 16, 'big'))
print(int.from_bytes(bytearray(b'\x12\x34\x56'), 'big'))
print(int.from_bytes(b'\x00\x00\x00\x00\x00\x00\x00\x00\x01', 'big'))
print(int.from_bytes(b'\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a', 'little'))
