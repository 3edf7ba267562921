from .. import sub2
from ..sub1 import name1

deep_value = "deep:" + sub2.name2 + ":" + name1
