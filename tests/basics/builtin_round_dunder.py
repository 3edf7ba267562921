# round() delegates to __round__
class R:
    def __round__(self, n=None):
        return ('rounded', n)
print(round(R()), round(R(), 2), round(R(), None))
class NoRound:
    pass
try:
    round(NoRound())
except TypeError:
    print('TypeError')
