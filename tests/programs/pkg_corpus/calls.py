"""Functions whose globals live in this module; fat_cross_module patches them from outside."""
SCALE = 2


def measure(s):
    return len(s) * SCALE


def first_char_code(s):
    return ord(s[0])


def summary(items):
    return "%d items, max %s" % (len(items), max(items))
