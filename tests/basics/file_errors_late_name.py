# A text file keeps the names given to reconfigure() (encoding spelling and
# error handler) whole, even when they are interned after many other names:
# they were once kept in 16 bits, and the 65,536th name on read back as another.
import os
import sys

keep = [sys.intern("file_errors_late_name_%d" % i) for i in range(70000)]
name = "file_errors_late_name.tmp"
try:
    with open(name, "w") as f:
        f.reconfigure(errors="late_handler_%d" % len(keep))
        print(f.errors)
        f.reconfigure(encoding="utf-8", errors="strict")
        print(f.encoding, f.errors)
        f.reconfigure(errors="late_handler_b_%d" % len(keep))
        print(f.errors, f.encoding)
finally:
    os.remove(name)
