using BenchmarkDotNet.Attributes;

namespace FatSharp.Guards.Bench;

/// <summary>
/// A hit lookup of a string key (the interpreter's namespace case). SameInstance: the probe is the
/// stored string object (interned names); EqualCopy: an equal string in another object.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class LookupBenchmarks
{
    private VersionedDict<string, object> _versioned = null!;
    private Dictionary<string, object> _plain = null!;
    private string _sameInstance = null!;
    private string _equalCopy = null!;
    private int _hash;

    [Params(10, 100_000)]
    public int DictSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] keys = StringKeys.Make(DictSize);
        _versioned = StringKeys.Dict(keys);
        _plain = new Dictionary<string, object>();
        foreach (string key in keys)
        {
            _plain[key] = new object();
        }

        _sameInstance = keys[DictSize / 2];
        _equalCopy = new string(_sameInstance.AsSpan());
        _hash = _versioned.Hash(_sameInstance);
    }

    [Benchmark(Baseline = true)]
    public object? PlainSameInstance() => _plain.TryGetValue(_sameInstance, out object? v) ? v : null;

    [Benchmark]
    public object? VersionedSameInstance() => _versioned.TryGetValue(_sameInstance, out object? v) ? v : null;

    [Benchmark]
    public object? VersionedSameInstancePrecomputedHash() =>
        _versioned.TryGetValue(_sameInstance, _hash, out object? v) ? v : null;

    [Benchmark]
    public object? PlainEqualCopy() => _plain.TryGetValue(_equalCopy, out object? v) ? v : null;

    [Benchmark]
    public object? VersionedEqualCopy() => _versioned.TryGetValue(_equalCopy, out object? v) ? v : null;
}
