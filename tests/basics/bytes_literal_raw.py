# raw bytes literals
print(rb'\x41', br'\n', len(rb'\x41'))
print(list(rb'\0'))
print(Rb'\\' == b'\\\\')
print(bR'''a\
b''')
