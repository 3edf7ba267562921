# The resource module: limits read and set back (RLIMIT_NOFILE raised as a
# server does, RLIMIT_CORE lowered), bad resources and limits, getrusage.
import resource
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
print(type(soft), soft <= hard or hard == -1)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(4096, hard) if hard != -1 else 4096, hard))
print(resource.getrlimit(resource.RLIMIT_NOFILE)[0])
# (The inherited core limit is not printed: the sanitizer runtimes change it
# at start-up, clang's to 1 on Linux and 0 elsewhere, gcc's to 0.)
core = resource.getrlimit(resource.RLIMIT_CORE)
print(type(core).__name__, len(core), core[0] <= core[1] or core[1] == -1)
resource.setrlimit(resource.RLIMIT_CORE, [0, 0])
print(resource.getrlimit(resource.RLIMIT_CORE))
for bad in (-1, 1000, 2**70, "x", None):
    try:
        resource.getrlimit(bad)
    except Exception as e:
        print(type(e).__name__, e if type(e) is not OverflowError else "")
for bad in [(1,), (1, 2, 3), 5, None, ("a", 1), (2**70, 2**70), (10, 5)]:
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, bad)
    except Exception as e:
        print(type(e).__name__, e if type(e) is not OverflowError else "")
try:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 10))
except Exception as e:
    print(type(e).__name__, e)
r = resource.getrusage(resource.RUSAGE_SELF)
print(type(r).__name__, len(r), type(r.ru_utime), type(r.ru_maxrss), r.ru_maxrss > 0, r[0] == r.ru_utime)
print(repr(r).startswith("resource.struct_rusage(ru_utime="))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_nvcsw >= 0)
try:
    resource.getrusage(12345)
except Exception as e:
    print(type(e).__name__, e)
print(resource.getpagesize() in (4096, 16384, 65536))
print(resource.error is OSError, resource.RLIM_INFINITY)
print(resource.RLIMIT_NOFILE, resource.RLIMIT_STACK, resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
print(sorted(n for n in dir(resource) if n.startswith("RLIMIT_")))
