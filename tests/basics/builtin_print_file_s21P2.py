# print() to a user object: one write() per piece, empty pieces included; a
# str subclass as sep/end; flush=True calls the file's flush(), which must exist.
class W:
    def write(self, s):
        out.append(s)


out = []
print('x', end='', file=W())
print('', 'a', sep='', file=W())
print(file=W())
print(out)


class S(str):
    pass


out = []
print(1, 2, sep=S('--'), end=S('!\n'), file=W())
print(out)


class NoFlush:
    def write(self, s):
        pass


try:
    print('x', file=NoFlush(), flush=True)
except AttributeError as e:
    print('AttributeError', e)
print('x', file=NoFlush(), flush=False)


class Flush(W):
    def flush(self):
        out.append('<flush>')


out = []
print('y', file=Flush(), flush=True)
print(out)
for kw in ({'sep': 1}, {'end': b'x'}):
    try:
        print(1, **kw)
    except TypeError as e:
        print('TypeError', e)
