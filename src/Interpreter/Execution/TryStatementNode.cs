namespace FatSharp.Interpreter.Execution;

/// <summary>
/// The finally part shared by try/except and try/except*: the finally body runs with a pending exception as the
/// one being handled (for its context), and return/break inside finally override that exception, like CPython.
/// </summary>
internal abstract class TryStatementNode(StmtNode? finalbody) : StmtNode
{
    public sealed override ExecStatus Exec(Frame f)
    {
        if (finalbody is null) return TryExcept(f);
        ExecStatus status;
        PythonException? pending = null;
        var pendingLine = 0;
        try
        {
            status = TryExcept(f);
        }
        catch (PythonException e)
        {
            pending = e;
            pendingLine = f.Line;
            status = ExecStatus.Normal;
        }
        var saved = f.ReturnValue;
        if (pending is not null) ExceptionState.Push(pending.Value);
        ExecStatus fs;
        try
        {
            fs = finalbody.Exec(f);
        }
        catch (PythonException e2) when (pending is not null)
        {
            if (!ReferenceEquals(e2.Value, pending.Value)) e2.Value.Context ??= pending.Value;
            throw;
        }
        finally
        {
            if (pending is not null) ExceptionState.Pop();
        }
        if (fs != ExecStatus.Normal) return fs;
        if (pending is not null)
        {
            // The traceback shows the line the exception passed, not the last line of the finally body.
            f.Line = pendingLine;
            throw pending;
        }
        f.ReturnValue = saved;
        return status;
    }

    /// <summary>The body with its handlers and else part.</summary>
    protected abstract ExecStatus TryExcept(Frame f);
}
