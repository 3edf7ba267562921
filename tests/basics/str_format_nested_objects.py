# str.format field names with attributes, indexes and nesting on user objects
class P:
    def __init__(self):
        self.name = 'pt'
        self.coords = [3, 4]
        self.meta = {'k': 'v', 1: 'one'}
p = P()
print('{0.name} {0.coords[1]} {0.meta[k]} {0.meta[1]}'.format(p))
print('{p.name!r:>6}|{p.coords!s}'.format(p=p))
print('{a[0][1]} {b[x][y]}'.format(a=[[1, 2]], b={'x': {'y': 'deep'}}))
print('{0[-1]}'.format({'-1': 'str key'}))
# a digits-only key is an int index
try: '{0[01]}'.format({'01': 'zero-one'})
except KeyError as e: print('KeyError', e)
print('{:{}{}{}}'.format(3.14159, '>', 10, '.2f'), '{0:{1}}|{0:{2}}'.format('x', 3, '<4'))
print('{!r:^10}'.format('q'), '{0!a}'.format('ü'), '{0!s:.2}'.format(12345))
try:
    '{0.missing}'.format(p)
except AttributeError:
    print('AttributeError')
try:
    '{0[5]}'.format([1])
except IndexError:
    print('IndexError')
try:
    '{0[k]}'.format({})
except KeyError:
    print('KeyError')
print('{}'.format({'a': 1}), '{}'.format([1, 'a']), '{}'.format(None), '{:}'.format(5))
