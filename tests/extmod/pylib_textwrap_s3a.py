# textwrap (frozen pure-Python module, lib/textwrap.py): dedent, indent, wrap, fill, shorten.
import textwrap

print(repr(textwrap.dedent('''
    def f():
        return 1
      # odd
    ''')))
print(repr(textwrap.dedent('  a\n\tb\n')))
print(repr(textwrap.dedent('\t\ta\n\t  b\n   \n\t\tc')))
print(repr(textwrap.dedent('no indent\n  here')))
print(repr(textwrap.dedent('   \n  x\n    y\n')))
print(repr(textwrap.dedent('')))

print(repr(textwrap.indent('a\nb\n\n  \nc', '> ')))
print(repr(textwrap.indent('a\nb\n', '+', lambda line: True)))
print(repr(textwrap.indent('one\r\ntwo', '  ')))

text = ('The quick brown fox jumps over the lazy dog. Pack my box with five dozen '
        'liquor jugs! A well-known, state-of-the-art, fine-grained example of '
        'hyphenated-words and an extraordinarilylongwordthatcannotfitonasingleline.')
for width in (10, 20, 33, 70):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.wrap(text, 25, break_on_hyphens=False))
print(textwrap.wrap(text, 15, break_long_words=False))
print(textwrap.wrap('  leading spaces and\ttabs\there', 12))
print(textwrap.wrap('  leading spaces', 12, drop_whitespace=False))
print(textwrap.wrap('a\nb\nc d e', 3))
print(textwrap.wrap('a\tb', 20, expand_tabs=False, replace_whitespace=False))
print(textwrap.fill('item one item two item three', 12, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap('', 10), textwrap.wrap('   ', 10))
print(textwrap.wrap(text, 20, max_lines=3))
print(textwrap.wrap(text, 20, max_lines=2, placeholder='...'))
print(textwrap.shorten('Hello  world!', width=12))
print(textwrap.shorten('Hello  world!', width=11))
print(textwrap.shorten('Hello world', width=10, placeholder='...'))
print(textwrap.shorten(text, 40))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.shorten('abc def', 3)
except ValueError as e:
    print('ValueError', e)
w = textwrap.TextWrapper(width=16, subsequent_indent='    ')
print(w.wrap('Some words that keep going on and on for a while.'))
print(textwrap.wrap('mother-in-law x-ray e-mail re-do well--known', 8))
print(textwrap.wrap('abc-defghijklmnop', 8))

# Sentence endings, em-dashes, tabs, subclass hooks.
print(textwrap.wrap('Hello there. How are you? "Fine." ok', 12, fix_sentence_endings=True))
print(textwrap.fill('Dr. Who arrived. He said "hi!" then left.', 20, fix_sentence_endings=True))
print(textwrap.wrap('this--is an em--dash test, and--so on; x--1 --lead', 6))
print(textwrap.wrap('a-b-c-d-e-f ab-cd-ef-gh 12-34-56 --x-- -y-', 4))
print(textwrap.wrap('tab\there\tand\tthere', 10, tabsize=4))
print(textwrap.wrap('line1\nline2', 40, replace_whitespace=False))
print(textwrap.wrap('aaaaaaaaaaaaaaaaaaaa', 6, initial_indent='>>>', subsequent_indent='..'))
print(textwrap.wrap('x y z', 1, max_lines=2, placeholder='!'))
try:
    textwrap.wrap('x y z', 3, max_lines=1, placeholder='....')
except ValueError as e:
    print('ValueError', e)


class Upper(textwrap.TextWrapper):
    def _split(self, text):
        return [c.upper() for c in super()._split(text)]


print(Upper(width=9).wrap('some lower words here'))
w = textwrap.TextWrapper()
print(w.width, w.tabsize, w.placeholder, w.max_lines, w.break_on_hyphens)


# Many generated texts (a fixed linear congruential generator, so the
# input is the same under both interpreters).
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


pieces = ['a', 'bb', 'word', 'hyphen-ated', 'x-y', 'ab-cd-ef', 'long' * 4, '--', 'dash--dash',
          'end.', 'Q?', 'ok!"', '12-34', '-', 'a-', '-b', 'ab--', 'e.g.', "it's", '\t', ' ', '  ', '\n']
total = 0
for trial in range(60):
    words = [pieces[rnd(len(pieces))] for _ in range(rnd(25))]
    text = ''.join(w + (' ' if rnd(3) else '') for w in words)
    width = 1 + rnd(18)
    opts = {}
    if rnd(2):
        opts['break_on_hyphens'] = False
    if rnd(3) == 0:
        opts['break_long_words'] = False
    if rnd(3) == 0:
        opts['drop_whitespace'] = False
    if rnd(3) == 0:
        opts['max_lines'] = 1 + rnd(3)
        opts['placeholder'] = '~'
    if rnd(4) == 0:
        opts['fix_sentence_endings'] = True
    try:
        res = textwrap.wrap(text, width, **opts)
    except ValueError as e:
        res = 'ValueError'
    print(trial, width, sorted(opts), res)
    print(textwrap.TextWrapper(break_on_hyphens=bool(rnd(2)))._split(text))
print(repr(textwrap.dedent('  \t x\n  \t  y\n  \t\n')))
print(repr(textwrap.dedent('\ta\n    b')))
print(repr(textwrap.indent('x\n\n y\n', '--', None)))
