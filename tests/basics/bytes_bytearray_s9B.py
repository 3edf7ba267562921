# bytes and bytearray: construction, methods, mutation, comparisons, limits
def t(f):
    try:
        r = f()
        print(repr(r)[:200])
    except Exception as e:
        print(type(e).__name__)
t(lambda: b"a" + b"b"); t(lambda: b"a" + bytearray(b"b")); t(lambda: bytearray(b"a") + b"b"); t(lambda: b"a" + memoryview(b"b")); t(lambda: b"a" + "b"); t(lambda: b"a" + 1); t(lambda: bytearray(b"a") + memoryview(b"zz")); t(lambda: memoryview(b"a") + b"b")
t(lambda: b"a" < b"b"); t(lambda: b"a" < bytearray(b"b")); t(lambda: bytearray(b"a") == b"a"); t(lambda: b"a" == "a"); t(lambda: b"" < b"\x00"); t(lambda: b"\xff" > b"\x01"); t(lambda: b"a" < 1); t(lambda: b"ab" <= b"ab"); t(lambda: memoryview(b"a") == b"a"); t(lambda: bytearray(b"a") < bytearray(b"ab")); t(lambda: b'a' > bytearray(b'a'))
t(lambda: bytes()); t(lambda: bytes(3)); t(lambda: bytes([1,2,3])); t(lambda: bytes("abc", "utf-8")); t(lambda: bytes("abc")); t(lambda: bytes(-1)); t(lambda: bytes([256])); t(lambda: bytes([-1])); t(lambda: bytes(range(3))); t(lambda: bytes(x for x in [65,66])); t(lambda: bytes(b"ab")); t(lambda: bytes(bytearray(b"ab"))); t(lambda: bytes(memoryview(b"ab"))); t(lambda: bytes(1.0)); t(lambda: bytes("é", "latin-1")); t(lambda: bytes("é", "ascii")); t(lambda: bytes([1], "utf-8")); t(lambda: bytes("a", encoding="utf-8")); t(lambda: bytes(3, "utf-8")); t(lambda: bytes(["a"])); t(lambda: bytes({1:2}))
import array
t(lambda: bytes(array.array('h', [1,2])))
t(lambda: b"aaa".count(b"a")); t(lambda: b"aaa".count(97)); t(lambda: b"aaa".count(b"")); t(lambda: b"abc".find(b"c")); t(lambda: b"abc".find(99)); t(lambda: b"abc".find(300)); t(lambda: b"abc".rfind(b"")); t(lambda: b"abc".index(b"z")); t(lambda: b"abc".find("c")); t(lambda: b"abc".rindex(98)); t(lambda: bytearray(b"abc").find(b"b", 1)); t(lambda: b"abc".find(memoryview(b"bc")))
t(lambda: bytes(b"ab"*3)); t(lambda: b"ab"*-1); t(lambda: b"" * 5)
t(lambda: b"a b  c".split()); t(lambda: b"a,b".split(b",")); t(lambda: b"a,b".split(",")); t(lambda: b"a b c".rsplit(None, 1)); t(lambda: bytearray(b"a b").split()); t(lambda: b"a\x00b".split()); t(lambda: b"a\x1cb".split()); t(lambda: b"a b".split(maxsplit=0))
t(lambda: b"abc"[0]); t(lambda: b"abc"[-1]); t(lambda: b"abc"[3]); t(lambda: b"abc"[1:]); t(lambda: b"abc"[::-1]); t(lambda: b"abc"["a"]); t(lambda: bytearray(b"abc")[1]); t(lambda: bytearray(b"abc")[1:2])
def ba():
    b = bytearray(b"hello")
    b[0] = 72; b[1:3] = b"EL"; b[-1:] = []; print(b)
    b[1:1] = b"xyz"; print(b); del b[1:4]; print(b); del b[0]; print(b)
    b.append(33); b.extend(b"??"); b.extend([1,2]); print(b)
    b.insert(0, 65); b.insert(100, 66); b.insert(-1, 67); print(b)
    print(b.pop(), b.pop(0), b); b.remove(33); print(b)
    b.reverse(); print(b); print(b.copy()); b.clear(); print(b)
    try: b.pop()
    except IndexError: print("IndexError")
    try: b.remove(1)
    except ValueError: print("ValueError")
    try: b.append(256)
    except ValueError: print("ValueError")
    try: b.append("a")
    except TypeError: print("TypeError")
    b += b"abc"; print(b); b *= 2; print(b)
    b[::2] = b"XYZ"; print(b)
    try: b[::2] = b"XY"
    except ValueError: print("ValueError")
    try: b[1:3] = 5
    except TypeError as e: print("TypeError", e)
    b[1:3] = b""; print(b)
    try: b[0] = 300
    except ValueError: print("ValueError")
    try: b[10] = 1
    except IndexError: print("IndexError")
    b[0:2] = bytearray(2); print(b)
    b[:] = range(3); print(b)
    b[1:2] = memoryview(b"MM"); print(b)
    b[len(b):] = b"end"; print(b)
    b[0:1] = b; print(b)
    print(bytearray(3), bytearray([1,2]), bytearray("ab", "utf8"), bytearray(b"x"), bytearray())
    print(bytearray(b"abc") == b"abc", bytearray(b"a") * 0, bytearray(b"ab").decode())
    print(bytearray.fromhex("01 02"), bytes.fromhex("aBcd"), bytearray(b"\x01\xab").hex(), b"\x01\x02".hex("-"), b"\x01\x02\x03".hex(":", 2))
    print(bytearray(b"abc").upper(), b"aBc".swapcase(), b"abc".center(7, b"*"), b"12".zfill(5), b"ab".isalpha(), b"".isdigit(), b"AB".isupper())
    print(b"%s-%d-%r-%x" % (b"a", 3, b"b", 255), b"%c%c" % (65, b"b"), b"%5s|" % b"ab", b"%b" % b"x", b"%a" % "é")
    for bad in [lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%d" % b"1", lambda: b"%y" % 1]:
        try: print(bad())
        except Exception as e: print(type(e).__name__)
ba()
t(lambda: b"abc".strip(b"ac")); t(lambda: b"abc".lstrip(None)); t(lambda: b"\t a\n".rstrip()); t(lambda: b"abc".replace(b"b", b"")); t(lambda: b"abc".replace("b", b"")); t(lambda: bytearray(b"aaa").replace(b"a", b"b", 1)); t(lambda: b"abc".startswith(b"a")); t(lambda: b"abc".startswith("a")); t(lambda: b"abc".endswith((b"c",))); t(lambda: b"abc".partition(b"")); t(lambda: b"a".join([b"x", b"y"])); t(lambda: b"abc".decode("utf-8")); t(lambda: b"\xff".decode()); t(lambda: b"\xff".decode("utf-8", "ignore")); t(lambda: b"\xff".decode("utf-8", "replace")); t(lambda: b"\xe9".decode("latin-1")); t(lambda: b"abc".decode(errors="strict")); t(lambda: "é".encode()); t(lambda: "é".encode("latin1")); t(lambda: "€".encode("latin1")); t(lambda: "€".encode("ascii", "ignore")); t(lambda: "a€".encode("ascii", "replace")); t(lambda: "\ud800".encode()); t(lambda: b"\xed\xa0\x80".decode())
t(lambda: list(b"abc")); t(lambda: 97 in b"abc"); t(lambda: b"bc" in b"abc"); t(lambda: 300 in b"abc"); t(lambda: "a" in b"abc"); t(lambda: b"" in b""); t(lambda: bytearray(b"b") in b"abc"); t(lambda: hash(b"abc") == hash(bytes(b"abc"))); t(lambda: hash(bytearray())); t(lambda: {b"a": 1}[b"a"])
t(lambda: b"a".maketrans(b"ab", b"xy")); t(lambda: b"abc".translate(bytes.maketrans(b"ab", b"xy"))); t(lambda: b"abc".translate(None, b"b")); t(lambda: "abc".translate({97: "X", 98: None, 99: 100})); t(lambda: str.maketrans("ab", "xy")); t(lambda: str.maketrans({"a": "b"})); t(lambda: str.maketrans("ab", "x")); t(lambda: "abc".expandtabs()); t(lambda: "a\tbc\td".expandtabs(4)); t(lambda: b"a\tb".expandtabs(3)); t(lambda: "abc".removeprefix("a")); t(lambda: b"abc".removesuffix(b"c")); t(lambda: "a{b}c".format_map({'b': 1}))
t(lambda: "a" * (2**100)); t(lambda: b"a" * (2**63)); t(lambda: bytearray(2**62)); t(lambda: bytearray(2**65)); t(lambda: bytes(2**100)); t(lambda: "{:99999999999}".format(1)); t(lambda: "%999999999999d" % 1); t(lambda: "ab".center(2**62)); t(lambda: "x".zfill(2**63)); t(lambda: "a\t".expandtabs(2**40)); 
import array
t(lambda: memoryview(b"ab") * 2); t(lambda: "abc".split(None, 2**70)); t(lambda: "abc".find("b", 2**70)); t(lambda: "abc"[2**70:]); t(lambda: "abc"[-2**70:2**70]); t(lambda: "abc".count("", -2**70)); t(lambda: "abc".replace("a", "b", 2**70)); t(lambda: b"abc"[2**70]); t(lambda: "abc"[2**70])
t(lambda: str(object=b"x")); t(lambda: str(b"x", errors="strict")); t(lambda: str(encoding="utf-8")); t(lambda: str("a", encoding="x")); t(lambda: b"x".decode("bogus")); t(lambda: "x".encode("bogus")); t(lambda: "x".encode("utf-16")[0:0]); t(lambda: "é".encode("utf8")); t(lambda: "é".encode("UTF-8")); t(lambda: "é".encode("iso-8859-1")); t(lambda: b"\xe9".decode("latin_1")); t(lambda: "a".encode(encoding="ascii", errors="strict"))
t(lambda: "abc".index("")); t(lambda: "".index("", 0)); t(lambda: "abc".startswith("abc", 0, 2)); t(lambda: "abc".split(" ", maxsplit=-5)); t(lambda: "a b".split(maxsplit=None)); t(lambda: "aaa".split("a")); t(lambda: "abcba".strip("ab")); 
t(lambda: "%.*s" % (-1, "abc")); t(lambda: "%-*d|" % (-4, 1)); t(lambda: "%*s" % ("a", 1)); t(lambda: "%(a)s %s" % {"a": 1}); t(lambda: "%s" % b"x"); t(lambda: "%d" % None); t(lambda: "%#.0e" % 1.0); t(lambda: "%#g" % 1.0); t(lambda: "%g" % 1e-5); t(lambda: "%g" % 123456789.0); t(lambda: "%.0g" % 0.0001); t(lambda: "%10.3e|" % -0.0); t(lambda: "%f" % float("inf")); t(lambda: "%05f" % float("-inf")); t(lambda: "%x" % True); t(lambda: "%o" % -8); t(lambda: "%c" % True)
class I:
    def __index__(self): return 65
class N:
    def __int__(self): return 5
class F:
    def __float__(self): return 2.5
t(lambda: "%x" % I()); t(lambda: "%c" % I()); t(lambda: "%d" % N()); t(lambda: "%d" % F()); t(lambda: "%f" % F()); t(lambda: "%f" % I()); t(lambda: "%s" % I()[:0]); t(lambda: "%d" % I()); t(lambda: "{:x}".format(I())); t(lambda: format(F(), ".1f")); t(lambda: "%i" % 3.7); t(lambda: "%x" % 3.7); t(lambda: "%e" % 10**400); t(lambda: "%d" % 1e300)
t(lambda: b"abc".hex(b":")); t(lambda: b"abc".hex("")); t(lambda: b"abc".hex("::")); t(lambda: b"abcdef".hex(":", -2)); t(lambda: b"".hex(":")); t(lambda: bytes.fromhex("a")); t(lambda: bytes.fromhex(" 01 ")); t(lambda: bytes.fromhex("0 1")); t(lambda: bytes.fromhex("zz")); t(lambda: bytes.fromhex("\u00e9")); t(lambda: bytes.fromhex(b"01"))
t(lambda: b"abc".center(5, "x")); t(lambda: b"abc".ljust(5, b"xy")); t(lambda: b"a,b".split(b"")); t(lambda: b"abc".count(b"", 1)); t(lambda: b"a" in "a"); t(lambda: bytearray(b"a") in b"ab"); t(lambda: [] in b"a"); t(lambda: b"abc".title()); t(lambda: b"hello world".capitalize()); t(lambda: b"ab\xff".upper()); t(lambda: b"ABC".isascii()); t(lambda: b"\x80".isascii()); t(lambda: b"Ab Cd".istitle()); t(lambda: b" ".isspace())
