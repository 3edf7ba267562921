# deflate.DeflateIO (MicroPython-only module: .exp file) on bad input: the
# stream read fails with OSError(EINVAL), as MicroPython's does, not with
# the zlib module's error; after close() it is OSError(EBADF).
try:
    import deflate, io, errno
except ImportError:
    print("SKIP")
    raise SystemExit

GOOD_ZLIB = b"x\x9cKLJ\x06\x00\x02M\x01'"  # zlib.compress(b"abc")
GOOD_GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03KLJ\x06\x00\xc2A$5\x03\x00\x00\x00"


def read(data, *args):
    try:
        print(deflate.DeflateIO(io.BytesIO(data), *args).read())
    except OSError as e:
        print("OSError", e.errno == errno.EINVAL, e.errno == errno.EBADF)
    except Exception as e:
        print(type(e).__name__)


read(GOOD_ZLIB)
read(GOOD_ZLIB, deflate.ZLIB)
read(GOOD_GZIP)
read(GOOD_GZIP, deflate.GZIP)
read(GOOD_ZLIB, deflate.GZIP)  # wrong container
read(GOOD_GZIP, deflate.ZLIB)
read(b"\x00\x01", deflate.ZLIB)  # bad header
read(b"x\x9c\xff\xff\xff", deflate.ZLIB)  # bad block type
read(b"garbage data here")
read(b"\x07\x00", deflate.RAW)
read(b"", deflate.RAW)
read(b"\x03\x00", deflate.RAW)  # an empty final block
# readinto and readline fail the same way
d = deflate.DeflateIO(io.BytesIO(b"\x00\x01"), deflate.ZLIB)
try:
    d.readinto(bytearray(4))
except OSError as e:
    print("readinto OSError", e.errno == errno.EINVAL)
# read after close
d = deflate.DeflateIO(io.BytesIO(GOOD_ZLIB))
d.close()
read_closed = d.read
try:
    read_closed()
except OSError as e:
    print("closed OSError", e.errno == errno.EBADF)
# bad format / wbits
for args in ((7,), (-1,), (deflate.RAW, 4), (deflate.RAW, 16)):
    try:
        deflate.DeflateIO(io.BytesIO(), *args)
        print("no error")
    except ValueError:
        print("ValueError")
