# A write to a pipe larger than the pipe holds, made in one thread while
# another reads the pipe: the writer must let the reader run (it held the
# GIL for the whole write, a deadlock).
import os
import _thread
import time

N = 1 << 20


def reader(r):
    got = 0
    while got < N:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        got += len(chunk)
    return got


def run(kind):
    r, w = os.pipe()
    done = []
    f = open(w, "wb", buffering=0) if kind == "file" else None

    def writer():
        try:
            if f is not None:
                n = 0
                while n < N:
                    n += f.write(memoryview(b"x" * N)[n:])
                done.append(n)
            else:
                n = 0
                data = b"y" * N
                while n < N:
                    n += os.write(w, data[n:])
                done.append(n)
        except Exception as e:
            done.append(type(e).__name__)

    _thread.start_new_thread(writer, ())
    got = reader(r)
    for _ in range(500):
        if done:
            break
        time.sleep(0.01)
    print(kind, got, done)
    if f is not None:
        f.close()
    else:
        os.close(w)
    os.close(r)


run("file")
run("os")
