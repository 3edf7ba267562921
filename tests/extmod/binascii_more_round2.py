import binascii
for s in [b'aGVsbG8=', b'aGVsbG8', b'aGVs bG8=', b'aGVsbG8=\n', b'', b'=', b'YQ==', b'YQ=', b'YQ', b'Y', b'YWJj', b'YW Jj\n', b'!!!!', b'YQ==YQ==', b'aGVsbG8===']:
    try:
        print(s, binascii.a2b_base64(s))
    except (ValueError, binascii.Error) as e:
        print(s, 'Error', isinstance(e, ValueError))
print(binascii.a2b_base64('YWJj'), binascii.b2a_base64(b''), binascii.b2a_base64(bytes(range(256)))[:20])
for s in ['0', 'g0', '0g', ' 00', 'AB', b'ab']:
    try:
        print(repr(s), binascii.unhexlify(s))
    except (ValueError, binascii.Error) as e:
        print(repr(s), 'Error')
print(binascii.hexlify(b'\x01\x02\x03', b':'), binascii.hexlify(b'', '-'), binascii.b2a_hex(b'\xab'), binascii.a2b_hex(b'AB'))
print(binascii.crc32(b'a' * 1000), binascii.crc32(b'abc', 0xffffffff), binascii.crc32(b'abc', -1))
