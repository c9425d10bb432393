using FatSharp.Ast;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Finds the names that are targets of <c>for</c> statements, augmented assignments and assignments of arithmetic
/// (<c>name = a * b</c>) in one function body (not in nested functions or classes, whose scopes are their own): the
/// locals that may hold unboxed numbers (<see cref="UnboxedNumber"/>).
/// </summary>
internal static class UnboxedLocalFinder
{
    public static HashSet<string>? Find(List<Stmt> body, Func<string, bool> isFastLocal)
    {
        HashSet<string>? names = null;
        Walk(body, isFastLocal, ref names);
        return names;
    }

    private static void Walk(List<Stmt> body, Func<string, bool> isFastLocal, ref HashSet<string>? names)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case AugAssign { Target: Name { Id: var target } } when isFastLocal(target):
                    (names ??= []).Add(target);
                    break;
                case Assign { Targets: [Name { Id: var assigned }], Value: BinOp or UnaryOp } when isFastLocal(assigned):
                    (names ??= []).Add(assigned);
                    break;
                case For fo:
                    if (fo.Target is Name { Id: var id } && isFastLocal(id)) (names ??= []).Add(id);
                    Walk(fo.Body, isFastLocal, ref names);
                    Walk(fo.Orelse, isFastLocal, ref names);
                    break;
                case AsyncFor af:
                    Walk(af.Body, isFastLocal, ref names);
                    Walk(af.Orelse, isFastLocal, ref names);
                    break;
                case While w:
                    Walk(w.Body, isFastLocal, ref names);
                    Walk(w.Orelse, isFastLocal, ref names);
                    break;
                case If i:
                    Walk(i.Body, isFastLocal, ref names);
                    Walk(i.Orelse, isFastLocal, ref names);
                    break;
                case With w:
                    Walk(w.Body, isFastLocal, ref names);
                    break;
                case AsyncWith aw:
                    Walk(aw.Body, isFastLocal, ref names);
                    break;
                case Try t:
                    WalkTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, isFastLocal, ref names);
                    break;
                case TryStar ts:
                    WalkTry(ts.Body, ts.Handlers, ts.Orelse, ts.Finalbody, isFastLocal, ref names);
                    break;
                case Match m:
                    foreach (var c in m.Cases) Walk(c.Body, isFastLocal, ref names);
                    break;
            }
        }
    }

    private static void WalkTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody,
        Func<string, bool> isFastLocal, ref HashSet<string>? names)
    {
        Walk(body, isFastLocal, ref names);
        foreach (var h in handlers) Walk(h.Body, isFastLocal, ref names);
        Walk(orelse, isFastLocal, ref names);
        Walk(finalbody, isFastLocal, ref names);
    }
}
