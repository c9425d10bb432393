namespace FatSharp.Interpreter.Caching;

/// <summary>One event of the module cache, for <c>-v</c> logs: the source, its cache file and why.</summary>
public sealed record ModuleCacheEvent(ModuleCacheOutcome Outcome, string SourcePath, string CachePath, string? Reason = null);
