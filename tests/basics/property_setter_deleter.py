# property setter and deleter
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def c(self):
        return self._c
    @c.setter
    def c(self, v):
        print('setting', v)
        self._c = v
    @c.deleter
    def c(self):
        print('deleting')
        self._c = None
t = Temp()
t.c = 25
print(t.c)
del t.c
print(t.c)
class Old:
    def _get(self):
        return 'got'
    def _set(self, v):
        print('set', v)
    x = property(_get, _set)
o = Old()
print(o.x)
o.x = 1
