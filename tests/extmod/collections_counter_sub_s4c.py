# A Counter subclass overriding __setitem__ or get counts through them
# (update() called on the instance); Counter.fromkeys is refused.
from collections import Counter, OrderedDict, _count_elements


class CounterSubclassWithSetItem(Counter):
    called = False

    def __setitem__(self, key, value):
        self.called = True
        Counter.__setitem__(self, key, value)


class CounterSubclassWithGet(Counter):
    called = False

    def get(self, key, default):
        self.called = True
        return Counter.get(self, key, default)


c = CounterSubclassWithSetItem()
c.update('abracadabra')
print(c.called, sorted(dict(c).items()))
c = CounterSubclassWithGet()
c.update('abracadabra')
print(c.called, sorted(dict(c).items()))
c.update('zz')
print(c['z'], c.most_common(2))
c = CounterSubclassWithSetItem()
c.update({'a': 2})
print(c)
m = OrderedDict()
_count_elements(m, 'abracadabra')
print(m)
try:
    Counter.fromkeys('abc')
except NotImplementedError:
    print('NotImplementedError')
print(Counter(a=2, b=None), Counter('aab') + Counter('b'))
