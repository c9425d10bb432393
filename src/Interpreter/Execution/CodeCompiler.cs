using System.Numerics;
using FatSharp.Ast;
using AstAttribute = FatSharp.Ast.Attribute;
using AstTuple = FatSharp.Ast.Tuple;
using AstList = FatSharp.Ast.List;
using AstDict = FatSharp.Ast.Dict;
using AstSet = FatSharp.Ast.Set;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Compiles the AST of one module into code objects and their execution trees. Scope analysis runs once for the
/// whole module; each body's tree is built on its first run and kept in its <see cref="PyCode"/>.
/// </summary>
internal sealed class CodeCompiler
{
    private readonly string filename;
    private readonly Dictionary<Node, Scope> scopes;
    private readonly bool rootUsesLocalsDict;

    /// <summary>Whether module-level names of the compiled module go to a locals dict of their own.</summary>
    internal bool RootUsesLocalsDict => rootUsesLocalsDict;

    private CodeCompiler(string filename, Dictionary<Node, Scope> scopes, bool rootUsesLocalsDict)
    {
        this.filename = filename;
        this.scopes = scopes;
        this.rootUsesLocalsDict = rootUsesLocalsDict;
    }

    /// <summary>Compiles a module (or eval expression); <paramref name="separateLocals"/> when run with a locals dict distinct from globals.</summary>
    public static PyCode CompileModule(Mod module, string filename, bool separateLocals = false)
    {
        module = NameMangling.Apply(module);
        module = SuspensionLowering.Lower(module, filename);
        var (root, scopeMap) = SymbolTableBuilder.Build(module, filename, separateLocals);
        var c = new CodeCompiler(filename, scopeMap, separateLocals);
        var code = c.CreateCode(module, root, "<module>", 1);
        code.Flags |= CodeFlags.DictLocals;
        return code;
    }

    private PyCode CreateCode(Node ast, Scope scope, string name, int firstLine)
    {
        var code = new PyCode(name, filename, firstLine, ast, scope, this) { Qualname = scope.Qualname };
        if (scope.Kind == ScopeKind.Comprehension && !scope.HasYield) scope.LocalNames.Add(".result");
        code.VarNames = [.. scope.LocalNames];
        code.NLocals = scope.LocalNames.Count;
        code.CellVars = [.. scope.CellNames];
        code.FreeVars = [.. scope.FreeNames];
        code.CellParamSlots = scope.CellNames.Select(n => scope.Params.Contains(n) ? scope.LocalNames.IndexOf(n) : -1).ToArray();
        Arguments? args = ast switch
        {
            FunctionDef fd => fd.Args,
            AsyncFunctionDef afd => afd.Args,
            Lambda l => l.Args,
            _ => null,
        };
        if (args is not null)
        {
            code.PosOnlyArgCount = args.Posonlyargs.Count;
            code.ArgCount = args.Posonlyargs.Count + args.Args.Count;
            code.KwOnlyArgCount = args.Kwonlyargs.Count;
            if (args.Vararg is not null) code.Flags |= CodeFlags.VarArgs;
            if (args.Kwarg is not null) code.Flags |= CodeFlags.VarKeywords;
            if (args.Vararg is null && args.Kwarg is null && args.Kwonlyargs.Count == 0) code.Flags |= CodeFlags.SimpleArgs;
        }
        else if (scope.Kind == ScopeKind.Comprehension)
        {
            code.ArgCount = 1;
            code.Flags |= CodeFlags.SimpleArgs;
        }
        if (scope.IsGenerator) code.Flags |= CodeFlags.Generator;
        if (scope.IsCoroutine) code.Flags |= scope.HasYield ? CodeFlags.AsyncGenerator : CodeFlags.Coroutine;
        if (code.CellVars.Length + code.FreeVars.Length > 0) code.Flags |= CodeFlags.HasCells;
        var body = ast switch
        {
            FunctionDef fd => fd.Body,
            AsyncFunctionDef afd => afd.Body,
            ClassDef cd => cd.Body,
            Module m => m.Body,
            _ => null,
        };
        if (body is [ExprStmt { Value: Constant { Value: string doc } }, ..]) code.Docstring = new PyStr(doc);
        return code;
    }

    /// <summary>Builds the execution tree of a code object's body (called once, on first execution).</summary>
    public StmtNode CompileBody(PyCode code)
    {
        var body = new BodyCompiler(this, code.Scope!, code);
        return body.Compile(code.Ast!);
    }

    /// <summary>Elements CPython's AST optimizer turns into constants before compiling a display: literals, negated
    /// numbers and tuples of those.</summary>
    private static bool IsFoldableConstant(Expr e) => e switch
    {
        Constant => true,
        UnaryOp { Op: UnaryOperator.USub, Operand: Constant { Value: long or System.Numerics.BigInteger or double or System.Numerics.Complex } } => true,
        AstTuple t => t.Elts.All(IsFoldableConstant),
        _ => false,
    };

    private static PyObject FoldedConstant(Expr e) => e switch
    {
        Constant c => ConstantToObject(c.Value),
        UnaryOp u => Ops.Negate(ConstantToObject(((Constant)u.Operand).Value)),
        AstTuple t => PyTuple.Create(t.Elts.Select(FoldedConstant).ToArray()),
        _ => throw new InvalidOperationException("not a constant"),
    };

