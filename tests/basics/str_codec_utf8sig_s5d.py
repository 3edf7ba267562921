# The 'utf-8-sig' codec: a BOM written on encode, skipped (if present) on decode.
print('aé'.encode('utf-8-sig'), 'x'.encode('UTF_8_SIG'), ''.encode('utf-8-sig'))
print(b'\xef\xbb\xbfa\xc3\xa9'.decode('utf-8-sig'), b'ab'.decode('utf-8-sig'), repr(b''.decode('utf-8-sig')))
print(str(b'\xef\xbb\xbfhi', 'utf-8-sig'), bytearray(b'\xef\xbb\xbf1').decode('utf_8_sig'))
try:
    b'\xef\xbb\xbf\xff'.decode('utf-8-sig')
except UnicodeDecodeError:
    print('UnicodeDecodeError')
