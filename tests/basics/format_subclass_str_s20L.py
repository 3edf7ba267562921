# format(x, "") and x.__format__("") are str(x): a subclass of a built-in
# type that defines __str__ gets it there too.
class F(float):
    def __str__(s): return 'S'
class I(int):
    def __str__(s): return 'SI'
class C(complex):
    def __str__(s): return 'SC'
class St(str):
    def __str__(s): return 'SS'
class R(float):
    def __repr__(s): return 'R'
class I2(int):
    def __repr__(s): return 'RI'
for v in (F(1.5), I(3), C(1+2j), St('ab'), R(2.5), I2(4)):
    print(type(v).__name__, repr(format(v, '')), repr(f'{v}'), repr('{}'.format(v)), repr(format(v, '5')), repr('%s' % (v,)), repr(str(v)))
    print(repr(f'{v!s}'), repr(f'{v!r}'), repr(v.__format__('')))
print(format(True, ''), format(True, 'd'), f'{True}', format(False, '5'))
class B(int):
    def __str__(s): return 'B'
print(format(B(1), ''), format(B(1), 'x'))
class F2(float):
    def __format__(s, spec): return 'FMT' + spec
print(format(F2(1.0), ''), f'{F2(2.0):x}')
print(float.__format__(F(1.5), ''), int.__format__(I(3), ''))
class O:
    def __str__(s): return 'O'
print(format(O(), ''), f'{O()}')
try:
    format(O(), 'x')
except TypeError as e:
    print('TE', e)
print(object.__format__(O(), ''))
m = F(1.5).__format__
print(m(''), m('.2f'), m('>6'))
print(F(2.25).__format__('.1f'), I(255).__format__('x'), St('q').__format__('>3'))
try:
    F(1.5).__format__(5)
except TypeError:
    print('TypeError')
class L(list):
    pass
l = L([1])
l.append(2)
print(l, l.__format__(''))
