# \x escapes in str and bytes
print('\x41\x42\x43')
print([ord(c) for c in '\x00\x7f\x80\xff'])
print(repr('\x00\x1f\x7f'))
print(b'\x41\xff\x00')
print(list(b'\x00\x10\xfe'))
print('\x4a\x4A' == 'JJ')
