# starred expressions in return, yield and for
def r(a):
    return *a, 'end'
print(r([1, 2]), r(()))
def g(a):
    yield *a, 'last'
    yield 0, *a
print(list(g('xy')))
for x in *[1, 2], 3:
    print(x)
