# http.cookies: an integer max-age is written with %d (True becomes 1) while
# other integer attributes keep their str(); expires ints are dates.
from http.cookies import SimpleCookie

c = SimpleCookie()
c['a'] = 'v'
c['a']['max-age'] = True
c['a']['path'] = 10
c['b'] = 'w'
c['b']['max-age'] = 3600
c['b']['secure'] = True
c['b']['version'] = False
print(c.output())
print(c['a'].OutputString())
