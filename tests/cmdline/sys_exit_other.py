# sys.exit with an object that is neither int nor str prints it on stderr
# (str() of it) and exits with status 1.
import sys

sys.exit([1, "two"])
