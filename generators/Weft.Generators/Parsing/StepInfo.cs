using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Weft.Generators.Model;

namespace Weft.Generators.Parsing;

/// <summary>
/// A step method as read from its symbol, used while parsing (transient: it holds symbols and never enters a model).
/// </summary>
internal sealed class StepInfo
{
    public StepInfo(IMethodSymbol method, MethodSignature signature, string name)
    {
        Method = method;
        Signature = signature;
        Name = name;
    }

    public IMethodSymbol Method { get; }

    /// <summary>The method's parameters and return type: read these, never the symbol's (that runs the compiler's method checks).</summary>
    public MethodSignature Signature { get; }

    public string Name { get; }

    public StepAsyncKind AsyncKind { get; set; }

    /// <summary>The awaited result type (null for void/Task/ValueTask).</summary>
    public ITypeSymbol? ResultType { get; set; }

    public bool ReturnsTuple { get; set; }

    public List<(string Name, string Member, ITypeSymbol Type)> Outputs { get; } = new();

    public int CancellationTokenOrdinal { get; set; } = -1;

    public int Retries { get; set; }

    /// <summary>The attempt time limit in seconds; 0 for none.</summary>
    public int TimeoutSeconds { get; set; }

    public bool Cache { get; set; } = true;

    public string? CacheVersion { get; set; }

    public ResourceSpec? Resources { get; set; }

    public string? Image { get; set; }

    /// <summary>Signature problems (WEFT0009/WEFT0014), as (descriptor, location, message argument).</summary>
    public List<(DiagnosticDescriptor Descriptor, Location? Location, string Argument)> Problems { get; } = new();
}
