namespace FatSharp.Interpreter.Objects;

public sealed class PyRange(long start, long stop, long step) : PyObject(Builtins.Range)
{
    public readonly long Start = start, Stop = stop, Step = step;

    public long Length
    {
        get
        {
            if (Step > 0) return Start < Stop ? (long)(((ulong)(Stop - Start) - 1) / (ulong)Step + 1) : 0;
            return Start > Stop ? (long)(((ulong)(Start - Stop) - 1) / (ulong)(-Step) + 1) : 0;
        }
    }
}
