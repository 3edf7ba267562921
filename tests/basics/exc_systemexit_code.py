# SystemExit.code
for args in ((), (0,), (3,), ('message',), (None,), (1, 2)):
    e = SystemExit(*args)
    print(args, e.code, e.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print('caught', e.code)
import sys
try:
    sys.exit(9)
except SystemExit as e:
    print('sys.exit raised SystemExit', e.code)
try:
    sys.exit()
except SystemExit as e:
    print('no arg', e.code)
