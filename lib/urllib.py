# urllib: a namespace for urllib.parse (lib/urllib/parse.py). Frozen modules
# cannot be packages here, so the submodule is bound on first import of
# urllib.parse by the import system; urllib.request/urllib.error are not
# provided.