        internal static PyObject ConstantToObject(object? v) => v switch
    {
        null => PyNone.Value,
        bool b => b ? PyInt.True : PyInt.False,
        long l => PyInt.FromLong(l),
        BigInteger bi => PyInt.FromBig(bi),
        double d => new PyFloat(d),
        Complex c => new PyComplex(c),
        string s => s.Length <= 1 ? (s.Length == 0 ? PyStr.Empty : PyStr.FromChar(s[0])) : PyStr.Intern(s),
        // PyStr is UTF-16: escaped surrogates that pair up read as one character here (a known limit of PyStr).
        CodePointString cps => PyStr.Intern(cps.ToString()),
        byte[] bytes => new PyBytes(bytes),
        PyEllipsis => PySingleton.Ellipsis,
        object[] tuple => PyTuple.Create(tuple.Select(ConstantToObject).ToArray()),
        ConstantTuple t => PyTuple.Create(t.Items.Select(ConstantToObject).ToArray()),
        ConstantFrozenSet fs => SetMethods.FrozenConstant(fs.Items.Select(ConstantToObject)),
        PyObject o => o,
        _ => throw new InvalidOperationException("unexpected constant " + v.GetType()),
    };

    /// <summary>Compiles the statements of one body with that body's scope.</summary>
    private sealed class BodyCompiler(CodeCompiler owner, Scope scope, PyCode code)
    {
        private readonly bool isGenerator = scope.IsGenerator;
        // "single" mode: module-level expression statements show their value.
        private bool interactive;
        // Fast locals bound by for loops, augmented assignments or arithmetic: they may hold unboxed numbers (UnboxedNumber).
        private HashSet<string>? unboxedNames;
        private bool UsesLocalsDictForGlobals => scope.Kind == ScopeKind.Module && owner.rootUsesLocalsDict;

        private PythonSyntaxError Error(string msg, LocatedNode? at) =>
            new(SyntaxErrorKind.SyntaxError, msg, owner.filename, at?.Lineno ?? 0, (at?.ColOffset ?? -1) + 1, null);

        public StmtNode Compile(Node ast)
        {
            switch (ast)
            {
                case Module m: return Block(m.Body);
                case Interactive i:
                    interactive = true;
                    return Block(i.Body);
                case Expression e: return new ReturnNode(Expr(e.Body)) { Line = 1 };
                case FunctionDef fd:
                {
                    if (!isGenerator) unboxedNames = UnboxedLocalFinder.Find(fd.Body, name => scope.KindOf(name) == NameKind.Local);
                    var b = Block(fd.Body);
                    return isGenerator ? b as GenStmt ?? new GenBlock([b]) : b;
                }
                case AsyncFunctionDef afd:
                {
                    var b = Block(afd.Body);
                    return b as GenStmt ?? new GenBlock([b]);
                }
                case Lambda l:
                    if (isGenerator)
                    {
                        // lambda: (yield v) returns what was sent; lambda: (yield from g) returns g's result.
                        if (l.Body is Yield ly)
                        {
                            return new GenBlock([new GenYield(ly.Value is null ? null : Expr(ly.Value), null) { Line = l.Lineno }]);
                        }
                        if (l.Body is YieldFrom lyf) return new GenBlock([new GenYieldFrom(Expr(lyf.Value), null, true) { Line = l.Lineno }]);
                        throw Error("yield inside this kind of lambda expression is not supported yet", l.Body);
                    }
                    return new BlockNode([new ReturnNode(Expr(l.Body)) { Line = l.Lineno }]);
                case ClassDef cd: return Block(cd.Body);
                case ListComp lc: return CoroutineComprehension(Comprehension(lc.Generators, 0, Located(AwaitedElement(lc.Elt) ?? new ListAppendNode(code.NLocals - 1, ComprehensionValue(lc.Elt)), lc.Elt)));
                case SetComp sc: return CoroutineComprehension(Comprehension(sc.Generators, 0, Located(AwaitedElement(sc.Elt) ?? new SetAddNode(code.NLocals - 1, ComprehensionValue(sc.Elt)), sc.Elt)));
                case DictComp dc: return CoroutineComprehension(Comprehension(dc.Generators, 0, Located(new DictSetNode(code.NLocals - 1, ComprehensionValue(dc.Key), ComprehensionValue(dc.Value)), dc.Key)));
                case GeneratorExp ge: return new GenBlock([Comprehension(ge.Generators, 0, Located(new GenYield(Expr(ge.Elt), null), ge.Elt))]) { Line = code.FirstLineNo };
            }
            throw new InvalidOperationException("cannot compile " + ast.TypeName);
        }

        // An async list/set/dict comprehension is a coroutine body that returns its result.
        private StmtNode CoroutineComprehension(StmtNode loops) =>
            isGenerator ? new GenBlock([loops, new ReturnNode(new LoadLocal(code.NLocals - 1, ".result"))]) : loops;

        // [await x for ...]: the element is awaited as a step of the comprehension's coroutine.
        private StmtNode? AwaitedElement(Expr elt) =>
            isGenerator && elt is Await aw && !SuspensionFinder.InExpression(aw.Value) ? new GenAwaitAppend(Expr(aw.Value), code.NLocals - 1) : null;

