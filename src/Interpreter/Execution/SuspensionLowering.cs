using FatSharp.Ast;
using AstAttribute = FatSharp.Ast.Attribute;
using AstTuple = FatSharp.Ast.Tuple;
using AstList = FatSharp.Ast.List;
using AstDict = FatSharp.Ast.Dict;
using AstSet = FatSharp.Ast.Set;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Rewrites function bodies so that every suspension point (<c>yield</c>, <c>yield from</c>, <c>await</c>) is a
/// statement of one of the forms the generator compiler runs as a resumable step: <c>yield v</c>,
/// <c>t = yield v</c>, <c>t = yield from g</c>, <c>t = await a</c>, <c>return await a</c>. Operands evaluated before
/// a suspension are saved in hidden locals (names starting with '.') so evaluation order stays CPython's:
/// <c>x = f(a, (yield b))</c> becomes <c>.s0 = f; .s1 = a; .s2 = yield b; x = .s0(.s1, .s2)</c>.
/// Short-circuit operators become if statements. Async list/set/dict comprehensions become an await of the
/// comprehension (which then evaluates to a coroutine, as in CPython).
/// </summary>
internal sealed class SuspensionLowering
{
    private int tempCounter;
    private readonly string filename;

    private SuspensionLowering(string filename) => this.filename = filename;

    /// <summary>Returns the module itself when nothing needs lowering, else a lowered copy.</summary>
    public static Mod Lower(Mod module, string filename)
    {
        if (!SuspensionFinder.AnyInTree(module)) return module;
        var copy = NodeCopier.Copy(module);
        var l = new SuspensionLowering(filename);
        switch (copy)
        {
            case Module m: l.WalkStatements(m.Body, false); break;
            case Interactive i: l.WalkStatements(i.Body, false); break;
        }
        return copy;
    }

    private PythonSyntaxError Error(string msg, LocatedNode at) =>
        new(SyntaxErrorKind.SyntaxError, msg, filename, at.Lineno, at.ColOffset + 1, null);

    /// <summary>Finds function definitions anywhere in a statement list and lowers their bodies.</summary>
    private void WalkStatements(List<Stmt> body, bool inFunction)
    {
        if (inFunction)
        {
            var lowered = LowerBlock(body);
            body.Clear();
            body.AddRange(lowered);
        }
        foreach (var s in body) WalkNested(s, inFunction);
    }

    private void WalkNested(Stmt s, bool inFunction)
    {
        DepthGuard.Enter();
        switch (s)
        {
            case FunctionDef fd: WalkStatements(fd.Body, true); break;
            case AsyncFunctionDef afd: WalkStatements(afd.Body, true); break;
            case ClassDef cd: WalkStatements(cd.Body, false); break;
            default:
                // Compound statements of a function were lowered with it; only look for nested definitions.
                foreach (var child in ChildBlocks(s))
                    foreach (var c in child) WalkNested(c, inFunction);
                break;
        }
    }

    private static IEnumerable<List<Stmt>> ChildBlocks(Stmt s)
    {
        switch (s)
        {
            case If i: yield return i.Body; yield return i.Orelse; break;
            case While w: yield return w.Body; yield return w.Orelse; break;
            case For f: yield return f.Body; yield return f.Orelse; break;
            case AsyncFor af: yield return af.Body; yield return af.Orelse; break;
            case With w: yield return w.Body; break;
            case AsyncWith aw: yield return aw.Body; break;
            case Try t:
                yield return t.Body;
                foreach (var h in t.Handlers) yield return h.Body;
                yield return t.Orelse;
                yield return t.Finalbody;
                break;
            case TryStar ts:
                yield return ts.Body;
                foreach (var h in ts.Handlers) yield return h.Body;
                yield return ts.Orelse;
                yield return ts.Finalbody;
                break;
            case Match m:
                foreach (var c in m.Cases) yield return c.Body;
                break;
        }
    }

    // ------------------------------------------------------------------ statements

    private List<Stmt> LowerBlock(List<Stmt> body)
    {
        var result = new List<Stmt>(body.Count);
        foreach (var s in body) LowerStatement(s, result);
        return result;
    }

    private static bool IsSuspension(Expr? e) => e is Yield or YieldFrom or Await;

    private static Expr? Operand(Expr e) => e switch
    {
        Yield y => y.Value,
        YieldFrom yf => yf.Value,
        Await a => a.Value,
        _ => null,
    };

    private static bool Has(Expr? e) => e is not null && SuspensionFinder.InExpression(e);

    /// <summary>A suspension whose operand has none: already a simple step.</summary>
    private static bool IsSimpleSuspension(Expr e) => IsSuspension(e) && !Has(Operand(e));

