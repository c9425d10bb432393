class Oops(Exception):
    def __str__(self):
        return "custom message"
try:
    raise Oops()
except Oops as e:
    print("first", e)
raise Oops()
