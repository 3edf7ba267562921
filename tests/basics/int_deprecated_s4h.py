# int() and __index__ users accept a bool or int subclass from __int__/__index__
# and still delegate to __trunc__, each with a DeprecationWarning (CPython 3.11).
import warnings, operator
def show(label, f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        try:
            r = f()
            print(label, r, type(r).__name__, end=' ')
        except TypeError as e:
            print(label, 'TypeError', e, end=' ')
    print([(x.category.__name__, str(x.message)) for x in w])
class BadIndex:
    def __index__(self): return True
class BadIndex2(int):
    def __index__(self): return True
class BadInt:
    def __int__(self): return True
class BadInt2(int):
    def __int__(self): return True
class TruncBadIndex:
    def __trunc__(self): return BadIndex()
class TruncBadInt:
    def __trunc__(self): return BadInt()
class TruncSub:
    def __trunc__(self): return True
class JustTrunc:
    def __trunc__(self): return 42
class IntSub(int): pass
class Good:
    def __int__(self): return 7
    def __index__(self): return 8
show('BadIndex', lambda: int(BadIndex()))
show('BadIndex2', lambda: int(BadIndex2()))
show('BadInt', lambda: int(BadInt()))
show('BadInt2', lambda: int(BadInt2()))
show('TruncBadIndex', lambda: int(TruncBadIndex()))
show('TruncBadInt', lambda: int(TruncBadInt()))
show('TruncSub', lambda: int(TruncSub()))
show('IntSub(TruncSub)', lambda: IntSub(TruncSub()))
show('JustTrunc', lambda: int(JustTrunc()))
show('Good', lambda: int(Good()))
show('index BadIndex', lambda: operator.index(BadIndex()))
show('range', lambda: len(range(BadIndex())))
show('list[BadIndex]', lambda: [5, 6][BadIndex()])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    show('err', lambda: int(JustTrunc()))
show('hex', lambda: hex(BadIndex()))
