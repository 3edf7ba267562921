# sys.stdin, sys.stdout and sys.stderr exist and have stream methods
import sys
print(hasattr(sys.stdout, 'write'), hasattr(sys.stderr, 'write'), hasattr(sys.stdin, 'read'))
sys.stderr.write('to stderr (not compared)\n')
print('done')
