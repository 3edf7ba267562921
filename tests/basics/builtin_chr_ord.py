# chr() and ord()
print([chr(i) for i in (48, 65, 97, 126)], [ord(c) for c in '09AZaz~'])
print(ord(b'a'), ord(bytearray(b'z')), chr(0x1F600) == '\U0001F600')
print(ord(chr(1000)), ''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    chr('a')
except TypeError:
    print('TypeError')
