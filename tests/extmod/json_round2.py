import json
print(json.dumps({'a': [1, 2.5, None, True, False], 'b': {'c': 'd'}}), json.dumps([]), json.dumps({}), json.dumps('é\n"\\'), json.dumps('é', ensure_ascii=False) if True else 0)
print(json.dumps((1, 2)), json.dumps(1e100), json.dumps(-0.0), json.dumps(10**20), json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
print(json.dumps([1, [2, {'x': 3}]], indent=2))
print(json.dumps({'b': 1, 'a': 2}, sort_keys=True), json.dumps([1, 2], separators=(',', ':')), json.dumps({'a': 1}, separators=(';', '=')))
for s in ['1', '-1.5e3', '"\\u00e9\\ud83d\\ude00"', '[1, [2, [3]]]', '{"a": {"b": null}}', ' true ', '[]', '{}', '"\\/\\b\\f\\n\\r\\t"', '1E2', '0', '-0', '123456789012345678901234567890']:
    v = json.loads(s)
    print(repr(v), type(v).__name__)
for bad in ['', '[1,]', '{"a" 1}', "{'a': 1}", '[1 2]', 'nul', '"abc', '01', '{"a":1,}', 'NaN1']:
    try:
        json.loads(bad)
        print('accepted', repr(bad))
    except ValueError as e:
        print('ValueError', repr(bad), isinstance(e, json.JSONDecodeError))
print(json.loads(b'[1]'), json.loads(bytearray(b'{"k": 2}')))
try:
    json.dumps({(1, 2): 3})
except TypeError:
    print('TypeError key')
try:
    json.dumps(object())
except TypeError:
    print('TypeError obj')
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, 2]'), json.dumps(float('inf')), json.loads('Infinity'), json.dumps("\x00\x1f"))
