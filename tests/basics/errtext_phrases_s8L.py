# Error messages are stored compressed (tools/makeerrtext.py): words and
# phrases become one byte each, some of them bytes below 0x20. Expanded
# messages must read exactly as CPython's.
def show(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: int('x'))
show(lambda: [].pop())
show(lambda: {}['k'])
show(lambda: 1 + 'a')
show(lambda: 'a' * 'b')
show(lambda: len(5))
show(lambda: (1, 2)[5])
show(lambda: 'abc'.index('z'))
show(lambda: 1 / 0)
show(lambda: chr(-1))
show(lambda: bytes(-1))
show(lambda: int('12', 99))
show(lambda: [].remove(3))
show(lambda: divmod(1, 0))
show(lambda: iter(5))
show(lambda: next(iter([])))
show(lambda: ord('ab'))
show(lambda: 'x'.join([1]))
show(lambda: sorted([1, 'a']))
show(lambda: round('x'))
show(lambda: memoryview(5))
show(lambda: set().pop())
show(lambda: '%d' % 'x')
show(lambda: '{:d}'.format('x'))
show(lambda: bytearray(3).decode('nope'))