        private ExprNode ComprehensionValue(Expr e)
        {
            if (isGenerator && SuspensionFinder.InExpression(e))
                throw Error("await inside the value of a comprehension is not supported yet", e);
            return Expr(e);
        }

        // The statements of a comprehension carry the lines of tracebacks: CPython's are the loops at the
        // comprehension's first line, each condition's and the element's own.
        private static StmtNode Located(StmtNode node, Expr at)
        {
            node.Line = at.Lineno;
            return node;
        }

        // A plain loop sets only its own line: a part of a list/set/dict comprehension on another line runs in a
        // block, which sets it (generator loops set their statements' lines themselves).
        private StmtNode LineSet(StmtNode node) =>
            isGenerator || node.Line == code.FirstLineNo ? node : new BlockNode([node]) { Line = node.Line };

        private StmtNode Comprehension(List<Comprehension> gens, int i, StmtNode innermost)
        {
            var g = gens[i];
            var inner = i == gens.Count - 1 ? LineSet(innermost) : Comprehension(gens, i + 1, innermost);
            for (var j = g.Ifs.Count - 1; j >= 0; j--)
                inner = LineSet(Located(isGenerator ? new GenIf(Expr(g.Ifs[j]), inner, null) : new IfNode(Expr(g.Ifs[j]), inner, null), g.Ifs[j]));
            if (g.IsAsync != 0) return new GenAsyncFor(Target(g.Target), i == 0 ? new LoadLocal(0, ".0") : Expr(g.Iter), inner, null) { Line = code.FirstLineNo };
            var iter = i == 0 ? new LoadLocal(0, ".0") : IterExpr(g.Iter);
            // The first loop receives the iterator the enclosing scope made (.0): no second iter() call, as in CPython.
            return isGenerator ? new GenFor(Target(g.Target), iter, inner, null, iterIsIterator: i == 0) { Line = code.FirstLineNo }
                : new ForNode(Target(g.Target), iter, inner, null, iterIsIterator: i == 0) { Line = code.FirstLineNo };
        }

        private StmtNode Block(List<Stmt> stmts)
        {
            var nodes = new StmtNode[stmts.Count];
            var anyGen = false;
            for (var i = 0; i < stmts.Count; i++)
            {
                nodes[i] = Stmt(stmts[i]);
                anyGen |= nodes[i] is GenStmt;
            }
            if (isGenerator && anyGen) return new GenBlock(nodes);
            if (nodes.Length == 1 && nodes[0] is not GenStmt) return nodes[0] is BlockNode ? nodes[0] : new BlockNode(nodes);
            return new BlockNode(nodes);
        }

        private StmtNode? OptionalBlock(List<Stmt> stmts) => stmts.Count == 0 ? null : Block(stmts);

        private StmtNode Stmt(Stmt s)
        {
            DepthGuard.Enter();
            var node = StmtCore(s);
            node.Line = s.Lineno;
            return node;
        }

