import keyword

print(len(keyword.kwlist), keyword.kwlist[:5])
print(keyword.softkwlist)
for word in ['if', 'else', 'match', 'case', 'print', 'None', 'none', '_', 'async', 'type']:
    print(word, keyword.iskeyword(word), keyword.issoftkeyword(word))
print(sorted(keyword.__all__))
