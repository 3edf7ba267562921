# binascii uu codec and Incomplete (s3 conformance sweep)
import binascii
print(issubclass(binascii.Incomplete, Exception), issubclass(binascii.Error, ValueError))
data = bytes(range(256)) * 2
for bt in (False, True):
    lines = [binascii.b2a_uu(data[i:i + 45], backtick=bt) for i in range(0, len(data), 45)]
    print(lines[0], lines[-1])
    print(b''.join(binascii.a2b_uu(l) for l in lines) == data)
print(binascii.a2b_uu(b"\x7f") == b"\x00" * 31, binascii.a2b_uu(b"\x80") == b"\x00" * 32)
print(binascii.a2b_uu(b"\xff") == b"\x00" * 31)
for f in [lambda: binascii.a2b_uu(b"\xff\x00"), lambda: binascii.a2b_uu(b"!!!!"),
          lambda: binascii.b2a_uu(46 * b"!"), lambda: binascii.b2a_uu(b"", True),
          lambda: binascii.a2b_uu('\xe9'), lambda: binascii.b2a_uu('x')]:
    try: print(f())
    except TypeError: print("TypeError")
    except ValueError as e: print(type(e).__name__, e)
print(binascii.b2a_uu(b'x'), binascii.b2a_uu(b''), binascii.b2a_uu(b'', backtick=True))
print(binascii.a2b_uu(b' \n'), binascii.a2b_uu(b'`\n'), binascii.a2b_uu(' \n'), binascii.a2b_uu(b'') == bytes(32))
print(binascii.b2a_uu(b'\x00Cat'), binascii.b2a_uu(b'\x00Cat', backtick=True))
print(binascii.a2b_uu(b'$`$-A=```\n'), binascii.a2b_uu(b'$ $-A=   \n'), binascii.a2b_uu(b'$ $-A'))
print(binascii.a2b_uu(bytearray(b'!>   \n')), binascii.b2a_uu(memoryview(b'hello')))
