# The shared keyword parser checks the count, the keyword-only positions, the
# required arguments and the keyword names before it converts any argument,
# as CPython's does: __index__/__bool__ never run for a call that fails, and
# a badly typed int argument does not hide a bad keyword.

class I:
    def __index__(self):
        print('__index__ ran')
        return 2

class V:
    def __index__(self):
        raise ValueError

class T:
    def __bool__(self):
        print('__bool__ ran')
        return True

def t(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

# too many positional: keyword-only 'signed' given by position
t('to_bytes pos', lambda: (3).to_bytes(V(), 'big', True))
t('to_bytes pos str', lambda: (3).to_bytes('x', 'big', True))
t('from_bytes pos', lambda: int.from_bytes(b'\x01', 'big', T()))
# unknown keyword reported before the conversions
t('to_bytes kw', lambda: (3).to_bytes('x', foo=1))
t('to_bytes kw index', lambda: (3).to_bytes(I(), signed=T(), foo=1))
t('to_bytes kw2', lambda: (3).to_bytes(length='x', byteorder='big', byteorder2=1))
t('rsplit kw', lambda: 'a b'.rsplit(maxsplit='x', foo=1))
t('split kw', lambda: 'a b'.split(maxsplit=I(), seps=None))
t('splitlines kw', lambda: 'a'.splitlines(keepends=T(), x=1))
t('expandtabs kw', lambda: 'a'.expandtabs(tabsize=I(), x=1))
t('compile kw', lambda: compile('1', 'x', 'eval', flags='y', foo=1))
t('compile pos', lambda: compile('1', 'x', 'eval', 'y', foo=1))
t('sort kw', lambda: [].sort(reverse=T(), foo=1))
t('round kw', lambda: round(2.5, ndigits=I(), x=1))
t('sum kw', lambda: sum([1], start=I(), x=1))
t('enumerate kw', lambda: enumerate([], start=V(), x=1))
t('int kw', lambda: int('1', base=V(), x='1'))
t('hex kw', lambda: b'ab'.hex(sep=':', bytes_per_sep=V(), x=1))
# a missing required argument is reported before a duplicate one
t('from_bytes missing', lambda: int.from_bytes(byteorder='big'))
t('to_bytes dup', lambda: (3).to_bytes(I(), length=1))
t('split dup', lambda: 'a b'.split(None, I(), sep=' '))
# good calls still convert, once each, in order
t('to_bytes good', lambda: (3).to_bytes(I(), byteorder='little', signed=T()))
t('split good', lambda: 'a b c'.split(None, I()))
t('round good', lambda: round(2.567, ndigits=I()))
t('sort good', lambda: sorted([2, 1, 3], reverse=T()))
t('from_bytes good', lambda: int.from_bytes(b'\xff', 'big', signed=T()))
