using Microsoft.CodeAnalysis;

namespace Weft.Generators.Parsing;

internal sealed partial class BodyLowering
{
    /// <summary>
    /// What binding the call would have recorded (see <see cref="Caching.Dependencies.AddOperation"/>): the types declaring
    /// the methods and fields it names, and the types of its operations. <paramref name="nested"/> calls are reached
    /// through their (awaited) argument, whose type the bound tree holds too.
    /// </summary>
    private void AddDependencies(PlannedCall call, bool nested)
    {
        _dependencies.AddSymbol(call.Method.OriginalDefinition.ContainingType);
        AddType(call.Signature.ReturnType);
        if (nested && call.Awaited)
        {
            AddType(call.Type);
        }

        foreach (var argument in call.Arguments)
        {
            if (argument.Converted)
            {
                AddType(argument.Parameter.Type);
            }

            switch (argument.Kind)
            {
                case PlannedKind.Token:
                    AddType(argument.Parameter.Type);
                    break;
                case PlannedKind.Constant:
                    _dependencies.AddSymbol(argument.ConstantField?.OriginalDefinition.ContainingType);
                    AddType(argument.Type);
                    if (argument.Type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                    {
                        AddType(nullable.TypeArguments[0]);
                    }

                    break;
                case PlannedKind.TupleElement:
                    _dependencies.AddSymbol(argument.Field!.OriginalDefinition.ContainingType);
                    AddType(argument.Type);
                    AddType(_localTypes[argument.Local!.Position]);
                    break;
                case PlannedKind.Local:
                case PlannedKind.DefineParameter:
                    AddType(argument.Type);
                    break;
                case PlannedKind.Call:
                    AddDependencies(argument.Nested!, nested: true);
                    break;
            }
        }
    }

    private void AddType(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol named)
        {
            _dependencies.AddSymbol(named.OriginalDefinition);
        }
    }
}
