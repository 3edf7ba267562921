# errors='surrogateescape' on decode escapes the leading bytes >= 0x80 of a
# bad range (at most 4) and resumes after them, as CPython's handler does; it
# fails only when the bad range starts with an ASCII byte (then the error
# names the range found at that point).
cases = [
    (b'\xe0\x80\x80\x00\x00\x00\xd8', 'utf-32-be'),
    (b'\xd8\x27\xb8\xfd\x49', 'utf-32'),
    (b'\xa7(\x12', 'utf-32-le'),
    (b'\xc0\x80\x00\xd8', 'utf-32-le'),
    (b'\xff\xfe\xc0\x80\xfe\xff\x00\xd8', 'utf-32-be'),
    (b'\x80\x80\x00\x00\x41\x00\x00\x00', 'utf-32-le'),
    (b'\x00\xd8\x41\x00', 'utf-16-le'),
    (b'\x00\xdc\x80\x00', 'utf-16-le'),
    (b'\xd8\x00\xdc', 'utf-16-be'),
    (b'a\x80b\xffc', 'utf-8'),
    (b'\xf0\x9f\x98x', 'utf-8'),
    (b'\xed\xa0\x80', 'utf-8'),
    (b'\xe9\x00', 'ascii'),
]
for b, enc in cases:
    try:
        s = b.decode(enc, 'surrogateescape')
        print(enc, ascii(s))
    except UnicodeDecodeError as e:
        print(enc, 'UnicodeDecodeError', e.start, e.end, e.reason)
