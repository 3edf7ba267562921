# unicode str: indexing, slicing, search with char positions, case, classes, codecs, format/% with wide chars, identifiers, files
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__)
s = 'Привет, мир! 日本語 😀 a\u0301 ß'
print(s, len(s), s[0], s[-1], s[3:9], s[::-1], s[::3], s[-5:-1], s[100:], s[1:100:7])
for i in (0, 7, 13, 14, 17, -1, -3, len(s) - 1):
    print(i, repr(s[i]), ord(s[i]))
t(lambda: s[len(s)]); t(lambda: s[-len(s) - 1])
print(s.index('мир'), s.find('😀'), s.rfind('р'), s.count('р'), s.find('x'), s.find('мир', 9), s.find('мир', 0, 10), s.rindex('и'), s.find(''), s.rfind(''), s.find('', 100))
t(s.index, 'zzz'); t(s.rindex, 'q')
print(list('a😀b'), [c for c in 'дом'], list(iter('ü')), list(enumerate('αβ')), sorted('γβα'), max('αβγ'), min('Ωα'))
print(chr(0), chr(127), chr(128), chr(0x7ff), chr(0x800), chr(0xffff), chr(0x10000), chr(0x10ffff).encode('utf-8'), repr(chr(0xd800)))
t(chr, 0x110000); t(chr, -1); t(chr, 1.5); t(chr, 'a'); t(ord, ''); t(ord, 'ab'); t(ord, b'a'); t(ord, bytearray(b'z')); t(ord, 1)
print(ord('€'), ord('😀'), ord('\x00'), ord('ÿ'), ord(b'\xff'))
print('a€b'.encode(), 'a€b'.encode('utf-8'), b'a\xe2\x82\xacb'.decode(), str(b'\xc3\xa9', 'utf-8'), bytes('ñ', 'utf8'), bytearray('ñ', 'utf-8'))
t(lambda: b'\xff'.decode()); t(lambda: b'\xc3'.decode('utf-8')); t(lambda: b'\xff'.decode('utf-8', 'replace')); t(lambda: b'\xff'.decode('utf-8', 'ignore')); t(lambda: 'é'.encode('ascii')); t(lambda: 'é'.encode('latin-1')); t(lambda: 'é'.encode('ascii', 'ignore'))
print('{:^9}|{:>5}|{:<4}|{:*^7}'.format('日本', 'ä', 'ö', 'π'), '%5s|%-5s|%.2s|%c|%c' % ('ü', 'ä', 'αβγ', 'é', 0x263a), f'{"€":€>4}')
print('%r %a %s' % ('é\n', 'é😀', 'ü'), repr('\u200b\x7f\x80\xa0\xad'), ascii('ß\U0001f600'), repr('\U000e0001'))
print('ǅ'.upper(), 'ǅ'.lower(), 'ß'.upper(), 'İ'.lower(), 'ΣΑΣ'.lower(), 'ﬁ'.upper(), 'straße'.casefold(), 'ǆ'.title(), 'ÉCOLE'.swapcase(), 'ÿ'.upper())
print('١٢٣'.isdigit(), '١٢٣'.isdecimal(), '½'.isnumeric(), '²'.isdigit(), 'α'.isalpha(), 'Α'.isupper(), ' \u3000'.isspace(), '\u00a0'.isspace(), 'a\u0301'.isalpha(), 'ǅ'.istitle(), 'é'.isidentifier(), '😀'.isprintable(), '\u200b'.isprintable())
print(int('١٢٣'), float('٣.٥'), int('  ７  '), '日本'.center(6, '*'), 'äb'.ljust(4, 'ö'), 'x'.zfill(3), 'αβγ'.replace('β', 'ß'), 'a,б,в'.split(','), 'x y\u3000z'.split(), 'ab\u2028cd\x1ce'.splitlines())
print('дом'.startswith('д'), 'дом'.endswith(('м', 'x')), 'дом'.startswith('о', 1), 'дом'.partition('о'), 'дом'.rpartition('x'), 'αβαβ'.rsplit('β', 1), ' äöü '.strip(), 'äöüä'.strip('ä'), 'αβγ'.join('123'))
print('a\u0301' == 'á', 'é' < 'ê', 'z' < 'é', '😀' > '\uffff', sorted(['é', 'e', 'f', 'ё']), hash('é') == hash('é'), 'é' in 'café', 'fé' in 'café', '' in 'é')
print(str.maketrans('äb', 'xy'), 'äbc'.translate({ord('ä'): 'AE', ord('c'): None}), 'абв'.encode('utf-8').hex())
import io
f = io.StringIO('строка1\nстрока2\n'); print(f.readline(), f.read(3), f.tell() > 0, f.read())
b = io.BytesIO('é'.encode()); print(b.read())
print(len('\U0010ffff'), '\N{GREEK SMALL LETTER ALPHA}', '\u00e9' == 'é', b'\xce\xb1'.decode() == 'α', 'é'.encode('utf-16')[:2])
x = 'ab€'; print(x * 3, x + x, 3 * x, x[1:] * 2, ('é' * 1000)[998:], len('é' * 1000))
print(list(reversed('ab€😀')), 'abc€'[::-2], 'é'.zfill(4), '{0}{0}'.format('ñ'), '€'.center(4), str(['é', 'ü']), str({'κ': 'λ'}))
print(eval("'é'"), eval("len('日本')"), eval("'\\u00e9'"), eval('b"\\xe9"'))
t(eval, "'\\N{NO SUCH NAME}'"); t(eval, "'\\x4'"); t(eval, "'\\u12'"); t(eval, "'\\U00110000'")
def φ(λ=1): return λ * 2
print(φ(), φ(λ=3), φ.__name__)
class Ünïcode: ñ = 1
print(Ünïcode.ñ, Ünïcode.__name__, getattr(Ünïcode, 'ñ'), hasattr(Ünïcode, 'n'))
print(memoryview('é'.encode()).tobytes(), bytes('é', 'utf-8')[0], 'é'.encode()[1:])
t(lambda: 'é'.encode('utf-8', 'bogus')); t(lambda: 'a'.encode('bogus')); t(lambda: b'a'.decode('bogus'))
print('\ud800'.encode('utf-8', 'surrogatepass') if True else 0)
s = 'αβγδεζηθ€😀x'
for a, b in [(0, None), (2, 5), (-3, None), (-100, 100), (5, 2), (None, -2), (3, 3)]:
    print(a, b, s.find('γ', a, b), s.rfind('😀', a, b), s.count('', a, b), s.count('δ', a, b), s.startswith('γδ', a, b), s.endswith('😀', a, b), s.find('', a, b), s.rfind('', a, b))
