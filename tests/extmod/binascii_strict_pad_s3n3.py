# binascii.a2b_base64 strict mode: a stray '=' after a complete group.
import binascii

tests = [b'YWJj=', b'YWJj==', b'YWJj====', b'YWJj=YWJj', b'YWJj=YQ==', b'YWJj==YQ', b'YWJj=\n', b'YWJj=a',
    b'=', b'==', b'YWJj=Y', b'YQ==YWJj', b'YQ=a', b'YWJjYQ=', b'Y=', b'YWJjY=', b'YWJjY=Q==', b'YQ==', b'YWI=']
for b in tests:
    for strict in (False, True):
        try:
            print(b, strict, binascii.a2b_base64(b, strict_mode=strict))
        except binascii.Error as e:
            print(b, strict, 'Error', e)
