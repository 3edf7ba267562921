# if / elif / else chains
def classify(n):
    if n < 0:
        return 'neg'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    else:
        return 'big'
print([classify(n) for n in (-5, 0, 3, 42)])
x = 3
if x > 1:
    if x > 2:
        print('nested >2')
    else:
        print('nested <=2')
if x: print('one-line if')
if not x:
    pass
else:
    print('else branch')
