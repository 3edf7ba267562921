# print() keyword arguments
import sys
print('a', 'b', sep='-')
print('a', 'b', sep='')
print('x', end='')
print('y', end='!\n')
print(sep='+')
print()
print('a', 1, None, sep=None, end=None)
print(*range(5), sep=', ')
print('to stdout', file=sys.stdout)
print('flushed', flush=True)
print('file none', file=None)
for bad in ({'sep': 1}, {'end': 2}, {'bogus': 1}):
    try:
        print('x', **bad)
    except TypeError:
        print('TypeError', list(bad))
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print('to', 'obj', file=w, sep='|')
print(w.parts)
