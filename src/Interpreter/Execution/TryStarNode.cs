namespace FatSharp.Interpreter.Execution;

/// <summary>
/// try/except*/else/finally (PEP 654). The raised exception (wrapped in a group when it is not one) is split by
/// each handler's type in turn; every handler runs at most once with its matching sub-group. What is left
/// unmatched or re-raised keeps the original group's shape; exceptions raised by handlers are grouped with it.
/// </summary>
internal sealed class TryStarNode(StmtNode body, ExceptHandlerNode[] handlers, StmtNode? orelse, StmtNode? finalbody)
    : TryStatementNode(finalbody)
{
    protected override ExecStatus TryExcept(Frame f)
    {
        ExecStatus st;
        try
        {
            st = body.Exec(f);
        }
        catch (PythonException e)
        {
            var result = Handle(f, e.Value);
            if (result is null) return ExecStatus.Normal;
            if (ReferenceEquals(result, e.Value)) throw;
            throw new PythonException(result);
        }
        if (st != ExecStatus.Normal || orelse is null) return st;
        return orelse.Exec(f);
    }

    /// <summary>Runs the matching handlers; returns the exception to raise afterwards, or null when all was handled.</summary>
    private PyBaseException? Handle(Frame f, PyBaseException original)
    {
        original.NoteCaught(f);
        var naked = !ExceptionGroups.IsGroup(original);
        PyBaseException? rest = original;
        var raised = new List<PyObject>();
        var reraised = new List<PyBaseException>();
        var anyMatched = false;
        foreach (var h in handlers)
        {
            if (rest is null) break;
            var type = h.Type!.Eval(f);
            try
            {
                CheckHandlerType(type);
            }
            catch (PythonException bad)
            {
                bad.Value.Context ??= original;
                throw;
            }
            var (match, remaining) = ExceptionGroups.Split(rest, e => TryNode.Matches(e, type));
            rest = remaining;
            if (match is null) continue;
            if (naked) match = Wrap(match);
            anyMatched = true;
            h.Name?.Store(f, match);
            ExceptionState.Push(match);
            try
            {
                h.Body.Exec(f);
            }
            catch (PythonException e2)
            {
                if (e2.IsBareReraise && ReferenceEquals(e2.Value, match)) reraised.Add(match);
                else
                {
                    if (!ReferenceEquals(e2.Value, match)) e2.Value.Context ??= match;
                    raised.Add(e2.Value);
                }
            }
            finally
            {
                ExceptionState.Pop();
                if (h.Name is not null)
                {
                    try { h.Name.Delete(f); }
                    catch (PythonException) { }
                }
            }
        }
        if (!anyMatched) return original;
        if (rest is not null) reraised.Add(rest);
        if (reraised.Count > 0)
        {
            // The unhandled and re-raised leaves, in the structure of the original group.
            var keep = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
            foreach (var r in reraised) ExceptionGroups.Leaves(r, keep);
            var projected = naked ? reraised[0] : ExceptionGroups.Split(original, e => !ExceptionGroups.IsGroup(e) && keep.Contains(e)).Match;
            if (projected is not null) raised.Add(projected);
        }
        if (raised.Count == 0) return null;
        if (raised.Count == 1) return (PyBaseException)raised[0];
        return ExceptionGroups.Create("", [.. raised], asList: true);
    }

    private static PyBaseException Wrap(PyBaseException naked)
    {
        var g = ExceptionGroups.Create("", [naked]);
        g.Traceback.AddRange(naked.Traceback);
        g.TracebackObject = naked.TracebackObject;
        return g;
    }

    private static void CheckHandlerType(PyObject type)
    {
        var types = type is PyTuple t ? t.Items : [type];
        foreach (var x in types)
            if (x is PyType xt && xt.IsSubtypeOf(ExceptionGroups.BaseExceptionGroup))
                throw PyErr.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }
}
