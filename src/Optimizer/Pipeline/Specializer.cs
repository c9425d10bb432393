using FatSharp.Ast;
using FatSharp.Optimizer.Scopes;
using Attribute = FatSharp.Ast.Attribute;
using List = FatSharp.Ast.List;

namespace FatSharp.Optimizer;

/// <summary>
/// Emits the specialized version of a function when the passes that ran on its copy requested guards, in the shape
/// fatoptimizer emits (fat-peps.md 5.1), in the body that defines the function:
/// <code>
/// def func(x): ...                   # the original, with the in-place optimizations only
/// _ast_optimized = func
/// def func(x): ...                   # the specialized body
/// __fat__.specialize(_ast_optimized, func.__code__, [__fat__.GuardBuiltins('len')])
/// func = _ast_optimized
/// del _ast_optimized
/// </code>
/// or, when builtins were copied to constants, the specialize call in the else branch of
/// <code>
/// try:
///     func.__code__ = __fat__.replace_consts(func.__code__, {'LOAD_GLOBAL len': len})
/// except NameError:
///     pass
/// else:
///     __fat__.specialize(_ast_optimized, func.__code__, [__fat__.GuardBuiltins('len')])
/// func = _ast_optimized
/// del _ast_optimized
/// </code>
/// Guards are merged and sorted: one GuardBuiltins for all builtins, one GuardGlobals for all globals, then one
/// GuardFunc per inlined function. The specialized def has no decorators, return annotation, parameter
/// annotations or defaults: only its code is used, and evaluating them again could have side effects.
/// </summary>
public static class Specializer
{
    public const string FatModuleAlias = "__fat__";

    private const string Pass = nameof(Specializer);

    /// <summary>Why <paramref name="def"/> is optimized in place only, or null if it may be specialized.</summary>
    public static string? RefusalReason(Stmt def, ScopeInfo? scope)
    {
        var decorators = def switch
        {
            FunctionDef f => f.DecoratorList,
            AsyncFunctionDef f => f.DecoratorList,
            _ => null,
        };
        if (decorators == null) return "not a function";
        if (decorators.Count != 0) return "decorated functions are optimized in place only";
        if (scope == null) return "no scope information";
        if (scope.FunctionDepth > 1) return "nested functions are optimized in place only";
        if (scope.DynamicNamespaceReason is { } why) return why;
        if (scope.UsesSuperWithoutArgs) return "it uses super() without arguments or __class__";
        // Guards are checked when the function is called; a generator or coroutine body goes on running at each
        // resumption, after a builtin or global may have changed, so a guarded copy could print something else.
        if (scope.IsGenerator) return "generators resume after the guards were checked at the call";
        if (def is AsyncFunctionDef) return "coroutines resume after the guards were checked at the call";
        return null;
    }

