# left and right shifts
for a in (1, -1, 5, -5, 255, -256, 2 ** 40, -(2 ** 40) + 1):
    print(a, [a << n for n in (0, 1, 7, 31, 32, 63, 64, 100)])
    print(a, [a >> n for n in (0, 1, 7, 31, 32, 63, 64, 100)])
try:
    1 << -1
except ValueError:
    print('ValueError')
try:
    1 >> -1
except ValueError:
    print('ValueError')