    private void LowerStatement(Stmt s, List<Stmt> output)
    {
        DepthGuard.Enter();
        // Nested blocks first (statements inside if/while/for/try bodies).
        switch (s)
        {
            case If i: Replace(i.Body); Replace(i.Orelse); break;
            case While w: Replace(w.Body); Replace(w.Orelse); break;
            case For f: Replace(f.Body); Replace(f.Orelse); break;
            case AsyncFor af: Replace(af.Body); Replace(af.Orelse); break;
            case With w:
                if (w.Items.Count > 1 && w.Items.Skip(1).Any(it => Has(it.ContextExpr) || Has(it.OptionalVars)))
                {
                    // with a, (yield b): == with a: with (yield b): (the second item is evaluated inside the first).
                    var inner = new With(w.Items.Skip(1).ToList(), w.Body, w.TypeComment, w.Lineno, w.ColOffset, w.EndLineno, w.EndColOffset);
                    w.Items = [w.Items[0]];
                    w.Body = [inner];
                }
                Replace(w.Body);
                break;
            case AsyncWith aw:
                if (aw.Items.Count > 1)
                {
                    var inner = new AsyncWith(aw.Items.Skip(1).ToList(), aw.Body, aw.TypeComment, aw.Lineno, aw.ColOffset, aw.EndLineno, aw.EndColOffset);
                    aw.Items = [aw.Items[0]];
                    aw.Body = [inner];
                }
                Replace(aw.Body);
                break;
            case Try t:
                Replace(t.Body);
                foreach (var h in t.Handlers) Replace(h.Body);
                Replace(t.Orelse);
                Replace(t.Finalbody);
                break;
            case TryStar ts:
                Replace(ts.Body);
                foreach (var h in ts.Handlers) Replace(h.Body);
                Replace(ts.Orelse);
                Replace(ts.Finalbody);
                break;
            case Match m:
                foreach (var c in m.Cases) Replace(c.Body);
                break;
        }
        var pre = new List<Stmt>();
        switch (s)
        {
            case ExprStmt e:
                if (IsSuspension(e.Value)) SetOperand(e.Value, Lin(Operand(e.Value), pre, s));
                else if (Has(e.Value)) e.Value = Lin(e.Value, pre, s)!;
                break;
            case Assign a:
                if (a.Targets.Any(Has)) throw Error("yield or await inside an assignment target is not supported yet", a);
                if (IsSuspension(a.Value) && a.Targets.Count == 1) SetOperand(a.Value, Lin(Operand(a.Value), pre, s));
                else if (Has(a.Value)) a.Value = Lin(a.Value, pre, s)!;
                break;
            case AugAssign aa when Has(aa.Value):
                LowerAugAssign(aa, output);
                return;
            case AnnAssign an when Has(an.Value):
                an.Value = Lin(an.Value, pre, s);
                break;
            case Return r when Has(r.Value):
                if (r.Value is YieldFrom or Await) SetOperand(r.Value, Lin(Operand(r.Value), pre, s));
                else r.Value = Lin(r.Value, pre, s);
                break;
            case If i when Has(i.Test):
                i.Test = Lin(i.Test, pre, s)!;
                break;
            case While w when Has(w.Test):
            {
                if (w.Orelse.Count > 0) throw Error("yield or await in a while condition with an else clause is not supported yet", w);
                // while <test>: body  ==  while True: <pre>; if not test': break; body
                var loopPre = new List<Stmt>();
                var test = Lin(w.Test, loopPre, s)!;
                loopPre.Add(new If(new UnaryOp(UnaryOperator.Not, test, w.Lineno, w.ColOffset, w.EndLineno, w.EndColOffset),
                    [new Break(w.Lineno, w.ColOffset, w.EndLineno, w.EndColOffset)], [], w.Lineno, w.ColOffset, w.EndLineno, w.EndColOffset));
                w.Test = new Constant(true, null, w.Lineno, w.ColOffset, w.EndLineno, w.EndColOffset);
                w.Body.InsertRange(0, loopPre);
                break;
            }
            case For f when Has(f.Iter):
                f.Iter = Lin(f.Iter, pre, s)!;
                break;
            case AsyncFor af when Has(af.Iter):
                af.Iter = Lin(af.Iter, pre, s)!;
                break;
            case With w when Has(w.Items[0].ContextExpr):
                w.Items[0].ContextExpr = Lin(w.Items[0].ContextExpr, pre, s)!;
                break;
            case AsyncWith aw when Has(aw.Items[0].ContextExpr):
                aw.Items[0].ContextExpr = Lin(aw.Items[0].ContextExpr, pre, s)!;
                break;
            case Raise ra when Has(ra.Exc) || Has(ra.Cause):
                if (Has(ra.Cause)) ra.Exc = Save(ra.Exc, pre, s);
                ra.Exc = Lin(ra.Exc, pre, s);
                ra.Cause = Lin(ra.Cause, pre, s);
                break;
            case Match m when Has(m.Subject):
                m.Subject = Lin(m.Subject, pre, s)!;
                break;
            case Assert asrt when Has(asrt.Test) || Has(asrt.Msg):
                throw Error("yield or await inside an assert statement is not supported yet", asrt);
            case Delete d when d.Targets.Any(Has):
                throw Error("yield or await inside a del statement is not supported yet", d);
            case FunctionDef or AsyncFunctionDef or ClassDef when SuspensionFinder.InDefinitionHeader(s):
                throw Error("yield or await in decorators, defaults, annotations or bases is not supported yet", (LocatedNode)s);
        }
        output.AddRange(pre);
        output.Add(s);

        void Replace(List<Stmt> block)
        {
            var lowered = LowerBlock(block);
            block.Clear();
            block.AddRange(lowered);
        }
    }