        private StmtNode StmtCore(Stmt s)
        {
            switch (s)
            {
                case ExprStmt e:
                    if (isGenerator)
                    {
                        if (e.Value is Yield y) return new GenYield(y.Value is null ? null : Expr(y.Value), null);
                        if (e.Value is YieldFrom yf) return new GenYieldFrom(Expr(yf.Value), null, false);
                        if (e.Value is Await aw) return new GenYieldFrom(Expr(aw.Value), null, false, isAwait: true);
                        CheckNoYield(e.Value);
                    }
                    if (interactive && scope.Kind == ScopeKind.Module) return new DisplayValueNode(Expr(e.Value));
                    return new ExprStmtNode(Expr(e.Value));
                case Assign a:
                {
                    var targets = a.Targets.Select(Target).ToArray();
                    if (isGenerator)
                    {
                        if (a.Value is Yield y && targets.Length == 1) return new GenYield(y.Value is null ? null : Expr(y.Value), targets[0]);
                        if (a.Value is YieldFrom yf && targets.Length == 1) return new GenYieldFrom(Expr(yf.Value), targets[0], false);
                        if (a.Value is Await aw && targets.Length == 1) return new GenYieldFrom(Expr(aw.Value), targets[0], false, isAwait: true);
                        CheckNoYield(a.Value);
                    }
                    var value = Expr(a.Value);
                    if (targets.Length == 1 && targets[0] is StoreLocal sl)
                    {
                        if (value is NumericNode && a.Targets[0] is Name { Id: var id } && unboxedNames?.Contains(id) == true)
                            return new AssignNumberLocalNode(sl.Slot, value);
                        return new AssignLocalNode(sl.Slot, value);
                    }
                    return new AssignNode(targets, value);
                }
                case AugAssign aa:
                {
                    if (isGenerator) CheckNoYield(aa.Value);
                    var value = Expr(aa.Value);
                    switch (aa.Target)
                    {
                        case Name n:
                        {
                            var t = Target(n);
                            if (t is StoreLocal sl) return new AugAssignLocalNode(sl.Slot, n.Id, aa.Op, value, unboxedNames?.Contains(n.Id) == true);
                            return new AugAssignNode(LoadName(n.Id), null, t, aa.Op, value);
                        }
                        case AstAttribute at: return new AugAssignAttrNode(Expr(at.Value), at.Attr, aa.Op, value);
                        case Subscript sub: return new AugAssignSubscriptNode(Expr(sub.Value), Expr(sub.Slice), aa.Op, value);
                    }
                    throw Error("'" + aa.Target.TypeName + "' is an illegal expression for augmented assignment", aa.Target);
                }
                case AnnAssign an:
                {
                    var list = new List<StmtNode>();
                    if (an.Value is not null) list.Add(new AssignNode([Target(an.Target)], Expr(an.Value)) { Line = an.Lineno });
                    if (an.Simple != 0 && an.Target is Name tn && scope.Kind is ScopeKind.Module or ScopeKind.Class)
                        list.Add(new AnnotationStoreNode(tn.Id, Expr(an.Annotation)) { Line = an.Lineno });
                    return list.Count == 1 ? list[0] : new BlockNode([.. list]);
                }
                case Return r:
                    if (r.Value is not null && isGenerator)
                    {
                        if (r.Value is YieldFrom yf) return new GenYieldFrom(Expr(yf.Value), null, true);
                        if (r.Value is Await aw) return new GenYieldFrom(Expr(aw.Value), null, true, isAwait: true);
                        CheckNoYield(r.Value);
                    }
                    return new ReturnNode(r.Value is null ? null : Expr(r.Value));
                case Pass: return new PassNode();
                case Break: return new BreakNode();
                case Continue: return new ContinueNode();
                case If i:
                {
                    var test = Expr(i.Test);
                    var body = Block(i.Body);
                    var orelse = OptionalBlock(i.Orelse);
                    if (body is GenStmt || orelse is GenStmt) return new GenIf(test, body, orelse);
                    return new IfNode(test, body, orelse);
                }
                case While w:
                {
                    var test = Expr(w.Test);
                    var body = Block(w.Body);
                    var orelse = OptionalBlock(w.Orelse);
                    if (body is GenStmt || orelse is GenStmt) return new GenWhile(test, body, orelse);
                    return new WhileNode(test, body, orelse);
                }
                case For fo:
                {
                    var target = Target(fo.Target);
                    var iter = IterExpr(fo.Iter);
                    var body = Block(fo.Body);
                    var orelse = OptionalBlock(fo.Orelse);
                    if (body is GenStmt || orelse is GenStmt) return new GenFor(target, iter, body, orelse);
                    var loop = new ForNode(target, iter, body, orelse, fo.Iter is Call or GeneratorExp) { Line = fo.Lineno };
                    if (fo.Target is Name { Id: var counter } && unboxedNames?.Contains(counter) == true)
                    {
                        return new CounterForNode(scope.LocalSlot(counter), iter, body, orelse, loop)
                        {
                            // range(...) with positional arguments: the call's parts, evaluated by the loop itself.
                            RangeCall = fo.Iter is Call { Func: Name { Id: "range" }, Args.Count: >= 1 and <= 3 } && iter is CallPositionalNode rangeCall
                                ? (rangeCall.Func, rangeCall.Args)
                                : null,
                        };
                    }
                    return loop;
                }
                case Try t:
                {
                    var body = Block(t.Body);
                    var handlers = t.Handlers.Select(h =>
                        new ExceptHandlerNode(h.Type is null ? null : Expr(h.Type), h.Name is null ? null : NameTarget(h.Name), Block(h.Body))).ToArray();
                    for (var i = 0; i < t.Handlers.Count - 1; i++)
                        if (t.Handlers[i].Type is null) throw Error("default 'except:' must be last", t.Handlers[i]);
                    var orelse = OptionalBlock(t.Orelse);
                    var fin = OptionalBlock(t.Finalbody);
                    if (body is GenStmt || orelse is GenStmt || fin is GenStmt || handlers.Any(h => h.Body is GenStmt))
                        return new GenTry(body, handlers, orelse, fin);
                    return new TryNode(body, handlers, orelse, fin);
                }
                case TryStar ts:
                {
                    var body = Block(ts.Body);
                    var handlers = ts.Handlers.Select(h =>
                        new ExceptHandlerNode(Expr(h.Type!), h.Name is null ? null : NameTarget(h.Name), Block(h.Body))).ToArray();
                    var orelse = OptionalBlock(ts.Orelse);
                    var fin = OptionalBlock(ts.Finalbody);
                    if (body is GenStmt || orelse is GenStmt || fin is GenStmt || handlers.Any(h => h.Body is GenStmt))
                        throw Error("yield inside a try statement with except* is not supported yet", ts);
                    return new TryStarNode(body, handlers, orelse, fin);
                }
                case Raise ra: return new RaiseNode(ra.Exc is null ? null : Expr(ra.Exc), ra.Cause is null ? null : Expr(ra.Cause));
                case Assert asrt: return new AssertNode(Expr(asrt.Test), asrt.Msg is null ? null : Expr(asrt.Msg));
                case Delete d: return new DeleteNode(d.Targets.Select(Target).ToArray());
                case Global or Nonlocal: return new PassNode();
                case With w:
                {
                    // Nested items: with a, b: == with a: with b:
                    StmtNode body = Block(w.Body);
                    for (var i = w.Items.Count - 1; i >= 0; i--)
                    {
                        var item = w.Items[i];
                        var ctx = Expr(item.ContextExpr);
                        var target = item.OptionalVars is null ? null : Target(item.OptionalVars);
                        body = body is GenStmt ? new GenWith(ctx, target, body) { Line = w.Lineno } : new WithNode(ctx, target, body) { Line = w.Lineno };
                    }
                    return body;
                }
                case FunctionDef fd: return new StoreResultNode(MakeFunction(fd, fd.Name, fd.Args, fd.DecoratorList), NameTarget(fd.Name));
                case ClassDef cd: return new StoreResultNode(MakeClass(cd), NameTarget(cd.Name));
                case Import im:
                {
                    var nodes = new List<StmtNode>();
                    foreach (var a in im.Names)
                    {
                        var bind = a.Asname ?? a.Name.Split('.')[0];
                        nodes.Add(new ImportNode(a.Name, a.Asname, NameTarget(bind)) { Line = im.Lineno });
                    }
                    return nodes.Count == 1 ? nodes[0] : new BlockNode([.. nodes]);
                }
                case ImportFrom imf:
                {
                    var names = imf.Names.Select(a => a.Name).ToArray();
                    var targets = imf.Names.Select(a => a.Name == "*" ? null : NameTarget(a.Asname ?? a.Name)).ToArray();
                    return new ImportFromNode(imf.Module, imf.Level ?? 0, names, targets);
                }
                case Match m: return CompileMatch(m);
                case AsyncFunctionDef afd: return new StoreResultNode(MakeFunction(afd, afd.Name, afd.Args, afd.DecoratorList), NameTarget(afd.Name));
                case AsyncFor af:
                {
                    var target = Target(af.Target);
                    var iter = Expr(af.Iter);
                    return new GenAsyncFor(target, iter, Block(af.Body), OptionalBlock(af.Orelse));
                }
                case AsyncWith aw:
                {
                    StmtNode body = Block(aw.Body);
                    for (var i = aw.Items.Count - 1; i >= 0; i--)
                    {
                        var item = aw.Items[i];
                        body = new GenAsyncWith(Expr(item.ContextExpr), item.OptionalVars is null ? null : Target(item.OptionalVars), body) { Line = aw.Lineno };
                    }
                    return body;
                }
            }
            throw Error("unsupported statement " + s.TypeName, s);
        }

