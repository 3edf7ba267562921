# try/except inside loops, with continue and break in handlers
results = []
for v in ['1', 'x', '3', 'stop', '5']:
    try:
        if v == 'stop':
            raise StopIteration
        results.append(int(v))
    except ValueError:
        results.append('bad')
        continue
    except StopIteration:
        break
    results.append('ok')
print(results)
i = 0
while True:
    try:
        i += 1
        if i > 3:
            raise KeyError
    except KeyError:
        break
print(i)