    /// <summary>
    /// Runs <paramref name="passes"/> on a copy of <paramref name="def"/> and returns the statements that replace the
    /// def in <paramref name="enclosing"/>'s body, or null when nothing needed a guard.
    /// </summary>
    public static List<Stmt>? Specialize(
        Stmt def,
        ScopeInfo scope,
        ScopeInfo enclosing,
        IReadOnlyList<IOptimizationPass> passes,
        Func<ScopeInfo, GuardRequests, PassContext> contextFor)
    {
        var guards = new GuardRequests();
        var context = contextFor(scope, guards);
        if (RefusalReason(def, scope) is { } refusal)
        {
            context.Log(Pass, def, $"function {scope.Name} not specialized: {refusal}");
            return null;
        }
        // Every guard comes from a call by name (a builtin, range(), a function to inline): a function whose calls
        // no pass could use is left without copying it and running the passes on the copy.
        // The scope analysis collected the names (the in-place passes only remove calls, or copy them).
        var called = scope.CalledNames;
        var requesting = new List<IOptimizationPass>();
        foreach (var pass in passes)
            if (pass.MayRequestGuards(def, called, context)) requesting.Add(pass);
        if (requesting.Count == 0) return null;
        // When only passes that enable nothing else may request guards (copied builtins), only they run on the copy:
        // the guard-free passes already ran on the function in place, and a second round would at most repeat them.
        if (requesting.TrueForAll(p => !p.EnablesOtherPasses)) passes = requesting;
        var copy = (Stmt)NodeCopier.Copy(def);
        var body = copy switch
        {
            FunctionDef f => f.Body,
            AsyncFunctionDef f => f.Body,
            _ => throw new InvalidOperationException("not a function"),
        };
        foreach (var pass in passes) body = pass.Run(body, context);
        if (guards.IsEmpty) return null;
        var name = scope.Name;
        Arguments args;
        switch (copy)
        {
            case FunctionDef f:
                f.Body = body;
                f.DecoratorList = [];
                f.Returns = null;
                args = f.Args;
                break;
            case AsyncFunctionDef f:
                f.Body = body;
                f.DecoratorList = [];
                f.Returns = null;
                args = f.Args;
                break;
            default:
                throw new InvalidOperationException("not a function");
        }
        StripArgumentValues(args);

        var at = (LocatedNode)def;
        var temp = "_ast_optimized";
        for (var n = 2; enclosing.Bindings.ContainsKey(temp) || enclosing.Loads.Contains(temp); n++) temp = "_ast_optimized" + n;

        var result = new List<Stmt>
        {
            def,
            Located(new Assign([Located(new Name(temp, ExprContext.Store), at)], Located(new Name(name, ExprContext.Load), at), null), at),
            copy,
        };
        var guardList = new List<Expr>();
        if (guards.Builtins.Count > 0)
            guardList.Add(FatCall("GuardBuiltins", guards.Builtins.Select(b => (Expr)Located(new Constant(b, null), at)).ToList(), at));
        if (guards.Globals.Count > 0)
            guardList.Add(FatCall("GuardGlobals", guards.Globals.Select(g => (Expr)Located(new Constant(g, null), at)).ToList(), at));
        foreach (var f in guards.Functions)
            guardList.Add(FatCall("GuardFunc", [Located(new Name(f, ExprContext.Load), at)], at));
        var specialize = Located(new ExprStmt(FatCall("specialize",
            [Located(new Name(temp, ExprContext.Load), at), CodeOf(name, at), Located(new List(guardList, ExprContext.Load), at)], at)), at);
        if (guards.CopiedBuiltins.Count > 0)
        {
            var keys = new List<Expr?>();
            var values = new List<Expr>();
            foreach (var (key, builtin) in guards.CopiedBuiltins)
            {
                keys.Add(Located(new Constant(key, null), at));
                values.Add(Located(new Name(builtin, ExprContext.Load), at));
            }
            var replace = FatCall("replace_consts", [CodeOf(name, at), Located(new Dict(keys, values), at)], at);
            var setCode = Located(new Assign([Located(new Attribute(Located(new Name(name, ExprContext.Load), at), "__code__", ExprContext.Store), at)], replace, null), at);
            // A copied builtin that is missing when the definition runs (deleted from builtins before an import)
            // raises NameError in the mapping: the function then stays unspecialized, as CPython would run it.
            var handler = Located(new ExceptHandler(Located(new Name("NameError", ExprContext.Load), at), null, [Located(new Pass(), at)]), at);
            result.Add(Located(new Try([setCode], [handler], [specialize], []), at));
        }
        else
        {
            result.Add(specialize);
        }
        result.Add(Located(new Assign([Located(new Name(name, ExprContext.Store), at)], Located(new Name(temp, ExprContext.Load), at), null), at));
        result.Add(Located(new Delete([Located(new Name(temp, ExprContext.Del), at)]), at));
        context.Log(Pass, def, $"function {name} specialized with {guardList.Count} guard(s)");
        return result;
    }

    private static void StripArgumentValues(Arguments args)
    {
        args.Defaults = [];
        args.KwDefaults = args.KwDefaults.Select(_ => (Expr?)null).ToList();
        foreach (var a in ScopeAnalyzer.AllArgs(args)) a.Annotation = null;
    }

    private static T Located<T>(T node, LocatedNode at) where T : LocatedNode => at.CopyLocation(node);

    private static Expr CodeOf(string name, LocatedNode at) =>
        Located(new Attribute(Located(new Name(name, ExprContext.Load), at), "__code__", ExprContext.Load), at);

    private static Expr FatCall(string function, List<Expr> args, LocatedNode at) =>
        Located(new Call(Located(new Attribute(Located(new Name(FatModuleAlias, ExprContext.Load), at), function, ExprContext.Load), at), args, []), at);

    /// <summary>Adds <c>import fat as __fat__</c> after the docstring and the <c>from __future__</c> imports.</summary>
    public static void InsertFatImport(Module module)
    {
        var index = 0;
        if (module.Body.Count > 0 && module.Body[0] is ExprStmt { Value: Constant { Value: string } }) index = 1;
        while (index < module.Body.Count && module.Body[index] is ImportFrom { Module: "__future__" }) index++;
        var at = index < module.Body.Count ? (LocatedNode)module.Body[index] : module.Body.Count > 0 ? module.Body[^1] : null;
        var import = new Import([new Alias("fat", FatModuleAlias)]);
        if (at != null)
        {
            at.CopyLocation(import);
            at.CopyLocation(import.Names[0]);
        }
        module.Body.Insert(index, import);
    }
}
