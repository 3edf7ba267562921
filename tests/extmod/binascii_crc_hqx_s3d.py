# binascii.crc_hqx: CRC-CCITT with a start value.
import binascii
print(binascii.crc_hqx(b"", 0), binascii.crc_hqx(b"abc", 0), binascii.crc_hqx(b"123456789", 0))
print(binascii.crc_hqx(b"123456789", 0xFFFF), binascii.crc_hqx(bytearray(b"xyz"), 7))
print(binascii.crc_hqx(b"lo", binascii.crc_hqx(b"hel", 0)) == binascii.crc_hqx(b"hello", 0))
print(binascii.crc_hqx(memoryview(b"data"), 0x12345))
