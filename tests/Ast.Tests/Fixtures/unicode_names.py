# Identifiers outside ASCII: column offsets count UTF-8 bytes.
café = 1
naïve_ünïcode = café + 1
π = 3.14159
日本 = 'にほん'
𝔘𝔫𝔦 = 'math letters'
ﬁle = 'NFKC folds the ligature'
Ω = 'ohm sign folds to omega'

def größe(länge: int, *, breite=π) -> 'fläche':
    return länge * breite

class Ärger:
    ä = 'ä'
s = f'{café}→{日本!r}'
print(café, 日本, 𝔘𝔫𝔦, größe(2), Ärger.ä, 'ü' 'é')
x = {'ключ': 'значение', 'κλειδί': 'τιμή'}
