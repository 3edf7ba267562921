# _thread.stack_size([size]) returns the old size and sets the new one; no
# argument means 0 (the default), as in CPython and MicroPython. Threads
# started with a small size (MicroPython's tests ask for 2 KiB) still run.
import sys, _thread
sz = 2 * 1024 if sys.implementation.name == "micropython" else 512 * 1024
def foo(): pass
def thread_entry():
    foo()
    with lock:
        global n_finished
        n_finished += 1
_thread.stack_size()
print(_thread.stack_size())
print(_thread.stack_size(sz))
print(_thread.stack_size() == sz)
print(_thread.stack_size())
lock = _thread.allocate_lock()
n_thread = 2
n_finished = 0
_thread.stack_size(sz)
for i in range(n_thread):
    _thread.start_new_thread(thread_entry, ())
_thread.stack_size()
while n_finished < n_thread:
    pass
print("done")
