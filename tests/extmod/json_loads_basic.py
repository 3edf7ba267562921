# json.loads of every JSON value kind
import json

for s in ('null', 'true', 'false', '0', '-12', '123456789012345678901234567890', '1.5', '-0.0', '-0', '1E+2',
          '2e-3', '1.0e5', '"abc"', '""', '[]', '{}', ' [1, 2.0, "x", null] ', '{"a": {"b": [true, false]}}',
          '"\\u00e9\\ud83d\\ude00\\n\\t\\"\\\\\\/"', 'NaN', 'Infinity', '-Infinity', '\n\t{ "k" :\r\n 1 }'):
    v = json.loads(s)
    print(repr(v), type(v).__name__)
print(json.loads(b'[1, "b"]'), json.loads(bytearray(b'{"x": 2}')))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('"\\u00E9"') == '\u00e9', json.loads('"é€"'), json.loads('"a\\u0000b"') == 'a\x00b')
