import fat, sys
import pkg.shapes as s
print(sys.implementation.optim_tag, sys.get_code_transformers())
for f in (s.area, s.describe, s.total):
    print(f.__name__, [[type(g).__name__ for g in guards] for code, guards in fat.get_specialized(f)])
