using System.Diagnostics;

namespace Weft;

/// <summary>Polls the store's files for something another step's process writes (a result, the run file), backing off as it waits.</summary>
internal static class StepTaskPolling
{
    private static readonly TimeSpan s_firstPoll = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan s_maxPoll = TimeSpan.FromSeconds(5);

    /// <summary>Returns once <paramref name="done"/> holds or <paramref name="wait"/> has passed on <paramref name="clock"/>, whichever is first.</summary>
    public static async Task WaitAsync(Stopwatch clock, TimeSpan wait, Func<bool> done, CancellationToken cancellationToken)
    {
        var poll = s_firstPoll;
        while (!done())
        {
            var left = wait - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(poll < left ? poll : left, cancellationToken).ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, s_maxPoll.Ticks));
        }
    }
}
