namespace Weft.RuntimeHost;

/// <summary>
/// A chain of twelve short steps and a last one with a large output that waits for a gate file: a run with many commits
/// to kill at any moment (it cannot finish before the gate opens), or to run in several processes on one store at once.
/// </summary>
[Pipeline]
public static partial class Ladder
{
    static async Task Define(string journal, string gate, int start = 1, int delayMs = 15)
    {
        var r1 = Rung(start, journal, delayMs);
        var r2 = Rung(r1, journal, delayMs);
        var r3 = Rung(r2, journal, delayMs);
        var r4 = Rung(r3, journal, delayMs);
        var r5 = Rung(r4, journal, delayMs);
        var r6 = Rung(r5, journal, delayMs);
        var r7 = Rung(r6, journal, delayMs);
        var r8 = Rung(r7, journal, delayMs);
        var r9 = Rung(r8, journal, delayMs);
        var r10 = Rung(r9, journal, delayMs);
        var r11 = Rung(r10, journal, delayMs);
        var r12 = Rung(r11, journal, delayMs);
        await Top(r12, gate, journal);
    }

    [Step]
    static int Rung(int below, string journal, int delayMs)
    {
        Thread.Sleep(delayMs);
        Journal.Write(journal, "ran");
        return below + 1;
    }

    [Step]
    static async Task<byte[]> Top(int height, string gate, string journal, CancellationToken cancellationToken = default)
    {
        while (!File.Exists(gate))
        {
            await Task.Delay(20, cancellationToken);
        }

        Journal.Write(journal, "ran");
        return Enumerable.Range(0, 50_000).Select(i => (byte)((i * height) % 256)).ToArray();
    }
}
