# += mutates lists in place but rebinds immutables
a = [1]
b = a
a += [2]
print(a, b, a is b)
t = (1,)
u = t
t += (2,)
print(t, u, t is u)
s = 'x'
s2 = s
s += 'y'
print(s, s2)
ba = bytearray(b'a')
ba2 = ba
ba += b'b'
print(ba, ba2, ba is ba2)
l = [1]
l *= 3
print(l)
