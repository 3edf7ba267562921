# memoryview and array.array: views, casts, slice assignment, item ranges
def t(f):
    try:
        r = f()
        print(repr(r)[:200])
    except Exception as e:
        print(type(e).__name__)
import array
t(lambda: array.array('b', [1,2,-3])); t(lambda: array.array('B', [1,2,255])); t(lambda: array.array('B', [256])); t(lambda: array.array('b', [128])); t(lambda: array.array('h', [1])); t(lambda: array.array('H')); t(lambda: array.array('i', [1,2])); t(lambda: array.array('I', [2**32-1])); t(lambda: array.array('l', [-2**31])); t(lambda: array.array('L', [0])); t(lambda: array.array('q', [-2**63])); t(lambda: array.array('Q', [2**64-1])); t(lambda: array.array('Q', [2**64])); t(lambda: array.array('q', [2**63])); t(lambda: array.array('f', [1.5])); t(lambda: array.array('d', [1.5, 2])); t(lambda: array.array('z')); t(lambda: array.array('i', 'ab')); t(lambda: array.array('b', b'ab')); t(lambda: array.array('i', range(3))); t(lambda: array.array('d', (x/2 for x in range(3)))); t(lambda: array.array('i', [1.5])); t(lambda: array.array('f', ["a"])); t(lambda: array.array('I', [-1]))
a = array.array('i', [1,2,3])
t(lambda: a[0]); t(lambda: a[-1]); t(lambda: a[3]); t(lambda: a[1:]); t(lambda: a[::-1]); t(lambda: len(a)); t(lambda: list(a)); t(lambda: 2 in a); t(lambda: a == array.array('i', [1,2,3])); t(lambda: a == [1,2,3]); t(lambda: a == array.array('b', [1,2,3])); t(lambda: a < array.array('i', [1,3])); t(lambda: a + array.array('i', [4])); t(lambda: a + array.array('b', [4])); t(lambda: a + [4]); t(lambda: a * 2); t(lambda: 2 * a); t(lambda: a.itemsize); t(lambda: a.typecode); t(lambda: array.array('d').itemsize); t(lambda: bytes(array.array('h', [258])))
def m():
    a = array.array('i', [1,2,3])
    a.append(4); a.extend([5,6]); a.extend(array.array('i', [7])); print(a)
    try: a.extend(array.array('b', [1]))
    except TypeError: print("TypeError")
    a[0] = 10; a[1:3] = array.array('i', [20, 30, 40]); print(a)
    del a[0]; print(a); del a[1:3]; print(a)
    a += array.array('i', [9]); print(a); a *= 2; print(a)
    print(a.pop(), a.pop(0), a); a.remove(9); print(a); a.insert(0, 99); print(a)
    print(a.index(99), a.count(5)); a.reverse(); print(a)
    print(a.tolist(), a.tobytes()[:8]); a.frombytes(b'\x01\x00\x00\x00'); print(a)
    b = array.array('b'); b.fromlist([1,2]); print(b)
    try: a[0] = "x"
    except TypeError: print("TypeError")
    try: a.append(2**40)
    except OverflowError: print("OverflowError")
    c = array.array('B', b'hello'); print(c, bytes(c), memoryview(c)[1], c.decode() if hasattr(c, 'decode') else '-')
    c[1:3] = array.array('B', b'EL'); print(c)
    print(array.array('u', 'hi') if 'u' in array.typecodes else 'nou')
    print(repr(array.array('f')), str(array.array('d', [1.0])), array.array('b', [1]) != array.array('b', [2]))
    print(array.array('h', [1,2]) == array.array('h', [1,2]), array.array('h', [1]) == b'\x01\x00')
    try: hash(a)
    except TypeError: print("TypeError")
    it = iter(array.array('b', [5,6])); print(next(it), next(it))
