# str/repr of exceptions with various args
for e in (Exception(), Exception('a'), Exception('a', 2), Exception(None), ValueError(''), KeyError('k'),
          KeyError(), KeyError(1, 2), IndexError(5), OSError(2, 'No such file'), OSError('x'),
          StopIteration(7), SystemExit(3), AttributeError('attr'), UnicodeError('u'), RuntimeError([1])):
    print(repr(e), '|', str(e), '|', e.args)
class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
e = E(1, 2)
print(repr(e), str(e), e.args, e.b)
class F(Exception):
    def __str__(self):
        return 'custom'
print(repr(F('x')), str(F('x')))
e = Exception(1)
e.args = ('new',)
print(e, repr(e))
print(OSError(2, 'msg').errno, OSError(2, 'msg').strerror, OSError('x').errno)
print(StopIteration(1, 2).value, StopIteration().value, SystemExit(5).code, SystemExit().code, SystemExit(1, 2).code)
