# := in while conditions
items = [3, 2, 1, 0, 5]
it = iter(items)
while (v := next(it)) != 0:
    print('got', v)
print('stopped at', v)
buf = list('abcdefg')
chunks = []
while chunk := buf[:3]:
    chunks.append(''.join(chunk))
    del buf[:3]
print(chunks)