t(s.index, 'α', 1); t(s.index, 'x', 0, -1); t(s.rindex, 'x', -1)
t(lambda: s[1.5]); t(lambda: s['a']); t(lambda: s[True]); t(lambda: s[None:2]); t(lambda: s[::0]); t(lambda: s[2**100]); t(lambda: s[-2**100:2**100])
print(s[::-3], s[-2::-2], s[8:0:-2], s[10:3:-1], s[slice(1, None, 4)])
print('é😀'.encode('utf-8'), len('é😀'.encode()), 'ab€'.index('€'), 'ab€'.rsplit('b'), 'a€b€c'.split('€', 1), 'a€b€c'.rsplit('€', 1), 'x€'.center(5, '€'))
print(str(bytes([0xe2, 0x82, 0xac]), 'utf8'), bytes('€', 'ascii', 'replace'), 'a€'.encode('ascii', 'replace'), 'a€'.encode('ascii', 'backslashreplace') if True else 0)
print('%-4s|%4s|%.1s|%4.1s|' % ('€', 'é€', '€é', '😀x'), '{:.1}|{:3.2}|{:>4}'.format('€é', 'éé€', '😀'), '{!a}'.format('€'), '{0!r:>8}'.format('é'))
print('%c%c%c' % ('€', 0x1f600, 'é'), '%5c|%-3c|' % ('€', 'é'))
t(lambda: '%c' % 'ab'); t(lambda: '%c' % 0x110000); t(lambda: '%c' % -1); t(lambda: '%c' % ''); t(lambda: '{:c}'.format(0x110000)); t(lambda: '{:c}'.format(0x20ac))
print(list(map(ord, 'é€😀')), ''.join(map(chr, [233, 8364, 128512])), [hex(ord(c)) for c in '\x00\x7f\x80\u07ff\u0800\uffff\U00010000'])
it = iter('a€😀'); print(next(it), next(it), next(it)); t(next, it)
print('🐍' * 3, len('🐍' * 3), ('🐍' * 3)[1], 'a🐍b'.replace('🐍', ''), 'a🐍b'.upper(), 'ǈ'.isupper(), 'ǈ'.islower(), 'ß'.isalnum(), '\u0660'.isalnum())
print(str(b'\xe2\x82\xac'), repr(b'\xe2\x82\xac'.decode()), 'é'.encode()[0], bytearray('é', 'utf-8'))
print('é' == b'\xc3\xa9'.decode(), 'é'.__len__(), 'é'.__getitem__(0), 'aé'.__contains__('é'), 'é'.__hash__() == hash('é'), 'é'.__add__('ü'), 'é'.__mul__(2), 'é'.__mod__(()) if True else 0)
x = 'é'; x += 'ü'; x *= 2; print(x)
print('abc€'.isascii(), 'abc'.isascii(), ''.isascii(), 'é'.isspace(), 'Ⅻ'.isnumeric(), 'Ⅻ'.isdigit(), '٣'.isnumeric(), '\u2160'.isalpha())
print(int('٣٤', 8), int('１０', 16), float('１.５'), complex('１+２j') if True else 0)
α = 1; βγ = 2; ä_ö = 3
print(α + βγ + ä_ö, '{α}|{βγ:>3}|{0}'.format('€', α='x', βγ='y'), '%(ключ)s %(k)5.1f' % {'ключ': 'зн', 'k': 1.25}, f'{α}{βγ!r}{"é"!a}')
def f(*, ñ=0, **kw): return ñ, sorted(kw)
print(f(ñ=5, ü=1, **{'ß': 2}))
class K:
    def __init__(self): self.ωmega = 9
