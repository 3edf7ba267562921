# range objects
print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)), list(range(0)))
print(list(range(-5, -1)), list(range(10, 0, -3)), list(range(1, 1)), list(range(5, 1)))
print(range(5), range(1, 5), range(1, 5, 2), repr(range(0, -5, -1)))
r = range(3, 20, 4)
print(r.start, r.stop, r.step, len(r), r[0], r[-1], r[2])
try:
    range(1, 5, 0)
except ValueError:
    print('ValueError')
try:
    range(5)[5]
except IndexError:
    print('IndexError')
print(range(2 ** 70, 2 ** 70 + 3)[1], len(range(0, 2 ** 40, 2)))
