"""Helper module imported by imports_modules.py."""
VALUE = 42
_private = "hidden"

def greet(name):
    return f"hello {name} from {__name__}"

class Thing:
    pass

print("helper module executed once")
