# changing a dict's size while iterating raises RuntimeError
d = {1: 'a', 2: 'b'}
try:
    for k in d:
        d[k + 10] = 'new'
except RuntimeError:
    print('RuntimeError')
d = {1: 'a', 2: 'b', 3: 'c'}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
d = {'x': 1}
for k in d:
    d[k] = 2
print(d)
