# bytes has no format method (CPython); code probes for it with hasattr.
print(hasattr(b"", "format"), hasattr(bytearray(), "format"), hasattr("", "format"))
print("format" in dir(b""), "format" in dir(bytes), "format_map" in dir(b""))
try:
    b"{}".format(1)
except AttributeError as e:
    print("AttributeError", e)
print(b"%d-%s" % (1, b"x"))
