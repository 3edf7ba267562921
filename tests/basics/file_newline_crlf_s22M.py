# open(..., newline='\r\n' or '\r'): writes translate '\n' (as CPython), and
# reads split lines at that newline. The default (newline=None) is not
# translated here, as in MicroPython, so this test only uses explicit values.
import os

NAME = "/tmp/file_newline_s22M_%d" % os.getpid()
try:
    for nl in "\r\n", "\r", "\n", "":
        with open(NAME, "w", newline=nl) as f:
            print(repr(nl), f.write("a\nb\n\nc"))
        with open(NAME, "rb") as f:
            print(f.read())
        with open(NAME, newline=nl) as f:
            print(f.readlines())
        with open(NAME, "a", newline=nl) as f:
            f.write("\nz")
        with open(NAME, "rb") as f:
            print(f.read())
    with open(NAME, "w", newline="\r\n") as f:
        print(f.mode, f.closed)
    print(f.closed)
finally:
    os.remove(NAME)
