# sys.exit(n) exits with status n after flushing output; finally blocks run
# exit-status: 3
import sys
print('before exit')
try:
    sys.exit(3)
finally:
    print('finally runs')
print('not reached')
