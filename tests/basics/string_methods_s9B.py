# str methods, slicing, unicode and str subclasses: odd corners and error types
def t(f):
    try:
        r = f()
        print(repr(r)[:200])
    except Exception as e:
        print(type(e).__name__)
# string_center etc
t(lambda: "abc".center(0)); t(lambda: "abc".center(7,"*")); t(lambda: "ab".center(5)); t(lambda: "ab".center(6,'x'))
t(lambda: "abc".center(5, "ab")); t(lambda: "abc".ljust(6, "-")); t(lambda: "abc".rjust(6, "-")); t(lambda: "abc".zfill(6)); t(lambda: "-ab".zfill(6)); t(lambda: "+ab".zfill(2))
# compare
t(lambda: "a" < "b"); t(lambda: "" < "a"); t(lambda: "abc" >= "ab"); t(lambda: "a" < 1); t(lambda: "a" == b"a"); t(lambda: "a" < b"a")
t(lambda: "\u1234" > "\u0123"); t(lambda: "abc" != "abd")
# count
t(lambda: "aaaa".count("aa")); t(lambda: "aaaa".count("")); t(lambda: "aaaa".count("", 2)); t(lambda: "aaaa".count("", 5)); t(lambda: "abc".count("", -1)); t(lambda: "".count("")); t(lambda: "abcabc".count("b", 1, -1)); t(lambda: "a".count(1)); t(lambda: "abc".count("a", None, None))
t(lambda: "aaa".count("a", 10)); t(lambda: "abc".count("", 3, 1))
# endswith
t(lambda: "foobar".endswith("bar")); t(lambda: "foobar".endswith(("x","ar"))); t(lambda: "foobar".endswith("foo", 0, 3)); t(lambda: "foobar".endswith("", 10)); t(lambda: "a".endswith(1)); t(lambda: "a".endswith(["a"])); t(lambda: "foobar".startswith("bar", 3)); t(lambda: "foobar".startswith("", 6)); t(lambda: "foobar".startswith("", 7)); t(lambda: "abc".startswith("b", -2)); t(lambda: "abc".startswith(("x", "y")))
# find
t(lambda: "hello".find("l")); t(lambda: "hello".find("l", 3)); t(lambda: "hello".find("l", 4)); t(lambda: "hello".find("", 5)); t(lambda: "hello".find("", 6)); t(lambda: "hello".find("l", -2)); t(lambda: "hello".find("l", None, -2)); t(lambda: "hello".rfind("l")); t(lambda: "hello".rfind("l", 0, 3)); t(lambda: "hello".rfind("")); t(lambda: "hello".rfind("", 2, 3)); t(lambda: "hello".find(1)); t(lambda: "hello".index("z")); t(lambda: "hello".rindex("z")); t(lambda: "hello".rindex("l")); t(lambda: "hello".index("l", 1, 3))
t(lambda: "abc".find("c", 2, 1)); t(lambda: "abc".find("", 2, 1)); t(lambda: "abc".find("", 4, 1))
# istest
for s in ["", " ", "a", "A", "1", "a1", "Aa", "\t\n", "ABC1", "abc ", "Ab Cd", "ab Cd", "½", "²", "٣"]:
    print(repr(s), s.isspace(), s.isalpha(), s.isdigit(), s.isupper(), s.islower(), s.isalnum(), s.istitle(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isprintable(), s.isascii())
# join
t(lambda: ",".join(["a","b"])); t(lambda: ",".join([])); t(lambda: ",".join("abc")); t(lambda: ",".join([1])); t(lambda: ",".join(x for x in "xyz")); t(lambda: "".join(("a",b"b"))); t(lambda: b",".join([b"a", bytearray(b"b"), memoryview(b"c")])); t(lambda: b",".join(["a"])); t(lambda: ",".join(1))
# mult
t(lambda: "ab"*3); t(lambda: 3*"ab"); t(lambda: "ab"*0); t(lambda: "ab"*-1); t(lambda: "ab"*True); t(lambda: "ab"*1.5); t(lambda: "ab"*"x"); t(lambda: b"ab"*2); t(lambda: bytearray(b"ab")*2); t(lambda: 2*bytearray(b'x'))
# partition
t(lambda: "a,b,c".partition(",")); t(lambda: "abc".partition(",")); t(lambda: "abc".rpartition(",")); t(lambda: "a,b,c".rpartition(",")); t(lambda: "abc".partition("")); t(lambda: "abc".partition(1)); t(lambda: b"a,b".partition(b",")); t(lambda: bytearray(b"a,b").rpartition(b","))
# replace
t(lambda: "aaa".replace("a","b",2)); t(lambda: "aaa".replace("","-")); t(lambda: "aaa".replace("","-",2)); t(lambda: "abc".replace("b","")); t(lambda: "".replace("","x")); t(lambda: "abc".replace("x","y")); t(lambda: "aaa".replace("a","b",-1)); t(lambda: "aaa".replace("a","b",0)); t(lambda: "a".replace(1, "b")); t(lambda: "aaa".replace("a", "bb", count=1))
t(lambda: b"aaa".replace(b"", b"-")); t(lambda: bytearray(b"abc").replace(b"b", b"XX"))
# split
t(lambda: " a  b ".split()); t(lambda: " a  b ".split(None, 1)); t(lambda: "a,b,,c".split(",")); t(lambda: "a,b,,c".split(",", 1)); t(lambda: "".split()); t(lambda: "".split(",")); t(lambda: "abc".split("")); t(lambda: "a b c".rsplit(None, 1)); t(lambda: "a,b,c".rsplit(",", 1)); t(lambda: "  a b  ".rsplit()); t(lambda: "a b".split(sep=None, maxsplit=0)); t(lambda: "  a b".split(None, 0)); t(lambda: "a b  ".rsplit(None, 0)); t(lambda: "a1b1c".rsplit("1", -1)); t(lambda: "abcabc".rsplit("bc", 1)); t(lambda: "a".split(1)); t(lambda: "aXbXXc".split("XX"))
# splitlines
t(lambda: "a\nb\r\nc\rd".splitlines()); t(lambda: "a\nb\r\n".splitlines(True)); t(lambda: "".splitlines()); t(lambda: "\n".splitlines()); t(lambda: "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029".splitlines()); t(lambda: b"a\nb\r\nc\rd\x0be".splitlines()); t(lambda: "a\nb".splitlines(keepends=True))
# strip
t(lambda: "  a  ".strip()); t(lambda: "xxaxx".strip("x")); t(lambda: "xyaxy".lstrip("xy")); t(lambda: "xyaxy".rstrip("yx")); t(lambda: "a".strip(None)); t(lambda: "a".strip(1)); t(lambda: "".strip()); t(lambda: "\u3000a\u3000".strip()); t(lambda: b" a ".strip()); t(lambda: b"xax".strip(b"x")); t(lambda: bytearray(b"  a").lstrip()); t(lambda: b"a".strip("a"))
# upperlow
t(lambda: "aBc".upper()); t(lambda: "aBc".lower()); t(lambda: "aBc".swapcase()); t(lambda: "hello world".title()); t(lambda: "hELLO".capitalize()); t(lambda: "ß".upper()); t(lambda: "ǅ".lower()); t(lambda: "they're bill's".title()); t(lambda: "ß".casefold())
# slice
s = "0123456789"
t(lambda: s[1:3]); t(lambda: s[::-1]); t(lambda: s[::2]); t(lambda: s[-3:]); t(lambda: s[:-3]); t(lambda: s[100:]); t(lambda: s[-100:2]); t(lambda: s[5:1]); t(lambda: s[1:8:3]); t(lambda: s[8:1:-3]); t(lambda: s[::0]); t(lambda: "aé€😀"[::-1]); t(lambda: "aé€😀"[1:3]); t(lambda: "aé€😀"[-1]); t(lambda: s[1.0]); t(lambda: s[10]); t(lambda: s[-11]); t(lambda: s[True])
s = "Hello Привет 你好 😀!"
print(len(s), s[6], s[-2], s[13:15], s.index("你"), s.find("😀"), s.rfind("П"), s.count("и"), list(s[:3]), [ord(c) for c in s[-3:]])
for c in s: print(c, end="|")
print()
t(lambda: chr(0x10ffff)); t(lambda: chr(0x110000)); t(lambda: chr(-1)); t(lambda: ord("")); t(lambda: ord("ab")); t(lambda: ord("😀")); t(lambda: ord(b"a")); t(lambda: ord(bytearray(b"z"))); t(lambda: chr(0xd800)); t(lambda: ord(chr(0xdfff)))
t(lambda: "{:5}|{:^7}|{:>4}".format("é", "你好", "😀")); t(lambda: "%5s|%-4s|%.1s" % ("é", "你", "😀x")); t(lambda: "%c" % 0x4f60); t(lambda: "%c" % "€"); t(lambda: f"{'é':*^5}")
t(lambda: "ab€".encode()); t(lambda: str(b"\xe2\x82\xac", "utf-8")); t(lambda: str(b"\xff", "utf-8")); t(lambda: str(b"\xff", "utf-8", "replace")); t(lambda: str(b"ab", encoding="ascii")); t(lambda: str(b"ab")); t(lambda: str(bytearray(b"ab"), "utf-8")); t(lambda: str(memoryview(b"ab"), "utf-8")); t(lambda: str(1, "utf-8")); t(lambda: str("a", "utf-8"))
t(lambda: "ǅ".isupper()); t(lambda: "Σ".lower()); t(lambda: "ΑΣ".lower()); t(lambda: "İ".lower()); t(lambda: "ﬁ".upper()); t(lambda: "a\u0301".upper()); t(lambda: "\u00e9".isalpha()); t(lambda: "Ⅻ".isnumeric()); t(lambda: "𝟘".isdigit()); t(lambda: "\u200b".isspace()); t(lambda: "\x1c".isspace())
t(lambda: "é" < "ê"); t(lambda: sorted(["é", "z", "a", "😀", "€"])); t(lambda: max("a€é")); t(lambda: "€" * 3); t(lambda: "€".center(5, "é")); t(lambda: "a€b".split("€")); t(lambda: "a€b€".rsplit("€", 1)); t(lambda: "€a€".strip("€")); t(lambda: "a€".replace("€", "😀")); t(lambda: "x😀y".partition("😀")); t(lambda: "€€€".count("€")); t(lambda: repr("\x00\x7f\x80\xa0\xad\u2028\U0001f600\ud800")); t(lambda: ascii("é😀\n")); t(lambda: "é".zfill(3)); t(lambda: "😀".ljust(3, "é"))
t(lambda: "\N{DEGREE SIGN}"); t(lambda: eval('"\\u00e9"')); t(lambda: eval('"\\U0001F600"')); t(lambda: eval('"\\x41\\101\\0"')); t(lambda: eval('b"\\u00e9"')); t(lambda: eval('"\\U00110000"')); t(lambda: eval('"\\x4"')); t(lambda: eval('"\\777"')); t(lambda: eval('b"é"')); t(lambda: eval('"a\\\nb"')); t(lambda: eval("'''a\r\nb'''")); t(lambda: eval("'a\rb'")); t(lambda: len(eval('"""\r\n"""')))
exec("x = '''a\r\nb\rc'''\nprint(repr(x))")
t(lambda: "abc"[1:2:1]); t(lambda: "€"[0:0]); t(lambda: "aé€😀"[1::2]); t(lambda: "aé€😀"[-2::-2]); t(lambda: "aé€😀"[10:]); t(lambda: "aé€😀".index("€", 1, 3)); t(lambda: "aé€😀".index("€", 3)); t(lambda: "aé€😀".find("", 4)); t(lambda: "aé€😀".rfind("", 1, 3)); t(lambda: "aé€😀".startswith("é", 1)); t(lambda: "aé€😀".endswith("€", 0, 3)); t(lambda: list(reversed("aé€"))); t(lambda: "é€".join("ab")); t(lambda: "aé€😀".count("", 1)); t(lambda: "x"*10000 == "x"*10000); t(lambda: len("€"*100000))
t(lambda: "a".__class__); t(lambda: str.__len__("abc")); t(lambda: "abc".__getitem__(1)); t(lambda: "abc".__contains__("b")); t(lambda: "a".__add__("b")); t(lambda: "a".__add__(1)); t(lambda: "a".__mul__(3)); t(lambda: "a".__rmul__(3)); t(lambda: "a".__mod__(())); t(lambda: str.__new__(str, 5)); t(lambda: "a".__eq__(1)); t(lambda: "a".__lt__(1)); t(lambda: "a".__hash__() == hash("a")); t(lambda: "abc".__iter__().__next__())
class S(str):
    def __len__(self): return 42
t(lambda: len(S("ab"))); t(lambda: S("ab") + "c"); t(lambda: type(S("ab") + "c")); t(lambda: S("a") == "a"); t(lambda: S("ab").upper()); t(lambda: type(S("ab")[0])); t(lambda: "%s" % S("x")); t(lambda: "{}".format(S("y"))); t(lambda: str(S("z"))); t(lambda: type(str(S("z")))); t(lambda: S("a b").split()); t(lambda: "-".join([S("a"), S("b")])); t(lambda: {S("k"): 1}["k"]); t(lambda: int(S("12"))); t(lambda: float(S("1.5"))); t(lambda: S("abc")[::-1]); t(lambda: S("abc") * 2)
class B(bytes): pass
t(lambda: B(b"ab")); t(lambda: B(b"ab") + b"c"); t(lambda: B(3)); t(lambda: B([65])); t(lambda: B("é", "utf-8")); t(lambda: B(b"x") == b"x"); t(lambda: type(B(b"ab")[0:1])); t(lambda: bytes(B(b"q"))); t(lambda: B.fromhex("4142")); t(lambda: type(B.fromhex("41")))
class BA(bytearray): pass
t(lambda: BA(b"ab")); t(lambda: BA(b"ab") + b"c"); t(lambda: type(BA(b"ab").copy()))
class R:
    def __bytes__(self): return b"R!"
    def __str__(self): return "STR"
    def __repr__(self): return "REPR"
t(lambda: bytes(R())); t(lambda: str(R())); t(lambda: repr(R())); t(lambda: "%s %r" % (R(), R())); t(lambda: f"{R()} {R()!r}"); t(lambda: "{0!s} {0!r}".format(R()))
class BadStr:
    def __str__(self): return 5
t(lambda: str(BadStr())); t(lambda: "%s" % BadStr()); t(lambda: f"{BadStr()}")
