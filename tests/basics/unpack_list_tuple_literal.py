# * unpacking in list and tuple displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [*a], (*b,))
print([0, *a, 5, *range(2)], [*'hi'])
print([*[], *()], (*[],))
print([*(x for x in 'ab'), *{1: 2}])
t = *a, 9
print(t)
