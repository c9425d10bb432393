try:
    [].pop()
except IndexError:
    {}["key"]
