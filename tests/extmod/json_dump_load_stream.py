# json.dump writes to a stream, json.load reads one
import io
import json

f = io.StringIO()
json.dump({'a': [1, 2]}, f)
json.dump('x', f, indent=2)
print(repr(f.getvalue()))
print(json.load(io.StringIO('{"k": [true, null]}')))
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = Writer()
json.dump([1, {'b': 2}], w, separators=(',', ':'))
print(''.join(w.parts))
print(json.load(io.BytesIO(b'[1, 2]')))
