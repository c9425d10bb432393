using BenchmarkDotNet.Running;

namespace FatSharp.Guards.Bench;

public static class Program
{
    // dotnet run -c Release --project bench/Guards.Bench -- --filter '*' --job short
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
