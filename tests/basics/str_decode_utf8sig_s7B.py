# utf-8-sig: decode errors after a BOM report positions in the bytes after it
for b in [b'\xef\xbb\xbf{"k\xc3', b"\xef\xbb\xbfab\xffcd", b"ab\xff", b"\xef\xbb\xbf\x80", b"\xef\xbb"]:
    try:
        print(b.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        print(e, e.object, e.start, e.end, e.encoding)
print(b"\xef\xbb\xbfok".decode("utf-8-sig"), b"\xef\xbb\xbfa\xffb".decode("utf-8-sig", "replace"))
