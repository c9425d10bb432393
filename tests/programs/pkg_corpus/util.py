LOG = []
LOG.append("util imported as " + __name__)
public_value = 10
_underscore_value = 20


def double(x):
    return x * 2


def helper():
    return "helper from " + __name__
