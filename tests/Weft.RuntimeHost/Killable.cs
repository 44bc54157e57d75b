namespace Weft.RuntimeHost;

/// <summary>
/// Three parallel branches that join, then a step that waits until a gate file exists: a run to kill while it waits.
/// Once killed, only <c>Wait</c> and <c>Finish</c> are left to do.
/// </summary>
[Pipeline]
public static partial class Killable
{
    static async Task Define(string journal, string gate)
    {
        var start = Begin(journal);
        var left = Branch(start, 1, journal);
        var middle = Branch(start, 2, journal);
        var right = Branch(start, 3, journal);
        var joined = Join(left, middle, right, journal);
        var waited = await Wait(joined, gate, journal);
        Finish(waited, journal);
    }

    [Step]
    static int Begin(string journal)
    {
        Journal.Write(journal, "ran");
        return 10;
    }

    [Step]
    static int Branch(int start, int factor, string journal)
    {
        Journal.Write(journal, "ran");
        return start * factor;
    }

    [Step]
    static byte[] Join(int left, int middle, int right, string journal)
    {
        Journal.Write(journal, "ran");

        // Large enough to be stored as an object file rather than inline.
        var bytes = new byte[100_000];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)((left + middle + right + i) % 251);
        }

        return bytes;
    }

    [Step]
    static async Task<int> Wait(byte[] joined, string gate, string journal, CancellationToken cancellationToken = default)
    {
        Journal.Write(journal, "started");
        while (!File.Exists(gate))
        {
            await Task.Delay(20, cancellationToken);
        }

        Journal.Write(journal, "ran");
        return joined.Sum(b => (int)b);
    }

    [Step]
    static string Finish(int total, string journal)
    {
        Journal.Write(journal, "ran");
        return $"total {total}";
    }
}
