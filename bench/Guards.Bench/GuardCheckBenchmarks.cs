using BenchmarkDotNet.Attributes;

namespace FatSharp.Guards.Bench;

/// <summary>
/// GuardDict checks. FastPath: nothing changed (one version compare). SlowPath: an unwatched key
/// was written since the last check, so the guard re-looks-up its keys and re-arms; compare with
/// WriteUnwatched, the write alone.
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class GuardCheckBenchmarks
{
    private VersionedDict<string, object> _dict = null!;
    private GuardDict<string> _guard = null!;
    private VersionedDict<string, string> _stringDict = null!;
    private string _unwatched = null!;
    private int _unwatchedHash;
    private readonly string _valueA = new('a', 1);
    private readonly string _valueB = new('b', 1);
    private bool _flip;

    [Params(1, 10, 100)]
    public int WatchedKeys { get; set; }

    [Params(10, 100_000)]
    public int DictSize { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        string[] keys = StringKeys.Make(DictSize);
        _dict = StringKeys.Dict(keys);
        _stringDict = new VersionedDict<string, string>(OrdinalStringComparer.Instance);
        foreach (string key in keys)
        {
            _stringDict[key] = key;
        }

        // Watch the first keys; with more keys than entries the rest are watched as absent.
        string[] watched = StringKeys.Make(WatchedKeys);
        _guard = new GuardDict<string>(_stringDict, watched);
        _unwatched = "unwatched";
        _unwatchedHash = _stringDict.Hash(_unwatched);
    }

    [Benchmark]
    public GuardResult FastPath() => _guard.Check([], []);

    [Benchmark]
    public GuardResult SlowPath()
    {
        _flip = !_flip;
        _stringDict.Set(_unwatched, _unwatchedHash, _flip ? _valueA : _valueB);
        return _guard.Check([], []);
    }

    [Benchmark]
    public ulong WriteUnwatched()
    {
        _flip = !_flip;
        _stringDict.Set(_unwatched, _unwatchedHash, _flip ? _valueA : _valueB);
        return _stringDict.Version;
    }
}
