# octal escapes
print('\101\102\103')
print([ord(c) for c in '\0\7\10\77\177\377'])
print(list(b'\0\12\101\377'))
print('\1010')
print(len('\0000'))
