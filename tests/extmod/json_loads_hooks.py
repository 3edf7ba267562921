# object_hook, object_pairs_hook, parse_float, parse_int and strict
import json

print(json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[1.5, 2]', parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s))
print(json.loads('"a\tb"', strict=False) == 'a\tb')
try:
    json.loads('"a\tb"')
except ValueError:
    print('ValueError')
