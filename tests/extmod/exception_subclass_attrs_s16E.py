# The exception types the C modules define (struct.error, zlib.error,
# binascii.Error, binascii.Incomplete) share the attributes of every
# built-in exception.
import binascii
import struct
import zlib

for t in (struct.error, zlib.error, binascii.Error, binascii.Incomplete):
    e = t("msg", 2)
    print(t.__name__, e.args, str(e), e.__traceback__, e.__cause__)
    e.extra = 5
    print(e.extra, isinstance(e, Exception))
    try:
        e.nothing
    except AttributeError:
        print("AttributeError")
    try:
        raise t("raised")
    except Exception as x:
        print(type(x).__name__, x.args)
print(issubclass(binascii.Error, ValueError))
