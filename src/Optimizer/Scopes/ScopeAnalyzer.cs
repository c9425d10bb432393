using FatSharp.Ast;

namespace FatSharp.Optimizer.Scopes;

/// <summary>
/// One walk over a module that fills a <see cref="ScopeInfo"/> per module, class and function. Lambdas and
/// comprehensions are walked as "nested" parts of their scope: their bindings go to <see cref="ScopeInfo.BoundInNested"/>,
/// except a walrus in a comprehension, which binds in the enclosing function as in Python.
/// </summary>
internal sealed class ScopeAnalyzer : NodeVisitor
{
    private readonly Dictionary<Node, ScopeInfo> _byNode = new(ReferenceEqualityComparer.Instance);
    private ScopeInfo _scope;

    // False for the analysis of a transformer whose passes never ask about names (CPython's "opt"): scopes, node
    // kinds and reads of __debug__ only, which is most of the cost saved.
    private readonly bool _trackNames;

    // Lambdas and comprehensions currently open, innermost last: true for a comprehension. Those of _scope are the
    // entries from _nestedBase on (the earlier ones belong to enclosing scopes).
    private readonly List<bool> _nested = [];
    private int _nestedBase;

    private ScopeAnalyzer(ScopeInfo module, bool trackNames)
    {
        _trackNames = trackNames;
        _scope = module;
        _byNode[module.Node] = module;
    }

    public static ModuleScopes Analyze(Module module, bool trackNames = true)
    {
        var root = new ScopeInfo(ScopeKind.Module, module, "<module>", null);
        var analyzer = new ScopeAnalyzer(root, trackNames);
        foreach (var stmt in module.Body) analyzer.Visit(stmt);
        var names = new HashSet<string>(root.Bindings.Keys, StringComparer.Ordinal);
        var bindings = new Dictionary<string, int>(root.Bindings, StringComparer.Ordinal);
        foreach (var scope in analyzer._byNode.Values)
        {
            if (scope.Kind == ScopeKind.Module) continue;
            foreach (var g in scope.DeclaredGlobal)
            {
                names.Add(g);
                bindings[g] = bindings.GetValueOrDefault(g) + scope.BindingCount(g);
            }
        }
        return new ModuleScopes(root, analyzer._byNode, names, bindings, trackNames);
    }

    private bool InNested => _nested.Count > _nestedBase;

    private void Bind(string name, bool own = false)
    {
        if (!_trackNames) return;
        if (InNested && !own)
        {
            _scope.BoundInNested.Add(name);
            return;
        }
        _scope.Bindings[name] = _scope.Bindings.GetValueOrDefault(name) + 1;
    }

    private void Load(string name)
    {
        if (!_trackNames && name != "__debug__") return;
        if (InNested) _scope.LoadedInLambdasAndComprehensions.Add(name);
        else _scope.Loads.Add(name);
        if (name == "__class__") _scope.UsesSuperWithoutArgs = true;
    }

    public override void Visit(Node node)
    {
        DepthGuard.Enter();
        _scope.SawNodeKind(node.Kind);
        base.Visit(node);
    }

    public override void VisitName(Name node)
    {
        if (node.Ctx == ExprContext.Load) Load(node.Id);
        else Bind(node.Id);
    }

    public override void VisitNamedExpr(NamedExpr node)
    {
        Visit(node.Value);
        // In a comprehension the target belongs to the enclosing function (PEP 572); in a lambda, to the lambda.
        var inComprehensionOnly = InNested;
        for (var i = _nestedBase; i < _nested.Count && inComprehensionOnly; i++) inComprehensionOnly = _nested[i];
        if (node.Target is Name target)
        {
            if (inComprehensionOnly)
            {
                Bind(target.Id, own: true);
                _scope.BoundInNested.Add(target.Id);
            }
            else Bind(target.Id);
        }
        else Visit(node.Target);
    }

    public override void VisitGlobal(Global node)
    {
        foreach (var n in node.Names) _scope.DeclaredGlobal.Add(n);
    }

    public override void VisitNonlocal(Nonlocal node)
    {
        foreach (var n in node.Names) _scope.DeclaredNonlocal.Add(n);
    }

