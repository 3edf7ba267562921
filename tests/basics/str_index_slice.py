# indexing and slicing strings, including non-ASCII
s = 'héllo wörld'
print(s[0], s[1], s[-1], s[4:7], s[::-1], len(s))
print(s[1:2], s[-5:], s[::3])
u = '\u4e2d\u6587abc\U0001F600'
print(len(u), u[1], u[-1] == '\U0001F600', u[2:5])
try:
    s[100]
except IndexError:
    print('IndexError')
try:
    s[0] = 'x'
except TypeError:
    print('TypeError: immutable')
