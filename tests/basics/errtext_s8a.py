# Error messages are stored compressed in the binary (tools/makeerrtext.py):
# the texts must come out as CPython words them, through every path that
# expands them (raise with and without format, SyntaxError from the parser
# and lexer, struct.error, messages passed on by helpers).
import struct
import itertools


def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: int('x'))
show(lambda: int('12', 99))
show(lambda: object().missing)
show(lambda: struct.pack('q'))
show(lambda: itertools.islice([], -1))
show(lambda: 1 / 0)
show(lambda: [].pop())
show(lambda: 'a' + 1)
show(lambda: len(5))
show(lambda: (1, 2)[9])
show(lambda: 'abc'.startswith(5))
show(lambda: next(iter([])))
show(lambda: {}.fromkeys(1))
show(lambda: [1].index(2))
show(lambda: bytes(-1))
show(lambda: ''.join([1]))
for src in ('a b', 'x = 1 +', 'return 1', 'del *a', '1 = 2'):
    try:
        compile(src, 'src', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
