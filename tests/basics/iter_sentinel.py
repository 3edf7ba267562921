# iter(callable, sentinel)
data = [1, 2, 3, 0, 4]
pos = [0]
def nxt():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(nxt, 0)), pos[0])
count = [0]
def up():
    count[0] += 1
    return count[0]
it = iter(up, 4)
print(next(it), next(it), list(it))
print(list(iter(lambda: 'x', 'x')))
try:
    iter(5, 0)
except TypeError:
    print('TypeError')
