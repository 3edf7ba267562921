# memoryview.cast('@B') keeps the '@' in .format (CPython keeps the format
# string as given); views made from such a view keep it, a new cast resets it.
m = memoryview(bytearray(b'abcd'))
for f in ['B', '@B', '@H', 'H', 'c', '@c']:
    v = m.cast(f)
    print(f, v.format, v.itemsize, v.nbytes, v.tolist())
a = m.cast('@B')
print(a[1:].format, memoryview(a).format, a.cast('H').format, a.toreadonly().format)
for bad in ['@@', '@', '@BB', '=B', '<B']:
    try:
        m.cast(bad)
    except ValueError:
        print(bad, 'ValueError')
