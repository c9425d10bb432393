using BenchmarkDotNet.Attributes;

namespace FatSharp.Guards.Bench;

/// <summary>
/// What a write pays for versioning: the same writes into a VersionedDict and into a plain
/// Dictionary&lt;string, object&gt; of 100 entries, and the version counter alone (as used, and
/// two alternatives).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class DictWriteBenchmarks
{
    private static long s_sharedCounter;
    private readonly object _valueA = new();
    private readonly object _valueB = new();
    private VersionedDict<string, object> _versioned = null!;
    private Dictionary<string, object> _plain = null!;
    private string _existing = null!;
    private string _fresh = null!;
    private bool _flip;

    [GlobalSetup]
    public void Setup()
    {
        string[] keys = StringKeys.Make(100);
        _versioned = StringKeys.Dict(keys);
        _plain = new Dictionary<string, object>();
        foreach (string key in keys)
        {
            _plain[key] = new object();
        }

        _existing = keys[42];
        _fresh = "fresh_key";
    }

    [Benchmark]
    public void OverwriteVersioned()
    {
        _flip = !_flip;
        _versioned[_existing] = _flip ? _valueA : _valueB;
    }

    [Benchmark(Baseline = true)]
    public void OverwritePlain()
    {
        _flip = !_flip;
        _plain[_existing] = _flip ? _valueA : _valueB;
    }

    [Benchmark]
    public void InsertRemoveVersioned()
    {
        _versioned[_fresh] = _valueA;
        _versioned.Remove(_fresh);
    }

    [Benchmark]
    public void InsertRemovePlain()
    {
        _plain[_fresh] = _valueA;
        _plain.Remove(_fresh);
    }

    // The counter as used: a plain thread-local increment inside a block reserved with one
    // interlocked add per 1024 versions.
    [Benchmark]
    public ulong VersionCounterThreadBlocks() => DictVersion.Next();

    // The rejected alternative: one interlocked increment of a shared counter per write.
    [Benchmark]
    public long VersionCounterInterlockedPerWrite() => Interlocked.Increment(ref s_sharedCounter);

    // Not thread-safe (lost updates can reissue versions); the floor.
    [Benchmark]
    public long VersionCounterPlainIncrement() => ++s_sharedCounter;
}
