using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Execution;

/// <summary><c>async for</c>: <c>__aiter__</c> once, then each item is the awaited <c>__anext__()</c> until StopAsyncIteration.</summary>
internal sealed class GenAsyncFor(TargetNode target, ExprNode iter, StmtNode body, StmtNode? orelse) : GenStmt
{
    public override IEnumerable<bool> Run(Frame f)
    {
        var obj = iter.Eval(f);
        var aiter = obj.Type.Lookup("__aiter__")
            ?? throw PyErr.TypeError($"'async for' requires an object with __aiter__ method, got {obj.Type.Name}");
        var it = Ops.CallMethod(aiter, obj);
        var anext = it.Type.Lookup("__anext__")
            ?? throw PyErr.TypeError($"'async for' received an object from __aiter__ that does not implement __anext__: {it.Type.Name}");
        var stopAsync = Builtins.Exceptions["StopAsyncIteration"];
        while (true)
        {
            f.Line = Line;
            var awaitable = Ops.CallMethod(anext, it);
            PyObject awaitIter;
            try
            {
                awaitIter = AsyncMethods.GetAwaitIterator(awaitable);
            }
            catch (PythonException e) when (e.Value.Type == Builtins.TypeError)
            {
                throw PyErr.TypeError($"'async for' received an invalid object from __anext__: {awaitable.Type.Name}");
            }
            var result = new StrongBox<PyObject>(PyNone.Value);
            var caught = new StrongBox<PythonException?>();
            foreach (var _ in Catching(GenYieldFrom.Delegate(f, awaitIter, result), caught)) yield return true;
            if (caught.Value is { } ex)
            {
                if (ex.Value.Type.IsSubtypeOf(stopAsync)) break;
                throw ex;
            }
            target.Store(f, result.Value!);
            foreach (var y in RunBody(body, f)) yield return y;
            var st = f.GenStatus;
            if (st == ExecStatus.Break)
            {
                f.GenStatus = ExecStatus.Normal;
                yield break;
            }
            if (st == ExecStatus.Return) yield break;
        }
        if (orelse is not null)
            foreach (var y in RunBody(orelse, f)) yield return y;
        else f.GenStatus = ExecStatus.Normal;
    }
}

/// <summary><c>async with</c>: awaits <c>__aenter__()</c>, runs the body, awaits <c>__aexit__(...)</c>.</summary>
internal sealed class GenAsyncWith(ExprNode context, TargetNode? target, StmtNode body) : GenStmt
{
    public override IEnumerable<bool> Run(Frame f)
    {
        var mgr = context.Eval(f);
        var t = mgr.Type;
        var enter = t.Lookup("__aenter__");
        var exit = t.Lookup("__aexit__");
        if (enter is null || exit is null)
            throw PyErr.TypeError($"'{t.Name}' object does not support the asynchronous context manager protocol");
        var result = new StrongBox<PyObject>(PyNone.Value);
        foreach (var y in GenYieldFrom.Delegate(f, AsyncMethods.GetAwaitIterator(Ops.CallMethod(enter, mgr)), result)) yield return y;
        target?.Store(f, result.Value!);
        var caught = new StrongBox<PythonException?>();
        foreach (var _ in RunCatching(body, f, caught)) yield return true;
        if (caught.Value is { } ex)
        {
            ex.Value.NoteCaught(f);
            var exitAwait = AsyncMethods.GetAwaitIterator(Ops.CallMethod(exit, mgr, ex.Value.Type, ex.Value, ex.Value.TracebackValue()));
            foreach (var y in GenYieldFrom.Delegate(f, exitAwait, result)) yield return y;
            if (!Ops.IsTrue(result.Value!)) throw ex;
            f.GenStatus = ExecStatus.Normal;
            yield break;
        }
        var st = f.GenStatus;
        var saved = f.ReturnValue;
        foreach (var y in GenYieldFrom.Delegate(f, AsyncMethods.GetAwaitIterator(Ops.CallMethod(exit, mgr, PyNone.Value, PyNone.Value, PyNone.Value)), result)) yield return y;
        f.ReturnValue = saved;
        f.GenStatus = st;
    }
}

/// <summary><c>[await x for ...]</c> / <c>{await x for ...}</c>: awaits the element and adds it to the result.</summary>
internal sealed class GenAwaitAppend(ExprNode awaitable, int resultSlot) : GenStmt
{
    public override IEnumerable<bool> Run(Frame f)
    {
        var result = new StrongBox<PyObject>(PyNone.Value);
        foreach (var y in GenYieldFrom.Delegate(f, AsyncMethods.GetAwaitIterator(awaitable.Eval(f)), result)) yield return y;
        switch (f.Locals[resultSlot])
        {
            case PyList l: l.Append(result.Value!); break;
            case PySet s: s.Add(result.Value!); break;
        }
        f.GenStatus = ExecStatus.Normal;
    }
}
