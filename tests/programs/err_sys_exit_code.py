# sys.exit with an integer status after output.
import sys
print("starting")
def work():
    for i in range(3):
        print("step", i)
    return 3
code = work()
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
try:
    raise SystemExit
except SystemExit as e:
    print("bare SystemExit code", e.code)
print("exiting with", code)
sys.exit(code)
print("never printed")
