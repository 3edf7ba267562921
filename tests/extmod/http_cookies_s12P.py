# http.cookies against CPython's behaviour: parsing real Cookie headers (all or
# nothing), quoting/escapes, output formats and the Morsel dict API.
import copy
import pickle
import re
from http.cookies import BaseCookie, SimpleCookie, Morsel, CookieError


def show(c):
    print(repr(c), "|", c.output(sep=" / "))


# loading: quoted values with octal and backslash escapes, '=' in a value, ':' in a name, '[' in a value
for raw in ['chips=ahoy; vienna=finger', 'k="E=mc2; L=\\"Loves\\"; fudge=\\012;"',
            'k=E=mc2', 'key:term=value:term', 'a=b; c=[; d=r', 'a=b c=d',
            'eggs  =  scrambled  ;  secure  ;  path  =  bar   ; foo=foo   ',
            'C="W"; Version="1"; Path="/acme"; $Domain=x.org',
            'C=W; expires=Wed, 01 Jan 98 00:00:00 GMT; Max-Age=5; SameSite=Lax',
            'e=s; httponly=foo; secure=bar', 'e=s; HttpOnly; Secure']:
    c = SimpleCookie(raw)
    show(c)
    for k, m in sorted(c.items()):
        print(" ", k, repr(m.value), repr(m.coded_value), sorted((a, v) for a, v in m.items() if v != ""))

# invalid input loads nothing at all
for raw in [']foo=x', 'blah[foo=x', 'Set-Cookie: foo=bar', 'foo=bar; baz', 'baz; foo=bar',
            'secure;foo=bar', 'Version=1;foo=bar', 'a=1; path', '']:
    c = SimpleCookie()
    c.load(raw)
    print(repr(raw), dict(c), repr(c.output()))
for raw in ['a=b; c,d=e', 'a=1; $Bogus=2']:
    try:
        SimpleCookie(raw)
    except CookieError as e:
        print("CookieError", e)

# quoting on output: ; , controls and Latin-1 as octal, " and \ escaped, wider chars kept
c = SimpleCookie()
c["v"] = 'some,funky;stuff\t"q"\\ \xa9 \u20ac (x)=<y>'
c["n"] = 42
print(c.output(), "|", repr(c["v"].value), c["n"].value == "42")
print(repr(SimpleCookie(c.output(header="", sep=";"))["v"].value) == repr(c["v"].value))
c["v"]["comment"] = "comment \xa9"
c["v"]["max-age"] = 0
c["v"]["secure"] = 0
c["v"]["version"] = 1
print(str(c["v"]))
print(c.output(attrs=[], header="Cookie:", sep="; "), "|", c.output(["max-age"]))
print(c.js_output(["comment"]))
c["n"]["expires"] = 3600
print(re.fullmatch(r"Set-Cookie: n=42; expires=\w{3}, \d\d \w{3} \d{4} \d\d:\d\d:\d\d GMT",
                   str(c["n"])) is not None)

# BaseCookie does no quoting; subclasses choose the encoding
b = BaseCookie('x="a b"')
b["y"] = "p q"
show(b)


class Upper(SimpleCookie):
    def value_encode(self, v):
        return v, str(v).upper()

    def value_decode(self, v):
        return v.lower(), v


u = Upper("K=ABC")
u["m"] = "xyz"
show(u)
print(u["K"].value, u["m"].coded_value)
d = SimpleCookie()
d.load({"p": "1 2", "q": u["m"]})
show(d)

# Morsel
m = Morsel()
print(repr(m), str(m), m.key, m.value, m.coded_value, sorted(m) == sorted(Morsel._reserved))
for attr in ("key", "value", "coded_value"):
    try:
        setattr(m, attr, "x")
    except AttributeError:
        print("read-only", attr)
for args in [("path", "v", "v"), ("Max-Age", "v", "v"), ("foo bar", "v", "v"), ("a@b", "v", "v")]:
    try:
        m.set(*args)
    except CookieError as e:
        print("CookieError", e)
print(m.isReservedKey("DOMAIN"), m.isReservedKey("foo"))
m.set("k", "val", '"val"')
m["DOMAIN"] = "example.com"
m.update({"Version": 2, "comment": "c"})
m.update([("path", "/")])
print(m.setdefault("Path", "/x"), m.setdefault("expires", "e"), m["version"])
for bad in (lambda: m.update({"path": "/y", "bad": 1}), lambda: m.setdefault("bad"),
            lambda: m.__setitem__("bad", 1)):
    try:
        bad()
    except CookieError as e:
        print("CookieError", e, m["path"], "bad" in m)
for bad in (lambda: m.update(), lambda: m.update(0)):
    try:
        bad()
    except TypeError:
        print("TypeError")
print(repr(m))
m2 = m.copy()
m3 = copy.copy(m)
m4 = pickle.loads(pickle.dumps(m))
for x in (m2, m3, m4):
    print(type(x).__name__, x is m, x == m, x != m, str(x) == str(m))
m2.set("k", "val", "other")
m3["comment"] = "d"
print(m2 == m, m2 != m, m3 == m, m == dict(m), m != dict(m), m == 1, m != "")
c = SimpleCookie('Customer="WILE_E_COYOTE"; Path=/acme; Version=1')
c2 = pickle.loads(pickle.dumps(c))
print(type(c2).__name__, c2.output() == c.output(), c2 == c)
