# inline-flag errors and buffer replacements in re (s3 conformance sweep)
import re, array
print(re.sub(b'y', memoryview(b'a'), memoryview(b'xyz')), re.sub(b'y', bytearray(b'a'), b'xyz'))
print(re.sub(b'y', array.array('b', [65]), bytearray(b'xyz')))
for p in [r'(?au)\w', r'(?a)(?u)\w', r'(?u)\w', r'(?aL)x', r'(?a:(?u:x))', r'(?uL)x', rb'(?u)x', rb'(?a)x', rb'(?L)x', r'(?L)x', rb'(?aL)x']:
    try: re.compile(p); print(p, 'ok')
    except re.error as e: print(p, e.msg, e.pos)
    except ValueError as e: print(p, 'VE', e)
