# Submodules a built-in module carries as attributes (json.decoder) import by
# name; a dotted import under a module that is not a package says so.
from json.decoder import JSONDecodeError
import json.encoder
import json.decoder as d
print(JSONDecodeError.__name__, d.JSONDecodeError is JSONDecodeError, json.encoder.JSONEncoder.__name__)
import sys
print('json.decoder' in sys.modules)
try:
    import os.nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    import math.pi
except ImportError as e:
    print(type(e).__name__, e)
