# A charmap codec (cp437, iso8859-15) hands errors='surrogateescape' the whole
# run of characters it cannot take: if one of them is not an escapable
# surrogate (U+DC80..U+DCFF) the error covers the run from its start, the
# surrogates before included. ASCII and Latin-1 escape the leading
# surrogates first and report from the first character that is not one.
cases = [
    ('\udcff\U0010ffff\uffff\n', 'iso8859-15'),
    ('\n\udc80\u20ac\U0010ffff', 'cp437'),
    ('\xff\udc80\U0010ffff', 'cp437'),
    ('\udc80\uffff\xe9', 'cp437'),
    ('a\udc80\udcffb', 'cp437'),
    ('a\udc80\udcff\u20ac', 'iso8859-15'),
    ('\udc80\udc41', 'cp437'),
    ('\udc80\u20ac\udc81', 'ascii'),
    ('\udc80\u0100x', 'latin-1'),
]
for s, enc in cases:
    try:
        print(enc, s.encode(enc, 'surrogateescape'))
    except UnicodeEncodeError as e:
        print(enc, 'UnicodeEncodeError', e.start, e.end, e.reason)
