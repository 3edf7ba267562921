# sys.exit() with no argument exits with status 0
import sys
print('exiting')
sys.exit()
print('not reached')
