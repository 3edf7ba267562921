# Names from the OS that are not UTF-8 come back as str with each bad byte as
# a lone surrogate U+DC80..U+DCFF ('surrogateescape'), and such a str names
# the same file again: os.listdir/scandir/walk, open, stat, fsencode/fsdecode,
# the environment (as CPython on POSIX).
import os
import tempfile

d = tempfile.mkdtemp()
raw = os.fsencode(d) + b"/caf\xe9-\xff.txt"
try:
    f = open(raw, "wb")
except OSError:
    # macOS's APFS refuses names that are not UTF-8 (EILSEQ)
    os.rmdir(d)
    print("SKIP")
    raise SystemExit
with f:
    f.write(b"data")
names = os.listdir(d)
print(ascii(names))
name = names[0]
path = os.path.join(d, name)
print(os.fsencode(path) == raw, os.fsdecode(raw) == path)
with open(path) as f:
    print(f.read())
print(os.stat(path).st_size, os.path.exists(path), os.path.isfile(path))
print(ascii([e.name for e in os.scandir(d)]))
for top, dirs, files in os.walk(d):
    print(ascii(files))
print(os.listdir(os.fsencode(d)))
print(ascii(os.fsdecode(b"ok\xc3\xa9\x80")), os.fsencode("ok\udc80"))
try:
    os.fsencode("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.reason)
os.environ["S8_SURR"] = "v\udcff"
print(ascii(os.environ["S8_SURR"]), ascii(os.getenv("S8_SURR")))
os.rename(path, os.path.join(d, "plain.txt"))
print(os.listdir(d))
os.remove(os.path.join(d, "plain.txt"))
os.rmdir(d)
