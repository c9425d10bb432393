using System.Buffers;
using System.Runtime.ExceptionServices;

namespace FatSharp.Ast.Serialization;

/// <summary>
/// Compact binary form of a FatSharp tree: the body of the optimized cache files (<c>__pycache__/*.fsc</c>).
/// Encoding is exact (every field, position and constant, bit for bit); decoding accepts only well-formed data and
/// raises <see cref="AstFormatException"/> for anything else. The layout is described in src/Ast/Serialization/README.md.
/// </summary>
public static class AstBinaryFormat
{
    /// <summary>
    /// The format version, written after the magic. Bump it on any change to the layout: a new or reordered field
    /// or node kind (any change of Spec/Python.asdl), a new constant tag, a change of an encoding. Decoders accept
    /// only their own version, so stale cache files are rejected and rebuilt rather than misread.
    /// </summary>
    public const int Version = 1;

    /// <summary>The deepest node nesting a decoder accepts (parsed trees are at most about 3000 deep).</summary>
    public const int MaxDepth = 20_000;

    /// <summary>
    /// The most item pairs (n(n-1)/2 for a set of n items, summed over the tree) that the frozenset constants of
    /// one tree may have: building a frozenset compares every pair, so this bounds the time a decoder spends on
    /// them (one set of up to 724 items, or many smaller ones).
    /// </summary>
    public const long MaxFrozenSetPairs = 1 << 18;

    internal static ReadOnlySpan<byte> Magic => "FSAT"u8;

    // A tree too deep for the caller's stack is redone on a thread with this much stack.
    private const int LargeStackBytes = 256 * 1024 * 1024;

    /// <summary>The binary form of <paramref name="module"/>.</summary>
    /// <exception cref="ArgumentException">The tree holds something with no binary form (a splice, an unknown constant type, a null required field, frozensets beyond <see cref="MaxFrozenSetPairs"/>).</exception>
    public static byte[] Encode(Mod module)
    {
        var output = new ArrayBufferWriter<byte>(16 * 1024);
        Encode(module, output);
        return output.WrittenSpan.ToArray();
    }

    /// <summary>
    /// Appends the binary form of <paramref name="module"/> to <paramref name="output"/>; nothing is appended when
    /// it throws. A tree too deep for the caller's stack is encoded on a thread with a large stack.
    /// </summary>
    /// <exception cref="ArgumentException">As for <see cref="Encode(Mod)"/>.</exception>
    /// <exception cref="AstRecursionException">The tree is too deep even for the large stack.</exception>
    public static void Encode(Mod module, IBufferWriter<byte> output)
    {
        try
        {
            AstBinaryWriter.Encode(module, output);
        }
        catch (AstRecursionException)
        {
            OnLargeStack(() => AstBinaryWriter.Encode(module, output));
        }
    }

    /// <summary>The tree whose binary form is <paramref name="data"/>, all of it.</summary>
    /// <exception cref="AstFormatException">The data is not exactly one well-formed tree of this format version.</exception>
    public static Mod Decode(ReadOnlySpan<byte> data)
    {
        try
        {
            return new AstBinaryReader(data).ReadBody();
        }
        catch (AstFormatException e) when (e.StackExhausted)
        {
            var copy = data.ToArray();
            Mod? result = null;
            OnLargeStack(() => result = new AstBinaryReader(copy).ReadBody());
            return result!;
        }
    }

    private static void OnLargeStack(Action action)
    {
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try { action(); }
            catch (Exception e) { failure = ExceptionDispatchInfo.Capture(e); }
        }, LargeStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
    }
}
