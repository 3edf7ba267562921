# The paths size work moved out of line (codecs' slow paths, ascii(), !a,
# dict view set operations, slice methods, builtin names, locals()):
# results must not change. Compared with CPython.
tests = ["abc", "héllo wörld", "日本語", "\ud800x", "a\udcffb", "\U0001F600", "í" * 5]
for s in tests:
    for enc in ("utf-8", "ascii", "latin-1", "utf-16", "utf-16-be", "utf-32", "utf-8-sig", "unicode-escape", "raw-unicode-escape"):
        for err in ("strict", "ignore", "replace", "surrogatepass", "surrogateescape", "backslashreplace", "xmlcharrefreplace"):
            try:
                b = s.encode(enc, err)
                print(enc, err, b)
                try:
                    print(" ->", repr(b.decode(enc, err)))
                except Exception as e:
                    print(" ->", type(e).__name__, e)
            except Exception as e:
                print(enc, err, type(e).__name__, e)
for b in (b"\xff\xfe", b"\xed\xa0\x80", b"a\x80b", b"\\x41\\u00e9\\N{BULLET}", b"\xe9t\xe9"):
    for enc in ("utf-8", "latin-1", "unicode-escape", "utf-16", "ascii"):
        for err in ("strict", "replace", "surrogateescape", "backslashreplace"):
            try:
                print(enc, err, repr(b.decode(enc, err)))
            except Exception as e:
                print(enc, err, type(e).__name__, e)
print(f"{'é'!a} {[1,'ü']!a} {'x'!a}", ascii('ÿ\u1234\U00012345'))
d = {1: 2, 3: 4}
print(sorted(d.keys() & {1}), sorted(d.keys() | {5}), sorted(d.items() - {(1, 2)}), d.keys() == {1, 3}, d.keys() < {1, 3, 4}, 1 in d.keys(), (1, 2) in d.items(), 2 in d.values())
try:
    d.values() & {1}
except TypeError as e:
    print("TE", e)
print(repr(d.keys()), repr(d.items()), repr(d.values()))
import types
print(types.MappingProxyType(d))
s = slice(1, 10, 2)
print(s, s.indices(5), slice(-3, None, -1).indices(10), s == slice(1, 10, 2), s.__reduce__())
print(len.__name__, repr(len), print, str.upper, [].append.__name__)
class A:
    def m(self): pass
print(repr(A().m)[:20], type(A().m).__name__)
def f():
    x = 1
    return locals()
print(f())
import sys
print(sys._getframe().f_locals is not None)
try:
    foo_bar
except NameError as e:
    print(e)
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
print(bytes.fromhex("41 42"), bytearray.fromhex("0a"))
