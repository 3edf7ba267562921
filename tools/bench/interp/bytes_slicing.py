# Bytes slicing with int.from_bytes.
def run():
    data = bytes(range(256)) * 64
    total = 0
    for rep in range(40):
        for i in range(0, len(data) - 4, 4):
            total += int.from_bytes(data[i:i + 4], 'big')
    return total

print(run())