    private static void SetOperand(Expr e, Expr? operand)
    {
        switch (e)
        {
            case Yield y: y.Value = operand; break;
            case YieldFrom yf: yf.Value = operand!; break;
            case Await a: a.Value = operand!; break;
        }
    }

    /// <summary><c>target op= value-with-yield</c>: load the target first, then the value, then store.</summary>
    private void LowerAugAssign(AugAssign aa, List<Stmt> output)
    {
        var pre = new List<Stmt>();
        Expr load, store;
        switch (aa.Target)
        {
            case Name n:
                load = new Name(n.Id, ExprContext.Load, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);
                store = n;
                break;
            case AstAttribute at:
            {
                var obj = Save(at.Value, pre, aa)!;
                load = new AstAttribute(obj, at.Attr, ExprContext.Load, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);
                store = new AstAttribute(obj, at.Attr, ExprContext.Store, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);
                break;
            }
            case Subscript sub:
            {
                var obj = Save(sub.Value, pre, aa)!;
                var idx = Save(sub.Slice, pre, aa)!;
                load = new Subscript(obj, idx, ExprContext.Load, sub.Lineno, sub.ColOffset, sub.EndLineno, sub.EndColOffset);
                store = new Subscript(obj, idx, ExprContext.Store, sub.Lineno, sub.ColOffset, sub.EndLineno, sub.EndColOffset);
                break;
            }
            default: throw Error("illegal expression for augmented assignment", aa);
        }
        var current = NewTemp(aa);
        pre.Add(Assign(current, load, aa));
        var value = Save(Lin(aa.Value, pre, aa), pre, aa)!;
        pre.Add(new AugAssign(Store(current), aa.Op, value, aa.Lineno, aa.ColOffset, aa.EndLineno, aa.EndColOffset));
        pre.Add(new Assign([store], Load(current), null, aa.Lineno, aa.ColOffset, aa.EndLineno, aa.EndColOffset));
        output.AddRange(pre);
    }

    // ------------------------------------------------------------------ expressions

