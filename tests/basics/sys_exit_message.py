# sys.exit('message') prints the message to stderr and exits with status 1
# exit-status: 1
import sys
print('stdout line')
sys.exit('goodbye on stderr')
