# io.StringIO(newline=None): universal newlines, so '\r\n' and a lone '\r'
# are stored as '\n' (in the initial value and in each write on its own);
# the default (newline='\n') and newline='' keep them.
import io

for nl in [None, '', '\n']:
    s = io.StringIO('a\rb\r\nc\nd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines())
    s = io.StringIO(newline=nl)
    print(s.write('x\ry\r\nz\nw\r'), repr(s.getvalue()))
    s.seek(0)
    print(s.readlines())
    s = io.StringIO(newline=nl)
    s.write('a\r')
    s.write('\nb')
    print(repr(s.getvalue()))

s = io.StringIO()
print(s.write('p\r\nq'), repr(s.getvalue()))
s = io.StringIO(newline=None)
print('one\r\ntwo\rthree', file=s)
print(repr(s.getvalue()))
s = io.StringIO('\r' * 4 + 'end', newline=None)
print(repr(s.read()))
# Overwriting in the middle.
s = io.StringIO('0123456789', newline=None)
s.seek(2)
s.write('\r\r\n')
print(repr(s.getvalue()))
