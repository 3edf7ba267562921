# SystemExit propagates out of nested calls, but except Exception does not catch it
# exit-status: 5
import sys
def inner():
    sys.exit(4)
def outer():
    try:
        inner()
    except Exception:
        print('wrong: caught by except Exception')
    print('not reached')
try:
    outer()
except SystemExit as e:
    print('caught SystemExit', e.code)
raise SystemExit(5)
