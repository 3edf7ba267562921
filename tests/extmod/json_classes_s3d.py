# json.JSONEncoder / JSONDecoder, cls= and parse_constant.
import json

class ComplexEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)

print(json.dumps(1 + 2j, cls=ComplexEncoder))
print(json.dumps({"z": {3, 1, 2}, "a": 2j}, cls=ComplexEncoder, sort_keys=True, indent=2))
print(ComplexEncoder().encode([1j]), "".join(ComplexEncoder(separators=(",", ":")).iterencode({"a": [1, 2]})))
try:
    json.dumps(object(), cls=ComplexEncoder)
except TypeError as e:
    print("TypeError", e)
print(json.JSONEncoder().encode({"k": [None, True]}), json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": 2}))
print(json.JSONEncoder(default=str).encode([1j]))
try:
    json.JSONEncoder().encode(1j)
except TypeError as e:
    print("TypeError", e)

class Tagged(json.JSONEncoder):
    def __init__(self, *, tag="t", **kw):
        super().__init__(**kw)
        self.tag = tag
    def default(self, o):
        return {self.tag: repr(o)}

print(json.dumps([1j], cls=Tagged, tag="cx"), json.dumps([1j], cls=Tagged))

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()

print(json.dumps({"a": "b"}, cls=Upper))

d = json.JSONDecoder()
print(d.decode('{"a": [1, 2]}'), d.raw_decode('[1, 2] tail'), d.raw_decode('xx"é" 5', 2))
print(json.JSONDecoder(parse_float=str).decode("[1.5]"), json.JSONDecoder(object_hook=len).decode('{"a": 1}'))
try:
    d.decode("[1] x")
except json.JSONDecodeError as e:
    print("JSONDecodeError", e)

class PairsDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_pairs_hook=list, **kw)

print(json.loads('{"b": 1, "a": {"c": 2}}', cls=PairsDecoder))
print(json.loads("[NaN, Infinity, -Infinity]", parse_constant=lambda s: "<" + s + ">"))
print(isinstance(d, json.JSONDecoder), isinstance(ComplexEncoder(), json.JSONEncoder))
