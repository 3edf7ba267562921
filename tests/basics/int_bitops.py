# bitwise operations on ints including negatives and big ints
vals = [0, 1, -1, 5, -5, 0xff, -0x100, 2 ** 40 + 3, -(2 ** 40) - 3, 2 ** 100 - 1, -(2 ** 100)]
for a in vals:
    for b in (3, -3, 2 ** 65 + 1, -(2 ** 65)):
        print(a & b, a | b, a ^ b)
    print(~a)
