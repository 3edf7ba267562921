# OSError from open() carries the file name: str(e), e.filename, e.args.
for p, mode in (("/nonexistent/file", "r"), ("/nonexistent/dir/out", "w"), ("/", "r"),
                (b"/nonexistent/bytes", "rb")):
    try:
        open(p, mode)
    except OSError as e:
        print(type(e).__name__, str(e), e.errno, repr(e.filename), e.args, e.strerror)
try:
    open("/nonexistent/file")
except FileNotFoundError as e:
    print(repr(e))
