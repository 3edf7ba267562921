# hexlify/unhexlify, with the sep and bytes_per_sep arguments
import binascii

print(binascii.hexlify(b''), binascii.hexlify(b'\x00\xffab'), binascii.hexlify(bytearray(b'xyz')))
print(binascii.hexlify(b'abcde', '-'), binascii.hexlify(b'abcde', b':', 2), binascii.hexlify(b'abcde', ':', -2))
print(binascii.hexlify(b'abcdef', ' ', 3), binascii.hexlify(memoryview(b'ab')))
print(binascii.unhexlify('6162'), binascii.unhexlify(b'00FFaB'), binascii.unhexlify(''))
print(binascii.a2b_hex('4142'), binascii.b2a_hex(b'AB'))
for bad in ('616', 'zz', '61 62', b'6'):
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print('Error', isinstance(e, ValueError))
