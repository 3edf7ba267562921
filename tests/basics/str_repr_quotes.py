# repr of strings with quotes and escapes
for s in ("'", '"', '\'"', 'a\'b"c', '\\', '\n\r\t', '\x00\x1f\x7f\x80\x9f', 'ÿ', '\u0100', '\ud800',
          '\u2028', '\ufeff', '\U000e0001', '\U0001F9E1', 'tab\there'):
    print(repr(s), ascii(s), len(repr(s)))
print(repr(b"'"), repr(b'"'), repr(b'\'"'), repr(b'\x00\x7f\x80\xff\n\t\\'))
print(repr(bytearray(b"'\"")), str(b'x'), str(bytearray(b'y')))