        // ------------------------------------------------------------ match
        // Patterns were checked by the symbol table builder (unreachable cases, repeated names, duplicate keys).

        private StmtNode CompileMatch(Match m)
        {
            var cases = new MatchCaseNode[m.Cases.Count];
            var anyGen = false;
            for (var i = 0; i < m.Cases.Count; i++)
            {
                var c = m.Cases[i];
                var pattern = Pattern(c.Pattern);
                var body = Block(c.Body);
                anyGen |= body is GenStmt;
                cases[i] = new MatchCaseNode(pattern, c.Guard is null ? null : Expr(c.Guard), body);
            }
            var subject = Expr(m.Subject);
            return anyGen ? new GenMatch(subject, cases) : new MatchNode(subject, cases);
        }

        private PatternNode Pattern(Pattern p)
        {
            DepthGuard.Enter();
            switch (p)
            {
                case MatchValue v: return new ValuePattern(Expr(v.Value));
                case MatchSingleton s: return new SingletonPattern(ConstantToObject(s.Value));
                case MatchAs a: return new AsPattern(a.Pattern is null ? null : Pattern(a.Pattern), a.Name is null ? null : NameTarget(a.Name));
                case MatchOr o: return new OrPattern(o.Patterns.Select(Pattern).ToArray());
                case MatchSequence sq:
                {
                    var star = sq.Patterns.FindIndex(x => x is MatchStar);
                    var starTarget = star >= 0 && ((MatchStar)sq.Patterns[star]).Name is { } sn ? NameTarget(sn) : null;
                    var items = sq.Patterns.Select(x => x is MatchStar ? null : Pattern(x)).ToArray();
                    return new SequencePattern(items, star, starTarget);
                }
                case MatchMapping mm:
                    return new MappingPattern(Exprs(mm.Keys), mm.Patterns.Select(Pattern).ToArray(), mm.Rest is null ? null : NameTarget(mm.Rest));
                case MatchClass mc:
                    return new ClassPattern(Expr(mc.Cls), mc.Patterns.Select(Pattern).ToArray(), [.. mc.KwdAttrs], mc.KwdPatterns.Select(Pattern).ToArray());
                case MatchStar ms: throw Error("can't use starred name here", ms);
            }
            throw Error("unsupported pattern " + p.TypeName, p);
        }

        private void CheckNoYield(Expr e)
        {
            if (YieldFinder.Contains(e))
                throw Error("yield inside this kind of expression is not supported yet (use 'x = yield v' or a 'yield' statement)", e);
        }

        // ------------------------------------------------------------ names

        private ExprNode LoadName(string id)
        {
            switch (scope.KindOf(id))
            {
                case NameKind.Local when unboxedNames?.Contains(id) == true: return new LoadNumberLocal(scope.LocalSlot(id), id);
                case NameKind.Local: return new LoadLocal(scope.LocalSlot(id), id);
                case NameKind.Cell: return new LoadCell(scope.CellSlot(id), id, false);
                case NameKind.Free: return new LoadCell(scope.CellSlot(id), id, true);
                case NameKind.ClassDeref: return new LoadClassDeref(id, scope.CellSlot(id));
                case NameKind.Dict: return new LoadName(id);
                case NameKind.GlobalImplicit when UsesLocalsDictForGlobals: return new LoadName(id);
                default: return new LoadGlobal(id);
            }
        }

