using System.Numerics;

namespace FatSharp.Interpreter.Modules;

/// <summary>The math module.</summary>
public static class MathModule
{
    /// <summary>
    /// The result of a one-float function, or CPython's error: NaN from a number is a domain error, an infinity
    /// from a finite number a range error.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static double Checked(double v, double r) => double.IsFinite(r) ? r : NotFinite(v, r);

    private static double NotFinite(double v, double r)
    {
        if (double.IsNaN(r) && !double.IsNaN(v)) throw PyErr.ValueError("math domain error");
        if (double.IsInfinity(r) && !double.IsInfinity(v)) throw PyErr.OverflowError("math range error");
        return r;
    }

    public static PyModule Create(PythonRuntime rt)
    {
        var m = new PyModule("math");
        var d = m.ModuleDict;
        d.SetItem("pi", new PyFloat(Math.PI));
        d.SetItem("e", new PyFloat(Math.E));
        d.SetItem("tau", new PyFloat(Math.Tau));
        d.SetItem("inf", new PyFloat(double.PositiveInfinity));
        d.SetItem("nan", new PyFloat(double.NaN));
        // One-float functions; `compute` checks the result itself, so a call inside arithmetic (DoubleFast) is one
        // delegate call with Math's function inlined into it.
        void F1(string name, Func<double, double> compute)
        {
            PyObject Impl(PyObject? _, PyObject x) => new PyFloat(compute(Ops.ToDouble(x)));
            ModuleRegistry.Def(d, name, (s, a, k) =>
            {
                ArgParse.Exact(name, a, k, 1, 1);
                return Impl(s, a[0]);
            }, fast1: Impl);
            ((PyBuiltinFunction)d.GetItem(name)!).DoubleFast = compute;
        }
        void F1Domain(string name, Func<double, double> fn, Func<double, bool> domain) =>
            F1(name, v => domain(v) || double.IsNaN(v) ? Checked(v, fn(v)) : throw PyErr.ValueError("math domain error"));
        F1("sqrt", v => Checked(v, Math.Sqrt(v)));
        F1("exp", v => Checked(v, Math.Exp(v)));
        F1("sin", v => Checked(v, Math.Sin(v)));
        F1("cos", v => Checked(v, Math.Cos(v)));
        F1("tan", v => Checked(v, Math.Tan(v)));
        F1("asin", v => Checked(v, Math.Asin(v)));
        F1("acos", v => Checked(v, Math.Acos(v)));
        F1("atan", v => Checked(v, Math.Atan(v)));
        F1("sinh", v => Checked(v, Math.Sinh(v)));
        F1("cosh", v => Checked(v, Math.Cosh(v)));
        F1("tanh", v => Checked(v, Math.Tanh(v)));
        F1("fabs", Math.Abs);
        F1Domain("log2", Math.Log2, v => v > 0);
        F1Domain("log10", Math.Log10, v => v > 0);
        F1Domain("log1p", v => Math.Log(1 + v), v => v > -1);
        F1("expm1", v => Checked(v, Math.Abs(v) < 1e-5 ? v + v * v / 2 + v * v * v / 6 : Math.Exp(v) - 1));
        F1("degrees", v => Checked(v, v * 180.0 / Math.PI));
        F1("radians", v => Checked(v, v * Math.PI / 180.0));
        ModuleRegistry.Def(d, "log", (s, a, k) =>
        {
            ArgParse.Exact("log", a, k, 1, 2);
            double Ln(PyObject x)
            {
                if (x is PyInt i && i.IsBig)
                {
                    if (i.Sign <= 0) throw PyErr.ValueError("math domain error");
                    return BigInteger.Log(i.Big);
                }
                var v = Ops.ToDouble(x);
                if (v <= 0) throw PyErr.ValueError("math domain error");
                return Math.Log(v);
            }
            var r = Ln(a[0]);
            if (a.Length == 2)
            {
                var b = Ln(a[1]);
                if (b == 0) throw PyErr.ZeroDivisionError("float division by zero");
                r /= b;
            }
            return new PyFloat(r);
        });
        ModuleRegistry.Def(d, "pow", (s, a, k) =>
        {
            ArgParse.Exact("pow", a, k, 2, 2);
            double x = Ops.ToDouble(a[0]), y = Ops.ToDouble(a[1]);
            var r = Math.Pow(x, y);
            if (double.IsFinite(x) && double.IsFinite(y))
            {
                // C's pow reports these as range and domain errors; CPython raises for them.
                if (x == 0 && y < 0) throw PyErr.ValueError("math domain error");
                if (double.IsNaN(r)) throw PyErr.ValueError("math domain error");
                if (double.IsInfinity(r)) throw PyErr.OverflowError("math range error");
            }
            return new PyFloat(r);
        });
        ModuleRegistry.Def(d, "atan2", (s, a, k) =>
        {
            ArgParse.Exact("atan2", a, k, 2, 2);
            return new PyFloat(Math.Atan2(Ops.ToDouble(a[0]), Ops.ToDouble(a[1])));
        });
        ModuleRegistry.Def(d, "hypot", (s, a, k) =>
        {
            var sum = 0.0;
            foreach (var x in a) sum += Ops.ToDouble(x) * Ops.ToDouble(x);
            return new PyFloat(Math.Sqrt(sum));
        });
        ModuleRegistry.Def(d, "fmod", (s, a, k) =>
        {
            ArgParse.Exact("fmod", a, k, 2, 2);
            var y = Ops.ToDouble(a[1]);
            if (y == 0) throw PyErr.ValueError("math domain error");
            return new PyFloat(Ops.ToDouble(a[0]) % y);
        });
        ModuleRegistry.Def(d, "copysign", (s, a, k) => new PyFloat(Math.CopySign(Ops.ToDouble(a[0]), Ops.ToDouble(a[1]))));
        PyObject ToIntegral(PyObject x, Func<double, double> f, string name)
        {
            if (x is PyInt) return x is PyInt { IsBool: true } b ? PyInt.FromLong(b.Value) : x;
            if (x.Type.IsHeapType && x.Type.Lookup("__" + name + "__") is { } m2) return Ops.CallMethod(m2, x);
            var v = Ops.ToDouble(x);
            if (double.IsNaN(v)) throw PyErr.ValueError("cannot convert float NaN to integer");
            if (double.IsInfinity(v)) throw PyErr.OverflowError("cannot convert float infinity to integer");
            return BuiltinFunctions.IntFromDouble(f(v));
        }
        ModuleRegistry.Def(d, "floor", (s, a, k) => ToIntegral(a[0], Math.Floor, "floor"), fast1: (s, x) => ToIntegral(x, Math.Floor, "floor"));
        ModuleRegistry.Def(d, "ceil", (s, a, k) => ToIntegral(a[0], Math.Ceiling, "ceil"), fast1: (s, x) => ToIntegral(x, Math.Ceiling, "ceil"));
        ModuleRegistry.Def(d, "trunc", (s, a, k) => ToIntegral(a[0], Math.Truncate, "trunc"));
        ModuleRegistry.Def(d, "isnan", (s, a, k) => Ops.Bool(double.IsNaN(Ops.ToDouble(a[0]))));
        ModuleRegistry.Def(d, "isinf", (s, a, k) => Ops.Bool(double.IsInfinity(Ops.ToDouble(a[0]))));
        ModuleRegistry.Def(d, "isfinite", (s, a, k) => Ops.Bool(double.IsFinite(Ops.ToDouble(a[0]))));
        ModuleRegistry.Def(d, "isclose", (s, a, k) =>
        {
            var kw = ArgParse.Keywords("isclose", a, k, "rel_tol", "abs_tol");
            var x = Ops.ToDouble(a[0]);
            var y = Ops.ToDouble(a[1]);
            var rel = kw.TryGetValue("rel_tol", out var r) ? Ops.ToDouble(r) : 1e-9;
            var abs = kw.TryGetValue("abs_tol", out var ab) ? Ops.ToDouble(ab) : 0.0;
            if (x == y) return PyInt.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyInt.False;
            var diff = Math.Abs(y - x);
            return Ops.Bool(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        });
        ModuleRegistry.Def(d, "factorial", (s, a, k) =>
        {
            ArgParse.Exact("factorial", a, k, 1, 1);
            if (a[0] is not PyInt n) throw PyErr.TypeError($"'{a[0].Type.Name}' object cannot be interpreted as an integer");
            if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
            BigInteger r = 1;
            for (long i = 2; i <= n.Value; i++) r *= i;
            return PyInt.FromBig(r);
        });
        ModuleRegistry.Def(d, "gcd", (s, a, k) =>
        {
            BigInteger g = 0;
            foreach (var x in a) g = BigInteger.GreatestCommonDivisor(g, ((PyInt)Ops.Index(x)).Big);
            return PyInt.FromBig(g);
        });
        ModuleRegistry.Def(d, "lcm", (s, a, k) =>
        {
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(((PyInt)Ops.Index(x)).Big);
                if (v.IsZero) return PyInt.Zero;
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.FromBig(l);
        });
        ModuleRegistry.Def(d, "isqrt", (s, a, k) =>
        {
            var n = ((PyInt)Ops.Index(a[0])).Big;
            if (n.Sign < 0) throw PyErr.ValueError("isqrt() argument must be nonnegative");
            if (n.IsZero) return PyInt.Zero;
            var x = (BigInteger)Math.Sqrt((double)n);
            while (x * x > n) x--;
            while ((x + 1) * (x + 1) <= n) x++;
            return PyInt.FromBig(x);
        });
        ModuleRegistry.Def(d, "comb", (s, a, k) =>
        {
            var n = ((PyInt)Ops.Index(a[0])).Big;
            var r = ((PyInt)Ops.Index(a[1])).Big;
            if (n.Sign < 0 || r.Sign < 0) throw PyErr.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            if (r > n) return PyInt.Zero;
            BigInteger res = 1;
            for (BigInteger i = 0; i < r; i++) res = res * (n - i) / (i + 1);
            return PyInt.FromBig(res);
        });
        ModuleRegistry.Def(d, "perm", (s, a, k) =>
        {
            var n = ((PyInt)Ops.Index(a[0])).Big;
            var r = a.Length > 1 ? ((PyInt)Ops.Index(a[1])).Big : n;
            if (r > n) return PyInt.Zero;
            BigInteger res = 1;
            for (BigInteger i = 0; i < r; i++) res *= n - i;
            return PyInt.FromBig(res);
        });
        ModuleRegistry.Def(d, "fsum", (s, a, k) =>
        {
            // Neumaier summation: exact enough for the usual cases.
            double sum = 0, c = 0;
            var it = Ops.GetIter(a[0]);
            while (Ops.TryNext(it, out var x))
            {
                var v = Ops.ToDouble(x);
                var t = sum + v;
                c += Math.Abs(sum) >= Math.Abs(v) ? (sum - t) + v : (v - t) + sum;
                sum = t;
            }
            return new PyFloat(sum + c);
        });
        ModuleRegistry.Def(d, "prod", (s, a, k) =>
        {
            PyObject r = PyInt.One;
            var it = Ops.GetIter(a[0]);
            while (Ops.TryNext(it, out var x)) r = Ops.Mul(r, x);
            return r;
        });
        ModuleRegistry.Def(d, "modf", (s, a, k) =>
        {
            var v = Ops.ToDouble(a[0]);
            var ip = Math.Truncate(v);
            return new PyTuple([new PyFloat(v - ip), new PyFloat(ip)]);
        });
        ModuleRegistry.Def(d, "frexp", (s, a, k) =>
        {
            var v = Ops.ToDouble(a[0]);
            if (v == 0 || double.IsNaN(v) || double.IsInfinity(v)) return new PyTuple([new PyFloat(v), PyInt.Zero]);
            var e = (int)Math.Floor(Math.Log2(Math.Abs(v))) + 1;
            var mant = Math.ScaleB(v, -e);
            if (Math.Abs(mant) >= 1) { mant /= 2; e++; }
            if (Math.Abs(mant) < 0.5) { mant *= 2; e--; }
            return new PyTuple([new PyFloat(mant), PyInt.FromLong(e)]);
        });
        ModuleRegistry.Def(d, "ldexp", (s, a, k) => new PyFloat(Math.ScaleB(Ops.ToDouble(a[0]), (int)Ops.IndexToLong(a[1]))));
        return m;
    }
}
