# bytes %-formatting (PEP 461)
print(b'%d %i %x %o' % (10, -3, 255, 8), b'%5d|%-5d|' % (1, 2), b'%c%c' % (65, b'B'), b'%%')
print(b'%s' % b'bytes', b'%s' % bytearray(b'ba'), b'%a' % 'é', b'%b' % b'x')
try: b'%r' % b'x'
except ValueError as e: print('ValueError', e)
print(b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2}, b'%.2f' % 1.005, b'%e' % 1.0, b'%5.1f|' % 2.25)
for bad in ((b'%d', b'x'), (b'%c', 300), (b'%s %s', (b'a',)), (b'%y', 1)):
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError) as e:
        print(bad[0], type(e).__name__)
print(bytearray(b'%d') % 5, type(bytearray(b'%d') % 5).__name__)
