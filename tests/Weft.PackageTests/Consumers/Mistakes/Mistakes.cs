using Weft;
using Shared;

namespace Mistakes;

// Each /*WEFTnnnn*/ comment sits right before the token where that diagnostic must start; every other line is correct.

public sealed record Settings(int Depth);

public sealed record Predictor(Func<double, double> Predict);

[Pipeline]
public static class /*WEFT0001*/NotPartial
{
    static void Define(int count = 3) => Steps.Twice(count);
}

[Pipeline]
public partial class /*WEFT0001*/NotStatic
{
    static void Define(int count = 3) => Steps.Twice(count);
}

[Pipeline]
public static partial class /*WEFT0002*/NoDefine
{
    [Step] static int One() => 1;
}

[Pipeline]
public static partial class TwoDefines
{
    static void Define() => Steps.Twice(1);

    static void /*WEFT0003*/Define(int count) => Steps.Twice(count);
}

[Pipeline]
public static partial class DefineReturnsValue
{
    static int /*WEFT0004*/Define(int count = 2) => Steps.Twice(count);
}

[Pipeline]
public static partial class DefineTakesRef
{
    static void Define(ref int /*WEFT0004*/count) => Steps.Twice(count);
}

[Pipeline]
public static partial class ComputedLocal
{
    static void Define(int count = 2)
    {
        var twice = Steps.Twice(count);
        var total = /*WEFT0005*/twice * 2;
    }
}

[Pipeline]
public static partial class LoopInBody
{
    static void Define(int count = 2)
    {
        /*WEFT0005*/for (var i = 0; i < count; i++)
        {
            Steps.Twice(i);
        }
    }
}

[Pipeline]
public static partial class ComputedArgument
{
    static void Define(int count = 2)
    {
        var twice = Steps.Twice(/*WEFT0006*/count + 1);
    }
}

[Pipeline]
public static partial class CallsConsole
{
    static void Define(int count = 2)
    {
        var twice = Steps.Twice(count);
        /*WEFT0007*/Console.WriteLine(twice);
    }
}

[Pipeline]
public static partial class ReturnsDelegateModel
{
    static void Define(double slope = 2)
    {
        var predictor = Train(slope);
    }

    [Step] static /*WEFT0008*/Predictor Train(double slope) => new(x => x * slope);
}

[Pipeline]
public static partial class GenericStep
{
    static void Define(int count = 2)
    {
        var echoed = Echo(count);
    }

    [Step] static T /*WEFT0009*/Echo<T>(T value) => value;
}

[Pipeline]
public static partial class AsyncVoidStep
{
    static void Define(int count = 2) => Fire(count);

    [Step] static async void /*WEFT0009*/Fire(int count) => await Task.Delay(count);
}

[Pipeline]
public static partial class RecordParameter
{
    static void Define(Settings /*WEFT0010*/settings)
    {
        var twice = Steps.Twice(3);
    }
}

[Pipeline]
public static partial class SameStepName
{
    static void Define(int count = 2)
    {
        var first = Twice(count);
        var second = /*WEFT0011*/Steps.Twice(first);
    }

    [Step] static int Twice(int value) => value + value;
}

[Pipeline]
public static partial class UnawaitedStep
{
    static void Define(int count = 2)
    {
        var pending = /*WEFT0012*/FetchAsync(count);
    }

    [Step]
    static async Task<int> FetchAsync(int count, CancellationToken ct = default)
    {
        await Task.Delay(1, ct);
        return count;
    }
}

public static class Outer
{
    [Pipeline]
    public static partial class /*WEFT0013*/Nested
    {
        static void Define(int count = 2) => Steps.Twice(count);
    }
}

[Pipeline]
public static partial class /*WEFT0013*/Generic<T>
{
    static void Define(int count = 2) => Steps.Twice(count);
}

[Pipeline]
public static partial class NegativeRetries
{
    static void Define(int count = 2)
    {
        var value = Flaky(count);
    }

    [/*WEFT0014*/Step(Retries = -1)] static int Flaky(int count) => count;
}

[Pipeline]
public static partial class BadStepName
{
    static void Define(int count = 2)
    {
        var value = Lives(count);
    }

    [/*WEFT0014*/Step(Name = "9 lives")] static int Lives(int count) => count;
}

[Pipeline]
public static partial class WholeTuple
{
    static void Define(int count = 4)
    {
        var halves = Steps.Halve(count);
        var total = Sum(/*WEFT0015*/halves);
    }

    [Step] static int Sum((int Low, int High) halves) => halves.Low + halves.High;
}
