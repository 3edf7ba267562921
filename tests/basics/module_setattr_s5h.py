# Built-in (C) modules accept new, replaced and deleted attributes.
import math, time, json
math.x = 5
print(math.x, math.sqrt(4.0))
old = time.time
time.time = lambda: 42
print(time.time())
time.time = old
print(type(time.time()).__name__)
del math.x
print(hasattr(math, 'x'))
try:
    del math.x
except AttributeError:
    print('AttributeError')
orig = json.dumps
json.dumps = lambda o: 'patched'
print(json.dumps(1))
from json import dumps
print(dumps(1))
json.dumps = orig
print(json.dumps([1]))
print('x' in vars(math), 'sqrt' in math.__dict__)
math.__dict__['y'] = 3
print(math.y)
import os
os.foo = 1
print(os.path.join('a', 'b'), os.foo)
