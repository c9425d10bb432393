using System.Text;
using FatSharp.Ast;
using FatSharp.Ast.Parsing;
using FatSharp.Optimizer.Scopes;

namespace FatSharp.Tests.Optimizer;

public sealed class ScopeAnalysisTests
{
    private static (ModuleScopes Scopes, Module Tree) Analyze(string source)
    {
        var tree = (Module)PythonParser.Parse(Encoding.UTF8.GetBytes(source), "m.py");
        return (ModuleScopes.Analyze(tree), tree);
    }

    private static ScopeInfo Function(ModuleScopes scopes, Module tree, string name) =>
        scopes.Of(tree.Body.OfType<FunctionDef>().Single(f => f.Name == name))!;

    [Fact]
    public void Locals_parameters_and_binding_counts()
    {
        var (scopes, tree) = Analyze("def f(a, *b, c, **d):\n    x = 1\n    x += 2\n    for i in a: pass\n    import os.path\n    return x\n");
        var f = Function(scopes, tree, "f");
        Assert.Equal(["a", "b", "c", "d"], f.Parameters.Order());
        Assert.Equal(2, f.BindingCount("x"));
        Assert.True(f.IsLocal("i"));
        Assert.True(f.IsLocal("os"));
        Assert.False(f.IsLocal("len"));
        Assert.Equal(1, f.FunctionDepth);
    }

    [Fact]
    public void Global_and_nonlocal_declarations()
    {
        var (scopes, tree) = Analyze("def f():\n    global g\n    g = 1\n    y = 0\n    def h():\n        nonlocal y\n        y = 2\n");
        var f = Function(scopes, tree, "f");
        Assert.Contains("g", f.DeclaredGlobal);
        Assert.False(f.IsLocal("g"));
        Assert.Contains("g", scopes.ModuleNames);
        Assert.Contains("y", f.NonlocalInNested);
        Assert.Equal(2, f.Children.Single().FunctionDepth);
    }

    [Fact]
    public void Dynamic_namespace_uses()
    {
        var (scopes, tree) = Analyze("def a():\n    return locals()\ndef b():\n    exec('x')\ndef c():\n    return super().m()\ndef d():\n    return vars(x)\n");
        Assert.True(Function(scopes, tree, "a").UsesLocals);
        Assert.True(Function(scopes, tree, "b").UsesExecOrEval);
        Assert.True(Function(scopes, tree, "c").UsesSuperWithoutArgs);
        Assert.False(Function(scopes, tree, "d").UsesLocals);
    }

    [Fact]
    public void Comprehension_targets_are_nested_but_walrus_binds_the_function()
    {
        var (scopes, tree) = Analyze("def f(xs):\n    return [(n := x) for x in xs]\n");
        var f = Function(scopes, tree, "f");
        Assert.False(f.IsLocal("x"));
        Assert.Contains("x", f.BoundInNested);
        Assert.True(f.IsLocal("n"));
    }

    [Fact]
    public void Builtin_resolution()
    {
        var (scopes, tree) = Analyze("from m import chr\ndef f(len):\n    return len, chr, abs, [str for str in ()]\n");
        var f = Function(scopes, tree, "f");
        Assert.False(scopes.IsBuiltin("len", f));
        Assert.False(scopes.IsBuiltin("chr", f));
        Assert.False(scopes.IsBuiltin("str", f));
        Assert.True(scopes.IsBuiltin("abs", f));
        var (star, starTree) = Analyze("from os import *\ndef f():\n    return abs\n");
        Assert.False(star.IsBuiltin("abs", Function(star, starTree, "f")));
    }

    [Fact]
    public void Generators_are_detected_but_not_through_lambdas()
    {
        var (scopes, tree) = Analyze("def g():\n    yield 1\ndef h():\n    return lambda: (yield)\n");
        Assert.True(Function(scopes, tree, "g").IsGenerator);
        Assert.False(Function(scopes, tree, "h").IsGenerator);
    }
}
