namespace FatSharp.Guards;

/// <summary>The outcome of one step of a <see cref="DictIterator{TKey, TValue}"/>.</summary>
public enum DictIterationResult
{
    /// <summary>An item was produced.</summary>
    Item,

    /// <summary>No more items (StopIteration).</summary>
    Exhausted,

    /// <summary>RuntimeError: dictionary changed size during iteration. Sticky.</summary>
    ChangedSize,

    /// <summary>RuntimeError: dictionary keys changed during iteration (same size, more items than expected).</summary>
    KeysChanged,
}
