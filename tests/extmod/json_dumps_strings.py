# string escaping with ensure_ascii on (default) and off
import json

s = 'q"b\\s/\n\r\t\b\f\x00\x1f\x7f é€😀'
print(json.dumps(s))
print(json.dumps(s, ensure_ascii=False))
print(json.dumps({'ключ': 'значение'}))
print(json.dumps({'ключ': 'значение'}, ensure_ascii=False))
print(json.dumps(['\u2028', '\ud7ff', '\U0010ffff']))
