# struct sequence types name their module
try:
    import os, time, sys
    os.uname
except (ImportError, AttributeError):
    print('SKIP')
    raise SystemExit
print(type(os.stat('.')), type(time.gmtime()), type(sys.float_info), type(os.uname()), type(os.times()))
print(type(sys.int_info), type(sys.hash_info), type(sys.flags))
print(type(os.stat('.')).__module__, type(sys.flags).__module__, type(os.uname()).__module__)
