# a2b_base64 errors: binascii.Error (a ValueError) for bad padding
import binascii

for data in (b'YQ=', b'YQ', b'Y', b'YWJjZ', b'abcde==='):
    try:
        print(binascii.a2b_base64(data))
    except binascii.Error as e:
        print('Error', isinstance(e, ValueError))
try:
    binascii.a2b_base64(123)
except TypeError:
    print('TypeError')
try:
    binascii.a2b_base64('é')
except ValueError:
    print('ValueError')
