using System.Diagnostics;

namespace FatSharp.Interpreter.Modules;

/// <summary>The time module (clocks and sleep).</summary>
public static class TimeModule
{
    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("time");
        var d = m.ModuleDict;
        PyObject Now(PyObject? _) => new PyFloat(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0 + (DateTime.UtcNow.Ticks % 10000) / 1e7);
        PyObject Perf(PyObject? _) => new PyFloat(Stopwatch.GetTimestamp() / (double)Stopwatch.Frequency);
        ModuleRegistry.Def(d, "time", (s, a, k) => Now(s), fast0: Now);
        ModuleRegistry.Def(d, "perf_counter", (s, a, k) => Perf(s), fast0: Perf);
        ModuleRegistry.Def(d, "monotonic", (s, a, k) => Perf(s), fast0: Perf);
        ModuleRegistry.Def(d, "process_time", (s, a, k) => new PyFloat(Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds));
        ModuleRegistry.Def(d, "time_ns", (s, a, k) => PyInt.FromLong(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000));
        ModuleRegistry.Def(d, "perf_counter_ns", (s, a, k) => PyInt.FromLong((long)(Stopwatch.GetTimestamp() * (1e9 / Stopwatch.Frequency))));
        ModuleRegistry.Def(d, "sleep", (s, a, k) =>
        {
            ArgParse.Exact("sleep", a, k, 1, 1);
            var secs = Ops.ToDouble(a[0]);
            if (secs < 0) throw PyErr.ValueError("sleep length must be non-negative");
            Interrupts.Sleep(TimeSpan.FromSeconds(secs));
            return PyNone.Value;
        });
        return m;
    }
}
