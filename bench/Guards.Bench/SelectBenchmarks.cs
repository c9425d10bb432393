using BenchmarkDotNet.Attributes;

namespace FatSharp.Guards.Bench;

/// <summary>
/// Choosing the code at a call: a specialization list with one entry guarded by one guard whose
/// fast path passes, and a function without specializations (the null check it pays).
/// </summary>
[MemoryDiagnoser]
[MinColumn]
public class SelectBenchmarks
{
    private readonly object _arg0 = new();
    private readonly object _arg1 = new();
    private SpecializationList<object, object> _oneGuardDict = null!;
    private SpecializationList<object, object> _oneGuardBuiltins = null!;
    private SpecializationList<object, object>? _none;

    [GlobalSetup]
    public void Setup()
    {
        var globals = new VersionedDict<object, object>(ObjectComparer.Instance);
        var builtins = new VersionedDict<object, object>(ObjectComparer.Instance);
        globals["x"] = new object();
        builtins["len"] = new object();
        var host = new Host(globals, builtins);
        var function = new object();
        _oneGuardDict = new SpecializationList<object, object>(function);
        _oneGuardDict.Add(new object(), new GuardDict<object>(globals, "x"));
        _oneGuardBuiltins = new SpecializationList<object, object>(function);
        _oneGuardBuiltins.Add(new object(), new GuardBuiltins<object>(host, "len"));
        _none = null;
    }

    [Benchmark(Baseline = true)]
    public object? NoSpecializations() => _none?.Select([_arg0, _arg1], []);

    [Benchmark]
    public object? OneEntryGuardDict() => _oneGuardDict.Select([_arg0, _arg1], []);

    [Benchmark]
    public object? OneEntryGuardBuiltins() => _oneGuardBuiltins.Select([_arg0, _arg1], []);

    private sealed class ObjectComparer : IKeyComparer<object>
    {
        public static readonly ObjectComparer Instance = new();

        public int Hash(object key) => key.GetHashCode();

        public bool Equal(object stored, object key) => stored.Equals(key);
    }

    private sealed class Host(VersionedDict<object, object> globals, VersionedDict<object, object> builtins) : IGuardHost<object>
    {
        private readonly VersionedDict<object, object> _initial = builtins.Copy();

        public void GetCurrentNamespaces(out VersionedDict<object, object>? currentGlobals, out VersionedDict<object, object>? currentBuiltins)
        {
            currentGlobals = globals;
            currentBuiltins = builtins;
        }

        public VersionedDict<object, object> InitialBuiltins => _initial;

        public object TypeOf(object value) => value.GetType();

        public object CodeOf(object function) => function;

        public Exception ValueError(string message) => new ArgumentException(message);

        public Exception RuntimeError(string message) => new InvalidOperationException(message);
    }
}
