# conditional expressions
for x in (0, 1, 5, -3):
    print(x, 'pos' if x > 0 else 'neg' if x < 0 else 'zero')
print((1 if True else 2), (1 if False else 2))
def side(v):
    print('eval', v)
    return v
print(side('a') if side(0) else side('b'))
print(side('a') if side(1) else side('b'))
y = [] if 0 else [1]
print(y)
print((lambda: 1 if 0 else 2)())
