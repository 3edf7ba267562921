# printf-style formatting skips one C length modifier (h, l, L) before the
# conversion; a second one is an unsupported conversion, as in CPython.
for f in ('%ld', '%hd', '%Ld', '%5ld|', '%.2ld', '%lx', '%lld', '%hhd', '%lhd', '%l5d', '%l', '%Lf'):
    for fmt in (f, f.encode()):
        try:
            print(repr(fmt % 5))
        except ValueError as e:
            print('ValueError', e)
