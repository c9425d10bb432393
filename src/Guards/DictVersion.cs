namespace FatSharp.Guards;

/// <summary>
/// The process-wide dict version counter of PEP 509. Every dict takes a fresh value when it is
/// created and whenever its content changes, so two dicts never share a version and a guard can
/// detect both a change and a replaced namespace by comparing one integer.
/// </summary>
/// <remarks>
/// The increment is atomic: .NET threads run truly in parallel, and a lost update could move the
/// counter backwards and hand out an old version again, which would make a guard pass on a changed
/// dict. Uncontended, <see cref="Interlocked.Increment(ref long)"/> costs a few nanoseconds (see
/// bench/guards.md), small next to the hash-table write that pays for it. The counter wraps to 0
/// after 2**64 bumps; versions are compared with ==, never ordered.
/// </remarks>
public static class DictVersion
{
    private static long s_counter;

    /// <summary>Bumps the global counter and returns the new value.</summary>
    public static ulong Next() => unchecked((ulong)Interlocked.Increment(ref s_counter));

    /// <summary>The last value handed out (for diagnostics and tests).</summary>
    public static ulong Current => unchecked((ulong)Volatile.Read(ref s_counter));
}
