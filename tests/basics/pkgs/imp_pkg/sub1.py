from . import sub2
from .sub2 import y2

name1 = "sub1"


def combined():
    return name1 + "+" + sub2.name2 + "+" + str(y2)
