# evaluation order of assignments, subscripts, calls and arguments
log = []
def t(name, v=None):
    log.append(name)
    return v
class L(list):
    def __setitem__(self, k, v):
        log.append('set[%r]=%r' % (k, v))
        super().__setitem__(k, v)
    def __getitem__(self, k):
        log.append('get[%r]' % (k,))
        return super().__getitem__(k)
a = L([0, 0, 0])
a[t('idx', 1)] = t('val', 5)
print(log); log.clear()
x = y = t('rhs', 7)
print(x, y, log); log.clear()
a[0], a[1] = t('v1', 'p'), t('v2', 'q')
print(log, a); log.clear()
i = 0
b = [10, 20, 30]
i, b[i] = 1, 99
print(i, b)
c = [1, 2, 3]
c[t('i', 0)] += t('inc', 100)
print(c, log); log.clear()
print(t('f', len)(t('arg1', 'ab')), log); log.clear()
d = {t('k1', 'a'): t('v1', 1), t('k2', 'b'): t('v2', 2)}
print(d, log); log.clear()
def f(*args, **kw):
    return args, kw
f(t('p1'), t('p2'), k=t('kw'), *[t('star')], **{'z': t('dstar')})
print(log); log.clear()
x = t('cond') if t('test', True) else t('other')
print(log); log.clear()
m, n = 1, 2
m, n = n, m
print(m, n)
a2 = [0, 0]
k = 0
k, a2[k] = 1, 'x'
print(k, a2)
