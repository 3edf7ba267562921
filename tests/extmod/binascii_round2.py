import binascii
print(binascii.hexlify(b'\x00\xffab'), binascii.hexlify(b'abc', '-'), binascii.unhexlify('4142'), binascii.unhexlify(b'4a4B'), binascii.a2b_base64(b'aGVsbG8='), binascii.b2a_base64(b'hello'), binascii.b2a_base64(b'hi', newline=False))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b''), binascii.crc32(bytearray(b'x')), binascii.crc32(memoryview(b'x')))
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except (ValueError, binascii.Error) as e:
        print('error', repr(bad), isinstance(e, ValueError))
for i in range(8):
    d = bytes(range(i * 7 % 256, i * 7 % 256 + i))
    assert binascii.a2b_base64(binascii.b2a_base64(d)) == d
    print(binascii.b2a_base64(d), binascii.hexlify(d))