    private Name NewTemp(LocatedNode at) => new(".s" + tempCounter++, ExprContext.Store, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    private static Name Load(Name n) => new(n.Id, ExprContext.Load, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private static Name Store(Name n) => new(n.Id, ExprContext.Store, n.Lineno, n.ColOffset, n.EndLineno, n.EndColOffset);

    private static Assign Assign(Name target, Expr value, LocatedNode at) =>
        new([Store(target)], value, null, at.Lineno, at.ColOffset, at.EndLineno, at.EndColOffset);

    /// <summary>Evaluates <paramref name="e"/> now into a temporary (constants need no saving).</summary>
    private Expr? Save(Expr? e, List<Stmt> pre, LocatedNode at)
    {
        if (e is null or Constant) return e;
        var t = NewTemp(e);
        pre.Add(Assign(t, e, at));
        return Load(t);
    }

    /// <summary>Returns an expression without suspensions; statements computing its parts go to <paramref name="pre"/>.</summary>
    private Expr? Lin(Expr? e, List<Stmt> pre, LocatedNode at)
    {
        if (e is null || !Has(e)) return e;
        DepthGuard.Enter();
        if (SuspensionFinder.IsAsyncComprehension(e))
        {
            // Its first iterable is evaluated here; the comprehension itself is a coroutine that is awaited.
            var gens = e switch { ListComp lc => lc.Generators, SetComp sc => sc.Generators, _ => ((DictComp)e).Generators };
            gens[0].Iter = Lin(gens[0].Iter, pre, at)!;
            var t = NewTemp(e);
            pre.Add(Assign(t, new Await(e, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset), at));
            return Load(t);
        }
        switch (e)
        {
            case Yield or YieldFrom or Await:
            {
                SetOperand(e, Lin(Operand(e), pre, at));
                var t = NewTemp(e);
                pre.Add(Assign(t, e, at));
                return Load(t);
            }
            case BoolOp bo:
            {
                // a and b and c  ==  t = a; if t: t = b; if t: t = c
                var t = NewTemp(e);
                pre.Add(Assign(t, Lin(bo.Values[0], pre, at)!, at));
                var block = pre;
                for (var i = 1; i < bo.Values.Count; i++)
                {
                    var inner = new List<Stmt>();
                    inner.Add(Assign(t, Lin(bo.Values[i], inner, at)!, at));
                    Expr test = bo.Op == BoolOperator.And ? Load(t) : new UnaryOp(UnaryOperator.Not, Load(t), e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
                    block.Add(new If(test, inner, [], e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset));
                    block = inner;
                }
                return Load(t);
            }
            case IfExp ie:
            {
                var t = NewTemp(e);
                var test = Lin(ie.Test, pre, at)!;
                var body = new List<Stmt>();
                body.Add(Assign(t, Lin(ie.Body, body, at)!, at));
                var orelse = new List<Stmt>();
                orelse.Add(Assign(t, Lin(ie.Orelse, orelse, at)!, at));
                pre.Add(new If(test, body, orelse, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset));
                return Load(t);
            }
            case Compare c when c.Ops.Count > 1:
            {
                // a < b < c  ==  t = a < b; if t: t = b < c   (each operand evaluated once, in order)
                var t = NewTemp(e);
                var left = Save(Lin(c.Left, pre, at), pre, at)!;
                var block = pre;
                for (var i = 0; i < c.Ops.Count; i++)
                {
                    var target = i == 0 ? block : new List<Stmt>();
                    var right = Save(Lin(c.Comparators[i], target, at), target, at)!;
                    target.Add(Assign(t, new Compare(left, [c.Ops[i]], [right], e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset), at));
                    if (i > 0)
                    {
                        block.Add(new If(Load(t), target, [], e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset));
                        block = target;
                    }
                    left = right;
                }
                return Load(t);
            }
        }
        // Everything else: children in evaluation order; those before the last suspension are saved first.
        var slots = Children(e);
        var last = -1;
        for (var i = 0; i < slots.Count; i++)
            if (Has(slots[i].Get())) last = i;
        for (var i = 0; i < last; i++)
        {
            var v = slots[i].Get();
            if (v is Starred st) st.Value = Save(Lin(st.Value, pre, at), pre, at)!;
            else if (v is not null) slots[i].Set(Save(Lin(v, pre, at), pre, at)!);
        }
        slots[last].Set(Lin(slots[last].Get(), pre, at)!);
        return e;
    }

    private readonly record struct Slot(Func<Expr?> Get, Action<Expr> Set);

    private List<Slot> Children(Expr e)
    {
        var list = new List<Slot>();
        void Add(Func<Expr?> get, Action<Expr> set) => list.Add(new Slot(get, set));
        void AddList(List<Expr> items)
        {
            for (var i = 0; i < items.Count; i++)
            {
                var index = i;
                Add(() => items[index], v => items[index] = v);
            }
        }
        switch (e)
        {
            case BinOp b: Add(() => b.Left, v => b.Left = v); Add(() => b.Right, v => b.Right = v); break;
            case UnaryOp u: Add(() => u.Operand, v => u.Operand = v); break;
            case Compare c: Add(() => c.Left, v => c.Left = v); AddList(c.Comparators); break;
            case Call call:
                Add(() => call.Func, v => call.Func = v);
                AddList(call.Args);
                foreach (var k in call.Keywords) Add(() => k.Value, v => k.Value = v);
                break;
            case AstAttribute a: Add(() => a.Value, v => a.Value = v); break;
            case Subscript s: Add(() => s.Value, v => s.Value = v); Add(() => s.Slice, v => s.Slice = v); break;
            case Slice sl:
                Add(() => sl.Lower, v => sl.Lower = v);
                Add(() => sl.Upper, v => sl.Upper = v);
                Add(() => sl.Step, v => sl.Step = v);
                break;
            case AstTuple t: AddList(t.Elts); break;
            case AstList l: AddList(l.Elts); break;
            case AstSet st: AddList(st.Elts); break;
            case AstDict d:
                for (var i = 0; i < d.Values.Count; i++)
                {
                    var index = i;
                    Add(() => d.Keys[index], v => d.Keys[index] = v);
                    Add(() => d.Values[index], v => d.Values[index] = v);
                }
                break;
            case Starred st: Add(() => st.Value, v => st.Value = v); break;
            case NamedExpr ne: Add(() => ne.Value, v => ne.Value = v); break;
            case JoinedStr js: AddList(js.Values); break;
            case FormattedValue fv: Add(() => fv.Value, v => fv.Value = v); Add(() => fv.FormatSpec, v => fv.FormatSpec = v); break;
            default: throw Error("yield or await inside " + e.TypeName + " is not supported yet", e);
        }
        return list;
    }
}
