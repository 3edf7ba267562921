# textwrap: when an indent at least as wide as the width leaves no room and a
# word has been cut to its end, the wrapper goes on with the next piece.
# Compared with a .exp file because CPython 3.11 loops for ever on these
# inputs (its wrapper keeps retrying the empty end of the cut word).
import textwrap

print(textwrap.wrap('\t', 2, expand_tabs=False, initial_indent='   '))
print(textwrap.wrap('abc de', 2, subsequent_indent='    ', drop_whitespace=False))
