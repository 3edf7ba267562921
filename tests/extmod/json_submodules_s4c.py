# json.decoder and json.encoder: the submodules CPython's json package has,
# with the classes, scanstring and encode_basestring(_ascii). (Reached as
# attributes of json: `from json.decoder import ...` needs the importer to
# find built-in dotted modules.)
import json

JSONDecodeError = json.decoder.JSONDecodeError
JSONDecoder = json.decoder.JSONDecoder
scanstring = json.decoder.scanstring
JSONEncoder = json.encoder.JSONEncoder
encode_basestring = json.encoder.encode_basestring
encode_basestring_ascii = json.encoder.encode_basestring_ascii

print(JSONDecodeError is json.JSONDecodeError, JSONDecoder is json.JSONDecoder)
print(JSONEncoder is json.JSONEncoder, json.decoder.__name__, json.encoder.__name__)
print(encode_basestring_ascii('a"b\\c\n\u00e9\U0001f600'), encode_basestring('a"\u00e9\t'))
print(scanstring('"z\\u0079x"', 1), scanstring('ab"cd\\n"', 3), scanstring('"\u00e9\u00e9" x', 1))
for args in (('"abc', 1), ('"a\tb"', 1)):
    try:
        scanstring(*args)
    except JSONDecodeError as e:
        print('JSONDecodeError', e.msg, e.pos)
print(scanstring('"a\tb"', 1, False))
try:
    encode_basestring_ascii(b'x')
except TypeError as e:
    print('TypeError')
try:
    json.loads('[1,')
except json.decoder.JSONDecodeError as e:
    print('caught', e.pos)
