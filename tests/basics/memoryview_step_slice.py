# memoryview slices with a step
m = memoryview(bytearray(b'abcdef'))
print(bytes(m[::2]), bytes(m[::-1]), m[1::2].tobytes(), len(m[::3]))
