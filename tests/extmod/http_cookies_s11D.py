# http.cookies.SimpleCookie, which websocket-client imports for its cookie jar.
from http.cookies import SimpleCookie, Morsel, CookieError
c = SimpleCookie('a=1; Path=/; Domain=example.com; HttpOnly')
for k, m in sorted(c.items()):
    print(k, m.value, m.coded_value, m["path"], m.get("domain"), m["httponly"], isinstance(m, Morsel))
print(c.output())
c2 = SimpleCookie()
c2["s"] = "hello world"
c2["n"] = 5
c2["s"]["max-age"] = 60
print(c2.output(), "|", c2["s"].value)
print(c2.output(attrs=[], header="Cookie:", sep="; "))
c3 = SimpleCookie('x="q\\"uoted"; y=2; $Path=/p')
print(sorted((k, v.value, v["path"]) for k, v in c3.items()))
print(len(SimpleCookie("Path=/; a=1")), len(SimpleCookie("a=1; b")))
c.update(c3)
print(sorted(c))
try:
    c["a"]["bogus"] = 1
except CookieError:
    print("CookieError")
print(repr(c["y"]), str(c["y"]))
print(SimpleCookie("sid=abc; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure")["sid"]["expires"])
