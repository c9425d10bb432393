using System.Numerics;

namespace FatSharp.Interpreter.Objects;

public sealed class PyComplex(Complex value) : PyObject(Builtins.Complex)
{
    public readonly Complex Value = value;
}
