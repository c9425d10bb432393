// Regenerates src/Ast/Generated/*.g.cs from src/Ast/Spec/Python.asdl.
// Usage: dotnet run --project tools/AstGen [REPO_ROOT]
using FatSharp.AstGen;

var root = args.Length > 0 ? args[0] : FindRoot(Directory.GetCurrentDirectory());
var spec = AsdlSpec.Parse(File.ReadAllText(Path.Combine(root, "src/Ast/Spec/Python.asdl")));
var outDir = Path.Combine(root, "src/Ast/Generated");
Directory.CreateDirectory(outDir);
foreach (var (name, text) in AstGenerator.Generate(spec))
    File.WriteAllText(Path.Combine(outDir, name), text);
Console.WriteLine($"wrote {outDir}");

static string FindRoot(string dir)
{
    for (var d = new DirectoryInfo(dir); d != null; d = d.Parent)
        if (File.Exists(Path.Combine(d.FullName, "FatSharp.sln"))) return d.FullName;
    throw new InvalidOperationException("FatSharp.sln not found above " + dir);
}
