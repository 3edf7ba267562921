# json.dumps with indent (int, str, 0) and the separators that go with it
import json

data = {'a': [1, 2, {'b': None}], 'c': {}, 'd': [], 'e': 'x'}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent='\t'))
print(json.dumps([1, [2, 3]], indent=0))
print(json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps(data, indent=1, separators=(', ', ' = ')))
print(json.dumps((1, {'k': (2,)}), indent=3))
