# OSError from os calls names a path-like argument by its __fspath__() result.
import os
class P:
    def __init__(self, p): self.p = p
    def __fspath__(self): return self.p
for f, args in ((os.mkdir, (P('/tmp'),)), (os.rmdir, (P('/nonexistent_s9'),)), (os.rename, (P('/nonexistent_s9a'), P('/tmp/x_s9'))), (os.stat, (P('/nonexistent_s9'),))):
    try:
        f(*args)
    except OSError as e:
        print(f.__name__, e.errno, repr(e.filename), repr(e.filename2), e)
