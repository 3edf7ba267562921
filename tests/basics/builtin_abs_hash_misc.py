# assorted builtins
print(abs(-5), abs(5.5), abs(-0.0), abs(-2**70), abs(True))
try:
    abs('x')
except TypeError:
    print('TypeError')
print(hash(1) == hash(1.0) == hash(True), hash('a') == hash('a'), hash((1, 'a')) == hash((1, 'a')))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable('x'.upper))
print(chr(65), chr(0x263A), ord('A'), ord('\u263a'), ord(b'a'), ord(bytearray(b'z')))
print(bin(0), bin(-5), oct(-8), hex(-255), hex(2**64), bin(2**65))
print(divmod(-7, 2), divmod(7, -2), divmod(2**70, 3))
print(repr(None), repr(...), repr(NotImplemented), type(...).__name__, type(NotImplemented).__name__)
print(id(1) == id(1), len([1, 2]), len('héllo'), len(b'ab'), len(range(3)), len({1: 2}))
try:
    len(5)
except TypeError:
    print('TypeError')
print(getattr(1, 'real'), getattr([], 'nope', 7), hasattr('', 'join'))
try:
    getattr(1, 'nope')
except AttributeError:
    print('AttributeError')
print(pow(2, 3), round(7.25, 1), ascii('é\n'), format(3.14159, '.2f'), format('x', '>3'))
