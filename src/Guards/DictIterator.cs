namespace FatSharp.Guards;

/// <summary>
/// Iteration over a <see cref="VersionedDict{TKey, TValue}"/> with Python's mutation checks:
/// a size change since the start is reported (and stays reported), and finding more items than
/// the dict had at the start reports changed keys and ends the iteration. The interpreter keeps
/// one in its dict-iterator object and calls <see cref="Next"/>; C# foreach uses
/// <see cref="MoveNext"/>, which throws <see cref="DictMutationException"/> instead.
/// </summary>
public struct DictIterator<TKey, TValue>
{
    private VersionedDict<TKey, TValue>? _dict;
    private int _position;
    private int _expectedCount;
    private int _remaining;
    private KeyValuePair<TKey, TValue> _current;

    public DictIterator(VersionedDict<TKey, TValue> dict)
    {
        ArgumentNullException.ThrowIfNull(dict);
        _dict = dict;
        _position = 0;
        _expectedCount = dict.Count;
        _remaining = dict.Count;
        _current = default;
    }

    /// <summary>Items still expected (Python's <c>__length_hint__</c>).</summary>
    public readonly int Remaining => _dict is null ? 0 : _remaining;

    public readonly KeyValuePair<TKey, TValue> Current => _current;

    public DictIterationResult Next(out TKey key, out TValue value)
    {
        VersionedDict<TKey, TValue>? dict = _dict;
        if (dict is null)
        {
            key = default!;
            value = default!;
            return DictIterationResult.Exhausted;
        }

        if (dict.Count != _expectedCount)
        {
            _expectedCount = -1; // sticky, as in CPython
            key = default!;
            value = default!;
            return DictIterationResult.ChangedSize;
        }

        if (!dict.TryGetNext(ref _position, out TKey? foundKey, out TValue? foundValue))
        {
            _dict = null;
            key = default!;
            value = default!;
            return DictIterationResult.Exhausted;
        }

        key = foundKey;
        value = foundValue;

        if (_remaining == 0)
        {
            _dict = null;
            return DictIterationResult.KeysChanged;
        }

        _remaining--;
        return DictIterationResult.Item;
    }

    public bool MoveNext()
    {
        switch (Next(out TKey key, out TValue value))
        {
            case DictIterationResult.Item:
                _current = new KeyValuePair<TKey, TValue>(key, value);
                return true;
            case DictIterationResult.Exhausted:
                return false;
            case DictIterationResult.ChangedSize:
                throw new DictMutationException(DictMutationException.ChangedSize);
            default:
                throw new DictMutationException(DictMutationException.KeysChanged);
        }
    }

    public readonly DictIterator<TKey, TValue> GetEnumerator() => this;
}
