namespace FatSharp.Interpreter.Execution;

/// <summary>
/// A call site's memory of where its named keywords go (<see cref="ArgBinder.KeywordSlots"/>) for up to four code
/// objects, so a keyword call that dispatches over subclasses (<c>shape.weight(density=d)</c>) binds its keywords
/// without looking the names up. A code object's parameter names never change, so entries need no version.
/// </summary>
internal struct KeywordSlotsCache
{
    private PyCode? code0, code1, code2, code3;
    private int npos0, npos1, npos2, npos3;
    private int[]? slots0, slots1, slots2, slots3;
    private int next;

    /// <summary>The keyword slots for a call of <paramref name="code"/> with <paramref name="npos"/> positional values, or null for the general binding.</summary>
    public int[]? For(PyCode code, int npos, string[] kwNames)
    {
        if (ReferenceEquals(code, code0) && npos == npos0) return slots0;
        if (ReferenceEquals(code, code1) && npos == npos1) return slots1;
        if (ReferenceEquals(code, code2) && npos == npos2) return slots2;
        if (ReferenceEquals(code, code3) && npos == npos3) return slots3;
        return Miss(code, npos, kwNames);
    }

    private int[]? Miss(PyCode code, int npos, string[] kwNames)
    {
        var slots = ArgBinder.KeywordSlots(code, npos, kwNames);
        switch (next++ & 3)
        {
            case 0: code0 = code; npos0 = npos; slots0 = slots; break;
            case 1: code1 = code; npos1 = npos; slots1 = slots; break;
            case 2: code2 = code; npos2 = npos; slots2 = slots; break;
            default: code3 = code; npos3 = npos; slots3 = slots; break;
        }
        return slots;
    }
}
