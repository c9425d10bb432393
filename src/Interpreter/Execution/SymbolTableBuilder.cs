using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Builds the scope tree of a module (CPython's symtable): which names each body binds, uses, declares global or
/// nonlocal, then resolves every name to local / cell / free / global / dict once per code object.
/// </summary>
internal sealed class SymbolTableBuilder : NodeVisitor
{
    private Scope current;
    public readonly Dictionary<Node, Scope> Scopes = new(ReferenceEqualityComparer.Instance);
    private readonly string filename;

    private SymbolTableBuilder(Scope root, string filename)
    {
        current = root;
        this.filename = filename;
    }

    public static (Scope Root, Dictionary<Node, Scope> Scopes) Build(Mod module, string filename, bool classLikeRoot = false)
    {
        var root = new Scope(classLikeRoot ? ScopeKind.Class : ScopeKind.Module, "<module>", null);
        var b = new SymbolTableBuilder(root, filename);
        b.Scopes[module] = root;
        switch (module)
        {
            case Module m: foreach (var s in m.Body) b.Visit(s); break;
            case Interactive i: foreach (var s in i.Body) b.Visit(s); break;
            case Expression e: b.Visit(e.Body); break;
        }
        Analyze(root, [], filename);
        return (root, b.Scopes);
    }

    public override void Visit(Node node)
    {
        DepthGuard.Enter();
        base.Visit(node);
    }

    private void Bind(string name)
    {
        current.Bind(name);
    }

    private Scope Push(ScopeKind kind, string name, Node node)
    {
        var s = new Scope(kind, name, current);
        var qual = current.Kind switch
        {
            ScopeKind.Module => name,
            ScopeKind.Function or ScopeKind.Comprehension => current.Qualname + ".<locals>." + name,
            _ => current.Qualname + "." + name,
        };
        s.Qualname = qual;
        current.Children.Add(s);
        Scopes[node] = s;
        current = s;
        return s;
    }

    private void Pop() => current = current.Parent!;

    public override void VisitFunctionDef(FunctionDef node)
    {
        foreach (var d in node.DecoratorList) Visit(d);
        VisitArgumentDefaults(node.Args);
        if (node.Returns is not null) Visit(node.Returns);
        Bind(node.Name);
        Push(ScopeKind.Function, node.Name, node);
        AddParams(node.Args);
        foreach (var s in node.Body) Visit(s);
        Pop();
    }

    public override void VisitAsyncFunctionDef(AsyncFunctionDef node)
    {
        foreach (var d in node.DecoratorList) Visit(d);
        VisitArgumentDefaults(node.Args);
        if (node.Returns is not null) Visit(node.Returns);
        Bind(node.Name);
        var s = Push(ScopeKind.Function, node.Name, node);
        s.IsCoroutine = true;
        s.IsGenerator = true;
        AddParams(node.Args);
        foreach (var st in node.Body) Visit(st);
        Pop();
    }

    private bool InAsyncFunction()
    {
        var s = current;
        while (s.Kind == ScopeKind.Comprehension && !s.IsCoroutine) s = s.Parent!;
        return s.IsCoroutine;
    }

    public override void VisitAsyncFor(AsyncFor node)
    {
        if (!InAsyncFunction())
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'async for' outside async function", filename, node.Lineno, node.ColOffset + 1, null);
        base.VisitAsyncFor(node);
    }

    public override void VisitAsyncWith(AsyncWith node)
    {
        if (!InAsyncFunction())
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'async with' outside async function", filename, node.Lineno, node.ColOffset + 1, null);
        base.VisitAsyncWith(node);
    }

    public override void VisitLambda(Lambda node)
    {
        VisitArgumentDefaults(node.Args);
        Push(ScopeKind.Function, "<lambda>", node);
        AddParams(node.Args);
        Visit(node.Body);
        Pop();
    }

    private void VisitArgumentDefaults(Arguments a)
    {
        foreach (var d in a.Defaults) Visit(d);
        foreach (var d in a.KwDefaults)
            if (d is not null) Visit(d);
        foreach (var arg in a.Posonlyargs.Concat(a.Args).Concat(a.Kwonlyargs))
            if (arg.Annotation is not null) Visit(arg.Annotation);
        if (a.Vararg?.Annotation is { } va) Visit(va);
        if (a.Kwarg?.Annotation is { } ka) Visit(ka);
    }

    private void AddParams(Arguments a)
    {
        foreach (var arg in a.Posonlyargs) AddParam(arg.ArgName);
        foreach (var arg in a.Args) AddParam(arg.ArgName);
        foreach (var arg in a.Kwonlyargs) AddParam(arg.ArgName);
        if (a.Vararg is not null) AddParam(a.Vararg.ArgName);
        if (a.Kwarg is not null) AddParam(a.Kwarg.ArgName);
    }

    private void AddParam(string name)
    {
        if (current.Params.Contains(name))
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"duplicate argument '{name}' in function definition", filename, 0, 0, null);
        current.Params.Add(name);
        current.Bind(name);
    }

    public override void VisitClassDef(ClassDef node)
    {
        foreach (var d in node.DecoratorList) Visit(d);
        foreach (var b in node.Bases) Visit(b);
        foreach (var k in node.Keywords) Visit(k.Value);
        Bind(node.Name);
        Push(ScopeKind.Class, node.Name, node);
        foreach (var s in node.Body) Visit(s);
        Pop();
    }

    private void VisitComprehensionScope(Node node, string name, List<Comprehension> gens, params Expr[] elts)
    {
        // The first iterable is evaluated in the enclosing scope.
        Visit(gens[0].Iter);
        var s = Push(ScopeKind.Comprehension, name, node);
        s.Params.Add(".0");
        s.Bind(".0");
        for (var i = 0; i < gens.Count; i++)
        {
            var g = gens[i];
            if (g.IsAsync != 0)
            {
                if (!s.Parent!.IsCoroutine && !(node is GeneratorExp))
                    throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "asynchronous comprehension outside of an asynchronous function", filename, g.Iter.Lineno, g.Iter.ColOffset + 1, null);
                s.IsCoroutine = true;
            }
            if (i > 0) Visit(g.Iter);
            Visit(g.Target);
            foreach (var c in g.Ifs) Visit(c);
        }
        foreach (var e in elts) Visit(e);
        if (node is GeneratorExp)
        {
            s.IsGenerator = true;
            s.HasYield = true;
        }
        // Async list/set/dict comprehensions run as coroutines (resumable bodies).
        else if (s.IsCoroutine) s.IsGenerator = true;
        Pop();
        if (s.IsCoroutine) CheckComprehensionAwaits(node, gens, elts);
    }

    /// <summary>Inside an async comprehension only an element that is exactly <c>await x</c> may suspend.</summary>
    private void CheckComprehensionAwaits(Node node, List<Comprehension> gens, Expr[] elts)
    {
        var parts = new List<Expr>();
        for (var i = 0; i < gens.Count; i++)
        {
            if (i > 0) parts.Add(gens[i].Iter);
            parts.AddRange(gens[i].Ifs);
        }
        foreach (var e in elts)
        {
            var plainAwait = e is Await aw && node is ListComp or SetComp && !SuspensionFinder.InExpression(aw.Value);
            if (!plainAwait) parts.Add(e);
        }
        foreach (var p in parts)
            if (SuspensionFinder.InExpression(p))
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError,
                    "await inside this part of a comprehension is not supported yet (only [await x for ...] is)", filename, p.Lineno, p.ColOffset + 1, null);
    }

    public override void VisitListComp(ListComp node) => VisitComprehensionScope(node, "<listcomp>", node.Generators, node.Elt);
    public override void VisitSetComp(SetComp node) => VisitComprehensionScope(node, "<setcomp>", node.Generators, node.Elt);
    public override void VisitDictComp(DictComp node) => VisitComprehensionScope(node, "<dictcomp>", node.Generators, node.Key, node.Value);
    public override void VisitGeneratorExp(GeneratorExp node) => VisitComprehensionScope(node, "<genexpr>", node.Generators, node.Elt);

    public override void VisitName(Name node)
    {
        if (node.Ctx == ExprContext.Load)
        {
            current.Use(node.Id);
            if (node.Id == "super" && current.IsFunctionLike) MarkUsesClass();
        }
        else Bind(node.Id);
    }

    private void MarkUsesClass()
    {
        current.UsesSuperOrClass = true;
        current.Use("__class__");
    }

    // The value before the targets, the iterable before the loop variable: CPython numbers locals in the order its
    // compiler emits them, and these evaluate their right side first.
    public override void VisitAssign(Assign node)
    {
        Visit(node.Value);
        foreach (var t in node.Targets) Visit(t);
    }

    public override void VisitFor(For node)
    {
        Visit(node.Iter);
        Visit(node.Target);
        foreach (var st in node.Body) Visit(st);
        foreach (var st in node.Orelse) Visit(st);
    }

    public override void VisitNamedExpr(NamedExpr node)
    {
        Visit(node.Value);
        var name = ((Name)node.Target).Id;
        // In a comprehension, the target binds in the nearest enclosing non-comprehension scope.
        if (current.Kind == ScopeKind.Comprehension)
        {
            var s = current;
            while (s.Kind == ScopeKind.Comprehension) s = s.Parent!;
            if (s.Kind == ScopeKind.Class)
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "assignment expression within a comprehension cannot be used in a class body", filename, node.Lineno, node.ColOffset + 1, null);
            s.Bind(name);
            for (var c = current; c != s; c = c.Parent!)
            {
                if (s.Kind == ScopeKind.Module || s.Globals.Contains(name)) c.Globals.Add(name);
                else c.Nonlocals.Add(name);
            }
        }
        else Bind(name);
    }

    public override void VisitReturn(Return node)
    {
        if (current.Kind is ScopeKind.Module or ScopeKind.Class)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'return' outside function", filename, node.Lineno, node.ColOffset + 1, null);
        base.VisitReturn(node);
    }

    public override void VisitGlobal(Global node)
    {
        foreach (var n in node.Names)
        {
            if (current.Params.Contains(n))
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"name '{n}' is parameter and global", filename, node.Lineno, node.ColOffset + 1, null);
            current.Globals.Add(n);
        }
    }

    public override void VisitNonlocal(Nonlocal node)
    {
        if (current.Kind == ScopeKind.Module)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "nonlocal declaration not allowed at module level", filename, node.Lineno, node.ColOffset + 1, null);
        foreach (var n in node.Names)
        {
            if (current.Params.Contains(n))
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"name '{n}' is parameter and nonlocal", filename, node.Lineno, node.ColOffset + 1, null);
            current.Nonlocals.Add(n);
        }
    }

    public override void VisitImport(Import node)
    {
        foreach (var a in node.Names) Bind(a.Asname ?? a.Name.Split('.')[0]);
    }

    public override void VisitImportFrom(ImportFrom node)
    {
        foreach (var a in node.Names)
        {
            if (a.Name == "*")
            {
                if (current.Kind != ScopeKind.Module)
                    throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "import * only allowed at module level", filename, node.Lineno, node.ColOffset + 1, null);
                continue;
            }
            Bind(a.Asname ?? a.Name);
        }
    }

    public override void VisitExceptHandler(ExceptHandler node)
    {
        if (node.Type is not null) Visit(node.Type);
        if (node.Name is not null) Bind(node.Name);
        foreach (var s in node.Body) Visit(s);
    }

    // Scopes whose code is currently inside a try statement with except* (its handlers cannot suspend yet).
    private readonly HashSet<Scope> inTryStar = [];

    public override void VisitTryStar(TryStar node)
    {
        var added = inTryStar.Add(current);
        base.VisitTryStar(node);
        if (added) inTryStar.Remove(current);
    }

    private void CheckNotInTryStar(LocatedNode node)
    {
        if (inTryStar.Contains(current))
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "yield or await inside a try statement with except* is not supported yet", filename, node.Lineno, node.ColOffset + 1, null);
    }

    public override void VisitMatch(Match node)
    {
        for (var i = 0; i < node.Cases.Count; i++)
        {
            var c = node.Cases[i];
            if (i < node.Cases.Count - 1 && c.Guard is null && IrrefutableReason(c.Pattern) is { } why)
                throw PatternError(why + " makes remaining patterns unreachable", c.Pattern);
            CheckPattern(c.Pattern, []);
        }
        base.VisitMatch(node);
    }

    private PythonSyntaxError PatternError(string msg, LocatedNode at) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, at.Lineno, at.ColOffset + 1, null);

    /// <summary>Why a pattern always matches ("wildcard", "name capture 'x'"), or null.</summary>
    private static string? IrrefutableReason(Pattern p) => p switch
    {
        MatchAs { Pattern: null, Name: null } => "wildcard",
        MatchAs { Pattern: null, Name: { } n } => $"name capture '{n}'",
        MatchAs { Pattern: { } inner } => IrrefutableReason(inner),
        MatchOr o => o.Patterns.Select(IrrefutableReason).FirstOrDefault(r => r is not null),
        _ => null,
    };

    private void CheckCapture(string? name, List<string> bound, Pattern at)
    {
        if (name is null) return;
        if (bound.Contains(name)) throw PatternError($"multiple assignments to name '{name}' in pattern", at);
        bound.Add(name);
    }

    /// <summary>CPython's compile-time pattern checks; <paramref name="bound"/> collects the captured names.</summary>
    private void CheckPattern(Pattern p, List<string> bound)
    {
        DepthGuard.Enter();
        switch (p)
        {
            case MatchAs a:
                if (a.Pattern is not null) CheckPattern(a.Pattern, bound);
                CheckCapture(a.Name, bound, a);
                break;
            case MatchStar ms:
                CheckCapture(ms.Name, bound, ms);
                break;
            case MatchOr o:
            {
                List<string>? first = null;
                for (var i = 0; i < o.Patterns.Count; i++)
                {
                    if (i < o.Patterns.Count - 1 && IrrefutableReason(o.Patterns[i]) is { } why)
                        throw PatternError(why + " makes remaining patterns unreachable", o.Patterns[i]);
                    var names = new List<string>(bound);
                    CheckPattern(o.Patterns[i], names);
                    var added = names.Skip(bound.Count).ToList();
                    if (first is null) first = added;
                    else if (added.Count != first.Count || added.Except(first).Any())
                        throw PatternError("alternative patterns bind different names", o);
                }
                bound.AddRange(first ?? []);
                break;
            }
            case MatchSequence sq:
                if (sq.Patterns.Count(x => x is MatchStar) > 1)
                    throw PatternError("multiple starred names in sequence pattern", sq);
                foreach (var x in sq.Patterns) CheckPattern(x, bound);
                break;
            case MatchMapping mm:
            {
                var seen = new List<object?>();
                foreach (var k in mm.Keys)
                {
                    if (k is not Constant { Value: var cv }) continue;
                    // Keys compare like the runtime's dict keys (1 == 1.0 == True).
                    var obj = CodeCompiler.ConstantToObject(cv);
                    if (seen.Exists(prev => prev is PyObject po && Ops.EqBool(po, obj)))
                        throw PatternError("mapping pattern checks duplicate key (" + Ops.Repr(obj) + ")", mm);
                    seen.Add(obj);
                }
                foreach (var x in mm.Patterns) CheckPattern(x, bound);
                CheckCapture(mm.Rest, bound, mm);
                break;
            }
            case MatchClass mc:
                for (var i = 0; i < mc.KwdAttrs.Count; i++)
                    if (mc.KwdAttrs.IndexOf(mc.KwdAttrs[i]) != i)
                        throw PatternError("attribute name repeated in class pattern: " + mc.KwdAttrs[i], mc.KwdPatterns[i]);
                foreach (var x in mc.Patterns) CheckPattern(x, bound);
                foreach (var x in mc.KwdPatterns) CheckPattern(x, bound);
                break;
        }
    }

    public override void VisitMatchAs(MatchAs node)
    {
        if (node.Pattern is not null) Visit(node.Pattern);
        if (node.Name is not null) Bind(node.Name);
    }

    public override void VisitMatchStar(MatchStar node)
    {
        if (node.Name is not null) Bind(node.Name);
    }

    public override void VisitMatchMapping(MatchMapping node)
    {
        base.VisitMatchMapping(node);
        if (node.Rest is not null) Bind(node.Rest);
    }

    public override void VisitYield(Yield node)
    {
        MarkGenerator(node);
        base.VisitYield(node);
    }

    public override void VisitYieldFrom(YieldFrom node)
    {
        if (current.IsCoroutine)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'yield from' inside async function", filename, node.Lineno, node.ColOffset + 1, null);
        MarkGenerator(node);
        base.VisitYieldFrom(node);
    }

    private void MarkGenerator(LocatedNode node)
    {
        CheckNotInTryStar(node);
        if (current.Kind is ScopeKind.Module or ScopeKind.Class)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'yield' outside function", filename, node.Lineno, node.ColOffset + 1, null);
        if (current.Kind == ScopeKind.Comprehension && !current.IsGenerator)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'yield' inside list comprehension", filename, node.Lineno, node.ColOffset + 1, null);
        current.IsGenerator = true;
        current.HasYield = true;
    }

    public override void VisitAwait(Await node)
    {
        if (current.Kind == ScopeKind.Comprehension && current.Parent!.IsCoroutine && !current.IsCoroutine)
        {
            // await inside a comprehension of an async function makes the comprehension a coroutine.
            current.IsCoroutine = true;
            current.IsGenerator = true;
        }
        if (!current.IsCoroutine)
            throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, "'await' outside " + (current.Kind == ScopeKind.Function ? "async function" : "function"), filename, node.Lineno, node.ColOffset + 1, null);
        CheckNotInTryStar(node);
        base.VisitAwait(node);
    }

    // ------------------------------------------------------------------ resolution

    private static void Analyze(Scope s, HashSet<string> enclosingBound, string filename)
    {
        foreach (var n in s.Globals)
            if (s.Nonlocals.Contains(n))
                throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"name '{n}' is nonlocal and global", filename, 0, 0, null);
        // In order of first mention, as CPython numbers a function's locals (co_varnames, locals()).
        var all = new List<string>(s.Mentioned);
        foreach (var n in s.Globals.Concat(s.Nonlocals))
            if (!all.Contains(n)) all.Add(n);
        foreach (var n in s.Params) s.LocalNames.Add(n);
        foreach (var n in all)
        {
            NameKind k;
            if (s.Globals.Contains(n)) k = NameKind.GlobalExplicit;
            else if (s.Nonlocals.Contains(n))
            {
                if (!enclosingBound.Contains(n))
                    throw new PythonSyntaxError(SyntaxErrorKind.SyntaxError, $"no binding for nonlocal '{n}' found", filename, 0, 0, null);
                k = NameKind.Free;
            }
            else if (s.Bound.Contains(n))
                k = s.Kind switch { ScopeKind.Module => NameKind.GlobalImplicit, ScopeKind.Class => NameKind.Dict, _ => NameKind.Local };
            else if (enclosingBound.Contains(n)) k = s.Kind == ScopeKind.Class ? NameKind.ClassDeref : NameKind.Free;
            else if (n == "__class__" && s.IsFunctionLike && HasEnclosingClass(s)) k = NameKind.Free;
            else k = s.Kind switch { ScopeKind.Class => NameKind.Dict, _ => NameKind.GlobalImplicit };
            s.Kinds[n] = k;
            if (k == NameKind.Local && !s.LocalNames.Contains(n)) s.LocalNames.Add(n);
            if (k is NameKind.Free or NameKind.ClassDeref && !s.FreeNames.Contains(n)) s.FreeNames.Add(n);
        }
        // Names visible to nested functions: enclosing function bindings plus ours (class bindings are not visible).
        var childBound = new HashSet<string>(enclosingBound);
        if (s.IsFunctionLike)
        {
            foreach (var (n, k) in s.Kinds)
                if (k is NameKind.Local or NameKind.Free) childBound.Add(n);
                else if (k == NameKind.GlobalExplicit) childBound.Remove(n);
        }
        if (s.Kind == ScopeKind.Class) childBound.Add("__class__");
        foreach (var c in s.Children)
        {
            Analyze(c, childBound, filename);
            foreach (var free in c.FreeNames)
            {
                if (s.Kind == ScopeKind.Class && free == "__class__")
                {
                    s.NeedsClassCell = true;
                    if (!s.CellNames.Contains("__class__")) s.CellNames.Add("__class__");
                    continue;
                }
                var has = s.Kinds.TryGetValue(free, out var k);
                if (has && s.IsFunctionLike && (k == NameKind.Local || k == NameKind.Cell))
                {
                    s.Kinds[free] = NameKind.Cell;
                    if (!s.CellNames.Contains(free)) s.CellNames.Add(free);
                }
                else if (has && (k == NameKind.Free || k == NameKind.ClassDeref))
                {
                    // already passed through
                }
                else if (s.Kind != ScopeKind.Module && (!has || k is NameKind.Dict or NameKind.GlobalImplicit) && enclosingBound.Contains(free))
                {
                    // Pass-through free variable (class bodies keep their own dict binding for their own code).
                    if (!has || s.Kind != ScopeKind.Class) s.Kinds[free] = s.Kind == ScopeKind.Class ? NameKind.ClassDeref : NameKind.Free;
                    if (!s.FreeNames.Contains(free)) s.FreeNames.Add(free);
                }
            }
        }
        // Cells are not fast locals.
        // Parameters keep their slots even when they are cells (values are copied into the cell at entry).
        foreach (var c in s.CellNames)
            if (!s.Params.Contains(c)) s.LocalNames.Remove(c);
    }

    private static bool HasEnclosingClass(Scope s)
    {
        for (var p = s.Parent; p is not null; p = p.Parent)
            if (p.Kind == ScopeKind.Class) return true;
        return false;
    }
}
