# reversed()'s __length_hint__ asks len() of the sequence again: a sequence
# that shrank below the next index gives 0, and len()'s errors propagate.
import operator
d = list(range(10))
it = reversed(d)
next(it)
next(it)
print(operator.length_hint(it))
d.append(10)
print(operator.length_hint(it))
d[1:] = []
print(operator.length_hint(it), list(it), operator.length_hint(it))
d.extend(range(20))
print(operator.length_hint(it))

class Seq:
    n = 5
    def __len__(self):
        if self.n < 0:
            raise ZeroDivisionError('len')
        return self.n
    def __getitem__(self, i):
        return i
s = Seq()
r = reversed(s)
print(operator.length_hint(r), next(r), operator.length_hint(r))
s.n = 2
print(operator.length_hint(r))
s.n = -1
try:
    operator.length_hint(r)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(operator.length_hint(reversed((1, 2, 3))), operator.length_hint(reversed('ab')))
r = reversed([1, 2])
print(list(r), operator.length_hint(r))
