# json corner cases (dumps/loads/dump/load, separators, errors), compared with CPython.
import json, io, sys
def p(*a):
    for x in a:
        try: print(repr(json.dumps(x)))
        except Exception as e: print(type(e).__name__)
p(False, True, None, 1, -123, 2**100, 1.5, -0.0, 'abc', '\x00\x01\x1f', 'a"b\\c', '\u1234é', '\n\r\t\b\f', [], {}, [1,[2,[3]]], (1,2), {'a':1}, {1:2}, {1.5:2}, {True:1}, {None:2}, {(1,2):3}, b'x', bytearray(b'x'), {1,2}, object())
print(json.dumps([1,2], separators=(';', '=')))
print(json.dumps({'a':[1,{'b':2}]}, separators=(',', ':')))
print(json.dumps({'a':[1,{'b':2}]}, indent=2))
print(json.dumps([], indent=2), json.dumps({}, indent=3))
s = io.StringIO(); json.dump({'x':[1,2]}, s); print(s.getvalue())
json.dump([1,'a'], sys.stdout); print()
for t in ['1', '-1', '1.5', '1e3', '1E-2', '-0', '0.5', '"abc"', '"\\u0041\\n\\t\\"\\\\\\/"', 'true', 'false', 'null', '[]', '[1, 2 ,3 ]', '{}', '{"a":1, "b":[true]}', ' [ ] ', '\t\n1\n', '"\\ud83d\\ude00"', '12345678901234567890', '1.0e+2', '[1,]', '{"a":1,}', '', '[', '{"a"}', '{1:2}', 'nul', 'tru', '"abc', '"\\x"', '[1 2]', '1 2', '{"a" 1}', '"\\u12"', '01', '-', '.5', '1.', '1e', 'NaN', 'Infinity', '-Infinity', '[1]]', '"\x01"', '{"a":1}x', 'a']:
    try: print(repr(t), repr(json.loads(t)))
    except ValueError as e: print(repr(t), 'ValueError')
    except Exception as e: print(repr(t), type(e).__name__)
print(json.loads(b'[1]'), json.loads(bytearray(b'{"a":2}')))
print(json.load(io.StringIO('{"k": [1.25, null]}')))
print(json.loads('1e400'), json.loads('-1e400'))
print(json.dumps(float('inf')), json.dumps(float('nan')), json.dumps(-float('inf')))
print(json.dumps(1e20), json.dumps(1.0), json.dumps(1e-7), json.dumps(123456789.123))
print(json.loads('0.1'), json.loads('1.7976931348623157e308'), json.loads('2.2250738585072014e-308'))
print(json.loads('-9223372036854775808'), json.loads('9223372036854775807'), json.loads('4611686018427387904'))
try: json.dumps([1], separators=(1,2))
except Exception as e: print(type(e).__name__)
print(json.dumps({'a':1,'b':2}, sort_keys=True))
print(json.dumps("\u00e9", ensure_ascii=False), json.dumps("\U0001F600"))
class S(str): pass
class I(int): pass
class L(list): pass
class D(dict): pass
print(json.dumps([S('x'), I(5), L([1]), D(a=1)]))
class S(io.IOBase):
    def __init__(self): self.buf = ""
    def write(self, buf):
        if type(buf) == bytearray: buf = str(buf, "ascii")
        self.buf += buf
        return len(buf)
for x in [None, False, 1, "abc", [1, 2], {"a": [True]}]:
    s = S(); json.dump(x, s); print(s.buf)
class W:
    def __init__(self): self.parts = []
    def write(self, b): self.parts.append(b)
w = W(); json.dump({"k": [1, "x"]}, w); print("".join(w.parts))
class R:
    def __init__(self, d): self.d = d
    def read(self, n=-1):
        r, self.d = self.d, ""
        return r
print(json.load(R('{"a": [1, 2.5, null]}')))
print(json.load(io.BytesIO(b'[1, "\xc3\xa9"]')))
for sep in [(",", ":"), (", ", ": "), ("\n", "=")]:
    for x in [[1, [2]], {"a": {"b": 1}}, [], {}]:
        s = io.StringIO(); json.dump(x, s, separators=sep); print(repr(s.getvalue()), repr(json.dumps(x, separators=sep)))
try: json.dumps([1], separators=(",",))
except Exception as e: print(type(e).__name__)
print(json.loads('{"a":1,"a":2}'), json.loads('[1e2, 1E+2, -1.5e-3, 0e0]'))
print(json.loads(' "\\u00e9\\u4e2d" '), json.dumps('\u4e2d\x7f'))
print(json.loads('123456789012345678901234567890'), json.loads('-0.0'), json.loads('[-0]'))
print(json.loads('[[[[[[[[[[1]]]]]]]]]]'))
