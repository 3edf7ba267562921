# json round trips, regex extraction, struct packing
import json, re, struct

doc = {"name": "Test \u00e9\u4e2d", "n": [1, 2.5, -3, 1e100, True, False, None], "nested": {"a": {"b": []}},
       "esc": "quote\" back\\ nl\n tab\t", "empty": {}}
s = json.dumps(doc, sort_keys=True)
print(s)
print(json.loads(s) == doc)
print(json.dumps(doc, indent=2, sort_keys=True))
print(json.dumps([1, {"a": 2}], separators=(",", ":")), json.dumps("é"), json.dumps("é", ensure_ascii=False))
print(json.loads('{"a": [1, 2, {"b": null}], "c": "\\u0041\\n", "d": 1.5e3, "e": -0}'))
for bad in ['{"a": }', "[1, 2", "", "nul", '{"a" 1}']:
    try:
        json.loads(bad)
    except ValueError as e:
        print("ValueError", type(e).__name__ in ("ValueError", "JSONDecodeError"))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.dumps({"k": (1, 2)}), json.dumps(3.0), json.dumps(0.1), json.dumps(1 / 3), json.dumps(10 ** 20))
print(json.loads("[1.0, 2, 3e-2]"), json.loads('"\\ud83d\\ude00"') == "\U0001f600")
try:
    json.dumps(object())
except TypeError:
    print("TypeError object")

text = "Contact: john.doe@example.com, jane_smith99@test.org; phone +1-555-0100 or (555) 010-9999. Visit https://example.com/path?q=1."
print(re.findall(r"[\w.]+@[\w.]+\.\w+", text))
print(re.findall(r"\(?(\d{3})\)?[ -](\d{3})-(\d{4})", text))
m = re.search(r"(?P<scheme>https?)://(?P<host>[^/]+)(?P<path>/\S*)", text)
print(m.group("scheme"), m.group("host"), m.group("path"), m.span(), m.groupdict())
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.split(r"[,;]\s*", "a, b;c,d"), re.split(r"(\s)", "x y  z"), re.split(r"\s+", " lead"))
print(re.match(r"\d+", "123abc").group(), re.match(r"\d+", "abc"), re.fullmatch(r"[a-z]+", "abc") is not None)
pat = re.compile(r"(\w)(\d)?", re.I)
print([m.groups() for m in pat.finditer("a1B c3")], pat.sub(r"<\1>", "x9 y"))
print(re.sub(r"\s+", " ", "  many   spaces\there\n").strip(), re.subn("a", "b", "banana"))
print(re.findall(r"^\w+", "one\ntwo\nthree", re.M), re.findall(r"a.c", "a\nc abc", re.S), re.escape("a.b*c"))
date = re.compile(r"(\d{4})-(\d\d)-(\d\d)")
print([tuple(map(int, g)) for g in date.findall("2020-01-02 and 1999-12-31")])
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", "2021-07"), bool(re.search("^$", "")))

rec = struct.pack("<HIf3s?", 513, 70000, 1.5, b"abc", True)
print(rec, len(rec), struct.calcsize("<HIf3s?"), struct.calcsize("HI"))
print(struct.unpack("<HIf3s?", rec))
print(struct.pack(">q", -2), struct.unpack(">d", struct.pack(">d", 3.141592653589793)))
print(list(struct.iter_unpack("<hh", b"\x01\x00\xff\xff\x10\x00\x00\x80")))
buf = bytearray(8)
struct.pack_into("<II", buf, 0, 1, 0xDEADBEEF)
print(buf.hex(), struct.unpack_from("<I", buf, 4)[0] == 0xDEADBEEF, hex(struct.unpack_from(">H", buf, 4)[0]))
try:
    struct.pack("<B", 256)
except struct.error as e:
    print("struct.error")
# build a binary record file in memory and read it back
records = [(i, "name%d" % i, i * 1.5) for i in range(4)]
blob = b"".join(struct.pack("<i8sd", i, n.encode(), f) for i, n, f in records)
size = struct.calcsize("<i8sd")
print(len(blob), size)
for off in range(0, len(blob), size):
    i, n, f = struct.unpack("<i8sd", blob[off:off + size])
    print(i, n.rstrip(b"\0").decode(), f)
