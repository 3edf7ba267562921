# crc32 with and without a starting value
import binascii

print(binascii.crc32(b''), binascii.crc32(b'hello'), binascii.crc32(b'The quick brown fox jumps over the lazy dog'))
print(binascii.crc32(b'hello', 123), binascii.crc32(b'', -1), binascii.crc32(b'x', 2**40 + 5))
crc = 0
for chunk in (b'hel', b'lo'):
    crc = binascii.crc32(chunk, crc)
print(crc == binascii.crc32(b'hello'), binascii.crc32(bytearray(b'abc')), binascii.crc32(bytes(range(256))))
