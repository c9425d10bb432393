# An uncaught ExceptionGroup.
def validate(items):
    errors = []
    for i, v in enumerate(items):
        if not isinstance(v, int):
            errors.append(TypeError("item %d is not an int" % i))
        elif v < 0:
            errors.append(ValueError("item %d is negative" % i))
    if errors:
        raise ExceptionGroup("validation failed", errors)
    return sum(items)
print(validate([1, 2, 3]))
try:
    validate([1, "x", -2])
except* TypeError as g:
    print("type errors:", [str(e) for e in g.exceptions])
except* ValueError as g:
    print("value errors:", [str(e) for e in g.exceptions])
validate([-1, -2, "z"])
