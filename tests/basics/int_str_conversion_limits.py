# large int <-> str conversions within CPython's default limit (4300 digits)
n = 10 ** 4000
s = str(n)
print(len(s), s[:5], int(s) == n)
print(len(str(2 ** 10000)), str(2 ** 10000)[-10:])
print(len(hex(2 ** 20000)), int('f' * 1000, 16) == 16 ** 1000 - 1)
print(int('1' * 4300) % 1000)
print(int('-' + '9' * 200) + 10 ** 200)
