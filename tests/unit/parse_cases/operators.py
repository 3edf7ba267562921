# Operator precedence and associativity, comparisons and boolean logic.
a = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m
b = -x ** -y ** z
c = ~a | b ^ c & d << 2 >> 1
d = (a + b) * (c - d)
e = a < b <= c == d != e > f >= g
f = a in b not in c is d is not e
g = not a and b or not c and not not d
h = a if b else c if d else e
i = lambda: 0
j = lambda x, y=1, *args, z, w=2, **kw: x + y
k = lambda *, a: a
l = lambda a, /, b: a
m = +a - -b + ~c
n = a or b or c
o = a and b and c or d
p = x[1], x[1:2], x[::2], x[:], x[1:], x[:2], x[a:b:c], x[::], x[1:2, 3], x[..., 0]
q = x.y.z(1)(2)[3].w
r = (yield_ := 5)
s = [y := f(x), y ** 2]
t = await_ = 1
u = 2 ** -1
v = (-1) ** 2
w = a.b @ c.d
x = 1 if a else 2, 3
y = not a == b
z = a < (b < c)
aa = x[a, b:c, *d] if False else None
bb = (a for a in b)
cc = (1,)
dd = ()
ee = ((1), (2, 3), [4], {5}, {6: 7})
