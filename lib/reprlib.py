# reprlib: size-limited reprs (Repr, repr) and the recursive_repr decorator,
# with CPython 3.11's limits and output. Containers are shown up to their
# max* items then '...', nesting deeper than maxlevel becomes '...', and long
# str/int/other reprs keep their two ends around '...'.
import builtins
from _thread import get_ident

__all__ = ['Repr', 'repr', 'recursive_repr']


def recursive_repr(fillvalue='...'):
    def deco(fn):
        busy = set()

        def wrapper(self):
            k = id(self), get_ident()
            if k in busy:
                return fillvalue
            busy.add(k)
            try:
                return fn(self)
            finally:
                busy.discard(k)
        for a in ('__module__', '__doc__', '__name__', '__qualname__', '__annotations__'):
            try:
                setattr(wrapper, a, getattr(fn, a))
            except AttributeError:
                pass
        return wrapper
    return deco


def _cut(s, n, fill):
    if len(s) <= n:
        return s
    i = max(0, (n - 3) // 2)
    return s[:i] + fill + s[len(s) - max(0, n - 3 - i):]


def _order(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


class Repr:
    def __init__(self):
        self.fillvalue = '...'
        self.maxlevel = 6
        self.maxtuple = self.maxlist = self.maxset = self.maxfrozenset = 6
        self.maxdeque = 6
        self.maxarray = 5
        self.maxdict = 4
        self.maxstring = 30
        self.maxlong = 40
        self.maxother = 30

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        m = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
        return m(x, level) if m else self.repr_instance(x, level)

    def _seq(self, x, level, left, right, most, one=''):
        n = len(x)
        if n and level <= 0:
            body = self.fillvalue
        else:
            parts = []
            for e in x:
                if len(parts) == most:
                    parts.append(self.fillvalue)
                    break
                parts.append(self.repr1(e, level - 1))
            body = ', '.join(parts)
            if n == 1:
                right = one + right
        return left + body + right

    def repr_tuple(self, x, level):
        return self._seq(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._seq(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        h = "array('%s'" % x.typecode
        return self._seq(x, level, h + ', [', '])', self.maxarray) if x else h + ')'

    def repr_set(self, x, level):
        return self._seq(_order(x), level, '{', '}', self.maxset) if x else 'set()'

    def repr_frozenset(self, x, level):
        if not x:
            return 'frozenset()'
        return self._seq(_order(x), level, 'frozenset({', '})', self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._seq(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{%s}' % self.fillvalue
        parts = []
        for k in _order(x):
            if len(parts) == self.maxdict:
                parts.append(self.fillvalue)
                break
            parts.append(self.repr1(k, level - 1) + ': ' + self.repr1(x[k], level - 1))
        return '{' + ', '.join(parts) + '}'

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            s = _cut(builtins.repr(x), self.maxstring, self.fillvalue)
        return s

    def repr_int(self, x, level):
        return _cut(builtins.repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _cut(s, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
