namespace Weft;

/// <summary>A step input's binding resolved to indices: which node output, pipeline parameter or constant feeds it.</summary>
internal readonly struct InputSource
{
    private InputSource(InputSourceKind kind, int source, int output, object? constant)
    {
        Kind = kind;
        Source = source;
        Output = output;
        Constant = constant;
    }

    public InputSourceKind Kind { get; }

    /// <summary>The producing node's index, or the parameter's index.</summary>
    public int Source { get; }

    /// <summary>The producing output's index in the producer's outputs.</summary>
    public int Output { get; }

    public object? Constant { get; }

    public static InputSource Artifact(int node, int output) => new(InputSourceKind.Artifact, node, output, null);

    public static InputSource Parameter(int parameter) => new(InputSourceKind.Parameter, parameter, 0, null);

    public static InputSource ConstantValue(object? value) => new(InputSourceKind.Constant, 0, 0, value);
}
