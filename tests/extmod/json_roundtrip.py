# dumps followed by loads gives back equal data
import json

data = {'int': 1, 'neg': -5, 'big': 2**70, 'float': 3.25, 'exp': 1e-300, 'str': 'a"b\\c\u1234\U0001f600',
        'list': [1, [2, [3, []]]], 'none': None, 'bools': [True, False], 'empty': {}, 'unicode': 'é'}
for kw in ({}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True}, {'separators': (',', ':')}):
    s = json.dumps(data, **kw)
    print(json.loads(s) == data, len(s))
print(json.loads(json.dumps(0.1 + 0.2)) == 0.1 + 0.2, json.dumps(json.loads('1e400')))
