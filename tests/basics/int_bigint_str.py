# conversions of big ints to and from strings in several bases
n = 3 ** 200
print(n)
print(str(-n), len(str(n)))
print(hex(n), oct(n))
print(bin(2 ** 100 + 1))
print(int(str(n)) == n, int(hex(n), 16) == n, int(oct(n), 8) == n, int(bin(n), 2) == n)
print(repr(-(2 ** 128)), '%d' % (7 ** 60), '{:x}'.format(2 ** 90))
