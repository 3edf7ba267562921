b = b'hello world'
ba = bytearray(b'hello')
mv = memoryview(b'lo')
print(b.find(mv), b.find(bytearray(b'o')), b.count(b'l'), b.count(ord('l')), b.find(111), b.index(b'w'), b.rfind(b'o'), b.startswith(bytearray(b'he')), b.endswith((b'x', memoryview(b'ld'))))
print(b.split(b' '), b.split(), b.replace(b'l', bytearray(b'L')), b.strip(b'hd'), b.partition(b' '), b.join([b'a', bytearray(b'b'), memoryview(b'c')]))
print(b + bytearray(b'!'), bytearray(b'x') + b'y', bytearray(b'x') + memoryview(b'z'), b'%s-%d' % (b'x', 5), b'%b' % bytearray(b'q'), b'ab' * 2)
ba.extend(b' there'); ba += bytearray(b'!'); ba += memoryview(b'?')
print(ba, len(ba), ba[0], ba[-1:], ba.pop(), ba.pop(0), ba)
ba.insert(0, 72); ba.append(33); ba.remove(ord('e')); print(ba, ba.index(b'l'), ba.find(b'th'), ba.count(b'e'))
ba.reverse(); print(ba); ba.clear(); print(ba)
print(bytes(3), bytes([1, 2, 255]), bytes(range(3)), bytes(bytearray(b'x')), bytes(memoryview(b'mv')), bytearray(2), bytearray([65, 66]), bytearray('é', 'utf-8'))
for bad in [[256], [-1], ['a']]:
    try:
        bytes(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(b.hex(), bytes.fromhex('41 42ff'), bytearray.fromhex('00'), b'\x00\xff'.hex(), b'abc'.hex(':') if True else 0)
print(b.upper(), b.title(), b.capitalize(), b.isalpha(), b'12'.isdigit(), b' '.isspace(), b.center(15, b'*'), b.ljust(13, b'-'), b.zfill(13), b.swapcase())
print(b[1], b[-1], b[1:3], b[::-1], b[::3], list(b'ab'), tuple(bytearray(b'ab')), b'a' in b, 104 in b, b'' in b)
m = memoryview(bytearray(b'abcdef'))
m[0] = 65; m[1:3] = b'BC'; print(m.tobytes(), bytes(m[2:4]), m[-1], len(m), m.tolist()[:2], m.readonly, memoryview(b'x').readonly)
ba = bytearray(b'0123456789')
ba[2:5] = b''; print(ba); ba[0:0] = b'ab'; print(ba); ba[::2] = b'X' * len(ba[::2]); print(ba); del ba[::3]; print(ba); ba[1:2] = memoryview(b'MV'); print(ba)
ba[-1] = 0; print(ba); ba[1:1] = bytearray(b'ins'); print(ba)
try:
    ba[::2] = b'x'
except ValueError:
    print('ValueError extended slice')
print(b == bytearray(b'hello world'), bytearray(b'a') == b'a', b'a' < bytearray(b'b'), memoryview(b'ab') == b'ab', hash(b'ab') == hash(b'ab'))
print(b'abc'.translate(bytes.maketrans(b'ab', b'xy')), b'abc'.translate(None, b'b'), bytearray(b'abc').translate(None, b'a'))
print(bytes.fromhex(''), b'a,b'.split(b',', 0), b'a b c'.rsplit(None, 1), b'\tx\n'.strip(), b'xxhixx'.lstrip(b'x'), b'a\nb\r\nc'.splitlines())
