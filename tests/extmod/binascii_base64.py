# base64 encoding and decoding round trips
import binascii

for data in (b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))[:40], b'\xff\xfe\xfd'):
    enc = binascii.b2a_base64(data)
    print(enc, binascii.a2b_base64(enc) == data)
print(binascii.b2a_base64(b'hello', newline=False), binascii.b2a_base64(b'hi', newline=True))
print(binascii.a2b_base64('aGVsbG8='), binascii.a2b_base64(b'aGVs\nbG8=\n'), binascii.a2b_base64(bytearray(b'YQ==')))
# non-alphabet characters are skipped; decoding stops at completing padding
print(binascii.a2b_base64(b'YW Jj!'), binascii.a2b_base64(b'YQ==YQ=='), binascii.a2b_base64(b'=YQ=='))
print(binascii.a2b_base64(b'Y=Q=='), binascii.a2b_base64(b'YQ=a='), binascii.a2b_base64(b'YWJ='), binascii.a2b_base64(b'!!'))
