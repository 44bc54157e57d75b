using Weft;

namespace Unseen;

// Each /*WEFTnnnn*/ comment sits right before the token where that diagnostic must start; every other line is correct,
// and a local whose own line is wrong is not reported again where it is used.

public interface IShape
{
    double Area { get; }
}

public sealed record Holder(object Any, int Count);

[Pipeline]
public static partial class Conditional
{
    static void Define(int n = 1, bool flag = true)
    {
        /*WEFT0005*/if (flag)
        {
            var a = S.Twice(n);
        }
    }
}

[Pipeline]
public static partial class InLambda
{
    static void Define(int n = 1)
    {
        Func<int> later = /*WEFT0005*/() => S.Twice(n);
    }
}

[Pipeline]
public static partial class ThroughLocalFunction
{
    static void Define(int n = 1)
    {
        var a = /*WEFT0007*/Go(n);
        var b = S.Twice(a);
        /*WEFT0005*/int Go(int k) => S.Twice(k);
    }
}

[Pipeline]
public static partial class HelperCall
{
    static void Define(int n = 1)
    {
        var a = /*WEFT0007*/S.Helper(n);
        var b = S.Add(a, n);
        var c = S.Twice(S.Twice(n));
    }
}

[Pipeline]
public static partial class TryCatch
{
    static void Define(int n = 1)
    {
        /*WEFT0005*/try
        {
            var a = S.Twice(n);
        }
        catch (InvalidOperationException)
        {
        }
    }
}

[Pipeline]
public static partial class Recursion
{
    static void Define(int n = 1) => /*WEFT0007*/Define(n - 1);
}

[Pipeline]
public static partial class Ternary
{
    static void Define(int n = 1, bool flag = true)
    {
        var a = /*WEFT0005*/flag ? S.Twice(n) : S.Twice(2);
        var b = S.Twice(a);
    }
}

[Pipeline]
public static partial class NotAwaited
{
    static async Task Define(int n = 1)
    {
        var pending = /*WEFT0012*/S.TwiceAsync(n);
        var twice = await S.TwiceAsync(n);
        var sum = S.Add(pending.Result, twice);
    }
}

[Pipeline]
public static partial class UsesABrokenStep
{
    static void Define(int n = 1)
    {
        var held = Broken.Hold(n);
        var twice = S.Twice(held.Count);
    }
}

public static class Broken
{
    [Step] public static /*WEFT0008*/object Boxed(int n) => n;

    [Step] public static /*WEFT0008*/IShape Shape(int n) => null!;

    [Step] public static /*WEFT0008*/Func<int> Later(int n) => () => n;

    [Step] public static /*WEFT0008*/Stream Open(int n) => Stream.Null;

    [Step] public static /*WEFT0008*/Holder Hold(int n) => new(n, n);

    [Step] public static void /*WEFT0009*/ByRef(ref int n)
    {
    }

    [Step] public static void /*WEFT0009*/Out(int n, out int m) => m = n;

    [Step] public static T /*WEFT0009*/Echo<T>(T value) => value;
}

public static class LoadA
{
    [Step] public static int Load(int n) => n;
}

public static class LoadB
{
    [Step] public static int Load(int n) => n + 1;
}

[Pipeline]
public static partial class SameNameAcrossClasses
{
    static void Define(int n = 1)
    {
        var a = LoadA.Load(n);
        var b = /*WEFT0011*/LoadB.Load(n);
        var c = LoadA.Load(a);
    }
}

[Pipeline]
public static partial class ObjectParameter
{
    static void Define(object /*WEFT0010*/settings, int n = 1)
    {
        var a = S.Twice(n);
    }
}
