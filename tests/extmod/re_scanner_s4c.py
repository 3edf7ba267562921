# Pattern.scanner() stepping with match()/search(), and re.Scanner.
import re

s = re.compile(r"\s").scanner("a b")
print(s.search().group(), s.search())
sc = re.compile(r'x*').scanner('axx b')
out = []
while True:
    m = sc.search()
    if m is None:
        break
    out.append(m.span())
print(out)
pat = re.compile(r'[a-c]')
print(pat.scanner(string='abracadabra', pos=3, endpos=10).search().span())
print(pat.scanner('abc').pattern is pat)
sc = re.compile('a').scanner('aab')
print(sc.match().span(), sc.match().span(), sc.match(), sc.match(), sc.search())


def s_ident(scanner, token):
    return token


def s_operator(scanner, token):
    return "op%s" % token


scanner = re.Scanner([
    (r"[a-zA-Z_]\w*", s_ident),
    (r"\d+\.\d*", lambda s, t: float(t)),
    (r"\d+", lambda s, t: int(t)),
    (r"=|\+|-|\*|/", s_operator),
    (r"\s+", None),
])
print(type(scanner.scanner).__name__)
print(scanner.scan("sum = 3*foo + 312.50 + bar"))
print(scanner.scan("x = 3 ; y"))


class S(re.Scanner):
    pass


s = S([('a', lambda sc, t: (sc.match.span(), t)), ('b', 'B')])
print(s.scan('abab!'), type(s.match).__name__)
