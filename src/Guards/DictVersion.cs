using System.Runtime.CompilerServices;

namespace FatSharp.Guards;

/// <summary>
/// The dict version counter of PEP 509. Every dict takes a fresh value when it is created and
/// whenever its content changes, so no two dicts (and no two states of one dict) share a version,
/// and a guard detects both a change and a replaced namespace by comparing one integer.
/// </summary>
/// <remarks>
/// <para>PEP 509's counter is one global <c>++version</c> made atomic by the GIL. .NET threads run
/// in parallel, and a plain shared increment can lose updates: the counter could move back and hand
/// out a version again, which would let a guard pass on a changed dict. An interlocked increment
/// per write is correct but costs about as much as the hash-table write itself (a locked
/// instruction, and a cache line bouncing between cores that write dicts).</para>
/// <para>So each thread reserves a block of <see cref="BlockSize"/> versions from the shared counter
/// with one interlocked add, and hands them out with a plain thread-local increment. Blocks are
/// disjoint, so versions stay unique process-wide; on one thread they increase. Versions are
/// compared with == only (never ordered across threads), as the PEP prescribes. A 64-bit counter
/// does not wrap in practice (2**64 / 2**10 blocks).</para>
/// </remarks>
public static class DictVersion
{
    /// <summary>Versions a thread takes from the shared counter at once (a power of two).</summary>
    public const int BlockSize = 1024;

    // The first block is [BlockSize, 2 * BlockSize): 0 is never handed out.
    private static long s_reserved = BlockSize;

    // The next version this thread hands out; a multiple of BlockSize means "block used up".
    [ThreadStatic]
    private static ulong t_next;

    /// <summary>A version never handed out before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Next()
    {
        ulong next = t_next;
        if ((next & (BlockSize - 1)) != 0)
        {
            t_next = next + 1;
            return next;
        }

        return NextBlock();
    }

    /// <summary>An upper bound of every version handed out so far (for diagnostics and tests).</summary>
    public static ulong Current => unchecked((ulong)Volatile.Read(ref s_reserved));

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong NextBlock()
    {
        ulong end = unchecked((ulong)Interlocked.Add(ref s_reserved, BlockSize));
        ulong start = end - BlockSize;
        t_next = start + 1;
        return start;
    }
}
