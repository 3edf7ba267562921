# str and bytes iterators report the items left (operator.length_hint).
import operator
for s in ('abc', 'héllo wörld', b'xyz', b'', ''):
    it = iter(s)
    print(operator.length_hint(it), end=' ')
    next(it, None)
    print(operator.length_hint(it), it.__length_hint__(), list(it) == list(s[1:]))