        private TargetNode NameTarget(string id)
        {
            switch (scope.KindOf(id))
            {
                case NameKind.Local: return new StoreLocal(scope.LocalSlot(id), id);
                case NameKind.Cell: return new StoreCell(scope.CellSlot(id), id, false);
                case NameKind.Free: return new StoreCell(scope.CellSlot(id), id, true);
                case NameKind.GlobalExplicit: return new StoreGlobal(id);
                case NameKind.GlobalImplicit when scope.Kind == ScopeKind.Module && !UsesLocalsDictForGlobals: return new StoreGlobal(id);
                default: return new StoreName(id);
            }
        }

        private TargetNode Target(Expr e)
        {
            switch (e)
            {
                case Name n: return NameTarget(n.Id);
                case AstAttribute a: return new StoreAttr(Expr(a.Value), a.Attr);
                case Subscript { Slice: Slice sl } s:
                    return new StoreSliceSubscript(Expr(s.Value), OptionalExpr(sl.Lower), OptionalExpr(sl.Upper), OptionalExpr(sl.Step));
                case Subscript s: return new StoreSubscript(Expr(s.Value), Expr(s.Slice));
                case AstTuple or AstList:
                {
                    var elts = e is AstTuple t ? t.Elts : ((AstList)e).Elts;
                    var star = -1;
                    var targets = new TargetNode[elts.Count];
                    for (var i = 0; i < elts.Count; i++)
                    {
                        if (elts[i] is Starred st)
                        {
                            if (star >= 0) throw Error("multiple starred expressions in assignment", st);
                            star = i;
                            targets[i] = Target(st.Value);
                        }
                        else targets[i] = Target(elts[i]);
                    }
                    return new StoreUnpack(targets, star);
                }
                case Starred s: throw Error("starred assignment target must be in a list or tuple", s);
            }
            throw Error($"cannot assign to {e.TypeName}", e);
        }

        // ------------------------------------------------------------ expressions

        // The constants of a code object made by fat.replace_consts go through its mapping.
        private PyObject MapConstant(PyObject value) =>
            code.ConstantMapping is { } m ? m.Storage.Get(value) ?? value : value;

        private ExprNode[] Exprs(List<Expr> es) => es.Select(Expr).ToArray();

        private ExprNode? OptionalExpr(Expr? e) => e is null ? null : Expr(e);

        /// <summary>The iterable of a for loop or comprehension: a set display of constants is iterated as the frozenset
        /// constant CPython's AST optimizer makes of it (its order can differ from the set the display would build).</summary>
        private ExprNode IterExpr(Expr e)
        {
            if (e is AstSet st && st.Elts.Count > 0 && st.Elts.All(IsFoldableConstant))
            {
                try
                {
                    return new ConstNode(SetMethods.FrozenConstant(st.Elts.Select(FoldedConstant).ToList()));
                }
                catch (PythonException)
                {
                    // An unhashable constant: the display raises when it runs.
                }
            }
            return Expr(e);
        }

