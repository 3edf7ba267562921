# JSONDecodeError: a ValueError with msg, pos, lineno and colno
import json

print(issubclass(json.JSONDecodeError, ValueError))
for s in ('', '[1,', '{"a" 1}', '{"a":1 "b":2}', '{1:2}', '"abc', '"a\x01"', '"\\x"', '"\\u12"', '[1] x',
          '{"a":1,}', '[1,]', 'tru', '-', '01', '1.', '\n\n  [\n x]', '{', '[', '[1 2]', '"\\', 'nul', ' é'):
    try:
        json.loads(s)
        print('no error', repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), e.msg, e.pos, e.lineno, e.colno)
try:
    json.loads(1)
except TypeError:
    print('TypeError')
try:
    json.loads('[1, 2')
except ValueError as e:
    print('ValueError', e)
