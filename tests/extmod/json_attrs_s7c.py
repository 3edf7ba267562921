# JSONEncoder/JSONDecoder settings as attributes; CPython's wording for
# unknown keywords, positional arguments and too deep nesting.
import json

e = json.JSONEncoder(indent=2, sort_keys=True)
print(e.indent, e.sort_keys, e.skipkeys, e.ensure_ascii, e.check_circular, e.allow_nan)
print(repr(e.item_separator), repr(e.key_separator))
e = json.JSONEncoder(separators=(',', ':'))
print(e.indent, repr(e.item_separator), repr(e.key_separator))
print(repr(json.JSONEncoder().item_separator))
e.indent = 1
e.sort_keys = True
print(e.encode({"b": 1, "a": [2]}))
f = lambda o: "x"
print(json.JSONEncoder(default=f).default is f)
try: json.JSONEncoder().default(1)
except TypeError as e: print("TypeError", e)

d = json.JSONDecoder(strict=False)
print(d.strict, d.object_hook, d.object_pairs_hook)

class E(json.JSONEncoder):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.extra = 5
    def default(self, o):
        return [self.indent, self.extra, self.sort_keys]
print(json.dumps(object(), cls=E, indent=1, sort_keys=True))
print(E(indent=3).indent, repr(E().key_separator))

for f in (lambda: json.dumps(1, foo=2), lambda: json.loads("1", bar=2),
          lambda: json.JSONEncoder(foo=1), lambda: json.JSONDecoder(foo=1),
          lambda: json.JSONEncoder(1), lambda: json.JSONDecoder(1, 2)):
    try:
        f()
    except TypeError as ex:
        print("TypeError", ex)

x = []
for i in range(5000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as ex:
    print("RecursionError", ex)
y = {}
for i in range(5000):
    y = {"k": y}
try:
    json.dumps(y)
except RecursionError as ex:
    print("RecursionError", ex)
for doc in ("[" * 5000 + "]" * 5000, '{"a":' * 5000 + "1" + "}" * 5000):
    try:
        json.loads(doc)
    except RecursionError as ex:
        print("RecursionError", ex)