        private ExprNode Expr(Expr e)
        {
            DepthGuard.Enter();
            switch (e)
            {
                case Constant c: return new ConstNode(MapConstant(ConstantToObject(c.Value)));
                case Name n: return LoadName(n.Id);
                case BinOp b:
                {
                    var l = Expr(b.Left);
                    var r = Expr(b.Right);
                    return b.Op switch
                    {
                        Operator.Add => new ArithmeticNode<AddOp>(l, r),
                        Operator.Sub => new ArithmeticNode<SubOp>(l, r),
                        Operator.Mult => new ArithmeticNode<MulOp>(l, r),
                        Operator.Div => new ArithmeticNode<DivOp>(l, r),
                        _ => new BinaryNode(l, b.Op, r),
                    };
                }
                case UnaryOp u:
                    if (u.Op == UnaryOperator.USub && u.Operand is Constant { Value: long or double or BigInteger } uc)
                        return new ConstNode(MapConstant(Ops.Negate(ConstantToObject(uc.Value))));
                    return new UnaryNode(u.Op, Expr(u.Operand));
                case BoolOp bo:
                    return bo.Op == BoolOperator.And ? new AndNode(Exprs(bo.Values)) : new OrNode(Exprs(bo.Values));
                case Compare cmp:
                    if (cmp.Ops.Count == 1)
                    {
                        var l = Expr(cmp.Left);
                        var r = Expr(cmp.Comparators[0]);
                        return cmp.Ops[0] switch
                        {
                            CmpOperator.Lt => new CmpNode<LtOp>(l, r),
                            CmpOperator.LtE => new CmpNode<LtEOp>(l, r),
                            CmpOperator.Gt => new CmpNode<GtOp>(l, r),
                            CmpOperator.GtE => new CmpNode<GtEOp>(l, r),
                            CmpOperator.Eq => new CmpNode<EqOp>(l, r),
                            CmpOperator.NotEq => new CmpNode<NotEqOp>(l, r),
                            CmpOperator.Is => new IsNode(l, r, false),
                            CmpOperator.IsNot => new IsNode(l, r, true),
                            CmpOperator.In => new ContainsNode(l, r, false),
                            CmpOperator.NotIn => new ContainsNode(l, r, true),
                            _ => new CompareNode(l, cmp.Ops[0], r),
                        };
                    }
                    return new ChainedCompareNode(Expr(cmp.Left), [.. cmp.Ops], Exprs(cmp.Comparators));
                case IfExp ie: return new IfExpNode(Expr(ie.Test), Expr(ie.Body), Expr(ie.Orelse));
                case NamedExpr ne: return new NamedExprNode(NameTarget(((Name)ne.Target).Id), Expr(ne.Value));
                case AstAttribute a: return new AttributeNode(Expr(a.Value), a.Attr);
                case Subscript { Slice: Slice sl } s:
                    return new SliceSubscriptNode(Expr(s.Value), OptionalExpr(sl.Lower), OptionalExpr(sl.Upper), OptionalExpr(sl.Step));
                case Subscript s: return new SubscriptNode(Expr(s.Value), Expr(s.Slice));
                case Slice sl: return new SliceNode(sl.Lower is null ? null : Expr(sl.Lower), sl.Upper is null ? null : Expr(sl.Upper), sl.Step is null ? null : Expr(sl.Step));
                case AstTuple t:
                    if (t.Elts.Any(x => x is Starred)) return Starred(t.Elts, 't');
                    if (t.Elts.All(x => x is Constant)) return new ConstNode(MapConstant(PyTuple.Create(t.Elts.Select(x => ConstantToObject(((Constant)x).Value)).ToArray())));
                    return new TupleNode(Exprs(t.Elts));
                case AstList l:
                    if (l.Elts.Any(x => x is Starred)) return Starred(l.Elts, 'l');
                    return new ListNode(Exprs(l.Elts));
                case AstSet st:
                    if (st.Elts.Any(x => x is Starred)) return Starred(st.Elts, 's');
                    if (st.Elts.Count > 2 && st.Elts.All(IsFoldableConstant))
                    {
                        try
                        {
                            return new ConstSetNode(SetMethods.FrozenConstant(st.Elts.Select(FoldedConstant).ToList()));
                        }
                        catch (PythonException)
                        {
                            // An unhashable constant: the display raises when it runs, as CPython's does.
                        }
                    }
                    return new SetNode(Exprs(st.Elts));
                case AstDict d:
                    return new DictNode(d.Keys.Select(k => k is null ? null : Expr(k)).ToArray(), Exprs(d.Values));
                case Call call: return CompileCall(call);
                case Lambda lam: return MakeFunction(lam, "<lambda>", lam.Args, []);
                case ListComp or SetComp or DictComp or GeneratorExp: return MakeComprehension(e);
                case JoinedStr js:
                    if (js.Values.Count == 0) return new ConstNode(PyStr.Empty);
                    return new JoinedStrNode(Exprs(js.Values));
                case FormattedValue fv:
                    return new FormattedValueNode(Expr(fv.Value), fv.Conversion, fv.FormatSpec is null ? null : Expr(fv.FormatSpec));
                case Starred s: throw Error("can't use starred expression here", s);
                case Yield or YieldFrom: throw Error("yield inside this kind of expression is not supported yet (use 'x = yield v' or a 'yield' statement)", e);
                case Await aw: throw Error("'await' outside async function", aw);
            }
            throw Error("unsupported expression " + e.TypeName, e);
        }

        private ExprNode Starred(List<Expr> elts, char kind)
        {
            var items = elts.Select(x => x is Starred s ? Expr(s.Value) : Expr(x)).ToArray();
            var starred = elts.Select(x => x is Starred).ToArray();
            return new StarredDisplayNode(items, starred, kind);
        }

        private ExprNode CompileCall(Call call)
        {
            if (call.Func is Name { Id: "super" } && call.Args.Count == 0 && call.Keywords.Count == 0
                && scope.KindOf("super") is NameKind.GlobalImplicit && scope.KindOf("__class__") == NameKind.Free)
            {
                var first = scope.Params.Count > 0 ? scope.Params[0] : null;
                if (first is not null)
                {
                    var isCell = scope.KindOf(first) == NameKind.Cell;
                    return new SuperNode(scope.CellSlot("__class__"), isCell ? scope.CellSlot(first) : scope.LocalSlot(first), isCell);
                }
                return new SuperNode(scope.CellSlot("__class__"), -1, false);
            }
            var simple = call.Keywords.Count == 0 && !call.Args.Any(a => a is Starred);
            if (simple)
            {
                if (call.Func is AstAttribute at) return new CallMethodNode(Expr(at.Value), at.Attr, Exprs(call.Args));
                var callee = Expr(call.Func);
                var argNodes = Exprs(call.Args);
                // A builtin made a constant of this code (fat's copy_builtin_to_constant) is bound here.
                if (callee is ConstNode { Value: PyBuiltinFunction builtin } && ConstantBuiltinCalls.TryCreate(builtin, argNodes) is { } direct)
                    return direct;
                // abs/len/ord by a global name: unboxed results while the name gives the builtin.
                if (callee is LoadGlobal && argNodes.Length == 1 && call.Func is Name { Id: var fname }
                    && fname switch { "abs" => BuiltinIntrinsic.Abs, "len" => BuiltinIntrinsic.Len, "ord" => BuiltinIntrinsic.Ord, _ => BuiltinIntrinsic.None } is var intrinsic
                    && intrinsic != BuiltinIntrinsic.None)
                    return new IntrinsicNameCallNode(callee, argNodes[0], intrinsic);
                return new CallPositionalNode(callee, argNodes);
            }
            if (!call.Args.Any(a => a is Starred) && call.Keywords.All(k => k.Arg is not null)
                && call.Keywords.Select(k => k.Arg).Distinct().Count() == call.Keywords.Count)
            {
                // obj.m(a, k=v) and f(a, k=v): named keywords only, passed after the positional values.
                if (call.Func is AstAttribute method)
                {
                    var values = Exprs(call.Args).Concat(call.Keywords.Select(k => Expr(k.Value))).ToArray();
                    return new CallMethodNode(Expr(method.Value), method.Attr, values, call.Keywords.Select(k => k.Arg!).ToArray());
                }
                var func = Expr(call.Func);
                var all = Exprs(call.Args).Concat(call.Keywords.Select(k => Expr(k.Value))).ToArray();
                return new CallKeywordsNode(func, all, call.Keywords.Select(k => k.Arg!).ToArray());
            }
            var args = call.Args.Select(a => a is Starred s ? Expr(s.Value) : Expr(a)).ToArray();
            var starred = call.Args.Select(a => a is Starred).ToArray();
            return new CallGeneralNode(Expr(call.Func), args, starred, call.Keywords.Select(k => k.Arg).ToArray(), call.Keywords.Select(k => Expr(k.Value)).ToArray());
        }

