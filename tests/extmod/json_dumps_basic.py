# json.dumps of the basic types with the default separators
import json

for v in (None, True, False, 0, -12, 10**30, 1.5, -0.0, 1e100, 1e-07, 0.1, 123456789.125, 'abc', '', [], {}, (),
          [1, [2, [3]]], (1, 'a'), {'a': 1, 'b': [None, True]}, {'nested': {'x': {}}}):
    print(json.dumps(v))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', False: 0}))
