import types

ns = types.SimpleNamespace(name='box', size=3)
ns.color = 'red'
print(ns, ns.name, vars(ns))
print(ns == types.SimpleNamespace(name='box', size=3, color='red'), types.SimpleNamespace())
del ns.size
print(ns)


class Config(types.SimpleNamespace):
    pass


print(Config(debug=True))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print('TypeError:', e)


def plain():
    pass


def gen():
    yield 1


class K:
    def method(self):
        pass


print(isinstance(plain, types.FunctionType), isinstance(lambda: 0, types.LambdaType))
print(isinstance(K().method, types.MethodType), isinstance(K.method, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(gen(), types.GeneratorType))
print(isinstance(types, types.ModuleType), types.NoneType is type(None))
print(types.FunctionType.__name__, types.ModuleType.__name__, types.GeneratorType.__name__)
Dyn = types.new_class('Dyn', (K,), {}, lambda body: body.update(answer=42))
print(Dyn.__name__, Dyn.answer, issubclass(Dyn, K))
