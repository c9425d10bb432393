namespace FatSharp.Interpreter.Caching;

/// <summary>What happened to the cache file of one module.</summary>
public enum ModuleCacheOutcome
{
    /// <summary>Valid: the tree was loaded from it, nothing parsed or transformed.</summary>
    Hit,

    /// <summary>No cache file for the module under the current tag.</summary>
    Missing,

    /// <summary>A well-formed file built from another source or configuration (the reason names the field).</summary>
    Stale,

    /// <summary>A damaged, truncated or foreign file (the reason says what is wrong); it is ignored and rebuilt.</summary>
    Rejected,

    /// <summary>A new cache file was written.</summary>
    Written,

    /// <summary>The cache file could not be written (e.g. read-only directory); the import goes on.</summary>
    NotWritten,
}
