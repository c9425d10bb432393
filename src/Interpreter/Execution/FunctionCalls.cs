using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Calling Python functions: frame creation, argument binding with CPython's error messages, recursion depth,
/// traceback entries. Call nodes with 0-4 positional arguments fill the callee's slots directly (no array).
/// </summary>
public static class FunctionCalls
{
    [ThreadStatic] internal static int Depth;
    [ThreadStatic] private static int recursionLimit;

    /// <summary>sys.getrecursionlimit(); per interpreter thread (set by <see cref="PythonRuntime.Enter"/>).</summary>
    public static int RecursionLimit
    {
        get => recursionLimit;
        set => recursionLimit = value;
    }

    /// <summary>
    /// The code a call with specialization-free arguments runs: callers take their fast paths only when
    /// <c>f.Specializations</c> is null (one null check); otherwise they go through <see cref="Invoke"/>, where
    /// <see cref="SpecializationDispatch"/> checks the guards with the call's arguments.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyCode? SelectCode(PyFunction f) => f.Specializations is null ? f.Code : null;

    /// <summary>
    /// The code to run for a call of <paramref name="f"/> whose arguments are already evaluated (guards see what
    /// the arguments did): its own code, or the version chosen by guards that do not read the arguments; null
    /// when the call must go through <see cref="SpecializationDispatch.Invoke"/> with an argument array.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static PyCode? SelectCodeAfterArguments(PyFunction f)
    {
        var list = f.Specializations;
        if (list is null) return f.Code;
        return list.NeedsArguments ? null : SpecializationDispatch.SelectWithoutArguments(f, list);
    }

    internal static Frame NewFrame(PyFunction f, PyCode code) => code.Frames.Rent(code, f);

    public static PyObject Invoke(PyFunction f, PyObject[] args, string[]? kwNames)
    {
        if (f.Specializations is not null) return SpecializationDispatch.Invoke(f, null, args, kwNames);
        var code = f.Code;
        var frame = NewFrame(f, code);
        ArgBinder.Bind(f, code, frame.Locals, null, args, kwNames);
        return Run(f, frame);
    }

    public static PyObject InvokeWithSelf(PyFunction f, PyObject self, PyObject[] args, string[]? kwNames)
    {
        if (f.Specializations is not null) return SpecializationDispatch.Invoke(f, self, args, kwNames);
        var code = f.Code;
        var frame = NewFrame(f, code);
        ArgBinder.Bind(f, code, frame.Locals, self, args, kwNames);
        return Run(f, frame);
    }

    public static PyObject Invoke1(PyFunction f, PyObject a)
    {
        var code = SelectCodeAfterArguments(f);
        if (code is not null && (code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == 1)
        {
            var frame = NewFrame(f, code);
            ObjectArrays.Store(frame.Locals, 0, a);
            return Run(f, frame);
        }
        return Invoke(f, [a], null);
    }

    public static PyObject Invoke2(PyFunction f, PyObject a, PyObject b)
    {
        var code = SelectCodeAfterArguments(f);
        if (code is not null && (code.Flags & CodeFlags.SimpleArgs) != 0 && code.ArgCount == 2)
        {
            var frame = NewFrame(f, code);
            ObjectArrays.Store(frame.Locals, 0, a);
            ObjectArrays.Store(frame.Locals, 1, b);
            return Run(f, frame);
        }
        return Invoke(f, [a, b], null);
    }

    /// <summary>Runs a frame whose parameters are bound: cells, generator creation, depth, traceback.</summary>
    internal static PyObject Run(PyFunction f, Frame frame)
    {
        var code = frame.Code;
        if ((code.Flags & (CodeFlags.HasCells | CodeFlags.Generator)) != 0)
        {
            if ((code.Flags & CodeFlags.HasCells) != 0) SetUpCells(f, frame, code);
            if ((code.Flags & CodeFlags.Generator) != 0) return new PyGenerator(frame);
        }
        Interrupts.Check();
        var depth = ++Depth;
        // The .NET stack is checked every 16 levels: each Python call uses a bounded amount of it.
        if (depth > RecursionLimit || ((depth & 15) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack()))
        {
            Depth--;
            throw PyErr.RecursionError("maximum recursion depth exceeded");
        }
        var body = code.Body;
        PyObject result;
        try
        {
            if (code.ReturnOnly is { } value)
            {
                frame.Line = code.ReturnOnlyLine;
                result = value.Eval(frame);
            }
            else result = body.Exec(frame) == ExecStatus.Return ? frame.ReturnValue! : PyNone.Value;
        }
        catch (PythonException e) when (RecordTraceback(e, frame))
        {
            throw;
        }
        finally
        {
            Depth--;
        }
        code.Frames.Return(frame);
        return result;
    }

    /// <summary>
    /// Exception filter: adds this frame's traceback line while the exception passes and never catches it, so a
    /// deep recursion unwinds in one pass instead of a rethrow per frame.
    /// </summary>
    internal static bool RecordTraceback(PythonException e, Frame frame)
    {
        e.Value.AddFrameEntry(new TracebackEntry(frame.Code.Filename, frame.Line, frame.Code.Name));
        return false;
    }

    internal static void SetUpCells(PyFunction? f, Frame frame, PyCode code)
    {
        var n = code.CellVars.Length;
        var cells = new PyCell[n + code.FreeVars.Length];
        for (var i = 0; i < n; i++)
        {
            var p = code.CellParamSlots[i];
            cells[i] = new PyCell(p >= 0 ? frame.Locals[p] : null);
        }
        if (code.FreeVars.Length > 0)
        {
            var closure = f?.Closure ?? throw PyErr.TypeError($"{code.Name}() requires a closure of length {code.FreeVars.Length}");
            Array.Copy(closure, 0, cells, n, code.FreeVars.Length);
        }
        frame.Cells = cells;
    }
}
