# Exception classes defined by C modules print and report their module.
import binascii, zlib, struct, json, re

for t in (binascii.Error, binascii.Incomplete, zlib.error, struct.error,
          json.JSONDecodeError, re.error):
    print(t, t.__module__, t.__name__, t.__qualname__)

# 'error' is shared by several modules: each keeps its own module.
print(zlib.error is struct.error, repr(struct.error), repr(re.error))

try:
    binascii.unhexlify(b'a')
except binascii.Error as e:
    print(type(e), e)
try:
    zlib.error.nope
except AttributeError as e:
    print(e)


# A user class of the same name is unaffected.
class error(Exception):
    pass


print(error.__module__, error.__qualname__, repr(error('x')))
