# int methods and attributes
for n in (0, 1, -1, 255, -256, 2**31, 2**63, -(2**63), 2**100 + 1):
    print(n.bit_length(), n.real, n.imag, n.numerator, n.denominator, int.conjugate(n))
print((10).__index__())
print(int.from_bytes(b'\x01\x00', 'big'), int.from_bytes(b'\x01\x00', 'little'))
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'))
print((-1).to_bytes(2, 'big', signed=True))
try:
    (256).to_bytes(1, 'big')
except OverflowError:
    print('OverflowError')
try:
    (-1).to_bytes(1, 'big')
except OverflowError:
    print('OverflowError')
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(bytearray(b'\x00\x01'), byteorder='big'))
print((5).as_integer_ratio())
print(True.bit_length(), (2**64).bit_count())
