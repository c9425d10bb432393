namespace FatSharp.Interpreter.Caching;

/// <summary>
/// One active code transformer as a cache file records it: its PEP 511 <paramref name="Name"/> (part of the
/// optim tag) and a <paramref name="Fingerprint"/> of everything that changes its output (configuration, rules,
/// the code that implements it). A cache built by a transformer with another fingerprint is stale.
/// </summary>
public sealed record CodeTransformerDescription(string Name, string Fingerprint);
