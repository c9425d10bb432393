namespace FatSharp.Interpreter.Objects;

/// <summary>
/// Builtins the compiler can call without dispatch when a call's callee is a constant (a builtin copied into the
/// code by <c>fat.replace_consts</c>): their nodes keep int and float arguments and results unboxed. Only the
/// builtins module's own function objects carry a value other than <see cref="None"/>.
/// </summary>
public enum BuiltinIntrinsic : byte { None, Abs, Len, Ord, Chr }
