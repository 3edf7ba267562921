# string methods galore and unicode text
import string, textwrap

s = "  Hello, World! Python 3.11 is fun.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip(" .")), s.strip().strip("H.nuf"))
t = s.strip()
print(t.lower(), t.upper(), t.swapcase(), t.title(), t.casefold())
print(t.find("o"), t.rfind("o"), t.index("World"), t.count("o"), t.count(""), t.find("zz"), t.find("o", 5, 9))
print(t.startswith(("Hi", "He")), t.endswith("fun."), t.startswith("World", 7), t.endswith("Hello", 0, 5))
print(t.replace("o", "0"), t.replace("o", "0", 2), t.replace("", "-")[:12])
print(t.split(), t.split(",", 1), t.rsplit(" ", 2), t.partition(" "), t.rpartition(" "), "a,b,,c".split(","))
print("line1\nline2\r\nline3\rline4\n".splitlines(), "x\n\ny\n".splitlines(True), "".splitlines(), "a\x0bb\x1cc".splitlines())
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(map(str, range(5))))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6), "42".zfill(6), "-42".zfill(6), "+7".zfill(4))
print("abc123".isalnum(), "abc".isalpha(), "123".isdigit(), "  ".isspace(), "Title Case".istitle(), "UP".isupper(), "low".islower(), "x1".isidentifier(), "1x".isidentifier())
print("\u00bd".isnumeric(), "\u00bd".isdigit(), "\u0663".isdecimal(), "".isalpha(), "ß".upper(), "ǅ".lower(), "İ".lower() == "i\u0307")
print("tab\tsep\tcols".expandtabs(4), "a\tb".expandtabs(), repr("x\ty".expandtabs(0)))
print("hello world".translate(str.maketrans("lo", "01", "h")), str.maketrans({"a": "b"}) == {97: "b"})
print("%s|%-5s|%5s|%.2s" % ("x", "ab", "cd", "xyz"), "%c%c" % (65, "b"), "%3d|%-3d|%03d" % (5, 5, 5))
print("{:>10}|{:<10}|{:^10}|{:*^10}".format("r", "l", "c", "s"), "{!r:>8}".format("q"), "{:.3}".format("abcdef"))
print(format(3.14159, ".2f"), format(12345, "x"), format(0.000123, ".2e"), format(1e16, "g"), format(255, "#010b"))
print("Hello {name}, you are {age:d}".format_map({"name": "Ann", "age": 30}))
tmpl = string.Template("$who likes ${what}s, $$5")
print(tmpl.substitute(who="Tim", what="kiwi"), tmpl.safe_substitute(who="x"))
print(string.ascii_lowercase, string.digits, string.punctuation[:10], string.capwords("hello   there world"))
para = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(para, 30))
print(textwrap.wrap("short", 10), textwrap.shorten("Hello  world, this is long", 15))
print(textwrap.dedent("    a\n      b\n    c"), textwrap.indent("x\ny", "> "))

u = "naïve café — 日本語 🐍 Ελληνικά"
print(len(u), u.upper(), u[6:10], u[-9:], u[::-1][:5])
print(u.encode("utf-8")[:16], len(u.encode()), u.encode().decode() == u, [hex(ord(c)) for c in u[:3]])
print(ascii(u)[:40], repr("é\n\x00\x7f\u200b"), "🐍".encode("utf-8"), chr(0x1F600), ord("€"))
print(u.split(), u.find("日本"), u.index("🐍"), "日本語" in u, u.count("é"), u.replace("café", "tea"))
print(sorted("banana"), sorted("Zebra apple Mango".split(), key=str.lower), min("hello"), max("hello"))
print("é".encode("latin-1") if True else "", b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("utf-8", "replace"), b"abc\xff".decode("ascii", "ignore"))
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
try:
    "é".encode("ascii")
except UnicodeEncodeError:
    print("UnicodeEncodeError")
print("abc" * 3, "-" * 0, 3 * "ab", "abc" < "abd", "Z" < "a", "apple" > "app", "a" in "abc", "" in "x")
words = "the rain in spain stays mainly in the plain".split()
print(" ".join(w.capitalize() for w in words), [w for w in words if "ain" in w])
print({w: words.count(w) for w in words if words.count(w) > 1})
camel = "parseHTTPResponseCode"
import re
print(re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", camel).lower())
print("snake_case_name".replace("_", " ").title().replace(" ", ""))
print(f"{'nested':{'>'}{10}}|{3.14159:{'.'}{3}}|{42!r:^6}|{'x'*3=}")
n = 7; width = 5
print(f"{n:0{width}d} {n:#x} {n:b} {n/3:.{n}f} {n!s:>3} {{literal}} {n=} {n * 2 = }")
print(f"{'é':^5}|{'日本':>6}|{-0.0:+.1f}|{1e-7:g}|{123456789.0:g}|{1.5e300*1e10}|{-1e400}")
