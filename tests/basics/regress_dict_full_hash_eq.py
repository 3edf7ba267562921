# A dict or set compares keys with == only when their full hashes are equal:
# hashes that agree in their low 32 bits (or fold together) must not call __eq__.
class I:
    def __init__(s, v): s.v = v
    def __hash__(s): return s.v
    def __eq__(s, o): print('eq called'); return False
d = {I(-1): 0}; d[I(1)] = 1
d = {I(-3): 0}; d[I(2)] = 1; d[I(2**32+5)] = 2; d[I(5)] = 3
print(len(d))
s = {I(-1)}; s.add(I(1)); print(len(s))
d = {I(7): 1}
print(I(7) in d)
d = {}
for i in range(-50, 50): d[i] = i; d[str(i)] = i; d[(i,)] = i; d[float(i) + 0.5] = i
print(len(d), sum(d[i] for i in range(-50, 50)), d['-7'], d[(3,)], d[2.5])
for i in range(-50, 50, 3): del d[i]
print(len(d), -49 in d, -50 in d)
g = {}
for i in range(1000): g['k%d' % i] = i
g[1.5] = 1
print(len(g), g['k999'], g[1.5])
