using System.Runtime.CompilerServices;

namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Ctrl-C for running Python code: the command's signal handler calls <see cref="Request"/>, and the interpreter
/// raises KeyboardInterrupt at its next check, made at every loop iteration and every call of a Python function
/// (one read of a static field), and while <c>time.sleep</c> waits. The program's <c>except</c> and <c>finally</c>
/// blocks then run as in CPython, which also raises it in the code that is running.
/// </summary>
public static class Interrupts
{
    private static volatile bool pending;
    private static readonly ManualResetEventSlim Signal = new(false);

    /// <summary>A requested interrupt that no check has raised yet.</summary>
    public static bool Pending => pending;

    /// <summary>Asks the running code to raise KeyboardInterrupt.</summary>
    public static void Request()
    {
        pending = true;
        Signal.Set();
    }

    /// <summary>Raises KeyboardInterrupt if one was requested since the last check.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Check()
    {
        if (pending) Raise();
    }

    /// <summary>Waits up to <paramref name="time"/>; an interrupt ends the wait by raising KeyboardInterrupt.</summary>
    public static void Sleep(TimeSpan time)
    {
        Check();
        var end = DateTime.UtcNow + time;
        for (var left = time; left > TimeSpan.Zero; left = end - DateTime.UtcNow)
        {
            // Waits are bounded (a wait handle takes at most int.MaxValue milliseconds).
            if (Signal.Wait(left < TimeSpan.FromHours(1) ? left : TimeSpan.FromHours(1))) Check();
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Raise()
    {
        pending = false;
        Signal.Reset();
        throw PyErr.NewNoArgs(Builtins.KeyboardInterrupt);
    }
}
