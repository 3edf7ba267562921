# case mapping and classification across the Latin/Greek/Cyrillic/Armenian blocks
samples = 'ªºıĸŉſƀƁƒǄǅǆǈȀȡȺɐʰˆͅͰͷΆΈΐάέΰϏϐϕϰϴϷЀѠҊӀӁӏԀԱաև'
for c in samples:
    print(hex(ord(c)), c.upper(), c.lower(), c.isalpha(), c.isupper(), c.islower(), c.istitle())
print('Ωμέγα'.upper(), 'ΆΈΉ'.lower(), 'Ωμέγα'.title(), 'ǉubljana'.title(), 'Ṡ'.lower(), 'ẞ'.lower())
