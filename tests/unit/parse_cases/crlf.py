# CRLF line endings.
if x:
    y = """a
b"""
    z = (1,
2)
else:
    pass
