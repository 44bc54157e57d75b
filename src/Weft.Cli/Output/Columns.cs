namespace Weft.Cli.Output;

/// <summary>Writes rows as space-aligned columns, indented two spaces: readable on a terminal and easy to cut in a script.</summary>
internal static class Columns
{
    public static void Write(TextWriter output, IReadOnlyList<string[]> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var count = rows.Max(r => r.Length);
        var widths = new int[count];
        foreach (var row in rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], row[i].Length);
            }
        }

        foreach (var row in rows)
        {
            var cells = row.Select((cell, i) => i == row.Length - 1 ? cell : cell.PadRight(widths[i]));
            output.WriteLine(("  " + string.Join("  ", cells)).TrimEnd());
        }
    }
}
