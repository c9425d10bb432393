namespace FatSharp.Interpreter.Caching;

/// <summary>
/// The header of a cache file (layout in <see cref="CacheFileFormat"/>): which source it was built from (size and
/// modification time), by which AST codec, under which optim tag and <c>-O</c> level, and by which transformers.
/// </summary>
public sealed record CacheFileHeader(
    int AstFormatVersion,
    int OptimizeLevel,
    long SourceSize,
    long SourceMtimeTicks,
    string OptimTag,
    IReadOnlyList<CodeTransformerDescription> Transformers);
