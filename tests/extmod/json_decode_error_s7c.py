# JSONDecodeError(msg, doc, pos) built by a program (as custom decoders do)
# gets CPython's message, args and msg/doc/pos/lineno/colno; the decoder's
# own errors look the same.
import json
from json import JSONDecodeError

e = JSONDecodeError('Expecting value', 'ab\ncd\n\u20acx', 7)
print(str(e))
print(repr(e))
print(e.args, e.msg, repr(e.doc), e.pos, e.lineno, e.colno)
print(isinstance(e, ValueError))

for doc, pos in (('', 0), ('abc', 2), ('\n\n', 2), ('\u20ac\u20ac\nx', 4)):
    e = JSONDecodeError('m', doc, pos)
    print(e.lineno, e.colno, e)

try:
    raise JSONDecodeError('Bad thing', '{\n "a": x}', 8)
except ValueError as e:
    print(type(e).__name__, e, e.lineno, e.colno, e.pos)

class MyError(JSONDecodeError):
    pass

try:
    raise MyError('custom', 'line1\nline2', 9)
except JSONDecodeError as e:
    print(type(e).__name__, e.args, e.msg, e.lineno, e.colno)

for doc in ('[1,\n 2,\n x]', '{"\u20ac": tru}', '"abc', '\n\n'):
    try:
        json.loads(doc)
    except JSONDecodeError as e:
        print(e.args, e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
    try:
        json.loads(doc)
    except JSONDecodeError as e:
        print(repr(e), str(e))
