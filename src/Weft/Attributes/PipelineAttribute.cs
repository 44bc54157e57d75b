namespace Weft;

/// <summary>
/// Marks a <c>static partial class</c> as a pipeline. The class holds exactly one <c>Define</c> method whose body
/// the Weft source generator lowers into a graph of steps at build time.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class PipelineAttribute : Attribute
{
    /// <summary>The pipeline's name in the catalog and on the command line; defaults to the class name.</summary>
    public string? Name { get; set; }
}
