using System;
using System.Threading;

namespace Weft.Generators.Parsing;

/// <summary>
/// Test hooks of <see cref="BodyLowering"/>'s fast path (step calls lowered from syntax and name lookups, without binding
/// the <c>Define</c> body). Production never sets them: the fast path is on and nothing is counted.
/// </summary>
/// <remarks>
/// The observer is async-local so that tests running in parallel each see only their own generator runs.
/// </remarks>
internal static class BodyLoweringMode
{
    private static readonly AsyncLocal<Observer?> s_observer = new();
    private static volatile bool s_crossCheck;

    /// <summary>The observer of the current test, if any.</summary>
    public static Observer? Current => s_observer.Value;

    /// <summary>
    /// When set, every pipeline is parsed twice, with and without the fast path, and a difference in the result or in
    /// the recorded dependencies throws (and so surfaces as WEFT0000 in whatever test ran it).
    /// </summary>
    public static bool CrossCheck
    {
        get => s_crossCheck;
        set => s_crossCheck = value;
    }

    /// <summary>Installs <paramref name="observer"/> for the current async flow until the result is disposed.</summary>
    public static IDisposable Use(Observer observer)
    {
        var previous = s_observer.Value;
        s_observer.Value = observer;
        return new Restore(previous);
    }

    /// <summary>What a test asked for, and what the lowering did.</summary>
    public sealed class Observer
    {
        private int _fastCalls;
        private int _fallbacks;

        /// <summary>Lower every call by binding, as before the fast path existed.</summary>
        public bool FastPathDisabled { get; set; }

        /// <summary>Step calls lowered without binding (nested calls included).</summary>
        public int FastCalls => _fastCalls;

        /// <summary>Calls the fast path was not certain of, lowered by binding instead.</summary>
        public int Fallbacks => _fallbacks;

        internal void CountFast() => Interlocked.Increment(ref _fastCalls);

        internal void CountFallback() => Interlocked.Increment(ref _fallbacks);
    }

    private sealed class Restore : IDisposable
    {
        private readonly Observer? _previous;

        public Restore(Observer? previous) => _previous = previous;

        public void Dispose() => s_observer.Value = _previous;
    }
}
