def level3(x):
    return {"a": 1}[x]

def level2(x):
    return level3(x)

def level1():
    print("about to fail")
    level2("missing")

level1()
