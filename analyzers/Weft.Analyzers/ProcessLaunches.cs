using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace Weft.Analyzers;

/// <summary>Process launches (WEFT1007): the program that runs and what it prints are outside the step's code and inputs.</summary>
internal sealed class ProcessLaunches
{
    private readonly INamedTypeSymbol? _process;

    public ProcessLaunches(Compilation compilation) =>
        _process = compilation.GetTypeByMetadataName("System.Diagnostics.Process");

    // Process.Start(...) and process.Start() both start it; a ProcessStartInfo on its own starts nothing.
    public Finding? Classify(IOperation operation) =>
        operation is IInvocationOperation { TargetMethod: { Name: "Start" } method }
            && _process is not null
            && SymbolEqualityComparer.Default.Equals(method.ContainingType, _process)
            ? new Finding(DiagnosticDescriptors.ProcessLaunch, operation.Syntax.GetLocation(), "Process.Start()")
            : null;
}
