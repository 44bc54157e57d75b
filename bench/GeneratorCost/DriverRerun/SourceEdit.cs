using Microsoft.CodeAnalysis;

namespace DriverRerun;

/// <summary>
/// An edit a developer makes between two generator runs, and the file or member it touches. Iteration numbers keep
/// every application a real change.
/// </summary>
internal sealed record SourceEdit(string Name, string Target, Func<Compilation, int, Compilation> Apply);
