namespace FatSharp.Interpreter.Objects;

/// <summary>
/// A generator: a suspended frame plus the enumerator of its body's generator tree. Resuming advances the
/// enumerator to the next yield; nothing runs on another thread.
/// </summary>
public sealed class PyGenerator : PyIterator
{
    private readonly Frame frame;
    private IEnumerator<bool>? runner;
    private bool started, finished, running;
    public PyObject? ReturnValue;

    internal PyGenerator(Frame frame) : base(Builtins.Generator) => this.frame = frame;

    public PyCode Code => frame.Code;

    public bool IsFinished => finished;

    public bool IsStarted => started;

    public bool IsRunning => running;

    public override bool TryNext(out PyObject item) => Resume(null, null, out item);

    /// <summary>Runs to the next yield. False when the generator returned (value in <see cref="ReturnValue"/>).</summary>
    public bool Resume(PyObject? send, PythonException? toThrow, out PyObject yielded)
    {
        yielded = null!;
        if (running) throw PyErr.ValueError("generator already executing");
        if (finished)
        {
            if (toThrow is not null) throw toThrow;
            return false;
        }
        if (!started)
        {
            if (send is not null && send is not PyNone)
                throw PyErr.TypeError("can't send non-None value to a just-started generator");
            if (toThrow is not null)
            {
                finished = true;
                throw toThrow;
            }
        }
        started = true;
        frame.SentValue = send;
        frame.PendingThrow = toThrow;
        running = true;
        if (++FunctionCalls.Depth > FunctionCalls.RecursionLimit)
        {
            FunctionCalls.Depth--;
            running = false;
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
        try
        {
            runner ??= ((GenStmt)frame.Code.Body).Run(frame).GetEnumerator();
            if (runner.MoveNext())
            {
                yielded = frame.YieldValue!;
                frame.YieldValue = null;
                return true;
            }
            finished = true;
            ReturnValue = frame.GenStatus == ExecStatus.Return ? frame.ReturnValue : PyNone.Value;
            return false;
        }
        catch (PythonException e)
        {
            finished = true;
            e.Value.Traceback.Add(new TracebackEntry(frame.Code.Filename, frame.Line, frame.Code.Name));
            if (e.Value.Type.IsSubtypeOf(Builtins.StopIteration))
            {
                var re = new PyBaseException(Builtins.RuntimeError, new PyTuple([new PyStr("generator raised StopIteration")]))
                {
                    Cause = e.Value,
                    Context = e.Value,
                    SuppressContext = true,
                };
                throw new PythonException(re);
            }
            throw;
        }
        finally
        {
            running = false;
            FunctionCalls.Depth--;
        }
    }

    /// <summary>generator.send(value): the next yielded value, StopIteration(value) at the end.</summary>
    public PyObject Send(PyObject value)
    {
        if (Resume(value, null, out var y)) return y;
        throw PyErr.StopIteration(ReturnValue is PyNone ? null : ReturnValue);
    }

    public PyObject Throw(PyBaseException exc)
    {
        if (Resume(null, new PythonException(exc), out var y)) return y;
        throw PyErr.StopIteration(ReturnValue is PyNone ? null : ReturnValue);
    }

    public void Close()
    {
        if (finished) return;
        if (!started)
        {
            finished = true;
            return;
        }
        try
        {
            if (Resume(null, PyErr.NewNoArgs(Builtins.GeneratorExit), out _))
                throw PyErr.RuntimeError("generator ignored GeneratorExit");
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.GeneratorExit) || e.Value.Type.IsSubtypeOf(Builtins.StopIteration))
        {
        }
    }
}
