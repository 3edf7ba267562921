# a command-line tool: argparse, configparser, logging, shlex, urllib.parse, html, fnmatch, pickle
import argparse, configparser, logging, shlex, fnmatch, pickle, html, sys, io
from urllib.parse import urlparse, parse_qs, urlencode, quote, unquote, urljoin

parser = argparse.ArgumentParser(prog="tool", description="demo tool")
parser.add_argument("files", nargs="*", help="input files")
parser.add_argument("-v", "--verbose", action="store_true")
parser.add_argument("-n", "--count", type=int, default=3)
parser.add_argument("--mode", choices=["fast", "slow"], default="fast")
parser.add_argument("-I", dest="includes", action="append", default=[])
args = parser.parse_args(["a.txt", "b.txt", "-v", "-n", "7", "--mode=slow", "-I", "x", "-Iy"])
print(args.files, args.verbose, args.count, args.mode, args.includes)
# Positionals after an option are only taken by parse_intermixed_args.
args = parser.parse_intermixed_args(["a.txt", "-v", "-n", "7", "b.txt", "--mode=slow"])
print(args.files, args.verbose, args.count, args.mode)
args2 = parser.parse_args([])
print(args2.files, args2.verbose, args2.count, args2.mode)
print(vars(parser.parse_args(["-n5"]))["count"])

cfg = configparser.ConfigParser()
cfg.read_string("""
[DEFAULT]
timeout = 30
[server]
host = example.com
port = 8080
debug = yes
[client]
retries = 5
timeout = 10
""")
print(cfg.sections(), cfg["server"]["host"], cfg.getint("server", "port"), cfg.getboolean("server", "debug"))
print(cfg.get("server", "timeout"), cfg["client"]["timeout"], cfg.get("client", "missing", fallback="fb"), "server" in cfg)
print(sorted(cfg["client"].keys()), cfg.has_option("client", "retries"))

stream = io.StringIO()
log = logging.getLogger("demo")
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s"))
log.addHandler(h)
log.setLevel(logging.INFO)
log.debug("hidden")
log.info("processing %d files", 2)
log.warning("careful: %s", "x")
try:
    1 / 0
except ZeroDivisionError:
    log.error("failed")
print(stream.getvalue().splitlines())

print(shlex.split('cmd -a "quoted arg" \'single q\' esc\\ aped'), shlex.quote("it's"), shlex.quote("safe"))
print(fnmatch.fnmatch("file.py", "*.py"), fnmatch.fnmatch("File.PY", "*.py"), fnmatch.filter(["a.py", "b.txt", "c.py"], "*.py"), fnmatch.fnmatchcase("a1", "a[0-9]"))
u = urlparse("https://user:pw@example.com:8443/path/to/page;params?q=search+term&n=2&n=3#frag")
print(u.scheme, u.netloc, u.hostname, u.port, u.path, u.query, u.fragment, u.username)
print(parse_qs(u.query), urlencode({"a": 1, "b": "x y", "c": "é"}), quote("a b/c?d"), unquote("a%20b%2Fc"), quote("/path with space/", safe=""))
print(urljoin("http://a.com/b/c", "d"), urljoin("http://a.com/b/c", "/e"), urljoin("http://a.com/b/", "../f"))
print(html.escape('<a href="x">T&C</a>'), html.unescape("&lt;p&gt; &amp; &quot;hi&quot; &#39; &#x41;"))
data = {"list": [1, 2.5, "s", None, True], "tuple": (1, (2,)), "set": {3}, "bytes": b"\x00", "nested": {"k": [{}]}}
blob = pickle.dumps(data)
back = pickle.loads(blob)
print(back == data, type(back["tuple"]).__name__, back["set"])
class Pt:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
p2 = pickle.loads(pickle.dumps(Pt(1, [2])))
print(p2 == Pt(1, [2]), type(p2).__name__)
import string
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {name:>6}", "abc", name="xy"), string.Formatter().format("{0}-{0}", 5))
import textwrap, uuid, keyword
print(keyword.iskeyword("for"), keyword.iskeyword("four"), len(str(uuid.uuid4())), uuid.UUID("12345678123456781234567812345678"))
