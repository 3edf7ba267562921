# iter(f, sentinel): a call of f that runs the same iterator to its end
# leaves it exhausted (CPython gh-101892).
def spam():
    if spam.inner:
        return 'stop'
    spam.inner = True
    list(spam.it)
    return 'more'

spam.inner = False
spam.it = iter(spam, 'stop')
try:
    print(next(spam.it))
except StopIteration:
    print('StopIteration')
print(list(spam.it))
