# io.BufferedWriter: a buffer size below 1 is refused (it used to loop
# forever on the first write), and what is written arrives whole after flush.
import io

for bs in (0, -1, -8192):
    try:
        io.BufferedWriter(io.BytesIO(), bs)
        print(bs, "accepted")
    except ValueError:
        print(bs, "ValueError")

for bs in (1, 3, 4, 100):
    raw = io.BytesIO()
    bw = io.BufferedWriter(raw, bs)
    n = 0
    for i in range(8):
        n += bw.write(b"ab" * i)
    bw.write(b"")
    bw.flush()
    print(bs, n, len(raw.getvalue()), raw.getvalue()[:12])

raw = io.BytesIO()
bw = io.BufferedWriter(raw, 2)
bw.write(b"xyz")
bw.close()
print(bw.closed, raw.closed)
