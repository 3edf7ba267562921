# io.StringIO with every newline value: translation of the initial value and
# of writes, line splitting (readline, readlines, iteration), getvalue and
# tell/seek, and the checks on the newline argument.
import io

for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.tell())
    s.seek(0)
    print(list(s))
    s.seek(0)
    print(repr(s.readline()), repr(s.readline(2)), repr(s.read()))
    print(s.write('x\ny\r\nz\r'), repr(s.getvalue()), s.tell())
    s.seek(0)
    print([s.readline(3) for i in range(7)])
    s.seek(2)
    print(repr(s.readline()), s.tell())
    s = io.StringIO(newline=nl)
    s.write('p\r')
    s.write('\nq\n')
    print(repr(s.getvalue()))
    s.seek(0)
    print(s.readlines())
    s = io.StringIO(newline=nl)
    print('one', 'two', sep='\n', file=s)
    print(repr(s.getvalue()), s.tell())
    s.seek(20)
    s.write('\n')
    print(repr(s.getvalue()))
    s = io.StringIO('\n\n\r\r\n', nl)
    print([len(l) for l in s])

# The readline size limit may cut between '\r' and '\n'.
s = io.StringIO('ab\r\ncd\r\n', newline='\r\n')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))

for bad in ('x', '\r\r', '\n\r', '\n\n', 'abc', 5, b'\n'):
    try:
        io.StringIO('', newline=bad)
    except Exception as e:
        print(type(e).__name__, e)
