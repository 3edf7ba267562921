# OSError fields (errno, strerror, filename, filename2) are set when the
# exception is made, as in CPython; later args changes leave them alone.
def show(tag, e):
    print(tag, type(e).__name__, repr(str(e)), e.args, e.errno, e.strerror, e.filename, e.filename2)

class E(OSError):
    def __init__(s, a, b):
        s.args = (a, b)
show('E', E(1, 'x'))
class E2(OSError):
    def __init__(s, a, b):
        pass
show('E2', E2(1, 'x'))
class E3(OSError):
    def __init__(s, a, b):
        super().__init__(a, b)
show('E3', E3(1, 'x'))
class E4(OSError):
    pass
show('E4', E4(1, 'x'))
show('E4b', E4(1, 'x', 'f', None, 'g'))
class E5(OSError):
    def __init__(s, *a):
        super().__init__(*a)
show('E5', E5(2, 'y', 'fn'))
show('E5b', E5(2))
class E6(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(s, *a):
        pass
show('E6', E6(3, 'z'))
class E7(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
show('E7', E7(3, 'z', 'q'))
show('D', OSError(1, 'x'))
show('D1', OSError(1))
show('D3', OSError(1, 'x', 'f'))
show('D3n', OSError(1, 'x', None))
show('D4', OSError(1, 'x', 'f', None, 'g'))
show('D6', OSError(1, 'x', 'f', None, 'g', 6))
show('D0', OSError())
e = OSError(1, 'x')
e.errno = 5
show('set errno', e)
e.errno = None
show('errno None', e)
e = OSError(1, 'x')
e.strerror = None
show('strerror None', e)
e = OSError(1, 'x')
e.args = (7, 'q', 'r')
show('args=', e)
e = OSError(1)
e.args = (7, 'q')
show('args= 1', e)
e = OSError(1, 'x')
del e.errno
show('del errno', e)
e = OSError(1, 'x', 'f')
e.filename = None
show('fn None', e)
e = OSError(1, 'x')
e.filename = 'zz'
show('fn set', e)
e = OSError('a', 'b')
show('strs', e)
e = OSError(2, 'no')
show('auto', e)
b = BlockingIOError(11, 'w', 5)
show('bio', b)
print(b.characters_written)
b = BlockingIOError(11, 'w')
try:
    print(b.characters_written)
except AttributeError as x:
    print('AE')
b.characters_written = 3
print(b.characters_written)
b = BlockingIOError(11, 'w', 'file')
show('bio f', b)
e = OSError(1, 'x', 'f')
e2 = OSError(*e.args)
show('rt', e2)
show('rt2', type(e)(*e.args))
class EE(OSError):
    def __init__(s, a, b):
        super().__init__(a, b)
        s.args = ('changed',)
show('EE', EE(1, 'x'))
try:
    raise E(4, 'w')
except OSError as x:
    show('raised', x)
e = E(1, 'x')
OSError.__init__(e, 9, 'nine')
show('E init', e)
e = OSError(1, 'x')
OSError.__init__(e, 9, 'nine')
show('OS init', e)
print(repr(OSError(1, 'x')), repr(E(1, 'x')), repr(E2(1, 'x')))
