# dumps(separators=...) unpacks any iterable of two as CPython does (same
# messages for wrong lengths) and names make_encoder's argument numbers
import json
for seps in [(',',), (',', ':', ';'), [';', '='], 'ab', iter([', ', ': ']), (1, 2), (',', 2), (1, ':'), (), {'k': 1, 'v': 2}, 5, None]:
    for v in [[1, {'a': 2}], {}, 3]:
        try: print(repr(json.dumps(v, separators=seps)))
        except Exception as e: print(type(e).__name__, e)
print(json.dumps({'a': [1, 2]}, indent=1, separators=('|', '=')))
