# bitwise ops on negative and big ints
vals = [0, 1, -1, 5, -5, 255, -256, 2**64, -(2**64), 2**64 - 1, -(2**100) + 3, 12345678901234567890]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
    print(~a, -a, +a)
for a in vals:
    for s in (0, 1, 3, 63, 64, 65, 100):
        print(a << s, a >> s)
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
try:
    1 >> -1
except ValueError as e:
    print('ValueError', e)
