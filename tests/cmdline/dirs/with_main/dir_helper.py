# Imported by __main__.py next to it: the directory is sys.path[0].
value = "helper imported from the directory"
