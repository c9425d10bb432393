namespace FatSharp.Interpreter.Objects;

/// <summary>
/// A generator: a suspended frame plus the enumerator of its body's generator tree. Resuming advances the
/// enumerator to the next yield; nothing runs on another thread.
/// </summary>
public sealed class PyGenerator : PyIterator, IResumable
{
    private readonly Frame frame;
    private IEnumerator<bool>? runner;
    private bool started, finished, running;
    public PyObject? ReturnValue;

    internal PyGenerator(Frame frame) : base(KindOf(frame.Code)) => this.frame = frame;

    // One object for generators, coroutines (async def) and async generators (async def with yield).
    private static PyType KindOf(PyCode code) =>
        (code.Flags & CodeFlags.AsyncGenerator) != 0 ? Builtins.AsyncGenerator
        : (code.Flags & CodeFlags.Coroutine) != 0 ? Builtins.Coroutine
        : Builtins.Generator;

    public bool IsPlainGenerator => ReferenceEquals(Type, Builtins.Generator);

    public bool IsCoroutine => ReferenceEquals(Type, Builtins.Coroutine);

    /// <summary>Whether the last suspension was a <c>yield</c> (async generators also suspend at awaits).</summary>
    internal bool SuspendedAtYield => frame.SuspendedAtYield;

    internal Frame Frame => frame;

    bool IResumable.Resume(PyObject? send, PythonException? toThrow, out PyObject yielded, out PyObject returned)
    {
        var more = Resume(send, toThrow, out yielded);
        returned = more ? PyNone.Value : ReturnValue ?? PyNone.Value;
        return more;
    }

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
            if (toThrow is not null && !IsCoroutine) throw toThrow;
            if (IsCoroutine) throw PyErr.RuntimeError("cannot reuse already awaited coroutine");
            // The return value went with the first StopIteration; later ones carry none.
            ReturnValue = null;
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
        // Plain next() passes nulls that the frame already holds: skip the stores (and their GC write barriers).
        if (!ReferenceEquals(frame.SentValue, send)) frame.SentValue = send;
        if (!ReferenceEquals(frame.PendingThrow, toThrow)) frame.PendingThrow = toThrow;
        EnterRunning();
        try
        {
            runner ??= frame.Code.Body is GenBlock block ? block.Start(frame) : ((GenStmt)frame.Code.Body).Run(frame).GetEnumerator();
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
            if (Failed(e) is { } replaced) throw replaced;
            throw;
        }
        finally
        {
            running = false;
            FunctionCalls.Depth--;
        }
    }

    /// <summary>
    /// The body raised: the generator is finished and the exception gets this frame's traceback entry. A
    /// StopIteration (StopAsyncIteration in an async generator) is replaced by the RuntimeError returned.
    /// </summary>
    private PythonException? Failed(PythonException e)
    {
        finished = true;
        e.Value.AddFrameEntry(new TracebackEntry(frame.Code.Filename, frame.Line, frame.Code.Name));
        var stopAsync = ReferenceEquals(Type, Builtins.AsyncGenerator) && e.Value.Type.IsSubtypeOf(Builtins.Exceptions["StopAsyncIteration"]);
        if (!e.Value.Type.IsSubtypeOf(Builtins.StopIteration) && !stopAsync) return null;
        var what = IsCoroutine ? "coroutine" : ReferenceEquals(Type, Builtins.AsyncGenerator) ? "async generator" : "generator";
        var re = new PyBaseException(Builtins.RuntimeError, new PyTuple([new PyStr($"{what} raised {e.Value.Type.Name}")]))
        {
            Cause = e.Value,
            Context = e.Value,
            SuppressContext = true,
        };
        return new PythonException(re);
    }

    /// <summary>What <see cref="Push"/> did.</summary>
    internal enum PushOutcome : byte
    {
        /// <summary>Nothing: not a one-loop generator expression that can take a push now; use next().</summary>
        Unsupported,
        /// <summary>The generator ran to its end (every value went to the sink).</summary>
        Exhausted,
        /// <summary>The sink declined a value (it keeps it); the generator is suspended at that yield.</summary>
        Declined,
    }

    /// <summary>Marks the generator running and counts its frame against the recursion limit.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void EnterRunning()
    {
        running = true;
        if (++FunctionCalls.Depth > FunctionCalls.RecursionLimit)
        {
            FunctionCalls.Depth--;
            running = false;
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
    }

    /// <summary>
    /// Runs a one-loop generator expression without suspending between values, handing them to
    /// <paramref name="sink"/>: what a loop of next() calls would do, minus a resumption per value.
    /// </summary>
    internal PushOutcome Push<TSink>(ref TSink sink) where TSink : struct, IValueSink
    {
        // Any suspension of such a loop is at its yield, so a started one can be pushed too (see GenFor.CanPush).
        if (running || finished || !ReferenceEquals(Type, Builtins.Generator)
            || frame.Code.Body is not GenBlock { Body: [GenFor { CanPush: true } loop] })
            return PushOutcome.Unsupported;
        started = true;
        frame.SentValue = null;
        frame.PendingThrow = null;
        EnterRunning();
        try
        {
            if (loop.Push(frame, ref sink))
            {
                finished = true;
                runner = null;
                ReturnValue = PyNone.Value;
                return PushOutcome.Exhausted;
            }
            runner = loop.Continue(frame).GetEnumerator();
            return PushOutcome.Declined;
        }
        catch (PythonException e)
        {
            if (Failed(e) is { } replaced) throw replaced;
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
                throw PyErr.RuntimeError((IsCoroutine ? "coroutine" : "generator") + " ignored GeneratorExit");
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(Builtins.GeneratorExit) || e.Value.Type.IsSubtypeOf(Builtins.StopIteration))
        {
        }
    }
}
