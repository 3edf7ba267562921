# io.BufferedReader/BufferedWriter: a buffer size below 1 is refused by both,
# and a write after close() raises ValueError.
import io

for cls in io.BufferedReader, io.BufferedWriter:
    for n in 0, -1:
        try:
            cls(io.BytesIO(), n)
        except ValueError:
            print(cls.__name__, n, "ValueError")

raw = io.BytesIO()
bw = io.BufferedWriter(raw, 4)
print(bw.write(b"ab"), raw.getvalue())
print(bw.write(b"cdefg"))
bw.flush()
print(raw.getvalue())
bw.close()
print(raw.closed, bw.closed)
try:
    bw.write(b"x")
except ValueError:
    print("write after close: ValueError")

br = io.BufferedReader(io.BytesIO(b"ab\ncd"), 1)
print(br.readline(), br.read())
