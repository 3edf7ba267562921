# int.bit_length
for v in (0, 1, 2, 3, 255, 256, -1, -128, -129, 2 ** 31, 2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 100), 10 ** 50):
    print(v, v.bit_length())
print(True.bit_length())
