# str and bytes subclasses act as plain str/bytes in re (s3 conformance sweep)
import re
class S(str): pass
class B(bytes): pass
def t(x): return (type(x).__name__, x)
print(t(re.sub('y', S('a'), S('xyz'))), t(re.sub(S('y'), 'a', 'xyz')))
print(t(re.sub(b'y', B(b'a'), B(b'xyz'))))
print(re.findall(':+', S('a:b::c')), re.split(':', S('a:b')), re.match('a', S('ab')).group())
m = re.search(r'(?P<g>.)(.*?)\1', S('abcab'))
print(m, m.group(S('g')), type(m.string).__name__)
print(re.fullmatch(rb'a|ab', B(b'ab')).span())
print(re.compile(S('abc')).pattern, type(re.compile(S('abc')).pattern).__name__)
print(re.escape(S('a.b')), re.escape(B(b'a.b')))
print(re.sub('(b)', lambda m: S('[' + m.group(1) + ']'), 'abc'))
try:
    re.match('a', b'a')
except TypeError as e:
    print(e)
