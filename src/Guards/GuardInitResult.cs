namespace FatSharp.Guards;

/// <summary>The answer of <see cref="Guard{TObj}.Init"/>; an error is the exception Init throws.</summary>
public enum GuardInitResult
{
    Ok = 0,

    /// <summary>The guard would always fail: the whole specialization is silently ignored.</summary>
    Ignore = 1,
}
