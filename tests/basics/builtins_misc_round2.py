import io, sys
print(1, 2, sep='-', end='!\n')
print(sep='x')
print('a', 'b', sep=None, end=None)
buf = io.StringIO(); print('to buf', 3, file=buf, flush=True); print(repr(buf.getvalue()))
print(*[1, 2, 3], sep='')
try:
    print(1, sep=5)
except TypeError:
    print('TypeError sep')
g = {'x': 1}
exec('y = x + 1', g); print(g['y'], '__builtins__' in g)
l = {}
exec('z = 5', g, l); print(l, 'z' in g)
print(eval('x * 10', g), eval('x + w', g, {'w': 2}), eval('[i for i in range(3)]'))
code = compile('a = 1\nb = a + 1', '<s>', 'exec'); ns = {}; exec(code, ns); print(ns['b'])
print(eval(compile('3 + 4', '<e>', 'eval')))
try:
    compile('x = ', '<bad>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.filename, e.lineno)
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
print('print' in dir(__builtins__) if not isinstance(__builtins__, dict) else True)
m = __import__('json'); print(m.__name__)
class V: pass
v = V(); v.a = 1; print(vars(v), vars(V)['__module__'] if '__module__' in vars(V) else '__main__')
print('\x41\101\u0041', b'\x41\101', r'\n', rb'\x', '\a\b\f\v' == '\x07\x08\x0c\x0b', len('\0'), '\
x')
print(1_000_000, 0x_ff, 0o_17, 0b_1010, 1_0.5_0, 1e1_0, .5j)
print(sorted(globals().keys() & {'io', 'sys', 'g'}))
print(type(globals()).__name__, globals() is globals())
def outer():
    x = 1
    def inner():
        return locals()
    return inner()
print(outer())
print(isinstance(iter([]), type(iter([]))), next(iter([]), 'default'), next(iter('a')))
it = iter([1, 2, 3]); print(next(it), list(it), list(it))
print(list(iter(lambda c=[0]: c.append(1) or len(c), 3)))
print(pow(3, 4), divmod(9, 4), hash('a') == hash('a'), id(None) == id(None), type(id(1)).__name__)
print(ascii('ä\n'), repr(b'\x00\xff\''), repr('\x1b'), str(b'x'), repr(bytearray(b'\n')))
print(chr(65), ord(b'A'), ord(bytearray(b'B')))
try:
    ord('ab')
except TypeError:
    print('TypeError ord')
try:
    chr(0x110000)
except ValueError:
    print('ValueError chr')
print(bin(0), hex(0), oct(-0), format(-1, '08b'), format(255, '#010x'))
print(getattr(int, '__name__'), setattr(v, 'b', 2), v.b, delattr(v, 'b'), hasattr(v, 'b'))
print(issubclass(bool, int), issubclass(int, (str, int)), isinstance(1, object), isinstance(int, type), isinstance(type, object))
print(len({}), len(()), len(''), len(b''), len(range(0)), len(set()), len(frozenset()))
print(slice(1, 2), slice(5).stop, slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4))
print(list(reversed(range(5))), list(reversed((1, 2))), list(reversed('ab')), list(reversed({'a': 1, 'b': 2})))
print(sorted({'b': 1, 'a': 2}.items(), key=lambda kv: kv[1]), max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]))
print(object().__class__.__name__, type(object()).__name__, object.__name__)
print(memoryview(b'abc')[1], bytes(memoryview(b'abc')[::-1]))
