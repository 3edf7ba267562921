# Allocate until MemoryError. MUST NOT run under CPython: CPython would grow
# until the machine runs out of RAM (up to the 2 GB cap below), so this test
# has a hand-written .exp file and is skipped by run-tests.py --target-python.
# timeout: 60
chunks = []
try:
    for i in range(2048):
        chunks.append(bytearray(1024 * 1024))
    print('no MemoryError within 2 GB')
except MemoryError:
    chunks = None
    print('MemoryError caught')
chunks = None
print('recovered', len([1, 2, 3]))
