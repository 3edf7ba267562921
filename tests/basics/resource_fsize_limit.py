# Writing past RLIMIT_FSIZE raises OSError(EFBIG) instead of the process
# being killed by SIGXFSZ (ignored at start-up, as CPython does).
import errno, os, resource, signal, tempfile

print(signal.getsignal(signal.SIGXFSZ) == signal.SIG_IGN)
soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
path = tempfile.mktemp()
try:
    resource.setrlimit(resource.RLIMIT_FSIZE, (1024, hard))
    try:
        with open(path, 'wb', buffering=0) as f:
            f.write(b'x' * 1000)
            try:
                f.write(b'y' * 1000)
                f.write(b'z' * 1000)
                print('no error')
            except OSError as e:
                print('OSError', e.errno == errno.EFBIG)
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    print(os.path.getsize(path))
finally:
    os.remove(path)
