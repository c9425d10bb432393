namespace FatSharp.Interpreter.Objects;

/// <summary>
/// The awaitable returned by an async generator's <c>__anext__</c>/<c>asend</c>/<c>athrow</c>/<c>aclose</c>: driving
/// it resumes the generator; awaits inside the generator pass their values through, and the first <c>yield</c>
/// completes the step with StopIteration(value). The end of the generator is StopAsyncIteration.
/// </summary>
public sealed class PyAsyncGenStep : PyIterator, IResumable
{
    private readonly PyGenerator generator;
    private readonly PyObject? firstSend;
    private readonly PyBaseException? firstThrow;
    private readonly bool isClose;
    private int state; // 0 = not started, 1 = running, 2 = done

    internal PyAsyncGenStep(PyGenerator generator, PyObject? send, PyBaseException? toThrow, bool isClose)
        : base(toThrow is null ? Builtins.AsyncGenAsend : Builtins.AsyncGenAthrow)
    {
        this.generator = generator;
        firstSend = send;
        firstThrow = toThrow;
        this.isClose = isClose;
    }

    private string ReuseMessage => firstThrow is null
        ? "cannot reuse already awaited __anext__()/asend()"
        : "cannot reuse already awaited aclose()/athrow()";

    public bool Resume(PyObject? send, PythonException? toThrow, out PyObject yielded, out PyObject returned)
    {
        yielded = null!;
        returned = PyNone.Value;
        if (state == 2) throw PyErr.RuntimeError(ReuseMessage);
        if (state == 0)
        {
            state = 1;
            if (send is not null && send is not PyNone) throw PyErr.TypeError("can't send non-None value to a just-started coroutine");
            send = firstSend;
            if (firstThrow is not null) toThrow ??= new PythonException(firstThrow);
            if (generator.IsFinished)
            {
                state = 2;
                if (isClose) return false;
                if (toThrow is not null && firstThrow is not null) throw toThrow;
                throw PyErr.NewNoArgs(Builtins.Exceptions["StopAsyncIteration"]);
            }
        }
        bool more;
        try
        {
            more = generator.Resume(send, toThrow, out yielded);
        }
        catch (PythonException e) when (isClose && (e.Value.Type.IsSubtypeOf(Builtins.GeneratorExit) || e.Value.Type.IsSubtypeOf(Builtins.Exceptions["StopAsyncIteration"])))
        {
            state = 2;
            return false;
        }
        catch (PythonException)
        {
            state = 2;
            throw;
        }
        if (!more)
        {
            state = 2;
            if (isClose) return false;
            throw PyErr.NewNoArgs(Builtins.Exceptions["StopAsyncIteration"]);
        }
        if (generator.SuspendedAtYield)
        {
            state = 2;
            if (isClose) throw PyErr.RuntimeError("async generator ignored GeneratorExit");
            returned = yielded;
            yielded = null!;
            return false;
        }
        return true;
    }

    public PyObject Send(PyObject? value)
    {
        if (Resume(value, null, out var y, out var r)) return y;
        throw PyErr.StopIteration(r is PyNone ? null : r);
    }

    public PyObject Throw(PyBaseException exc)
    {
        if (Resume(null, new PythonException(exc), out var y, out var r)) return y;
        throw PyErr.StopIteration(r is PyNone ? null : r);
    }

    public void Close() => state = 2;

    public override bool TryNext(out PyObject item)
    {
        if (Resume(null, null, out item, out _)) return true;
        item = null!;
        return false;
    }
}
