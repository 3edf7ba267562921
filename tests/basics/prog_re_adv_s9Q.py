# log analysis with advanced regular expressions, hashing and encoding
import re, hashlib, base64, binascii, zlib

LOG = """192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 128 "https://x.com/" "curl/7.68"
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "-" "Mozilla/5.0"
172.16.0.1 - alice [10/Oct/2023:14:01:45 +0000] "DELETE /api/items/42 HTTP/1.1" 204 - "-" "python-requests/2.28"
10.0.0.5 - bob [10/Oct/2023:14:02:00 +0000] "POST /api/login HTTP/1.1" 200 512 "-" "curl/7.68"
"""
LINE = re.compile(r"""
    (?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s-\s(?P<user>\S+)\s
    \[(?P<day>\d\d)/(?P<mon>\w{3})/(?P<year>\d{4}):(?P<time>[\d:]+)\s[+-]\d{4}\]\s
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]*"\s(?P<status>\d{3})\s(?P<size>\d+|-)
""", re.VERBOSE)
entries = [m.groupdict() for m in LINE.finditer(LOG)]
print(len(entries))
for e in entries:
    print("{ip:>15} {user:6} {method:6} {status} {size:>5} {path}".format(**e))
print(sorted({e["ip"] for e in entries}), sum(int(e["size"]) for e in entries if e["size"] != "-"))
print(re.findall(r"(?<=/api/)\w+", LOG), re.findall(r"\b(\w+)/\d+\.\d+(?:\.\d+)?\"", LOG))
print(re.findall(r"(\d)\1", "1122 345 6677"), re.sub(r"(\w+) \1", r"\1", "the the cat sat sat down"))
print(re.findall(r"<.+?>", "<a><b></b></a>"), re.findall(r"<.+>", "<a><b>"), re.findall(r"a{2,3}?", "aaaa"), re.findall(r"(?i)hello", "Hello HELLO hello"))
print(re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.match(r"(a)|(b)", "b").groups(), re.match(r"(a)|(b)", "b").lastindex)
print(re.findall(r"^\s*#\s*(\w+)", "# one\n  #two\nx # three", re.MULTILINE), re.findall(r"\d+$", "a1\nb22\nc333"), re.findall(r"\d+$", "a1\nb22", re.M))
print(re.split(r"\b", "hi there"), re.split(r"(?:,|;)", "a,b;c"), re.sub(r"^", "> ", "l1\nl2", flags=re.M), re.sub(r"x*", "-", "abc"))
m = re.match(r"(\w+)@(\w+)\.(com|org)", "user@site.org extra")
print(m.group(0), m.group(1, 3), m.start(2), m.end(2), m.span(3), m.string[:4], m.re.pattern[:5], m.expand(r"\2:\1"), m[1])
tokens = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<op>[-+*/()])|(?P<id>[a-z]+))")
print([(m.lastgroup, m.group(m.lastgroup)) for m in tokens.finditer("3 + foo*(2.5 - x)")])
print(re.sub(r"(?P<w>\w+)", lambda m: m.group("w")[::-1], "hello big world"), re.sub(r"a|b", "", "abcab", count=2))
print(bool(re.match(r"^[\w.+-]+@[\w-]+\.[\w.]+$", "a.b+c@d-e.co.uk")), bool(re.match(r"^\d{3}-\d{4}$", "555-12345")))
print(re.findall(r"[^\W\d_]+", "abc_123 déf ghi4"), re.findall(r"\S+", " a  b\tc\n"), re.findall("[\u4e00-\u9fff]+", "mix 中文 text 字"))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error")
for name in ["md5", "sha1", "sha256"]:
    h = hashlib.new(name)
    h.update(b"hello ")
    h.update(b"world")
    print(name, h.hexdigest(), h.digest_size)
print(hashlib.sha256(b"").hexdigest()[:16], hashlib.sha512(b"abc").hexdigest()[:32], hashlib.md5("ü".encode()).hexdigest())
raw = "Grüße, 世界! \x00\xff".encode()
b64 = base64.b64encode(raw)
print(b64, base64.b64decode(b64) == raw, base64.urlsafe_b64encode(b"\xfb\xff"), base64.b32encode(b"abc"), base64.b16encode(b"\x01\xab"))
print(binascii.hexlify(b"\x00\x10\xff"), binascii.unhexlify("00aaff"), binascii.crc32(b"hello"), zlib.crc32(b"hello world") & 0xFFFFFFFF, zlib.adler32(b"abc"))
print(bytes.fromhex("de ad be ef"), b"\x01\x02".hex(), b"abc".hex(":") if True else "", bytearray.fromhex("ff00"))
text = ("the quick brown fox " * 50).encode()
comp = zlib.compress(text)
print(len(text), len(comp) < len(text) // 5, zlib.decompress(comp) == text)
print(zlib.decompress(zlib.compress(b"")) == b"", zlib.decompress(zlib.compress(b"x" * 1000, 9)) == b"x" * 1000)