    public override void VisitImport(Import node)
    {
        foreach (var alias in node.Names) Bind(alias.Asname ?? alias.Name.Split('.')[0]);
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        foreach (var alias in node.Names)
        {
            if (alias.Name == "*") _scope.HasStarImport = true;
            else Bind(alias.Asname ?? alias.Name);
        }
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        if (node.Type != null) Visit(node.Type);
        if (node.Name != null) Bind(node.Name);
        foreach (var s in node.Body) Visit(s);
    }

    public override void VisitMatchAs(MatchAs node)
    {
        if (node.Pattern != null) Visit(node.Pattern);
        if (node.Name != null) Bind(node.Name);
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name != null) Bind(node.Name);
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        foreach (var k in node.Keys) Visit(k);
        foreach (var p in node.Patterns) Visit(p);
        if (node.Rest != null) Bind(node.Rest);
    }

    public override void VisitYield(Yield node)
    {
        if (!InNested) _scope.IsGenerator = true;
        if (node.Value != null) Visit(node.Value);
    }

    public override void VisitYieldFrom(YieldFrom node)
    {
        if (!InNested) _scope.IsGenerator = true;
        Visit(node.Value);
    }

    public override void VisitCall(Call node)
    {
        if (node.Func is FatSharp.Ast.Attribute method)
        {
            switch (method.Value)
            {
                case Name { Id: "__debug__" }: _scope.CallsMethodOfFoldable = true; break;
                case Name receiver:
                    _scope.CallsMethodOfName = true;
                    _scope.MethodReceiverNames.Add(receiver.Id);
                    break;
                // What these give is never a constant of the tree.
                case FatSharp.Ast.Attribute or Call { Func: Name } or Lambda or NamedExpr or Await or Yield or YieldFrom
                    or ListComp or SetComp or DictComp or GeneratorExp:
                    break;
                default: _scope.CallsMethodOfFoldable = true; break;
            }
        }
        if (node.Func is Name f)
        {
            if (_trackNames) _scope.CalledNames.Add(f.Id);
            var noArgs = node.Args.Count == 0 && node.Keywords.Count == 0;
            switch (f.Id)
            {
                case "locals" or "vars" or "dir" when noArgs: _scope.UsesLocals = true; break;
                case "exec" or "eval": _scope.UsesExecOrEval = true; break;
                case "super" when noArgs: _scope.UsesSuperWithoutArgs = true; break;
                case "globals": _scope.UsesGlobalsCall = true; break;
            }
        }
        VisitChildren(node);
    }

    public override void VisitFunctionDef(FunctionDef node) =>
        Function(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns);

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node) =>
        Function(node, node.Name, node.Args, node.Body, node.DecoratorList, node.Returns);

    private void Function(Stmt node, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns)
    {
        foreach (var d in decorators) Visit(d);
        VisitArgumentValues(args);
        if (returns != null) Visit(returns);
        Bind(name);
        var depth = FunctionDepthOf(_scope) + 1;
        var parent = Enter(new ScopeInfo(ScopeKind.Function, node, name, _scope) { FunctionDepth = depth }, out var savedBase);
        foreach (var a in args.Posonlyargs) Parameter(a);
        foreach (var a in args.Args) Parameter(a);
        if (args.Vararg != null) Parameter(args.Vararg);
        foreach (var a in args.Kwonlyargs) Parameter(a);
        if (args.Kwarg != null) Parameter(args.Kwarg);
        foreach (var s in body) Visit(s);
        Leave(parent, savedBase);
    }

    private void Parameter(Arg a)
    {
        _scope.Parameters.Add(a.ArgName);
        Bind(a.ArgName);
    }

    private static int FunctionDepthOf(ScopeInfo scope)
    {
        for (var s = scope; s != null; s = s.Parent)
            if (s.Kind == ScopeKind.Function) return s.FunctionDepth;
        return 0;
    }

    public override void VisitClassDef(ClassDef node)
    {
        foreach (var d in node.DecoratorList) Visit(d);
        foreach (var b in node.Bases) Visit(b);
        foreach (var k in node.Keywords) Visit(k.Value);
        Bind(node.Name);
        var parent = Enter(new ScopeInfo(ScopeKind.Class, node, node.Name, _scope) { FunctionDepth = FunctionDepthOf(_scope) }, out var savedBase);
        foreach (var s in node.Body) Visit(s);
        Leave(parent, savedBase);
    }

    private ScopeInfo Enter(ScopeInfo child, out int savedNestedBase)
    {
        var parent = _scope;
        savedNestedBase = _nestedBase;
        _nestedBase = _nested.Count;
        parent.Children.Add(child);
        _byNode[child.Node] = child;
        _scope = child;
        return parent;
    }

    private void Leave(ScopeInfo parent, int savedNestedBase)
    {
        var child = _scope;
        _scope = parent;
        _nestedBase = savedNestedBase;
        if (!_trackNames) return;
        parent.CalledNames.UnionWith(child.CalledNames);
        // What the child binds is "nested" for every enclosing function and class (the module's names are asked
        // about through ModuleNames instead, so they are not gathered there).
        for (var s = parent; s != null && s.Kind != ScopeKind.Module; s = s.Parent)
        {
            s.BoundInNested.UnionWith(child.Bindings.Keys);
            s.BoundInNested.UnionWith(child.BoundInNested);
            s.NonlocalInNested.UnionWith(child.DeclaredNonlocal);
            s.NonlocalInNested.UnionWith(child.NonlocalInNested);
            if (s.Kind != ScopeKind.Class) break;
        }
        if (parent.Kind == ScopeKind.Class && parent.Parent != null)
        {
            // A method's names are nested for the function around the class, too.
            for (var s = parent.Parent; s != null && s.Kind != ScopeKind.Module; s = s.Parent)
            {
                s.BoundInNested.UnionWith(child.Bindings.Keys);
                s.NonlocalInNested.UnionWith(child.DeclaredNonlocal);
            }
        }
    }

    private void VisitArgumentValues(Arguments args)
    {
        foreach (var d in args.Defaults) Visit(d);
        foreach (var d in args.KwDefaults) if (d != null) Visit(d);
        foreach (var a in args.Posonlyargs) if (a.Annotation != null) Visit(a.Annotation);
        foreach (var a in args.Args) if (a.Annotation != null) Visit(a.Annotation);
        if (args.Vararg?.Annotation != null) Visit(args.Vararg.Annotation);
        foreach (var a in args.Kwonlyargs) if (a.Annotation != null) Visit(a.Annotation);
        if (args.Kwarg?.Annotation != null) Visit(args.Kwarg.Annotation);
    }

    internal static IEnumerable<Arg> AllArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs) yield return a;
        foreach (var a in args.Args) yield return a;
        if (args.Vararg != null) yield return args.Vararg;
        foreach (var a in args.Kwonlyargs) yield return a;
        if (args.Kwarg != null) yield return args.Kwarg;
    }

    public override void VisitLambda(Lambda node)
    {
        foreach (var d in node.Args.Defaults) Visit(d);
        foreach (var d in node.Args.KwDefaults) if (d != null) Visit(d);
        _nested.Add(false);
        foreach (var a in AllArgs(node.Args)) Bind(a.ArgName);
        Visit(node.Body);
        _nested.RemoveAt(_nested.Count - 1);
    }

    public override void VisitListComp(ListComp node)
    {
        EnterComprehension(node.Generators);
        Visit(node.Elt);
        _nested.RemoveAt(_nested.Count - 1);
    }

    public override void VisitSetComp(SetComp node)
    {
        EnterComprehension(node.Generators);
        Visit(node.Elt);
        _nested.RemoveAt(_nested.Count - 1);
    }

    public override void VisitGeneratorExp(GeneratorExp node)
    {
        EnterComprehension(node.Generators);
        Visit(node.Elt);
        _nested.RemoveAt(_nested.Count - 1);
    }

    public override void VisitDictComp(DictComp node)
    {
        EnterComprehension(node.Generators);
        Visit(node.Key);
        Visit(node.Value);
        _nested.RemoveAt(_nested.Count - 1);
    }

    /// <summary>Walks the generators and opens the comprehension; the caller walks the element and closes it.</summary>
    private void EnterComprehension(List<Comprehension> generators)
    {
        // The first iterable is evaluated in the enclosing scope, the rest inside the comprehension.
        Visit(generators[0].Iter);
        _nested.Add(true);
        for (var i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (i > 0) Visit(g.Iter);
            Visit(g.Target);
            foreach (var cond in g.Ifs) Visit(cond);
        }
    }
}
