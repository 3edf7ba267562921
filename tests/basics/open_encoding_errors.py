# open() honours the encoding and errors arguments of text files: other
# codecs and error handlers read and write through io.TextIOWrapper, as in
# CPython.
import os
import tempfile

d = tempfile.mkdtemp()
path = os.path.join(d, "enc.txt")

with open(path, "w", encoding="latin-1") as f:
    print(type(f).__name__, f.mode, f.encoding, f.buffer.mode)
    f.write("caf\xe9\nna\xefve\n")
    print("x", "y", file=f)
with open(path, encoding="latin-1") as f:
    for line in f:
        print(repr(line))
with open(path, "rb") as f:
    print(f.read())
for errors in ("replace", "ignore", "surrogateescape", "backslashreplace"):
    with open(path, encoding="utf-8", errors=errors) as f:
        print(errors, repr(f.readline()), repr(f.read()))
try:
    with open(path, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.start, e.end)
try:
    open(path, encoding="no-such-codec")
except LookupError as e:
    print("LookupError", e)
with open(path, "a", encoding="ascii", errors="backslashreplace") as f:
    f.write("\u20ac\n")
with open(path, "a", encoding="ascii", errors="replace") as f:
    f.write("\u20ac\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "r+", encoding="latin-1") as f:
    print(repr(f.read(3)))
# UTF-8 in any spelling stays the plain text file; so does 'locale' in a
# UTF-8 locale (CPython under LC_ALL=C would read ASCII: not compared then).
with open(path, "w") as f:
    f.write("h\xe9llo")
loc = os.environ.get("LC_ALL") or os.environ.get("LC_CTYPE") or os.environ.get("LANG") or "C"
utf8_locale = loc.lower().replace("-", "").endswith("utf8")
for enc in ("utf-8", "UTF8", "utf_8") + (("locale",) if utf8_locale else ()):
    with open(path, encoding=enc) as f:
        print(enc, repr(f.read(4)))
os.remove(path)
os.rmdir(d)
for kw in ({'errors': 'strict'}, {'newline': ''}, {'encoding': 'utf-8'}):
    try:
        open(__file__, 'rb', **kw)
        print('ok', kw)
    except ValueError as e:
        print('ValueError', e)
try:
    open(__file__, 'r', newline='x')
except ValueError as e:
    print('ValueError', e)
try:
    open(__file__, 'r', encoding=5)
except TypeError as e:
    print('TypeError', e)
