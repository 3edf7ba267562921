# Many threads writing lines to one text file (a pipe) at once: every line
# comes out whole, none is lost.
import os, threading

r, w = os.pipe()
out = open(w, 'w')

def writer(i):
    for j in range(40):
        out.write('thread %02d line %02d\n' % (i, j))
        if j % 10 == 0:
            out.flush()

ts = [threading.Thread(target=writer, args=(i,)) for i in range(16)]
for t in ts:
    t.start()
for t in ts:
    t.join()
out.close()
with open(r) as f:
    lines = f.read().split('\n')
print(lines.pop() == '', len(lines))
print(sorted(lines) == ['thread %02d line %02d' % (i, j) for i in range(16) for j in range(40)])
