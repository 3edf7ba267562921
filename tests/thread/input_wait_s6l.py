# input() and sys.stdin reads let other threads run while they wait: here the
# thread that provides the input writes it only after the read has begun.
import _thread, os, sys, time

r, w = os.pipe()
saved = os.dup(0)
os.dup2(r, 0)
os.close(r)

ticks = []
def writer():
    for i in range(5):
        ticks.append(i)
        time.sleep(0.01)
    os.write(w, b'hello\nworld\n')

_thread.start_new_thread(writer, ())
line = input()
print('input:', line, 'ticks meanwhile:', len(ticks))
print('readline:', sys.stdin.readline().strip())
os.close(w)
os.dup2(saved, 0)
os.close(saved)
