using System.Globalization;
using Weft;

namespace Weft.Kubernetes.Tests.Orchestration.Pipelines;

/// <summary>
/// Data files as a user passes them: one <see cref="DataFile"/> and an array of them, read by steps through their paths. A
/// step reports each note's file name, so a pod that read a renamed copy would be seen.
/// </summary>
/// <remarks>
/// The test project and tests/Weft.Kubernetes.TestApp both compile this file, and a step's code fingerprint takes in every
/// method of the project with the name of one it calls on an instance: calls named like a method only one of them has
/// (<c>ToString</c>, <c>Create</c>, <c>Join</c>) would give the step two fingerprints, and the pods would refuse the task.
/// </remarks>
[Pipeline]
[Image(TestImage.Reference)]
public static partial class Readings
{
    static void Define(DataFile readings, DataFile[] notes, int scale = 10)
    {
        var values = Parse(readings, scale);
        var words = Count(notes);
        Summarize(values, words);
    }

    [Step]
    static long[] Parse(DataFile readings, int scale)
        => [.. File.ReadAllLines(readings.Path).Where(line => line.Length > 0).Select(line => long.Parse(line, CultureInfo.InvariantCulture) * scale)];

    [Step]
    static string[] Count(DataFile[] notes)
        => [.. notes.Select(note => $"{Path.GetFileName(note.Path)}: {File.ReadAllText(note.Path).Split(' ', StringSplitOptions.RemoveEmptyEntries).Length} words")];

    [Step]
    static string Summarize(long[] values, string[] words)
        => $"{values.Sum()} over {values.Length} readings; {words.Aggregate((all, next) => all + ", " + next)}";
}
