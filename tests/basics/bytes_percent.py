# bytes % formatting with bytes arguments
print(b'%s and %s' % (b'this', b'that'), b'%d-%x' % (10, 255), b'%5d|' % 3, b'%%' % ())
print(b'%c' % 65, b'%.2f' % 1.5, b'%s' % bytearray(b'ba'))
