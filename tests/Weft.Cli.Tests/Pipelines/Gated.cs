using Weft;

namespace Weft.Cli.Tests.Pipelines;

/// <summary>
/// A run that fails while the gate is closed and succeeds once it is open, counting how often each step really ran: what
/// <c>resume</c> needs to show that completed steps are not run again.
/// </summary>
[Pipeline]
public static partial class Gated
{
    private static int s_beforeRuns;
    private static int s_gateRuns;

    /// <summary>While set, the Gate step throws.</summary>
    public static bool Closed { get; set; }

    public static int BeforeRuns => Volatile.Read(ref s_beforeRuns);

    public static int GateRuns => Volatile.Read(ref s_gateRuns);

    public static void ResetCounts()
    {
        Volatile.Write(ref s_beforeRuns, 0);
        Volatile.Write(ref s_gateRuns, 0);
    }

    static void Define(int value = 5)
    {
        var before = Before(value);
        var through = Gate(before);
        After(through);
    }

    [Step]
    static int Before(int value)
    {
        Interlocked.Increment(ref s_beforeRuns);
        return value + 1;
    }

    [Step]
    static int Gate(int value)
    {
        Interlocked.Increment(ref s_gateRuns);
        return Closed ? throw new InvalidOperationException("the gate is closed") : value * 10;
    }

    [Step]
    static int After(int value) => value + 1;
}