m()
# memoryview
b = bytearray(b"hello")
mv = memoryview(b)
t(lambda: mv[0]); t(lambda: mv[-1]); t(lambda: mv[1:3].tobytes()); t(lambda: bytes(mv[::2])); t(lambda: mv.tolist()); t(lambda: len(mv)); t(lambda: mv.readonly); t(lambda: memoryview(b"x").readonly); t(lambda: mv.itemsize); t(lambda: mv.format); t(lambda: mv.nbytes); t(lambda: mv.ndim); t(lambda: mv.shape); t(lambda: mv.strides); t(lambda: mv.obj is b); t(lambda: mv.contiguous)
def mvw():
    mv[0] = 72; print(b); mv[1:3] = b"EL"; print(b)
    try: mv[1:3] = b"ELL"
    except ValueError: print("ValueError")
    try: mv[0] = 256
    except ValueError: print("ValueError")
    try: memoryview(b"abc")[0] = 1
    except TypeError: print("TypeError")
    try: mv[10]
    except IndexError: print("IndexError")
    try: del mv[0]
    except TypeError: print("TypeError")
    try: memoryview(1)
    except TypeError: print("TypeError")
    try: memoryview("abc")
    except TypeError: print("TypeError")
    a = array.array('i', [1,2,3]); m = memoryview(a); print(m[1], m.format, m.itemsize, m.nbytes, m[1:].tolist(), len(m)); m[0] = 100; print(a)
    try: m[0] = 1.5
    except TypeError: print("TypeError")
    m2 = memoryview(b"abcd").cast('H'); print(m2.tolist(), m2.format, len(m2))
    try: memoryview(b"abc").cast('H')
    except TypeError: print("TypeError")
    m3 = memoryview(bytearray(8)).cast('i'); m3[1] = -1; print(m3.tolist(), m3.obj)
    print(memoryview(b"ab") == b"ab", memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab") != "ab")
    print(list(memoryview(b"xy")), b"y"[0] in memoryview(b"xy"))
    with memoryview(b"abc") as mm: print(mm[0])
    try: mm[0]
    except ValueError: print("ValueError")
    m4 = memoryview(bytearray(b"0123456789")); m4[2:8][1:3] = b"AB"; print(m4.obj)
    print(bytes(memoryview(b"abcdef")[1:5][1:3]), memoryview(b"abc").hex(), memoryview(b"abc").tobytes())
    print(memoryview(bytearray(b'abc'))[-1:-3:-1].tolist())
    bb = bytearray(b"xyz"); mx = memoryview(bb); mx.release(); bb.append(65); print(bb)
mvw()
import array
b = bytearray(10); m = memoryview(b)
m[1:3] = b'12'; print(b)
m[2:4] = memoryview(b'ab'); print(b)
m[3:5] = bytearray(b'xy'); print(b)
m[:] = b'0123456789'; print(b)
def f1(): m[1:3] = b'123'
def f2(): m[1:3] = 5
def f3(): m[1:3] = "ab"
def f4(): m[1:3] = array.array('H', [1])
def f5(): mh = memoryview(array.array('H', [1,2,3])); mh[0:2] = b'1234'; return mh.tolist()
def f6(): mh = memoryview(array.array('H', [1,2,3])); mh[0:2] = array.array('H', [7,8]); return mh.tolist()
def f7(): mh = memoryview(array.array('H', [1,2,3])); mh[0:2] = array.array('h', [7,8]); return mh.tolist()
def f8(): m[::2] = b'abcde'; return bytes(b)
def f9(): m[8:20] = b'zz'; return bytes(b)
def f10(): m[-2:] = b'QQ'; return bytes(b)
def f11(): m[5:2] = b''; return bytes(b)
def f12(): mi = memoryview(array.array('i', [1,2,3])); mi[1:] = memoryview(array.array('i', [9, 10])); return mi.tolist()
for f in [f1,f2,f3,f4,f5,f6,f7,f8,f9,f10,f11,f12]: t(f)
for tc in 'bBhHiIlLqQfd':
    a = array.array(tc, [1, 2]); m = memoryview(a); print(tc, m.itemsize, m.format, m.nbytes, m[1], len(m))
t(lambda: memoryview(array.array('Q', [2**64-1]))[0]); t(lambda: memoryview(array.array('q', [-2**63]))[0])
def f13(): mm = memoryview(array.array('Q', [0])); mm[0] = 2**64-1; return mm[0]
def f14(): mm = memoryview(array.array('I', [0])); mm[0] = 2**32; return mm[0]
def f15(): mm = memoryview(array.array('b', [0])); mm[0] = -129; return mm[0]
def f16(): mm = memoryview(array.array('i', [0])); mm[0] = 2**100; return mm[0]
for f in [f13, f14, f15, f16]: t(f)
t(lambda: memoryview(b'a').noexist); t(lambda: bytearray(memoryview(bytearray(2)))); t(lambda: list(memoryview(memoryview(b'1234'))))
t(lambda: memoryview(b'abc')[1:2][0]); t(lambda: memoryview(b'abcdef')[::2][1:]. tobytes()); t(lambda: memoryview(b'abc')[::-1].tobytes()); t(lambda: len(memoryview(b'abc')[5:])); t(lambda: memoryview(b'abc')[-5]); t(lambda: memoryview(b'abc')[1.5]); t(lambda: memoryview(b'abc')[None]); t(lambda: memoryview(b'abc')[...] .tobytes()); t(lambda: hash(memoryview(b'abc')) == hash(b'abc')); t(lambda: hash(memoryview(bytearray(b'abc'))))
t(lambda: bytes(memoryview(b'xy')) + memoryview(b'z')); t(lambda: b'ab' in memoryview(b'xab')); t(lambda: memoryview(b'abc') < memoryview(b'abd')); t(lambda: str(memoryview(b'a'))[:12]); t(lambda: memoryview(b'\x01\x02\x03\x04').cast('h').cast('B').tolist()); t(lambda: memoryview(bytearray(4)).cast('c')[0])
