# urllib: a namespace for its submodules lib/urllib/parse.py, request.py and
# error.py. Frozen modules cannot be packages here, so a submodule is bound
# on first import of urllib.<name> by the import system.
