namespace Weft;

/// <summary>One call of a step in a pipeline body: a node of the graph.</summary>
public sealed class StepNode
{
    /// <summary>Creates a node; called by generated code.</summary>
    public StepNode(string name, string stepName, string method, IReadOnlyList<StepInput> inputs, IReadOnlyList<StepOutput> outputs,
        StepInvoker invoker, string codeFingerprint, StepPolicy? policy = null)
    {
        Name = name;
        StepName = stepName;
        Method = method;
        Inputs = inputs;
        Outputs = outputs;
        Invoker = invoker;
        CodeFingerprint = codeFingerprint;
        Policy = policy ?? StepPolicy.Default;
    }

    /// <summary>The node's name: the step's name, suffixed <c>_2</c>, <c>_3</c>… when a body calls the step again.</summary>
    public string Name { get; }

    /// <summary>The step's name (<c>[Step(Name = …)]</c> or the method name).</summary>
    public string StepName { get; }

    /// <summary>The step method, as <c>Namespace.Type.Method</c>.</summary>
    public string Method { get; }

    /// <summary>The step's parameters and what each is bound to, in parameter order (the runtime-supplied <see cref="CancellationToken"/> excluded).</summary>
    public IReadOnlyList<StepInput> Inputs { get; }

    /// <summary>The step's outputs: one named <c>value</c> for a single result, one per element for a named tuple, none for <c>void</c>.</summary>
    public IReadOnlyList<StepOutput> Outputs { get; }

    /// <summary>The generated, reflection-free invoker of the step method.</summary>
    public StepInvoker Invoker { get; }

    /// <summary>
    /// Hash of the normalized syntax of the step and of the project's methods and types it transitively uses:
    /// whitespace and comments do not change it; a helper's body does.
    /// </summary>
    public string CodeFingerprint { get; }

    /// <summary>Retries, caching and placement options.</summary>
    public StepPolicy Policy { get; }

    /// <summary>Gets an output by name.</summary>
    /// <exception cref="KeyNotFoundException">No output has that name; the message lists them.</exception>
    public StepOutput GetOutput(string name)
    {
        foreach (var output in Outputs)
        {
            if (string.Equals(output.Name, name, StringComparison.Ordinal))
            {
                return output;
            }
        }

        throw new KeyNotFoundException(Outputs.Count == 0
            ? $"Step '{Name}' has no outputs."
            : $"Step '{Name}' has no output '{name}'. Outputs: {string.Join(", ", Outputs.Select(o => o.Name))}.");
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
