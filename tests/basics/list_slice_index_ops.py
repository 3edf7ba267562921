# list indexing with negative indices and item replacement
l = list('abcdef')
l[0] = 'A'
l[-1] = 'F'
print(l, l[-2], l[len(l) - 1])
l[2:4] = []
print(l)
l[1:1] = ['x', 'y']
print(l)
l[::2] = ['0', '1', '2']
print(l)
print(l.index('1'), l[::-2])
