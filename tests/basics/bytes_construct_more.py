# bytes constructor forms
print(bytes(), bytes(0), bytes(2), bytes([]), bytes([65, 66]), bytes((67,)), bytes(range(3)), bytes(b'x'), bytes(bytearray(b'y')))
print(bytes('abc', 'ascii'), bytes('é', 'latin-1'), bytes('€', encoding='utf-8'), bytes(memoryview(b'mv')))
print(bytes(iter([1, 2])), bytes(x for x in (3, 4)))
for bad in ('bytes(-1)', "bytes('a')", "bytes([1, 'a'])", 'bytes([300])', 'bytes(1.5)', "bytes('é', 'ascii')", "bytes(b'a', 'utf-8')"):
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(bad, type(e).__name__)
class B:
    def __bytes__(self):
        return b'custom'
print(bytes(B()))
print(b'abc'.count(b''), b'a\x00b', len(b'\x00\x00'))
