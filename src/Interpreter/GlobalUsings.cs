global using FatSharp.Interpreter.Objects;
global using FatSharp.Interpreter.Runtime;
global using FatSharp.Interpreter.Execution;
global using FatSharp.Interpreter.Modules;
global using PyInt = FatSharp.Interpreter.Objects.PyInt;