k = K(); print(k.ωmega, getattr(k, 'ωmega'), vars(k), 'ωmega' in dir(k))
import sys
print(sys.modules.get('__main__').__name__, 'é'.encode() in '__main__é'.encode())
print(globals()['α'], 'βγ' in globals(), eval('α+1'), exec('ζ = 4') or ζ)
try:
    '{ключ}'.format()
except KeyError as e:
    print('KeyError', e.args)
try:
    '%(ключ)s' % {}
except KeyError as e:
    print('KeyError', e.args)
print('{:€^7}'.format('ab'), '{:😀<5}'.format(1), '{0:{1}>{2}}'.format('é', 'ü', 4), format('é', '^5'), format('é€😀', '.2'))
print('{!r:^10}'.format('é'), '{:>10}'.format(repr('é\x00')), '{}'.format(b'\xc3\xa9'), str(b'\xe9', 'latin-1'), 'é'.encode('latin-1'), b'\xe9'.decode('latin1'))
import os
fn = '/tmp/_unicode_file_s9F.txt'
with open(fn, 'w') as f:
    print(f.write('Привет\nмир 😀\nend'), f.write('é'))
with open(fn) as f:
    print(repr(f.read(3)), repr(f.readline()), repr(f.read(2)), repr(f.readlines()))
with open(fn, encoding='utf-8') as f:
    print([len(l) for l in f])
with open(fn, 'rb') as f:
    d = f.read(); print(len(d), d[:4], d.decode()[-4:])
with open(fn, 'a') as f:
    f.write('ñ\n')
with open(fn) as f:
    print(f.read()[-3:])
with open(fn) as f:
    c = f.read(1); p = f.tell(); print(c, p); f.seek(0); print(f.read(1)); f.seek(p); print(f.read(2))
with open(fn, 'wb') as f:
    f.write(b'\xff\xfe bad\n')
try:
    with open(fn) as f:
        print(f.read())
except UnicodeError as e:
    print('UnicodeError', type(e).__name__)
with open(fn, errors='replace') as f:
    print(repr(f.read()))
os.remove(fn)
