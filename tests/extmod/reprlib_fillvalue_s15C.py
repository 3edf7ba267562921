# reprlib.Repr.fillvalue: the marker for cut-off items and levels (not for
# cut strings), settable per instance or in a subclass
import reprlib

r = reprlib.Repr()
print(r.fillvalue)
r.fillvalue = '+++'
r.maxtuple = r.maxlist = r.maxdict = 2
print(r.repr((1, 2, 3)), r.repr([1, [2, [3, [4, [5, [6, [7, [8]]]]]]]]))
print(r.repr({1: 2, 3: 4, 5: 6}), r.repr({1: {2: {3: {4: {5: {6: {7: 8}}}}}}}))
print(r.repr('x' * 50), r.repr(list(range(5))))


class R(reprlib.Repr):
    fillvalue = '~'


print(R().repr(tuple(range(10))), reprlib.repr(tuple(range(10))))
