# sort_keys, separators, default, skipkeys and allow_nan
import json

d = {'b': 1, 'a': 2, 'c': {'z': 1, 'y': 2}}
print(json.dumps(d, sort_keys=True))
print(json.dumps(d, separators=(',', ':')))
print(json.dumps(d, sort_keys=True, indent=2, separators=(',', ': ')))
print(json.dumps({2: 'a', 1: 'b'}, sort_keys=True))
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(json.dumps([Point(1, 2), {'p': Point(3, 4)}], default=lambda o: {'x': o.x, 'y': o.y}))
print(json.dumps({(1, 2): 'tuple key', 'k': 1}, skipkeys=True))
try:
    json.dumps([float('nan')], allow_nan=False)
except ValueError:
    print('ValueError')
print(json.dumps(1.5, allow_nan=False))
