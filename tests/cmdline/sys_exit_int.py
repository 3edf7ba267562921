# sys.exit(n): status n, nothing on stderr; finally clauses run on the way out.
import sys

try:
    sys.exit(3)
finally:
    print("cleanup ran")
