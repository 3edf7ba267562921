# moderately large data structures work
l = list(range(200000))
print(len(l), l[-1], sum(l))
d = {i: str(i) for i in range(50000)}
print(len(d), d[49999])
s = 'x' * 1000000
print(len(s), s.count('x'))
b = bytearray(1000000)
b[-1] = 1
print(len(b), sum(b))
big = 7 ** 5000
print(len(str(big)))
t = tuple(range(100000))
print(t[50000], len(set(t)))
