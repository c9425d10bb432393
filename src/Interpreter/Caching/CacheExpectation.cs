namespace FatSharp.Interpreter.Caching;

/// <summary>
/// What a cache file must record to be used for a source file now. <paramref name="Transformers"/> null accepts
/// any transformers: running from caches (<c>-o TAG</c> without the transformers of TAG) trusts the tag, as PEP 511
/// does.
/// </summary>
public sealed record CacheExpectation(
    long SourceSize,
    long SourceMtimeTicks,
    string OptimTag,
    int OptimizeLevel,
    IReadOnlyList<CodeTransformerDescription>? Transformers);
