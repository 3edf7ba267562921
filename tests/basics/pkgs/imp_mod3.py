# helper module: star import without __all__
a3 = 3
b3 = "b3"
_hidden3 = "hidden"
