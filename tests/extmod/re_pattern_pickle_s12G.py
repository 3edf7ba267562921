# A compiled pattern pickles (as a call of the re module's compile function
# with its text and flags) and loads back equal, for every protocol; a pickle
# naming re._compile (what CPython writes) loads too.
import re, pickle

pats = [
    re.compile(r"a(?:b|(c|e){1,2}?|d)+?(.)", re.UNICODE),
    re.compile("x+", re.I | re.M),
    re.compile(b"[0-9]+", re.S),
]
for p in pats:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        q = pickle.loads(pickle.dumps(p, proto))
        print(proto, q == p, q.pattern == p.pattern, q.flags == p.flags, q.search(p.pattern) is None)

# Inside a container, with a match done after loading.
d = pickle.loads(pickle.dumps({"rx": re.compile(r"(\d+)-(\d+)")}))
print(d["rx"].match("12-34").groups())

from re import _compile
print(_compile("ab+", re.I) == re.compile("ab+", re.I))
print(pickle.loads(b"cre\n_compile\np0\n(Vab+\np1\nI34\ntp2\nRp3\n.").match("ABBB").group())
