# equal strings hash equally and work as dict keys
a = 'hello'
b = ''.join(['he', 'llo'])
print(a == b, hash(a) == hash(b))
d = {a: 1}
print(d[b], b in d)
s = {'x', 'x' + '', 'X'.lower()}
print(len(s))