        private int[] ClosureSlots(Scope child) => child.FreeNames.Select(n => scope.CellSlot(n)).ToArray();

        private ExprNode MakeFunction(Node def, string name, Arguments args, List<Expr> decorators)
        {
            var child = owner.scopes[def];
            var childCode = owner.CreateCode(def, child, name, ((LocatedNode)def).Lineno);
            var defaults = Exprs(args.Defaults);
            var kwNames = new List<string>();
            var kwValues = new List<ExprNode>();
            for (var i = 0; i < args.Kwonlyargs.Count; i++)
            {
                if (args.KwDefaults[i] is { } d)
                {
                    kwNames.Add(args.Kwonlyargs[i].ArgName);
                    kwValues.Add(Expr(d));
                }
            }
            var annotations = new List<(string, ExprNode)>();
            // CPython's order: positional, *args, keyword-only, **kwargs, return.
            var annotated = args.Posonlyargs.Concat(args.Args);
            if (args.Vararg is not null) annotated = annotated.Append(args.Vararg);
            annotated = annotated.Concat(args.Kwonlyargs);
            if (args.Kwarg is not null) annotated = annotated.Append(args.Kwarg);
            foreach (var a in annotated)
                if (a.Annotation is not null) annotations.Add((a.ArgName, Expr(a.Annotation)));
            if (def is FunctionDef { Returns: { } ret }) annotations.Add(("return", Expr(ret)));
            if (def is AsyncFunctionDef { Returns: { } aret }) annotations.Add(("return", Expr(aret)));
            return new MakeFunctionNode(childCode, child.Qualname, defaults, [.. kwNames], [.. kwValues], ClosureSlots(child),
                Exprs(decorators), [.. annotations]);
        }

        private ExprNode MakeClass(ClassDef cd)
        {
            var child = owner.scopes[cd];
            var childCode = owner.CreateCode(cd, child, cd.Name, cd.Lineno);
            childCode.Flags |= CodeFlags.DictLocals;
            var bases = cd.Bases.Select(b => b is Starred s ? Expr(s.Value) : Expr(b)).ToArray();
            var starred = cd.Bases.Select(b => b is Starred).ToArray();
            return new ClassDefNode(childCode, cd.Name, bases, starred, cd.Keywords.Select(k => k.Arg).ToArray(),
                cd.Keywords.Select(k => Expr(k.Value)).ToArray(), ClosureSlots(child), Exprs(cd.DecoratorList));
        }

        private ExprNode MakeComprehension(Expr e)
        {
            var child = owner.scopes[e];
            var (name, gens, kind) = e switch
            {
                ListComp lc => ("<listcomp>", lc.Generators, 'l'),
                SetComp sc => ("<setcomp>", sc.Generators, 's'),
                DictComp dc => ("<dictcomp>", dc.Generators, 'd'),
                _ => ("<genexpr>", ((GeneratorExp)e).Generators, 'g'),
            };
            var childCode = owner.CreateCode(e, child, name, e.Lineno);
            var isAsync = gens[0].IsAsync != 0;
            return new ComprehensionNode(childCode, isAsync ? Expr(gens[0].Iter) : IterExpr(gens[0].Iter), ClosureSlots(child), kind, isAsync);
        }
    }

    /// <summary>Finds a yield in an expression (not descending into nested scopes).</summary>
    private sealed class YieldFinder : NodeVisitor
    {
        private bool found;

        public static bool Contains(Expr e)
        {
            var f = new YieldFinder();
            f.Visit(e);
            return f.found;
        }

        public override void VisitYield(Yield node) => found = true;
        public override void VisitYieldFrom(YieldFrom node) => found = true;
        public override void VisitLambda(Lambda node) { }
        public override void VisitListComp(ListComp node) { }
        public override void VisitSetComp(SetComp node) { }
        public override void VisitDictComp(DictComp node) { }
        public override void VisitGeneratorExp(GeneratorExp node) { }
    }
}
