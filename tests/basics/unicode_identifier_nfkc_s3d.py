# Identifiers are NFKC-normalised (PEP 3131): micro sign and mu, the
# mathematical alphanumerics and ligatures name the same variables.
class T:
    ä = 1
    µ = 2 # this is a compatibility character
    蟒 = 3
    x󠄀 = 4
print(getattr(T, "\xe4"), getattr(T, "\u03bc"), getattr(T, '\u87d2'), getattr(T, 'x\U000E0100'))
𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 5
print(Unicode, 'Unicode' in dir())
ﬁle = 1
print(file)
