namespace FatSharp.Interpreter.Execution;

/// <summary>
/// Chooses among a function's specialized versions. Specializations are installed by the optimizer integration
/// (PEP 510); until that exists a function with a non-null <see cref="PyFunction.Specializations"/> is an error.
/// </summary>
internal static class SpecializationDispatch
{
    public static PyCode Select(PyFunction f) =>
        throw PyErr.NotImplementedError($"function specializations are not supported yet ({f.Qualname})");
}
