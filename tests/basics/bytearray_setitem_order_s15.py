# bytearray item assignment checks the value before the bounds, as CPython
ba = bytearray()
for v in (256, -1, 'x', 3):
    try:
        ba[0] = v
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'ab')
for idx, v in ((1, 300), (5, 300), (5, 7), ('k', 300), (-3, 1), (True, 65)):
    try:
        ba[idx] = v
        print(ba)
    except Exception as e:
        print(type(e).__name__, e)
